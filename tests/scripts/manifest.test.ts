/*
 * Offline checks of the add-in manifest (manifest.xml): well-formed, in schema order, the runtimes,
 * resources, https URLs and icons, read by office-addin-manifest's own parser. The production URL rewriting
 * and dist/ are checked in hosting.test.ts.
 */
import fs from "fs";
import path from "path";
import { DEV_URL } from "../../scripts/hosting.cjs";
// The offline reader lives in manifestOperations.js; it is imported by path, so that Jest loads that module
// and not every module the package's entry point re-exports.
import { OfficeAddinManifest } from "../../node_modules/office-addin-manifest/lib/manifestOperations";
import {
  type XmlNode,
  ROOT,
  MANIFEST_PATH,
  sourceXml,
  parse,
  children,
  child,
  text,
  attr,
  strings,
  resources,
} from "../support/manifestXml";

// office-addin-manifest loads modules that ship only as ES modules, which Jest's CommonJS runtime cannot
// load: uuid 14, and strip-bom through @microsoft/app-manifest (used for JSON manifests only). Reading an
// XML manifest needs neither a new GUID nor the JSON manifest library, so stubs are enough.
jest.mock("uuid", () => ({ v4: () => "00000000-0000-4000-8000-000000000000" }));
jest.mock("@microsoft/app-manifest", () => ({}));

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
