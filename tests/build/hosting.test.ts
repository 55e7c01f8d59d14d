/*
 * The production URL rewriting (scripts/hosting.cjs, used by webpack.config.js) and the built dist/: no build
 * is run here; checks of dist/ run only when a build is present.
 */
import fs from "fs";
import path from "path";
import {
  DEV_URL,
  resolveProductionUrl,
  rewriteFunctionsMetadata,
  rewriteManifest,
  validateProductionUrl,
} from "../../scripts/hosting.cjs";
import { describeBuilt } from "../support/build";
import {
  ROOT,
  PRODUCTION_URL,
  sourceXml,
  parse,
  child,
  attr,
  strings,
  skeleton,
} from "../support/manifestXml";

const DIST = path.join(ROOT, "dist");

describe("production URL rewriting (scripts/hosting.cjs)", () => {
  test("rewrites every development URL, keeps the structure, and leaves only https URLs", async () => {
    const rewritten = rewriteManifest(sourceXml, PRODUCTION_URL);
    expect(rewritten).not.toMatch(/localhost/i);
    const before = (await parse(sourceXml)).OfficeApp;
    const after = (await parse(rewritten)).OfficeApp;
    expect(skeleton(after, PRODUCTION_URL)).toEqual(skeleton(before, DEV_URL));
    const urls = strings(after).filter(({ value }) => value.includes("://"));
    expect(urls.length).toBeGreaterThan(5);
    for (const { value } of urls) expect(value.startsWith(PRODUCTION_URL)).toBe(true);
  });

  test.each([
    ["http://addins.example.com/", /https:\/\//],
    ["https://addins.example.com", /end with "\/"/],
    ["https://addins.example.com/app", /end with "\/"/],
    ["", /empty/],
    ["https://addins.example.com/a b/", /not allowed/],
    ['https://addins.example.com/"x/', /not allowed/],
    ["https://addins.example.com/?v=1/", /query|not allowed/],
    ["ftp://addins.example.com/", /https:\/\//],
  ])("rejects %j", (url, message) => {
    expect(() => validateProductionUrl(url)).toThrow(message);
    expect(() => rewriteManifest(sourceXml, url)).toThrow(message);
  });

  test("ADDIN_BASE_URL wins over package.json config.productionUrl; an empty one falls back", () => {
    const pkg = { config: { productionUrl: "https://central-asia-indicators.example.org/" } };
    expect(resolveProductionUrl({ ADDIN_BASE_URL: PRODUCTION_URL }, pkg)).toMatchObject({
      url: PRODUCTION_URL,
      isPlaceholder: false,
    });
    expect(resolveProductionUrl({ ADDIN_BASE_URL: "" }, pkg)).toMatchObject({
      url: pkg.config.productionUrl,
      isPlaceholder: true,
    });
    expect(() => resolveProductionUrl({ ADDIN_BASE_URL: "http://x/" }, pkg)).toThrow(/ADDIN_BASE_URL/);
    expect(() => resolveProductionUrl({}, {})).toThrow(/empty/);
  });

  test("the package.json placeholder is a valid production URL", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
    expect(() => validateProductionUrl(pkg.config.productionUrl)).not.toThrow();
  });

  test("functions.json helpUrl fields are rewritten and stay valid JSON", () => {
    const metadata = JSON.stringify({
      functions: [{ id: "RUTRADE", helpUrl: `${DEV_URL}help.html#rutrade` }, { id: "SOURCE" }],
    });
    const rewritten = JSON.parse(rewriteFunctionsMetadata(metadata, PRODUCTION_URL));
    expect(rewritten.functions[0].helpUrl).toBe(`${PRODUCTION_URL}help.html#rutrade`);
    expect(() => rewriteFunctionsMetadata('{"helpUrl":"http://localhost:3000/x"}', PRODUCTION_URL)).toThrow(
      /localhost/,
    );
  });
});

describeBuilt("dist/ (built output)", ["manifest.xml", "functions.json"], () => {
  test("dist/manifest.xml is the source manifest, unchanged (development) or fully rewritten (production)", async () => {
    const distXml = fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8");
    const distApp = (await parse(distXml)).OfficeApp;
    if (distXml.includes(DEV_URL)) {
      expect(distXml).toBe(sourceXml);
      return;
    }
    expect(distXml).not.toMatch(/localhost/i);
    const base = attr(child(distApp, "SupportUrl"), "DefaultValue")?.replace(/help\.html$/, "") ?? "";
    expect(() => validateProductionUrl(base)).not.toThrow();
    expect(skeleton(distApp, base)).toEqual(skeleton((await parse(sourceXml)).OfficeApp, DEV_URL));
  });

  test("dist/functions.json has the CA functions, with help links to the same host as the manifest", () => {
    const metadata = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")) as {
      functions: Array<{ id: string; helpUrl?: string }>;
    };
    const distXml = fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8");
    const base = distXml.includes(DEV_URL)
      ? DEV_URL
      : (/DefaultValue="([^"]*)help\.html"/.exec(distXml)?.[1] ?? "");
    expect(metadata.functions.length).toBeGreaterThan(0);
    for (const fn of metadata.functions) {
      if (fn.helpUrl !== undefined) expect(fn.helpUrl.startsWith(`${base}help.html#`)).toBe(true);
    }
    for (const file of ["functions.js", "taskpane.html", "help.html", "assets/icon-32.png"]) {
      expect(fs.existsSync(path.join(DIST, file))).toBe(true);
    }
  });
});
