/**
 * The development server's exposure: it listens on loopback unless ADDIN_DEV_HOST says otherwise (with a
 * warning), sends CORS only on what Office fetches cross-origin (the functions' metadata the manifest names,
 * functions.json and its Russian override: Excel on the web reads them from its own origin), and serves source
 * maps (the full TypeScript) to this server's own pages only.
 */
"use strict";

const path = require("path");
const querystring = require("querystring");
const { manifestUrls } = require("./deploy/manifest.cjs");

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/**
 * The interface to listen on: loopback by default; ADDIN_DEV_HOST (e.g. 0.0.0.0 for a device on the
 * network) opens it, with a warning.
 * @param {NodeJS.ProcessEnv} env
 * @param {(message: string) => void} [warn]
 */
function devServerHost(env, warn = console.warn) {
  const host = (env.ADDIN_DEV_HOST || "").trim() || "localhost";
  if (!LOOPBACK_HOSTS.has(host)) {
    warn(
      `[dev-server] ADDIN_DEV_HOST=${host}: the development server (with source maps) is reachable from the network. ` +
        "Unset ADDIN_DEV_HOST to keep it on this machine.",
    );
  }
  return host;
}

/**
 * The paths Office fetches from another origin: every functions metadata URL of the manifest (its default
 * and each locale's override) on the server's own URL. Every other file gets no CORS header.
 * @param {string} manifestXml
 * @param {string} serverUrl the URL the manifest names the server by, DEV_URL in development (scripts/hosting.cjs)
 * @returns {Set<string>} paths such as "/functions.json"
 */
function crossOriginPaths(manifestXml, serverUrl) {
  const origin = new URL(serverUrl).origin;
  const paths = new Set();
  for (const { url, role } of manifestUrls(manifestXml).urls) {
    if (role === "metadata" && URL.canParse(url) && new URL(url).origin === origin) {
      paths.add(new URL(url).pathname);
    }
  }
  if (paths.size === 0) throw new Error(`the manifest names no functions metadata on ${origin}`);
  return paths;
}

/**
 * The path a request reaches once decoded, as a file server resolves it: percent-escapes undone, "." and ".."
 * resolved, repeated and trailing slashes dropped ("/a/..%2Ftaskpane.js.%6Dap/" is "/taskpane.js.map").
 * @param {string} url the request's URL (path and query)
 */
function decodedPath(url) {
  const raw = url.split(/[?#]/)[0].replace(/\\/g, "/");
  return path.posix.normalize(`/${querystring.unescape(raw)}`).replace(/\/+$/, "") || "/";
}

/**
 * Whether a request comes from a page of another origin: its Origin header names another origin, or the
 * browser marks it cross-site or same-site (another port or subdomain).
 * @param {import("http").IncomingMessage} req
 * @param {string} protocol
 */
function isForeignRequest(req, protocol) {
  const origin = req.headers.origin;
  if (origin !== undefined) return origin !== `${protocol}://${req.headers.host}`;
  const site = req.headers["sec-fetch-site"];
  return site === "cross-site" || site === "same-site";
}

/**
 * Connect-style middleware applying the policy above.
 * @param {object} options
 * @param {string} options.protocol "https" or "http"
 * @param {Set<string>} options.corsPaths from crossOriginPaths()
 * @param {(url: string) => string | undefined} [options.servedFile] the file the file middleware would serve
 *   for a URL (webpack-dev-middleware's getFilenameFromUrl), so that a source map is known by what is
 *   served, whatever the URL's spelling
 */
function crossOriginPolicy({ protocol, corsPaths, servedFile }) {
  /** @param {string} url */
  const isSourceMap = (url) => {
    if (decodedPath(url).toLowerCase().endsWith(".map")) return true;
    try {
      return (servedFile?.(url) ?? "").toLowerCase().endsWith(".map");
    } catch {
      return false; // before the first compilation there is nothing to serve yet
    }
  };
  /**
   * @param {import("http").IncomingMessage} req
   * @param {import("http").ServerResponse} res
   * @param {() => void} next
   */
  return (req, res, next) => {
    const url = req.url || "/";
    if (corsPaths.has(decodedPath(url))) {
      res.setHeader("Access-Control-Allow-Origin", "*");
      if (req.method === "OPTIONS") {
        res.setHeader("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
        res.statusCode = 204;
        res.end();
        return;
      }
    } else if (isForeignRequest(req, protocol) && isSourceMap(url)) {
      res.statusCode = 403;
      res.setHeader("Content-Type", "text/plain; charset=utf-8");
      res.end("Source maps are served to this server's own pages only.\n");
      return;
    }
    next();
  };
}

module.exports = { crossOriginPaths, crossOriginPolicy, decodedPath, devServerHost };
