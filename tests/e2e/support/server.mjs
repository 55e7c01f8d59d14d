/**
 * A static file server for dist/ on 127.0.0.1 (no directory listing, no paths outside dist/): the workbook
 * host's static handler (GET and HEAD, "/" the task pane), with a plain 404 for anything else.
 */
import { createServer } from "node:http";
import { staticHandler } from "../../excel-host/server.mjs";
import { DIST } from "./paths.mjs";

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
  const files = staticHandler(root, { index: "taskpane.html" });
  const server = createServer((req, res) => {
    if ((extra && extra(req, res)) || files(req, res)) return;
    res.writeHead(404, { "content-type": "text/plain" });
    res.end("not found");
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
