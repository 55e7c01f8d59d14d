/*
 * Read-only static files for the host's HTTP server (the add-in's dist/ served beside the host, one origin).
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize, resolve, sep } from "node:path";

export const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

/** The content type of a file name, by its extension. @param {string} name @param {string} fallback */
export const mimeOf = (name, fallback) => MIME[extname(name)] ?? fallback;

/** A read-only static file handler for a directory (no listings, nothing outside it). */
export function staticHandler(dir, { index = "index.html" } = {}) {
  const root = resolve(dir);
  return (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://host").pathname);
    const file = normalize(join(root, path === "/" ? index : path));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) return false;
    res.writeHead(200, {
      "content-type": mimeOf(file, "application/octet-stream"),
      "cache-control": "no-store",
    });
    res.end(req.method === "HEAD" ? undefined : readFileSync(file));
    return true;
  };
}
