/**
 * The deployment check behind `npm run check-deploy` (scripts/check-deploy.mjs, the command): reads a built
 * manifest, fetches every URL it names, then the help pages its functions' metadata names and every file its
 * pages can load, and reports each URL (OK/FAIL and why). Printing goes through `log`, so that the command
 * decides where it goes; a problem with the input (no manifest, unparsable manifest, unreadable
 * NODE_EXTRA_CA_CERTS) throws an InputError, which the command turns into a usage error.
 */
import { readFileSync } from "node:fs";
import https from "node:https";
import path from "node:path";
import { check } from "./checkUrl.mjs";
import { trustedCertificates, UNTRUSTED_HINT } from "./http.mjs";
import { manifestUrls } from "./manifest.cjs";
import { readPageList } from "./pages.mjs";

/** Hosts reserved for examples (RFC 2606), like the build's placeholder production URL. */
const PLACEHOLDER_HOST = /(^|\.)example\.(com|net|org)$|\.(example|test|invalid)$/i;

/** @typedef {import("./checkUrl.mjs").Result} Result */
/** @typedef {import("./checkUrl.mjs").Context} Context */

/** What the check cannot start from: the command reports it as a usage error. */
export class InputError extends Error {}

/**
 * Checks each URL once, in parallel, appending to `results`; a URL already there only gains its sources.
 * @param {Result[]} results
 * @param {Map<string, string[]>} wanted URL → where it was found
 * @param {"help" | "other"} role
 * @param {Context} context
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
 * Checks the deployment a manifest describes; resolves to whether every URL passed.
 * @param {{ manifestPath: string, timeoutMs: number, env: NodeJS.ProcessEnv, manifestHint?: string,
 *   log?: (line: string) => void }} options `manifestHint` follows "cannot read the manifest …"
 * @returns {Promise<boolean>}
 */
export async function checkDeployment({
  manifestPath,
  timeoutMs,
  env,
  manifestHint = "",
  log = console.log,
}) {
  let xml;
  try {
    xml = readFileSync(manifestPath, "utf8");
  } catch {
    throw new InputError(`cannot read the manifest ${manifestPath}${manifestHint}`);
  }
  let urls, metadataUrl;
  try {
    ({ urls, metadataUrl } = manifestUrls(xml));
  } catch (err) {
    throw new InputError(
      `cannot parse the manifest ${manifestPath}: ${err instanceof Error ? err.message : err}`,
    );
  }
  if (urls.length === 0) throw new InputError(`the manifest ${manifestPath} names no URL`);
  let trust;
  try {
    trust = trustedCertificates(env);
  } catch (err) {
    throw new InputError(err instanceof Error ? err.message : String(err));
  }
  const agent = new https.Agent({ secureContext: trust.secureContext, maxSockets: 6 });
  const ownOrigins = new Set(urls.flatMap(({ url }) => (URL.canParse(url) ? [new URL(url).origin] : [])));
  let pageList, pageListFile;
  try {
    ({ pages: pageList, file: pageListFile } = readPageList(manifestPath));
  } catch (err) {
    throw new InputError(err instanceof Error ? err.message : String(err));
  }
  const metadataUrls = urls.filter((entry) => entry.role === "metadata").map((entry) => entry.url);
  /** @type {Context} */
  const context = { agent, timeoutMs, ownOrigins, pageList, metadataUrls };

  log(
    `Checking the ${urls.length} URLs of ${path.relative(process.cwd(), manifestPath) || manifestPath}, then the help pages and files they lead to`,
  );
  log(`Trusting ${trust.description}.`);
  const placeholders = [...ownOrigins].filter((origin) => PLACEHOLDER_HOST.test(new URL(origin).hostname));
  if (placeholders.length > 0) {
    log(
      `Note: ${placeholders.join(", ")} is a placeholder host; build with ADDIN_BASE_URL=https://your.host/path/ npm run build.`,
    );
  }
  if (!metadataUrl) log("Note: the manifest declares no custom functions metadata (functions.json).");
  if (!pageList) {
    log(
      `Note: no ${path.relative(process.cwd(), pageListFile) || pageListFile} (the build writes it beside the manifest): pages are not checked for their marker, and only the files their HTML names are fetched (not ru.js).`,
    );
  }

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
  // What the pages can load from the add-in's host (scripts, stylesheets, chunks), naming the pages.
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
  for (const result of results) log(formatLine(result, typeWidth));
  const failed = results.filter((r) => r.problems.length > 0).length;
  log(
    failed === 0
      ? `All ${results.length} URLs passed.`
      : `${failed} of ${results.length} URLs failed: Office would not load the add-in as deployed.`,
  );
  if (results.some((r) => r.problems.some((p) => p.includes("is not trusted")))) log(UNTRUSTED_HINT);
  return failed === 0;
}
