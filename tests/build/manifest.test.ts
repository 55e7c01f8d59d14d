/*
 * Offline checks of the add-in manifest and of the production URL rewriting (scripts/hosting.cjs, used by
 * webpack.config.js). No build is run here; checks of dist/ run only when a build is present.
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
// The offline reader lives in manifestOperations.js; it is imported by path, so that Jest loads that module
// and not every module the package's entry point re-exports.
import { OfficeAddinManifest } from "../../node_modules/office-addin-manifest/lib/manifestOperations";
import { describeBuilt } from "../support/build";

// office-addin-manifest loads modules that ship only as ES modules, which Jest's CommonJS runtime cannot
// load: uuid 14, and strip-bom through @microsoft/app-manifest (used for JSON manifests only). Reading an
// XML manifest needs neither a new GUID nor the JSON manifest library, so stubs are enough.
jest.mock("uuid", () => ({ v4: () => "00000000-0000-4000-8000-000000000000" }));
jest.mock("@microsoft/app-manifest", () => ({}));

type XmlNode = { $?: Record<string, string>; _?: string; [child: string]: unknown };
interface Xml2js {
  parseStringPromise(xml: string, options?: Record<string, unknown>): Promise<Record<string, XmlNode>>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- xml2js (a dependency of office-addin-manifest) ships no types
const xml2js: Xml2js = require("xml2js");

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST_PATH = path.join(ROOT, "manifest.xml");
const DIST = path.join(ROOT, "dist");
const PRODUCTION_URL = "https://addins.example.com/central-asia/";
const sourceXml = fs.readFileSync(MANIFEST_PATH, "utf8");

/** Strict parse (xml2js uses sax in strict mode): rejects anything that is not well-formed XML. */
const parse = (xml: string) => xml2js.parseStringPromise(xml, { strict: true });

const children = (node: XmlNode | undefined, name: string): XmlNode[] => (node?.[name] as XmlNode[]) ?? [];
const child = (node: XmlNode | undefined, ...names: string[]): XmlNode | undefined =>
  names.reduce<XmlNode | undefined>((current, name) => children(current, name)[0], node);
const text = (node: XmlNode | undefined): string | undefined =>
  typeof node === "string" ? node : (node?._ ?? undefined);
const attr = (node: XmlNode | undefined, name: string): string | undefined => node?.$?.[name];

/** Every attribute value and text in document order, with its path; namespace declarations excluded. */
function strings(node: unknown, at = ""): Array<{ at: string; value: string }> {
  if (typeof node === "string") return [{ at, value: node }];
  if (Array.isArray(node)) return node.flatMap((item, i) => strings(item, `${at}[${i}]`));
  if (node === null || typeof node !== "object") return [];
  return Object.entries(node).flatMap(([key, value]) => {
    if (key === "$") {
      return Object.entries(value as Record<string, string>)
        .filter(([name]) => !name.startsWith("xmlns"))
        .map(([name, v]) => ({ at: `${at}@${name}`, value: v }));
    }
    return strings(value, key === "_" ? at : `${at}/${key}`);
  });
}

/** The tree with every URL under `base` replaced by a placeholder: equal skeletons = same structure. */
function skeleton(node: unknown, base: string): unknown {
  if (typeof node === "string") return node.split(base).join("<base>/");
  if (Array.isArray(node)) return node.map((item) => skeleton(item, base));
  if (node === null || typeof node !== "object") return node;
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, skeleton(v, base)]));
}

/** All resource ids of a kind (bt:Images, bt:Urls, bt:ShortStrings, bt:LongStrings) with their values. */
function resources(officeApp: XmlNode, kind: string, item: string): Map<string, string> {
  const group = child(officeApp, "VersionOverrides", "Resources", kind);
  return new Map(
    children(group, item).map((node) => [attr(node, "id") ?? "", attr(node, "DefaultValue") ?? ""]),
  );
}

