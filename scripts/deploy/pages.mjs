/**
 * The checks of a page on the add-in's host, for `npm run check-deploy`: that it is the page it should be (the
 * marker the build writes, scripts/pageFiles.cjs), every file it can load (its HTML and the build's
 * pages.json, where ru.js is listed), that its Content-Security-Policy, header and meta tags together, lets
 * it load them, and that a page Office shows in a frame may be framed by Office. No network here.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { pageLoads, tagAttributes } from "./checks.mjs";
import { blockedLoads, parsePolicies } from "./csp.mjs";

/** The <meta name> of the marker each built page carries (scripts/pageFiles.cjs writes it). */
export const MARKER_NAME = "central-asia-indicators-page";
const LIST_FILE = "pages.json";

/**
 * Origins of Excel on the web that hold the pane's frame: the Excel frame itself and the pages around it
 * (Microsoft 365, OneDrive, SharePoint; contoso stands for any tenant). Microsoft publishes no full list;
 * a frame-ancestors that admits these admits the families they stand for.
 */
export const OFFICE_FRAME_ANCESTORS = [
  "https://excel.officeapps.live.com",
  "https://excel.cloud.microsoft",
  "https://www.office.com",
  "https://onedrive.live.com",
  "https://contoso.sharepoint.com",
];

/**
 * @typedef {Record<string, { marker: string, loads: string[] }>} PageList page file → its marker and the
 *   files (relative to it) it can load
 */

/**
 * The build's pages.json beside the manifest, if there is one.
 * @param {string} manifestPath
 * @returns {{ pages: PageList | null, file: string }}
 */
export function readPageList(manifestPath) {
  const file = path.join(path.dirname(manifestPath), LIST_FILE);
  if (!existsSync(file)) return { pages: null, file };
  try {
    return { pages: JSON.parse(readFileSync(file, "utf8")), file };
  } catch (err) {
    throw new Error(`cannot read ${file}: ${err instanceof Error ? err.message : err}`);
  }
}

/** @param {string | string[] | undefined} header */
const headerValues = (header) => (Array.isArray(header) ? header : header === undefined ? [] : [header]);

/**
 * @typedef {object} PageCheck
 * @property {string[]} problems
 * @property {string[]} notes
 * @property {string[]} resources the files on the add-in's host the page can load, to be fetched in turn
 */

/**
 * @param {object} page
 * @param {string} page.url
 * @param {import("node:http").IncomingHttpHeaders} page.headers
 * @param {string} page.html
 * @param {string[]} page.sources where the manifest names the page (SourceLocation: Office frames it)
 * @param {PageList | null} page.pageList
 * @param {string[]} page.metadataUrls the functions metadata, which the functions' runtime page fetches
 * @param {Set<string>} page.ownOrigins
 * @returns {PageCheck}
 */
export function checkPage({ url, headers, html, sources, pageList, metadataUrls, ownOrigins }) {
  /** @type {PageCheck} */
  const check = { problems: [], notes: [], resources: [] };
  const name = path.posix.basename(new URL(url).pathname);
  const entry = pageList?.[name];
  if (entry) {
    const markers = tagAttributes(html, "meta")
      .filter((attrs) => attrs.name === MARKER_NAME)
      .map((attrs) => attrs.content ?? "");
    if (markers.includes(entry.marker)) check.notes.push(`is ${entry.marker}`);
    else if (markers.length > 0) {
      check.problems.push(
        `this is ${markers[0]}, not ${entry.marker}: the host answers this URL with another page (a fallback for missing files?)`,
      );
    } else {
      check.problems.push(`this is not ${entry.marker} as built: it has no <meta name="${MARKER_NAME}">`);
    }
  }

  const { scripts, styles } = pageLoads(html, url);
  const listed = (entry?.loads ?? []).map((file) => new URL(file, url).href);
  const own = (/** @type {string} */ u) => ownOrigins.has(new URL(u).origin);
  check.resources = [...new Set([...scripts, ...styles, ...listed])].filter(own);

  const policies = [
    ...headerValues(headers["content-security-policy"]).flatMap((value) => parsePolicies(value, "header")),
    ...tagAttributes(html, "meta")
      .filter((attrs) => (attrs["http-equiv"] ?? "").trim().toLowerCase() === "content-security-policy")
      .flatMap((attrs) => parsePolicies(attrs.content ?? "", "meta")),
  ];
  if (policies.length === 0) {
    check.problems.push("no Content-Security-Policy (neither a header nor a <meta http-equiv> tag)");
  }
  const wheres = [...new Set(policies.map((policy) => policy.where))];
  const framed = sources.some((source) => source.startsWith("SourceLocation")) || scripts.some(isOfficeJs);
  /** @type {{ kind: "script" | "style" | "connect" | "frame-ancestors", url: string }[]} */
  const loads = [
    ...[...new Set([...scripts, ...listed.filter((u) => u.endsWith(".js"))])].map((u) => ({
      kind: /** @type {const} */ ("script"),
      url: u,
    })),
    ...[...new Set([...styles, ...listed.filter((u) => u.endsWith(".css"))])].map((u) => ({
      kind: /** @type {const} */ ("style"),
      url: u,
    })),
    ...(framed ? metadataUrls.map((u) => ({ kind: /** @type {const} */ ("connect"), url: u })) : []),
  ];
  const blocked = blockedLoads(policies, url, loads);
  check.problems.push(...blocked);
  if (policies.length > 0 && blocked.length === 0) {
    const where = wheres.map((w) => (w === "meta" ? "meta tag" : "header")).join(" + ");
    check.notes.push(
      `CSP ${where} allows ${loads.length === 1 ? "its 1 load" : `all ${loads.length} loads`}`,
    );
  }

  if (framed) {
    for (const value of headerValues(headers["x-frame-options"])) {
      const option = value.trim().toUpperCase();
      if (option === "DENY" || option === "SAMEORIGIN") {
        check.problems.push(
          `X-Frame-Options: ${option} forbids Office's frame (Excel on the web shows the pane in a frame on its own origin)`,
        );
      }
    }
    const headerPolicies = policies.filter((policy) => policy.where === "header");
    const ancestors = OFFICE_FRAME_ANCESTORS.map((origin) => ({
      kind: /** @type {const} */ ("frame-ancestors"),
      url: origin,
    }));
    check.problems.push(...blockedLoads(headerPolicies, url, ancestors));
  }
  return check;
}

/** @param {string} url */
function isOfficeJs(url) {
  return /\/office\.js$/i.test(new URL(url).pathname);
}
