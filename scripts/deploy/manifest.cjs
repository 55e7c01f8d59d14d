/**
 * Reads an add-in only manifest (manifest.xml) and lists the URLs Office fetches from the add-in's host:
 * SourceLocation, IconUrl, HighResolutionIconUrl, SupportUrl, every bt:Image and bt:Url resource (with
 * their locale Overrides), and which of them is the custom functions' metadata (functions.json).
 *
 * A small, strict XML reader is enough here: manifests hold elements and attributes, and anything that is
 * not well-formed is refused with the line it was found on. CommonJS, so that both check-deploy (an ES module)
 * and the development server's policy (scripts/devServer.cjs, loaded by webpack.config.js) read the manifest
 * the same way.
 */
"use strict";

/**
 * @typedef {object} XmlElement
 * @property {string} name qualified name as written, e.g. "bt:Image"
 * @property {string} local name without its prefix, e.g. "Image"
 * @property {Record<string, string>} attrs
 * @property {XmlElement | null} parent
 * @property {XmlElement[]} children
 * @property {number} line
 */

/**
 * @typedef {object} ManifestUrl
 * @property {string} url
 * @property {string[]} sources where the manifest names it, e.g. ["IconUrl", "bt:Image Icon.32x32"]
 * @property {"icon" | "metadata" | "other"} role
 */

const ENTITIES = /** @type {Record<string, string>} */ ({
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
});

/** @param {string} value */
function decodeEntities(value) {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return ENTITIES[ref] ?? whole;
  });
}

const TOKEN =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>|<\/([^\s>]+)\s*>|<([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|[^<]+/y;
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * Parses well-formed XML into elements. Throws an Error naming the line of the first problem.
 * @param {string} text
 * @returns {XmlElement} the root element
 */
function parseXml(text) {
  const source = text.replace(/^\uFEFF/, "");
  /** @type {XmlElement | null} */
  let root = null;
  /** @type {XmlElement[]} */
  const open = [];
  const lineAt = (/** @type {number} */ index) => source.slice(0, index).split("\n").length;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(source);
    if (!match) throw new Error(`malformed markup at line ${lineAt(start)}`);
    const [token, closing, opening, attrText, selfClosing] = match;
    const top = open[open.length - 1] ?? null;
    if (closing !== undefined) {
      if (!top || top.name !== closing) {
        throw new Error(
          `unexpected </${closing}> at line ${lineAt(start)}` + (top ? ` (<${top.name}> is open)` : ""),
        );
      }
      open.pop();
    } else if (opening !== undefined) {
      if (!top && root) throw new Error(`a second root element <${opening}> at line ${lineAt(start)}`);
      /** @type {Record<string, string>} */
      const attrs = {};
      for (const [, name, double, single] of attrText.matchAll(ATTRIBUTE)) {
        attrs[name] = decodeEntities(double ?? single ?? "");
      }
      const local = opening.includes(":") ? opening.slice(opening.indexOf(":") + 1) : opening;
      /** @type {XmlElement} */
      const element = { name: opening, local, attrs, parent: top, children: [], line: lineAt(start) };
      if (top) top.children.push(element);
      else root = element;
      if (!selfClosing) open.push(element);
    } else if (!token.startsWith("<") && !top && token.trim() !== "") {
      throw new Error(`text outside the root element at line ${lineAt(start)}`);
    }
  }
  if (open.length > 0) throw new Error(`<${open[open.length - 1].name}> is never closed`);
  if (!root) throw new Error("no root element");
  return root;
}

/**
 * @param {XmlElement} element
 * @returns {Generator<XmlElement>} the element and all its descendants, in document order
 */
function* walk(element) {
  yield element;
  for (const child of element.children) yield* walk(child);
}

/** Elements whose DefaultValue is a URL Office fetches. */
const URL_ELEMENTS = new Set([
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "SourceLocation",
  "Image",
  "Url",
]);
const ICON_ELEMENTS = new Set(["IconUrl", "HighResolutionIconUrl", "Image"]);

/** @param {XmlElement} element */
function describe(element) {
  const id = element.attrs.id;
  return id ? `${element.name} ${id}` : element.name;
}

/**
 * The id of the bt:Url resource that holds the custom functions' metadata (functions.json): the resid of
 * <Metadata><SourceLocation resid="…"/></Metadata>, or "Functions.Metadata.Url" if there is no such element.
 * @param {XmlElement} root
 */
function metadataResourceId(root) {
  for (const element of walk(root)) {
    if (element.local === "SourceLocation" && element.parent?.local === "Metadata" && element.attrs.resid) {
      return element.attrs.resid;
    }
  }
  return "Functions.Metadata.Url";
}

/**
 * Lists the URLs of a manifest, each once, in document order.
 * @param {string} xml
 * @returns {{ urls: ManifestUrl[], metadataUrl: string | null }}
 */
function manifestUrls(xml) {
  const root = parseXml(xml);
  if (root.local !== "OfficeApp") {
    throw new Error(`the root element is <${root.name}>, not <OfficeApp> (an add-in only manifest)`);
  }
  const metadataId = metadataResourceId(root);
  /** @type {Map<string, ManifestUrl>} */
  const byUrl = new Map();
  /** @type {string | null} */
  let metadataUrl = null;
  /**
   * @param {string} url
   * @param {string} source
   * @param {ManifestUrl["role"]} role
   */
  const add = (url, source, role) => {
    const known = byUrl.get(url);
    if (known) {
      if (!known.sources.includes(source)) known.sources.push(source);
      if (known.role === "other") known.role = role;
    } else {
      byUrl.set(url, { url, sources: [source], role });
    }
  };
  for (const element of walk(root)) {
    if (!URL_ELEMENTS.has(element.local)) continue;
    const isMetadata = element.local === "Url" && element.attrs.id === metadataId;
    /** @type {ManifestUrl["role"]} */
    const role = isMetadata ? "metadata" : ICON_ELEMENTS.has(element.local) ? "icon" : "other";
    const value = element.attrs.DefaultValue;
    if (value !== undefined) {
      add(value.trim(), describe(element), role);
      if (isMetadata) metadataUrl = value.trim();
    }
    for (const child of element.children) {
      if (child.local === "Override" && child.attrs.Value !== undefined) {
        add(child.attrs.Value.trim(), `${describe(element)} (${child.attrs.Locale ?? "override"})`, role);
      }
    }
  }
  return { urls: [...byUrl.values()], metadataUrl };
}

module.exports = { manifestUrls };
