#!/usr/bin/env node
/**
 * npm run check-deploy [-- path/to/manifest.xml] [--timeout <ms>]
 *
 * Checks a deployed add-in from the outside, as Office will see it: reads the built manifest (default
 * dist/manifest.xml) and fetches every URL it names from the host. Each must answer 200 over https, without
 * a redirect, with a content type that fits its extension; the pages must carry a Content-Security-Policy
 * (header or <meta http-equiv>); functions.json must parse, allow Excel on the web's origin (CORS) and name
 * help pages that answer too; the scripts and stylesheets the pages load from the host must answer as well.
 * Prints one line per URL (OK/FAIL, status, content type, URL, where the
 * manifest names it, and why it failed).
 *
 * Exit status: 0 when every URL passes, 1 when any fails, 2 on a usage error (no manifest, unparsable
 * manifest, unknown option, unreadable NODE_EXTRA_CA_CERTS).
 *
 * Trusted CAs: Node's list, the system bundle where it is a file, and NODE_EXTRA_CA_CERTS (see deploy/http.mjs).
 */
import { readFileSync } from "node:fs";
import https from "node:https";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  contentTypeProblem,
  corsVerdict,
  EXCEL_WEB_ORIGIN,
  expectedContentTypes,
  findCsp,
  functionsMetadata,
  mediaType,
  pageResources,
} from "./deploy/checks.mjs";
import { get, trustedCertificates, UNTRUSTED_HINT } from "./deploy/http.mjs";
import { manifestUrls } from "./deploy/manifest.cjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DEFAULT_MANIFEST = path.join(root, "dist", "manifest.xml");
const DEFAULT_TIMEOUT_MS = 10_000;
const USAGE = "Usage: node scripts/check-deploy.mjs [path/to/manifest.xml] [--timeout <ms>]";
/** Hosts reserved for examples (RFC 2606), like the build's placeholder production URL. */
const PLACEHOLDER_HOST = /(^|\.)example\.(com|net|org)$|\.(example|test|invalid)$/i;

/**
 * @typedef {object} Result
 * @property {string} url
 * @property {string[]} sources
 * @property {string} status
 * @property {string} type
 * @property {string[]} problems
 * @property {string[]} notes
 * @property {Map<string, string[]>} [helpUrls] for functions.json: help page → functions linking to it
 * @property {string[]} [resources] for a page on the add-in's host: the scripts and stylesheets it loads from there
 */

class UsageError extends Error {}

/** @param {string[]} argv */
function parseArgs(argv) {
  let manifestPath = DEFAULT_MANIFEST;
  let timeoutMs = DEFAULT_TIMEOUT_MS;
  let manifestGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--help" || arg === "-h") return null;
    if (arg === "--timeout" || arg.startsWith("--timeout=")) {
      const value = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[++i];
      timeoutMs = Number(value);
      if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) {
        throw new UsageError(`--timeout needs a positive number of milliseconds, not "${value ?? ""}"`);
      }
    } else if (arg.startsWith("-")) {
      throw new UsageError(`unknown option ${arg}`);
    } else if (manifestGiven) {
      throw new UsageError(`only one manifest can be checked at a time (got ${manifestPath} and ${arg})`);
    } else {
      manifestPath = path.resolve(arg);
      manifestGiven = true;
    }
  }
  return { manifestPath, timeoutMs };
}

/**
 * Fetches one URL and checks it.
 * @param {{ url: string, sources: string[], role: "icon" | "metadata" | "help" | "other" }} entry
 * @param {{ agent: https.Agent, timeoutMs: number, ownOrigins: Set<string> }} context
 * @returns {Promise<Result>}
 */
