/**
 * The pure checks of `npm run check-deploy`: which content type fits a URL, what a page loads, whether
 * functions.json answers Excel on the web's cross-origin request, and which help pages functions.json names.
 * No network here: scripts/check-deploy.mjs does the fetching (pages: deploy/pages.mjs).
 */

/** The origin Excel on the web fetches functions.json from (cross-origin: it needs CORS). */
export const EXCEL_WEB_ORIGIN = "https://excel.officeapps.live.com";

/** Content types that fit each file extension (parameters such as charset are ignored). */
const CONTENT_TYPES = /** @type {Record<string, string[]>} */ ({
  ".html": ["text/html"],
  ".htm": ["text/html"],
  ".js": ["text/javascript", "application/javascript"],
  ".mjs": ["text/javascript", "application/javascript"],
  ".json": ["application/json"],
  ".png": ["image/png"],
  ".jpg": ["image/jpeg"],
  ".jpeg": ["image/jpeg"],
  ".gif": ["image/gif"],
  ".svg": ["image/svg+xml"],
  ".ico": ["image/x-icon", "image/vnd.microsoft.icon"],
  ".xml": ["application/xml", "text/xml"],
  ".css": ["text/css"],
});

/**
 * The media type of a Content-Type header, lower-cased, without parameters ("" if absent).
 * @param {string | string[] | undefined} header
 */
export function mediaType(header) {
  const value = Array.isArray(header) ? header[0] : header;
  return (value ?? "").split(";")[0].trim().toLowerCase();
}

/**
 * The content types that fit a URL: by its extension, else by what the manifest uses it for; null when
 * nothing is expected (a URL without a known extension, such as a folder).
 * @param {string} url
 * @param {"icon" | "metadata" | "help" | "other"} role
 * @returns {string[] | null}
 */
export function expectedContentTypes(url, role) {
  const pathname = new URL(url).pathname.toLowerCase();
  const dot = pathname.lastIndexOf(".");
  const extension = dot > pathname.lastIndexOf("/") ? pathname.slice(dot) : "";
  if (CONTENT_TYPES[extension]) return CONTENT_TYPES[extension];
  if (role === "metadata") return CONTENT_TYPES[".json"];
  if (role === "help") return CONTENT_TYPES[".html"];
  if (role === "icon") return ["image/png", "image/jpeg", "image/gif", ...CONTENT_TYPES[".ico"]];
  return null;
}

/**
 * Whether a response's content type fits; returns a reason when it does not, else null.
 * @param {string} actual media type, from mediaType()
 * @param {string[] | null} expected
 */
export function contentTypeProblem(actual, expected) {
  if (!expected || expected.includes(actual)) return null;
  const wanted = expected.join(" or ");
  return actual ? `content type ${actual}, expected ${wanted}` : `no Content-Type header, expected ${wanted}`;
}

/** @param {string} value */
function decodeHtmlAttribute(value) {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#0*39;|&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/**
 * The attributes of every <name> tag of an HTML page (quoted, single-quoted or unquoted values, any order).
 * @param {string} html
 * @param {string} name a tag name: meta, script, link
 * @returns {Record<string, string>[]}
 */
export function tagAttributes(html, name) {
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, "");
  const tag = new RegExp(`<${name}\\b((?:[^>"']|"[^"]*"|'[^']*')*)>`, "gi");
  return [...withoutComments.matchAll(tag)].map(([, body]) => {
    /** @type {Record<string, string>} */
    const attrs = {};
    for (const m of body.matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
      attrs[m[1].toLowerCase()] = decodeHtmlAttribute(m[2] ?? m[3] ?? m[4] ?? "");
    }
    return attrs;
  });
}

/**
 * The scripts and stylesheets a page's HTML loads, as absolute URLs, from any host (office.js included).
 * @param {string} html
 * @param {string} pageUrl
 * @returns {{ scripts: string[], styles: string[] }}
 */
export function pageLoads(html, pageUrl) {
  /** @param {(string | undefined)[]} references */
  const absolute = (references) => {
    /** @type {string[]} */
    const urls = [];
    for (const reference of references) {
      if (!reference || !URL.canParse(reference, pageUrl)) continue;
      const url = new URL(reference, pageUrl);
      url.hash = "";
      if (!urls.includes(url.href)) urls.push(url.href);
    }
    return urls;
  };
  const styles = tagAttributes(html, "link")
    .filter((attrs) => (attrs.rel ?? "").toLowerCase().split(/\s+/).includes("stylesheet"))
    .map((attrs) => attrs.href);
  return {
    scripts: absolute(tagAttributes(html, "script").map((attrs) => attrs.src)),
    styles: absolute(styles),
  };
}

/**
 * Checks the Access-Control-Allow-Origin answer to a request sent with Origin: EXCEL_WEB_ORIGIN.
 * @param {string | string[] | undefined} header
 * @returns {{ ok: true, value: string } | { ok: false, reason: string }}
 */
export function corsVerdict(header) {
  const value = (Array.isArray(header) ? header.join(", ") : (header ?? "")).trim();
  const why = "Excel on the web fetches functions.json cross-origin and registers no function without it";
  if (!value) {
    return {
      ok: false,
      reason: `CORS: no Access-Control-Allow-Origin header for Origin ${EXCEL_WEB_ORIGIN} (${why})`,
    };
  }
  if (value === "*" || value === EXCEL_WEB_ORIGIN) return { ok: true, value };
  return {
    ok: false,
    reason: `CORS: Access-Control-Allow-Origin is "${value}", expected "*" or "${EXCEL_WEB_ORIGIN}" (${why})`,
  };
}

/**
 * Reads functions.json and lists the help pages its functions name, without their #fragment.
 * @param {string} text
 * @returns {{ ok: true, count: number, helpUrls: Map<string, string[]> } | { ok: false, reason: string }}
 *   helpUrls maps each page to the functions that link to it
 */
export function functionsMetadata(text) {
  /** @type {unknown} */
  let data;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (err) {
    return { ok: false, reason: `not valid JSON (${err instanceof Error ? err.message : String(err)})` };
  }
  const functions = /** @type {{ functions?: unknown }} */ (data ?? {}).functions;
  if (!Array.isArray(functions) || functions.length === 0) {
    return { ok: false, reason: 'no "functions" array: this is not custom functions metadata' };
  }
  /** @type {Map<string, string[]>} */
  const helpUrls = new Map();
  for (const fn of functions) {
    const { helpUrl, id } = /** @type {{ helpUrl?: unknown, id?: unknown }} */ (fn ?? {});
    if (typeof helpUrl !== "string" || helpUrl === "") continue;
    const page = helpUrl.split("#")[0];
    const names = helpUrls.get(page) ?? [];
    names.push(String(id ?? "?"));
    helpUrls.set(page, names);
  }
  return { ok: true, count: functions.length, helpUrls };
}
