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
 *
 * This file is the command (arguments, usage, exit status); the check itself is deploy/deployment.mjs.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { checkDeployment, InputError } from "./deploy/deployment.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DEFAULT_MANIFEST = path.join(root, "dist", "manifest.xml");
const DEFAULT_TIMEOUT_MS = 10_000;
const USAGE = "Usage: node scripts/check-deploy.mjs [path/to/manifest.xml] [--timeout <ms>]";

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
  const manifestHint =
    manifestPath === DEFAULT_MANIFEST ? " (build it first: ADDIN_BASE_URL=https://…/ npm run build)" : "";
  try {
    return (await checkDeployment({ manifestPath, timeoutMs, env, manifestHint })) ? 0 : 1;
  } catch (err) {
    throw err instanceof InputError ? new UsageError(err.message) : err;
  }
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
