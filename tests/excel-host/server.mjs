/*
 * The workbook host over HTTP: answers the Excel client's POST <base>/ProcessQuery?flags=N from a workbook and
 * records every request, so tests can count round trips on the wire.
 *
 *   const host = await startExcelHost({ workbook: buildWorkbook({ … }), serve: "dist" });
 *   // in the page: new Excel.RequestContext(host.url), or the shim (shim.mjs) for Excel.run
 *   host.requests          every ProcessQuery POST: { kind: "sync" | "cleanup", calls, error, … }
 *   host.counts()          { processQuery, sync, cleanup }
 *   await host.settled()   waits until no request has come for a moment (clean-up requests come late)
 *   await host.close()
 *
 * "cleanup" requests are the ones Excel.run sends after the batch to release the ranges it kept
 * (workbook._RemoveReference), asynchronously: Excel.run has already resolved when they arrive.
 * To serve the pane and the host from one origin on another server, mount createExcelHostHandler(...).handle.
 *
 * Faults: host.failNext({ code, message?, location?, at?, action?, scope? }) makes a later sync request fail the
 * way Excel fails it, so the client raises an OfficeExtension.Error with that code:
 *   at      "check" (default): the next sync request; "write": the one after it (an insert's second sync);
 *           a number: the request whose record index is that number (host.requests[n].index; reset() restarts
 *           the numbering). Clean-up requests are never failed.
 *   action  scope "action" only: the first action whose call (as the call log writes it, e.g.
 *           'workbook.worksheets.add("Stances")') contains this string or matches this RegExp fails; the actions
 *           before it stay applied, as in Excel. Without it, the request's first action fails and nothing applies.
 *   scope   "action" (default): an HTTP 200 answer with the results so far and Error { Code, Message,
 *           HttpStatusCode, Location, ActionIndex }, as Excel answers a failing action; "request": Excel refusing
 *           the whole request (as in cell-edit mode), an HTTP error status with { error: { code, message } },
 *           which the client turns into an error with that code; nothing of the request runs.
 * Each fault fires once; host.pendingFaults() lists those that have not (yet) fired, e.g. because no action
 * matched. reset() keeps them.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { BadRequest, MESSAGES, excelError } from "./errors.mjs";
import { buildWorkbook } from "./fixtures.mjs";
import { createSession, processQuery } from "./protocol.mjs";

const MIME = {
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

const CORS = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "POST, OPTIONS",
  "access-control-allow-headers":
    "content-type, sdkversion, authorization, x-requested-with, x-test-request-name",
};

/** Whether a request only releases kept references (Excel.run's clean-up after the batch). */
function isCleanup(body) {
  const actions = body?.Actions ?? [];
  const methods = actions.filter((a) => a.ActionType !== 1);
  return methods.length > 0 && methods.every((a) => a.ActionType === 3 && a.Name === "_RemoveReference");
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-store",
    ...CORS,
    ...headers,
  });
  res.end(typeof body === "string" ? body : JSON.stringify(body));
}

/**
 * A request handler for the host, to mount on any Node http server: handle(req, res) returns true when it
 * answered (a request under basePath), false otherwise.
 * @param {{ workbook: import("./workbook.mjs").Workbook, basePath?: string, keepReferences?: boolean,
 *           excelApi?: string | null }} options keepReferences, excelApi: see protocol.createSession
 */
