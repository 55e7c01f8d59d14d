/**
 * The development server's exposure: it listens on loopback unless ADDIN_DEV_HOST says otherwise (with a
 * warning), sends CORS only on what Office fetches cross-origin (functions.json: Excel on the web reads the
 * metadata from its own origin), and serves source maps (the full TypeScript) to this server's own pages only.
 */
"use strict";

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/** Files Office fetches from another origin; every other file gets no CORS header. */
const CROSS_ORIGIN_FILES = new Set(["/functions.json"]);

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
 * @param {string} protocol "https" or "http"
 */
function crossOriginPolicy(protocol) {
  /**
   * @param {import("http").IncomingMessage} req
   * @param {import("http").ServerResponse} res
   * @param {() => void} next
   */
  return (req, res, next) => {
    const path = new URL(req.url || "/", "http://localhost").pathname;
    if (CROSS_ORIGIN_FILES.has(path)) {
      res.setHeader("Access-Control-Allow-Origin", "*");
      if (req.method === "OPTIONS") {
        res.setHeader("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
        res.statusCode = 204;
        res.end();
        return;
      }
    } else if (path.endsWith(".map") && isForeignRequest(req, protocol)) {
      res.statusCode = 403;
      res.setHeader("Content-Type", "text/plain; charset=utf-8");
      res.end("Source maps are served to this server's own pages only.\n");
      return;
    }
    next();
  };
}

module.exports = { devServerHost, crossOriginPolicy };
