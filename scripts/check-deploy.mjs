#!/usr/bin/env node
/**
 * npm run check-deploy [-- path/to/manifest.xml] [--timeout <ms>]
 *
 * Checks a deployed add-in from the outside, as Office will see it: reads the built manifest (default
 * dist/manifest.xml) and fetches every URL it names from the host. Each must answer 200 over https, without
 * a redirect, with a content type that fits its extension, in at most 20 MB (decompressed); each page must
 * be the page built for that URL (its marker), with a Content-Security-Policy (headers and <meta> tags, all
 * enforced) that lets it load its scripts (office.js too), stylesheets and the functions' metadata, and a
 * page Office frames must allow Office's frame (X-Frame-Options, frame-ancestors); functions.json must
 * parse, allow Excel on the web's origin (CORS) and name help pages that answer too; every file a page can
 * load from the host (pages.json, written by the build beside the manifest: ru.js too) must answer as well.
 * Prints one line per URL (OK/FAIL, status, content type, URL, where the manifest names it, and why it failed).
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
import { check } from "./deploy/checkUrl.mjs";
import { trustedCertificates, UNTRUSTED_HINT } from "./deploy/http.mjs";
import { manifestUrls } from "./deploy/manifest.cjs";
import { readPageList } from "./deploy/pages.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DEFAULT_MANIFEST = path.join(root, "dist", "manifest.xml");
const DEFAULT_TIMEOUT_MS = 10_000;
const USAGE = "Usage: node scripts/check-deploy.mjs [path/to/manifest.xml] [--timeout <ms>]";
/** Hosts reserved for examples (RFC 2606), like the build's placeholder production URL. */
const PLACEHOLDER_HOST = /(^|\.)example\.(com|net|org)$|\.(example|test|invalid)$/i;

/** @typedef {import("./deploy/checkUrl.mjs").Result} Result */
/** @typedef {import("./deploy/checkUrl.mjs").Context} Context */

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
  let pageList, pageListFile;
  try {
    ({ pages: pageList, file: pageListFile } = readPageList(manifestPath));
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  const metadataUrls = urls.filter((entry) => entry.role === "metadata").map((entry) => entry.url);
  /** @type {Context} */
  const context = { agent, timeoutMs, ownOrigins, pageList, metadataUrls };

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
  if (!pageList) {
    console.log(
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