export function createExcelHostHandler({
  workbook,
  basePath = "/excel-host",
  keepReferences = true,
  excelApi = null,
}) {
  const base = basePath.replace(/\/$/, "");
  const session = createSession({ keepReferences, excelApi });
  /** @type {RequestRecord[]} */
  const requests = [];
  let pending = 0;
  let lastActivity = Date.now();
  /** Sync requests answered since the handler started (reset() does not restart it). */
  let syncsSeen = 0;
  /** @type {(FaultSpec & { armedAfter: number, missed: boolean })[]} */
  let faults = [];

  /** The armed fault meant for this sync request, if any (removed from the armed list). */
  function takeFault(recordIndex) {
    const ordinal = syncsSeen;
    const due = faults.find((f) => {
      if (f.missed) return false;
      if (typeof f.at === "number") return f.at === recordIndex;
      return ordinal === f.armedAfter + (f.at === "write" ? 2 : 1);
    });
    if (due !== undefined) faults = faults.filter((f) => f !== due);
    return due;
  }

  /** @param {import("node:http").IncomingMessage} req @param {import("node:http").ServerResponse} res */
  function handle(req, res) {
    const url = new URL(req.url ?? "/", "http://host");
    if (url.pathname !== `${base}/ProcessQuery`) return false;
    if (req.method === "OPTIONS") {
      send(res, 204, "");
      return true;
    }
    if (req.method !== "POST") {
      send(
        res,
        405,
        { error: { code: "InvalidRequest", message: "ProcessQuery takes POST" } },
        { allow: "POST, OPTIONS" },
      );
      return true;
    }
    pending += 1;
    lastActivity = Date.now();
    const chunks = [];
    req.on("data", (chunk) => chunks.push(chunk));
    req.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      /** @type {RequestRecord} */
      const record = {
        index: requests.length,
        time: Date.now(),
        flags: Number(url.searchParams.get("flags")),
        kind: "sync",
        request: null,
        response: null,
        calls: [],
        error: null,
      };
      requests.push(record);
      try {
        const body = JSON.parse(text);
        record.request = body;
        record.kind = isCleanup(body) ? "cleanup" : "sync";
        if (record.kind === "sync") syncsSeen += 1;
        const fault = record.kind === "sync" ? takeFault(record.index) : undefined;
        if (fault?.scope === "request") {
          const error = excelError(fault.code, fault.location ?? "", fault.message);
          record.error = { code: error.code, message: error.message, location: error.location, fault: true };
          record.calls = [`(the whole request refused: ${error.code})`];
          send(res, error.httpStatus, { error: { code: error.code, message: error.message } });
          return;
        }
        const answer = processQuery(workbook, body, session, { fault: fault ?? null });
        record.response = answer.body;
        record.calls = answer.calls;
        if (answer.error)
          record.error = {
            code: answer.error.code,
            message: answer.error.message,
            location: answer.error.location,
            cause: answer.error.cause,
            ...(answer.faulted ? { fault: true } : {}),
          };
        if (fault !== undefined && !answer.faulted) faults.push({ ...fault, missed: true });
        send(res, 200, answer.body);
      } catch (error) {
        const message =
          error instanceof SyntaxError
            ? `The request body is not JSON: ${error.message}`
            : error instanceof BadRequest
              ? error.message
              : String(/** @type {any} */ (error)?.stack ?? error);
        record.error = { code: "GeneralException", message, location: "" };
        send(res, 400, { error: { code: "GeneralException", message } });
      } finally {
        pending -= 1;
        lastActivity = Date.now();
      }
    });
    return true;
  }

  return {
    handle,
    requests,
    session,
    workbook,
    basePath: base,
    counts: () => ({
      processQuery: requests.length,
      sync: requests.filter((r) => r.kind === "sync").length,
      cleanup: requests.filter((r) => r.kind === "cleanup").length,
    }),
    /** Forgets the recorded requests (the workbook, kept references and armed faults stay). */
    reset: () => void requests.splice(0, requests.length),
    /**
     * Makes a later sync request fail as Excel fails it (see the top of this file).
     * @param {FaultSpec} spec
     */
    failNext(spec) {
      if (typeof spec?.code !== "string" || spec.code === "") throw new Error("failNext needs an error code");
      const at = spec.at ?? "check";
      if (at !== "check" && at !== "write" && !(Number.isInteger(at) && at >= 0))
        throw new Error(`failNext: at must be "check", "write" or a request index, not ${String(at)}`);
      const scope = spec.scope ?? "action";
      if (scope !== "action" && scope !== "request")
        throw new Error(`failNext: scope must be "action" or "request", not ${String(scope)}`);
      faults.push({
        ...spec,
        at,
        scope,
        message: spec.message ?? MESSAGES[spec.code],
        armedAfter: syncsSeen,
        missed: false,
      });
    },
    /** Faults armed with failNext that have not fired: not yet due, or due but no action matched (missed). */
    pendingFaults: () =>
      faults.map((f) => {
        /** @type {Partial<typeof f>} */
        const copy = { ...f };
        delete copy.armedAfter;
        return copy;
      }),
    /** Resolves once no request is in flight and none came for quietMs (or rejects after timeoutMs). */
    settled({ quietMs = 200, timeoutMs = 10_000 } = {}) {
      const start = Date.now();
      return new Promise((resolvePromise, reject) => {
        const check = () => {
          if (pending === 0 && Date.now() - lastActivity >= quietMs) resolvePromise(undefined);
          else if (Date.now() - start > timeoutMs) reject(new Error("The Excel host did not settle"));
          else setTimeout(check, 25);
        };
        check();
      });
    },
  };
}

/**
 * One ProcessQuery POST as the host recorded it.
 * @typedef {{ index: number, time: number, flags: number, kind: "sync" | "cleanup", request: any, response: any,
 *   calls: string[], error: { code: string, message: string, location: string, cause?: unknown,
 *   fault?: boolean } | null }} RequestRecord
 */

/**
 * @typedef {{ code: string, message?: string, location?: string, at?: "check" | "write" | number,
 *   action?: string | RegExp | ((call: string) => boolean), scope?: "action" | "request" }} FaultSpec
 */

/** A read-only static file handler for a directory (no listings, nothing outside it). */
export function staticHandler(dir, { index = "index.html" } = {}) {
  const root = resolve(dir);
  return (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://host").pathname);
    const file = normalize(join(root, path === "/" ? index : path));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) return false;
    res.writeHead(200, {
      "content-type": MIME[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store",
    });
    res.end(req.method === "HEAD" ? undefined : readFileSync(file));
    return true;
  };
}

/**
 * Starts the host on 127.0.0.1 with an ephemeral port.
 * @param {{ workbook?: import("./workbook.mjs").Workbook, basePath?: string, keepReferences?: boolean,
 *           excelApi?: string | null, serve?: string, index?: string, pages?: Record<string, string>, port?: number }} [options]
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
  });
  const files = options.serve ? staticHandler(options.serve, { index: options.index }) : () => false;
  const pages = options.pages ?? {};
  const inline = (req, res) => {
    const path = new URL(req.url ?? "/", "http://host").pathname;
    if (req.method !== "GET" || !Object.hasOwn(pages, path)) return false;
    res.writeHead(200, {
      "content-type": MIME[extname(path)] ?? "text/html; charset=utf-8",
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
