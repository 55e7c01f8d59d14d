/**
 * One URL of `npm run check-deploy`: fetched as Office fetches it (functions.json with Excel on the web's
 * Origin), then checked: status, no redirect, content type, a body, and what a page (deploy/pages.mjs) or the
 * functions metadata (deploy/checks.mjs) must be.
 */
import {
  contentTypeProblem,
  corsVerdict,
  EXCEL_WEB_ORIGIN,
  expectedContentTypes,
  functionsMetadata,
  mediaType,
} from "./checks.mjs";
import { get } from "./http.mjs";
import { checkPage } from "./pages.mjs";

/**
 * @typedef {object} Result
 * @property {string} url
 * @property {string[]} sources
 * @property {string} status
 * @property {string} type
 * @property {string[]} problems
 * @property {string[]} notes
 * @property {Map<string, string[]>} [helpUrls] for functions.json: help page → functions linking to it
 * @property {string[]} [resources] for a page on the add-in's host: the files it can load from there
 */

/**
 * @typedef {object} Context
 * @property {import("node:https").Agent} agent
 * @property {number} timeoutMs
 * @property {Set<string>} ownOrigins
 * @property {import("./pages.mjs").PageList | null} pageList
 * @property {string[]} metadataUrls
 */

/**
 * Fetches one URL and checks it.
 * @param {{ url: string, sources: string[], role: "icon" | "metadata" | "help" | "other" }} entry
 * @param {Context} context
 * @returns {Promise<Result>}
 */
export async function check({ url, sources, role }, context) {
  const { agent, timeoutMs, ownOrigins } = context;
  /** @type {Result} */
  const result = { url, sources, status: "---", type: "-", problems: [], notes: [] };
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    result.problems.push("not a valid URL");
    return result;
  }
  if (parsed.protocol !== "https:") {
    result.problems.push(`not https (${parsed.protocol}//): Office loads add-in files only over HTTPS`);
    return result;
  }
  /** @type {Record<string, string>} */
  const headers = role === "metadata" ? { Origin: EXCEL_WEB_ORIGIN } : {};
  let response;
  try {
    response = await get(url, { agent, timeoutMs, headers });
  } catch (err) {
    result.problems.push(err instanceof Error ? err.message : String(err));
    return result;
  }
  result.status = String(response.status);
  const type = mediaType(response.headers["content-type"]);
  result.type = type || "-";
  if (response.status >= 300 && response.status < 400) {
    const location = response.headers.location ?? "(no Location header)";
    result.problems.push(`redirects to ${location}: Office needs this exact URL to answer 200`);
    return result;
  }
  if (response.status !== 200) {
    result.problems.push(`status ${response.status}, expected 200`);
    return result;
  }
  const expected = expectedContentTypes(url, role);
  const typeProblem = contentTypeProblem(type, expected);
  if (typeProblem) result.problems.push(typeProblem);
  if (!expected) result.notes.push("content type not checked (no known extension)");
  if (response.body.length === 0) result.problems.push("the body is empty");

  const isPage = type === "text/html" || (expected ?? []).includes("text/html");
  const text = isPage || role === "metadata" ? response.body.toString("utf8") : "";
  if (isPage && ownOrigins.has(parsed.origin)) {
    const { pageList, metadataUrls } = context;
    const page = checkPage({
      url,
      headers: response.headers,
      html: text,
      sources,
      pageList,
      metadataUrls,
      ownOrigins,
    });
    result.problems.push(...page.problems);
    result.notes.push(...page.notes);
    result.resources = page.resources;
  }
  if (role === "metadata") {
    const cors = corsVerdict(response.headers["access-control-allow-origin"]);
    if (cors.ok) result.notes.push(`CORS ${cors.value}`);
    else result.problems.push(cors.reason);
    const metadata = functionsMetadata(text);
    if (metadata.ok) {
      const pages = metadata.helpUrls.size;
      result.notes.push(`${metadata.count} functions, ${pages} help page${pages === 1 ? "" : "s"}`);
      result.helpUrls = metadata.helpUrls;
    } else {
      result.problems.push(`functions.json: ${metadata.reason}`);
    }
  }
  return result;
}
