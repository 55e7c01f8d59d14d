/*
 * The development URL has one home, DEV_URL in scripts/hosting.cjs. The bundles get it from webpack's
 * DefinePlugin, Jest from jest.config.js, the dev server's port and `npm start`'s messages from the constant.
 * Two files must spell it out, since the tools that read them take no variables: manifest.xml (sideloaded
 * and validated as it is) and the @helpurl tags that custom-functions-metadata reads from functions.ts.
 * These are pinned to the constant here, so that changing it without them fails.
 */
import fs from "fs";
import path from "path";
import { DEV_URL } from "../../scripts/hosting.cjs";
import { ADDIN_BASE_URL, CARD_LINKS } from "../../src/core/hosting";
import { ROOT, parse, sourceXml, strings } from "../support/manifestXml";

const read = (file: string): string => fs.readFileSync(path.join(ROOT, file), "utf8");

/** Every file of the project's own code, scripts and configuration, relative to the root. */
function codeFiles(): string[] {
  const files: string[] = [];
  const visit = (dir: string): void => {
    for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const file = path.posix.join(dir, entry.name);
      if (entry.isDirectory()) visit(file);
      else if (/\.(ts|cjs|mjs|js|html)$/.test(entry.name)) files.push(file);
    }
  };
  visit("src");
  visit("scripts");
  return [...files, "webpack.config.js", "jest.config.js"];
}

test("DEV_URL is an https URL on localhost, ending with a slash", () => {
  expect(DEV_URL).toMatch(/^https:\/\/localhost:\d+\/$/);
});

test("the development URL is spelt only in scripts/hosting.cjs, manifest.xml and the @helpurl tags", () => {
  const host = new URL(DEV_URL).host;
  const spelling = codeFiles()
    .map((file) => ({
      file,
      lines: read(file)
        .split("\n")
        .filter((line) => line.includes(host) && !/^\s*\* @helpurl /.test(line)),
    }))
    .filter(({ lines }) => lines.length > 0)
    .map(({ file }) => file);
  expect(spelling).toEqual(["scripts/hosting.cjs"]);
});

test("every URL of manifest.xml is on DEV_URL", async () => {
  const urls = strings((await parse(sourceXml)).OfficeApp).filter(({ value }) => value.includes("://"));
  expect(urls.length).toBeGreaterThan(10);
  for (const { at, value } of urls)
    expect({ at, onDevUrl: value.startsWith(DEV_URL) }).toEqual({ at, onDevUrl: true });
});

test("every @helpurl of functions.ts is DEV_URL's help page at the function's anchor", () => {
  const source = read("src/functions/functions.ts");
  const tags = [...source.matchAll(/@helpurl\s+(\S+)[\s\S]*?export function (\w+)/g)].map((m) => [
    m[2],
    m[1],
  ]);
  expect(tags.length).toBe(7);
  expect(tags).toEqual(tags.map(([name]) => [name, `${DEV_URL}help.html#${name.toLowerCase()}`]));
});

test("the code's base URL is DEV_URL outside a production build", () => {
  expect(ADDIN_BASE_URL).toBe(DEV_URL);
  expect(CARD_LINKS).toEqual({ helpUrl: `${DEV_URL}help.html`, iconUrl: `${DEV_URL}assets/icon-64.png` });
});
