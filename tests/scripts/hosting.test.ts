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
import { ROOT, PRODUCTION_URL, sourceXml, parse, strings, skeleton } from "../support/manifestXml";

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

/** Which build dist/ holds: a development build keeps the localhost URLs, a production build has none. */
const buildKind = (xml: string): "development" | "production" =>
  xml.includes(DEV_URL) ? "development" : "production";
/** Runs a test only for the build it is about; the other kind shows it as skipped, by name. */
const forBuild = (kind: "development" | "production", xml: string) =>
  buildKind(xml) === kind ? test : test.skip;

describeBuilt("dist/ (built output)", ["manifest.xml", "functions.json"], () => {
  const distXml = fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8");
  const base =
    buildKind(distXml) === "development"
      ? DEV_URL
      : (/DefaultValue="([^"]*)help\.html"/.exec(distXml)?.[1] ?? "");

  (process.env.REQUIRE_BUILD === "1" ? test : test.skip)(
    "npm test and CI test the production build (REQUIRE_BUILD=1)",
    () => {
      expect(buildKind(distXml)).toBe("production");
    },
  );

  forBuild("development", distXml)(
    "a development build: dist/manifest.xml is the source manifest, unchanged",
    () => {
      expect(distXml).toBe(sourceXml);
    },
  );

  forBuild("production", distXml)(
    "a production build: dist/manifest.xml is the source manifest with every URL on one https base",
    async () => {
      expect(distXml).not.toMatch(/localhost/i);
      expect(() => validateProductionUrl(base)).not.toThrow();
      const distApp = (await parse(distXml)).OfficeApp;
      expect(skeleton(distApp, base)).toEqual(skeleton((await parse(sourceXml)).OfficeApp, DEV_URL));
    },
  );

  test("dist/functions.json: every CA function has a help link, to its own anchor on the manifest's host", () => {
    const metadata = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")) as {
      functions: Array<{ id: string; helpUrl?: string }>;
    };
    expect(metadata.functions.map((fn) => fn.id)).toEqual([
      "RUTRADE",
      "RUPOLL",
      "INDICATOR",
      "INDICATORS",
      "COUNTRY",
      "COUNTRIES",
      "SOURCE",
    ]);
    expect(metadata.functions.map((fn) => [fn.id, fn.helpUrl])).toEqual(
      metadata.functions.map((fn) => [fn.id, `${base}help.html#${fn.id.toLowerCase()}`]),
    );
    for (const file of ["functions.js", "taskpane.html", "help.html", "assets/icon-32.png"]) {
      expect(fs.existsSync(path.join(DIST, file))).toBe(true);
    }
  });
});
