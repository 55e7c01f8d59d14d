/*
 * The manifest as XML for the build tests: a strict parse (xml2js, through office-addin-manifest), small
 * accessors, and the tree's strings and skeleton for comparing a rewritten manifest with the source.
 */
import fs from "fs";
import path from "path";

export type XmlNode = { $?: Record<string, string>; _?: string; [child: string]: unknown };
interface Xml2js {
  parseStringPromise(xml: string, options?: Record<string, unknown>): Promise<Record<string, XmlNode>>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- xml2js (a dependency of office-addin-manifest) ships no types
const xml2js: Xml2js = require("xml2js");

export const ROOT = path.resolve(__dirname, "../..");
export const MANIFEST_PATH = path.join(ROOT, "manifest.xml");
export const PRODUCTION_URL = "https://addins.example.com/central-asia/";
export const sourceXml = fs.readFileSync(MANIFEST_PATH, "utf8");

/** Strict parse (xml2js uses sax in strict mode): rejects anything that is not well-formed XML. */
export const parse = (xml: string) => xml2js.parseStringPromise(xml, { strict: true });

export const children = (node: XmlNode | undefined, name: string): XmlNode[] =>
  (node?.[name] as XmlNode[]) ?? [];
export const child = (node: XmlNode | undefined, ...names: string[]): XmlNode | undefined =>
  names.reduce<XmlNode | undefined>((current, name) => children(current, name)[0], node);
export const text = (node: XmlNode | undefined): string | undefined =>
  typeof node === "string" ? node : (node?._ ?? undefined);
export const attr = (node: XmlNode | undefined, name: string): string | undefined => node?.$?.[name];

/** Every attribute value and text in document order, with its path; namespace declarations excluded. */
export function strings(node: unknown, at = ""): Array<{ at: string; value: string }> {
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
export function skeleton(node: unknown, base: string): unknown {
  if (typeof node === "string") return node.split(base).join("<base>/");
  if (Array.isArray(node)) return node.map((item) => skeleton(item, base));
  if (node === null || typeof node !== "object") return node;
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, skeleton(v, base)]));
}

/** All resource ids of a kind (bt:Images, bt:Urls, bt:ShortStrings, bt:LongStrings) with their values. */
export function resources(officeApp: XmlNode, kind: string, item: string): Map<string, string> {
  const group = child(officeApp, "VersionOverrides", "Resources", kind);
  return new Map(
    children(group, item).map((node) => [attr(node, "id") ?? "", attr(node, "DefaultValue") ?? ""]),
  );
}