describe("manifest.xml (source)", () => {
  let officeApp: XmlNode;

  beforeAll(async () => {
    officeApp = (await parse(sourceXml)).OfficeApp;
  });

  test("is well-formed XML with an OfficeApp TaskPaneApp root", () => {
    expect(officeApp).toBeDefined();
    expect(attr(officeApp, "xsi:type")).toBe("TaskPaneApp");
    expect(attr(officeApp, "xmlns")).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
  });

  test("the well-formedness check does reject broken XML", async () => {
    await expect(parse(sourceXml.replace("</ProviderName>", "</Provider>"))).rejects.toThrow();
    await expect(parse(sourceXml.replace('DefaultValue="CA"', "DefaultValue=CA"))).rejects.toThrow();
  });

  test("has the base elements, in schema order", () => {
    const order = [
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ];
    expect(Object.keys(officeApp).filter((key) => key !== "$")).toEqual(order);
    expect(text(child(officeApp, "Id"))).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(text(child(officeApp, "Version"))).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(text(child(officeApp, "ProviderName"))).toBe("Central Asia Indicators");
    expect(text(child(officeApp, "DefaultLocale"))).toBe("en-US");
    expect(attr(child(officeApp, "DisplayName"), "DefaultValue")).toBe("Central Asia Indicators");
    const description = attr(child(officeApp, "Description"), "DefaultValue") ?? "";
    expect(description.length).toBeGreaterThan(0);
    expect(description.length).toBeLessThanOrEqual(250);
    expect(attr(child(officeApp, "IconUrl"), "DefaultValue")).toBe(`${DEV_URL}assets/icon-32.png`);
    expect(attr(child(officeApp, "HighResolutionIconUrl"), "DefaultValue")).toBe(
      `${DEV_URL}assets/icon-64.png`,
    );
    expect(attr(child(officeApp, "SupportUrl"), "DefaultValue")).toBe(`${DEV_URL}help.html`);
    expect(children(child(officeApp, "Hosts"), "Host").map((h) => attr(h, "Name"))).toEqual(["Workbook"]);
    expect(text(child(officeApp, "Permissions"))).toBe("ReadWriteDocument");
    expect(attr(child(officeApp, "DefaultSettings", "SourceLocation"), "DefaultValue")).toBe(
      `${DEV_URL}taskpane.html`,
    );
  });

  test("requires the shared runtime and the custom functions runtime", () => {
    const sets = children(child(officeApp, "Requirements", "Sets"), "Set").map((s) => [
      attr(s, "Name"),
      attr(s, "MinVersion"),
    ]);
    expect(sets).toEqual(
      expect.arrayContaining([
        ["SharedRuntime", "1.1"],
        ["CustomFunctionsRuntime", "1.3"],
      ]),
    );
  });

  test("declares the long-lived shared runtime, the CA namespace and the task pane button", () => {
    const overrides = child(officeApp, "VersionOverrides");
    expect(attr(overrides, "xsi:type")).toBe("VersionOverridesV1_0");
    const host = child(overrides, "Hosts", "Host");
    expect(attr(host, "xsi:type")).toBe("Workbook");
    expect(Object.keys(host ?? {}).filter((k) => k !== "$")).toEqual([
      "Runtimes",
      "AllFormFactors",
      "DesktopFormFactor",
    ]);

    const runtime = child(host, "Runtimes", "Runtime");
    expect(attr(runtime, "lifetime")).toBe("long");
    expect(attr(runtime, "resid")).toBe("Taskpane.Url");

    const cf = child(host, "AllFormFactors", "ExtensionPoint");
    expect(attr(cf, "xsi:type")).toBe("CustomFunctions");
    const urls = resources(officeApp, "bt:Urls", "bt:Url");
    const shortStrings = resources(officeApp, "bt:ShortStrings", "bt:String");
    expect(urls.get(attr(child(cf, "Script", "SourceLocation"), "resid") ?? "")).toBe(
      `${DEV_URL}functions.js`,
    );
    expect(urls.get(attr(child(cf, "Metadata", "SourceLocation"), "resid") ?? "")).toBe(
      `${DEV_URL}functions.json`,
    );
    expect(urls.get(attr(child(cf, "Page", "SourceLocation"), "resid") ?? "")).toBe(
      `${DEV_URL}taskpane.html`,
    );
    expect(shortStrings.get(attr(child(cf, "Namespace"), "resid") ?? "")).toBe("CA");

    const desktop = child(host, "DesktopFormFactor");
    expect(attr(child(desktop, "FunctionFile"), "resid")).toBe("Taskpane.Url");
    const tab = child(desktop, "ExtensionPoint", "OfficeTab");
    expect(attr(tab, "id")).toBe("TabHome");
    const group = child(tab, "Group");
    expect(shortStrings.get(attr(child(group, "Label"), "resid") ?? "")).toBe("Central Asia Indicators");
    const button = child(group, "Control");
    expect(shortStrings.get(attr(child(button, "Label"), "resid") ?? "")).toBe("Indicators");
    const action = child(button, "Action");
    expect(attr(action, "xsi:type")).toBe("ShowTaskpane");
    expect(text(child(action, "TaskpaneId"))).toBe("ButtonId1");
    expect(attr(child(action, "SourceLocation"), "resid")).toBe("Taskpane.Url");
  });

  test("every resid points to a resource, and resource ids are unique and at most 32 characters", () => {
    const kinds: Array<[string, string]> = [
      ["bt:Images", "bt:Image"],
      ["bt:Urls", "bt:Url"],
      ["bt:ShortStrings", "bt:String"],
      ["bt:LongStrings", "bt:String"],
    ];
    const ids = kinds.flatMap(([kind, item]) =>
      children(child(officeApp, "VersionOverrides", "Resources", kind), item).map((n) => attr(n, "id") ?? ""),
    );
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(32);
    const referenced = [...sourceXml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    expect(referenced.length).toBeGreaterThan(0);
    for (const resid of referenced) expect(ids).toContain(resid);
  });

  test("every URL is https, and every icon it names exists in assets/", () => {
    const urls = strings(officeApp).filter(({ value }) => /^[a-z][a-z0-9+.-]*:\/\//i.test(value));
    expect(urls.length).toBeGreaterThan(5);
    for (const { at, value } of urls)
      expect({ at, value }).toEqual({ at, value: expect.stringMatching(/^https:\/\//) });
    const icons = urls.map(({ value }) => value).filter((value) => value.endsWith(".png"));
    for (const icon of icons) {
      expect(fs.existsSync(path.join(ROOT, icon.slice(DEV_URL.length)))).toBe(true);
    }
  });

  test("office-addin-manifest reads it offline with the expected id, name and hosts", async () => {
    const info = await OfficeAddinManifest.readManifestFile(MANIFEST_PATH);
    expect(info.id).toBe(text(child(officeApp, "Id")));
    expect(info.displayName).toBe("Central Asia Indicators");
    expect(info.providerName).toBe("Central Asia Indicators");
    expect(info.officeAppType).toBe("TaskPaneApp");
    expect(info.hosts).toEqual(["Workbook"]);
    expect(info.permissions).toBe("ReadWriteDocument");
    expect(info.defaultSettings?.sourceLocation).toBe(`${DEV_URL}taskpane.html`);
    // readManifestFile does not report the custom functions namespace: read it from the parsed XML.
    expect(resources(officeApp, "bt:ShortStrings", "bt:String").get("Functions.Namespace")).toBe("CA");
  });

  test("every @helpurl of the functions points to an anchor of help.html", () => {
    const functionsSource = fs.readFileSync(path.join(ROOT, "src/functions/functions.ts"), "utf8");
    const help = fs.readFileSync(path.join(ROOT, "src/help/help.html"), "utf8");
    const anchors = [...functionsSource.matchAll(/@helpurl\s+(\S+)/g)].map((m) => m[1]);
    expect(anchors.length).toBeGreaterThan(0);
    for (const url of anchors) {
      expect(url.startsWith(`${DEV_URL}help.html#`)).toBe(true);
      const id = url.slice(url.indexOf("#") + 1);
      expect(help).toContain(`id="${id}"`);
    }
  });
});

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
