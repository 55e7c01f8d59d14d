/*
 * The workbook host over HTTP: answers the Excel client's POST <base>/ProcessQuery?flags=N from a workbook and
 * records every request, so tests can count round trips on the wire.
 *
 *   const host = await startExcelHost({ workbook: buildWorkbook({ … }), serve: "dist" });
 *   // in the page: new Excel.RequestContext(host.url), or the shim (shim.mjs) for Excel.run
 *   host.requests          every ProcessQuery POST: { kind: "sync" | "cleanup" | "runtime", calls, error, … }
 *   host.counts()          { processQuery, sync, cleanup, runtime }  (runtime: Office.addin's own requests)
 *   await host.settled()   waits until no request has come for a moment (clean-up requests come late)
 *   host.failNext(fault)   a later sync request fails as Excel fails it (faults.mjs)
 *   await host.close()
 *
 * The request handler (handler.mjs) mounts on another Node http server too: createExcelHostHandler(...).handle.
 */
import { createServer } from "node:http";
import { buildWorkbook } from "./fixtures.mjs";
import { createExcelHostHandler } from "./handler.mjs";
import { mimeOf, staticHandler } from "./static.mjs";

export { createExcelHostHandler, staticHandler };

/**
 * Starts the host on 127.0.0.1 with an ephemeral port.
 * @param {{ workbook?: import("./workbook.mjs").Workbook, basePath?: string, keepReferences?: boolean,
 *           excelApi?: string | null, platform?: "web" | "desktop",
 *           payloadLimit?: number | null | { request?: number | null, response?: number | null }, serve?: string, index?: string, pages?: Record<string, string>, port?: number }} [options]
 *   serve: a directory to serve read-only from the same origin (e.g. the add-in's dist/); index: the file for
 *   "/"; pages: extra files by path ({ "/test.html": "<!doctype html>…" })
 */
export async function startExcelHost(options = {}) {
  const workbook = options.workbook ?? buildWorkbook();
  const host = createExcelHostHandler({
    workbook,
    basePath: options.basePath,
    keepReferences: options.keepReferences,
    excelApi: options.excelApi,
    platform: options.platform,
    payloadLimit: options.payloadLimit,
  });
  const files = options.serve ? staticHandler(options.serve, { index: options.index }) : () => false;
  const pages = options.pages ?? {};
  const inline = (req, res) => {
    const path = new URL(req.url ?? "/", "http://host").pathname;
    if (req.method !== "GET" || !Object.hasOwn(pages, path)) return false;
    res.writeHead(200, {
      "content-type": mimeOf(path, "text/html; charset=utf-8"),
      "cache-control": "no-store",
    });
    res.end(pages[path]);
    return true;
  };
  const server = createServer((req, res) => {
    if (host.handle(req, res) || inline(req, res) || files(req, res)) return;
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
    res.end("not found");
  });
  await new Promise((done) => server.listen(options.port ?? 0, "127.0.0.1", () => done(undefined)));
  const address = /** @type {import("node:net").AddressInfo} */ (server.address());
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    ...host,
    origin,
    /** The RequestContext URL: the client posts to `${url}/ProcessQuery?flags=N`. */
    url: `${origin}${host.basePath}`,
    server,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections?.();
        server.close(() => done(undefined));
      }),
  };
}