async function check({ url, sources, role }, { agent, timeoutMs, ownOrigins }) {
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
    const csp = findCsp(response.headers, text);
    if (csp) result.notes.push(csp.where === "header" ? "CSP header" : "CSP meta tag");
    else result.problems.push("no Content-Security-Policy (neither a header nor a <meta http-equiv> tag)");
    result.resources = pageResources(text, url, ownOrigins);
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

/**
 * Checks each URL once, in parallel, appending to `results`; a URL already there only gains its sources.
 * @param {Result[]} results
 * @param {Map<string, string[]>} wanted URL → where it was found
 * @param {"help" | "other"} role
 * @param {{ agent: https.Agent, timeoutMs: number, ownOrigins: Set<string> }} context
 */
async function checkEachOnce(results, wanted, role, context) {
  /** @type {Promise<Result>[]} */
  const pending = [];
  for (const [url, sources] of wanted) {
    const known = results.find((r) => r.url === url);
    if (known) known.sources.push(...sources);
    else pending.push(check({ url, sources, role }, context));
  }
  results.push(...(await Promise.all(pending)));
}

/** @param {Map<string, string[]>} map @param {string} key @param {string} value */
const addTo = (map, key, value) => map.set(key, [...(map.get(key) ?? []), value]);

/** @param {string[]} names */
function functionList(names) {
  return names.length <= 3
    ? names.join(", ")
    : `${names.slice(0, 3).join(", ")} and ${names.length - 3} more`;
}

/**
 * @param {Result} result
 * @param {number} typeWidth
 */
function formatLine(result, typeWidth) {
  const verdict = result.problems.length > 0 ? "FAIL" : "OK  ";
  const detail = result.problems.length > 0 ? result.problems : result.notes;
  return (
    `${verdict} ${result.status.padEnd(3)} ${result.type.padEnd(typeWidth)} ${result.url}` +
    ` (${result.sources.join(", ")})${detail.length > 0 ? `: ${detail.join("; ")}` : ""}`
  );
}

/**
 * Runs the check; returns the exit status.
 * @param {string[]} argv
 * @param {NodeJS.ProcessEnv} env
 */
async function main(argv, env) {
  const options = parseArgs(argv);
  if (!options) {
    console.log(USAGE);
    return 0;
  }
  const { manifestPath, timeoutMs } = options;
  let xml;
  try {
    xml = readFileSync(manifestPath, "utf8");
  } catch {
    const hint =
      manifestPath === DEFAULT_MANIFEST ? " (build it first: ADDIN_BASE_URL=https://…/ npm run build)" : "";
    throw new UsageError(`cannot read the manifest ${manifestPath}${hint}`);
  }
  let urls, metadataUrl;
  try {
    ({ urls, metadataUrl } = manifestUrls(xml));
  } catch (err) {
    throw new UsageError(
      `cannot parse the manifest ${manifestPath}: ${err instanceof Error ? err.message : err}`,
    );
  }
  if (urls.length === 0) throw new UsageError(`the manifest ${manifestPath} names no URL`);
  let trust;
  try {
    trust = trustedCertificates(env);
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  const agent = new https.Agent({ secureContext: trust.secureContext, maxSockets: 6 });
  const ownOrigins = new Set(urls.flatMap(({ url }) => (URL.canParse(url) ? [new URL(url).origin] : [])));
  const context = { agent, timeoutMs, ownOrigins };

  console.log(
    `Checking the ${urls.length} URLs of ${path.relative(process.cwd(), manifestPath) || manifestPath}, then the help pages and files they lead to`,
  );
  console.log(`Trusting ${trust.description}.`);
  const placeholders = [...ownOrigins].filter((origin) => PLACEHOLDER_HOST.test(new URL(origin).hostname));
  if (placeholders.length > 0) {
    console.log(
      `Note: ${placeholders.join(", ")} is a placeholder host; build with ADDIN_BASE_URL=https://your.host/path/ npm run build.`,
    );
  }
  if (!metadataUrl) console.log("Note: the manifest declares no custom functions metadata (functions.json).");

  const results = await Promise.all(urls.map((entry) => check(entry, context)));
  // The help pages each functions.json names (the Russian one too).
  /** @type {Map<string, string[]>} */
  const helpPages = new Map();
  for (const metadata of results.filter((r) => r.helpUrls)) {
    const where =
      metadata.url === metadataUrl ? "" : ` in ${path.posix.basename(new URL(metadata.url).pathname)}`;
    for (const [page, functions] of metadata.helpUrls ?? [])
      addTo(helpPages, page, `helpUrl of ${functionList(functions)}${where}`);
  }
  await checkEachOnce(results, helpPages, "help", context);
  // What the pages load from the add-in's host (scripts, stylesheets), naming the pages that load them.
  /** @type {Map<string, string[]>} */
  const loadedBy = new Map();
  for (const page of results) {
    const name = path.posix.basename(new URL(page.url).pathname);
    for (const resource of page.resources ?? []) addTo(loadedBy, resource, name);
  }
  const loaded = new Map(
    [...loadedBy].map(([resource, pages]) => [resource, [`loaded by ${pages.join(", ")}`]]),
  );
  await checkEachOnce(results, loaded, "other", context);
  agent.destroy();

  const typeWidth = Math.min(24, Math.max(...results.map((r) => r.type.length)));
  for (const result of results) console.log(formatLine(result, typeWidth));
  const failed = results.filter((r) => r.problems.length > 0).length;
  console.log(
    failed === 0
      ? `All ${results.length} URLs passed.`
      : `${failed} of ${results.length} URLs failed: Office would not load the add-in as deployed.`,
  );
  if (results.some((r) => r.problems.some((p) => p.includes("is not trusted")))) console.log(UNTRUSTED_HINT);
  return failed === 0 ? 0 : 1;
}

main(process.argv.slice(2), process.env).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    if (err instanceof UsageError) {
      console.error(`check-deploy: ${err.message}`);
      console.error(USAGE);
      process.exitCode = 2;
    } else {
      console.error(err);
      process.exitCode = 1;
    }
  },
);
