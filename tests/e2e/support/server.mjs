/** A static file server for dist/ on 127.0.0.1 (no directory listing, no paths outside dist/). */
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import { DIST, MIME } from "./paths.mjs";

/**
 * Serves `root` (dist/ by default). `extra(req, res)` may answer a request first (return true when it did),
 * e.g. a workbook host's ProcessQuery endpoint on the same origin.
 */
export function serveDist(
  /** @type {{ root?: string, extra?: (req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => boolean }} */ {
    root = DIST,
    extra,
  } = {},
) {
  const server = createServer((req, res) => {
    if (extra && extra(req, res)) return;
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    const file = normalize(join(root, path === "/" ? "taskpane.html" : path));
    if (!file.startsWith(root + sep) || !existsSync(file)) {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
      return;
    }
    res.writeHead(200, {
      "content-type": MIME[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store",
    });
    res.end(readFileSync(file));
  });
  /** @type {Promise<{ server: import("node:http").Server, origin: string }>} */
  const listening = new Promise((resolveServer) => {
    server.listen(0, "127.0.0.1", () => {
      const address = /** @type {import("node:net").AddressInfo} */ (server.address());
      resolveServer({ server, origin: `http://127.0.0.1:${address.port}` });
    });
  });
  return listening;
}
