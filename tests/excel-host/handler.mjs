/*
 * The host's request handler, to mount on any Node http server: answers the Excel client's POST
 * <base>/ProcessQuery?flags=N from a workbook and records every request, so tests can count round trips.
 *
 * "cleanup" requests are the ones Excel.run sends after the batch to release the ranges it kept
 * (workbook._RemoveReference), asynchronously: Excel.run has already resolved when they arrive.
 * "runtime" requests speak only to Office.addin's AppRuntimeService (registering for the pane's visibility,
 * reading or setting its state), not to the workbook: the pane sends one when it starts following the
 * selection, at a moment of its own, so they are counted apart from the workbook's syncs and never failed.
 * Faults (failNext): faults.mjs.
 */
import { BadRequest, excelError } from "./errors.mjs";
import { selectIn } from "./events.mjs";
import { createFaults } from "./faults.mjs";
import { payloadErrorBody, payloadLimits } from "./payload.mjs";
import { createSession, processQuery } from "./protocol.mjs";

const CORS = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "POST, OPTIONS",
  "access-control-allow-headers":
    "content-type, sdkversion, authorization, x-requested-with, x-test-request-name",
};

/** Whether every object a request names is Office.addin's runtime service (no workbook object at all). */
function isRuntime(body) {
  const paths = Object.values(body?.ObjectPaths ?? {});
  return (
    paths.length > 0 && paths.every((path) => String(path?.Name ?? "").startsWith("Microsoft.AppRuntime."))
  );
}

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
 * One ProcessQuery POST as the host recorded it.
 * bytes: the sizes of the request and response bodies (UTF-8); hostMs: the time the host spent on it (parse,
 * model, answer), apart from the wire and the client.
 * @typedef {{ index: number, time: number, flags: number, kind: "sync" | "cleanup" | "runtime", request: any, response: any,
 *   calls: string[], error: { code: string, message: string, location: string, cause?: unknown,
 *   fault?: boolean } | null, bytes: { request: number, response: number }, hostMs: number }} RequestRecord
 */

/**
 * A request handler for the host: handle(req, res) returns true when it answered (a request under basePath),
 * false otherwise.
 * @param {{ workbook: import("./workbook.mjs").Workbook, basePath?: string, keepReferences?: boolean,
 *           excelApi?: string | null, platform?: "web" | "desktop",
 *           payloadLimit?: number | null | { request?: number | null, response?: number | null } }} options
 *   keepReferences, excelApi, platform: see protocol.createSession; payloadLimit: bytes per request and
 *   response (payload.mjs), by default Excel on the web's 5 MB on the web platform and none on desktop
 */
export function createExcelHostHandler({
  workbook,
  basePath = "/excel-host",
  keepReferences = true,
  excelApi = null,
  platform = "web",
  payloadLimit,
}) {
  const base = basePath.replace(/\/$/, "");
  const session = createSession({ keepReferences, excelApi, platform });
  /** @type {RequestRecord[]} */
  const requests = [];
  const faults = createFaults();
  const limits = payloadLimits(payloadLimit, platform);
  let pending = 0;
  let lastActivity = Date.now();

  /** Sends a JSON answer of 200, recording its size. */
  function reply(record, res, body, text = JSON.stringify(body)) {
    record.bytes.response = Buffer.byteLength(text);
    send(res, 200, text);
  }

  /** Answers one request body, recording it. @param {Buffer} raw */
  function answer(raw, record, res) {
    try {
      const body = JSON.parse(raw.toString("utf8"));
      record.request = body;
      record.kind = isCleanup(body) ? "cleanup" : isRuntime(body) ? "runtime" : "sync";
      if (record.kind === "sync") faults.countSync();
      const fault = record.kind === "sync" ? faults.take(record.index) : undefined;
      if (fault?.scope === "request") {
        const error = excelError(fault.code, fault.location ?? "", fault.message);
        record.error = { code: error.code, message: error.message, location: error.location, fault: true };
        record.calls = [`(the whole request refused: ${error.code})`];
        send(res, error.httpStatus, { error: { code: error.code, message: error.message } });
        return;
      }
      if (limits.request !== null && raw.length > limits.request) {
        refuse(record, res, "request");
        return;
      }
      const result = processQuery(workbook, body, session, { fault: fault ?? null });
      const text = JSON.stringify(result.body);
      if (limits.response !== null && Buffer.byteLength(text) > limits.response) {
        record.calls = result.calls;
        refuse(record, res, "response");
        return;
      }
      record.response = result.body;
      record.calls = result.calls;
      if (result.error)
        record.error = {
          code: result.error.code,
          message: result.error.message,
          location: result.error.location,
          cause: result.error.cause,
          ...(result.faulted ? { fault: true } : {}),
        };
      if (fault !== undefined && !result.faulted) faults.missed(fault);
      reply(record, res, result.body, text);
    } catch (error) {
      const message =
        error instanceof SyntaxError
          ? `The request body is not JSON: ${error.message}`
          : error instanceof BadRequest
            ? error.message
            : String(/** @type {any} */ (error)?.stack ?? error);
      record.error = { code: "GeneralException", message, location: "" };
      send(res, 400, { error: { code: "GeneralException", message } });
    }
  }

  /** Answers Excel on the web's payload error. @param {"request" | "response"} which */
  function refuse(record, res, which) {
    const body = payloadErrorBody(which);
    record.response = body;
    record.error = { code: body.Error.Code, message: body.Error.Message, location: "" };
    reply(record, res, body);
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
        bytes: { request: 0, response: 0 },
        hostMs: 0,
      };
      requests.push(record);
      const started = performance.now();
      try {
        const raw = Buffer.concat(chunks);
        record.bytes.request = raw.length;
        answer(raw, record, res);
      } finally {
        record.hostMs = performance.now() - started;
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
    payloadLimits: limits,
    counts: () => ({
      processQuery: requests.length,
      sync: requests.filter((r) => r.kind === "sync").length,
      cleanup: requests.filter((r) => r.kind === "cleanup").length,
      runtime: requests.filter((r) => r.kind === "runtime").length,
    }),
    /**
     * The user selecting a range (events.mjs selectIn): the model's active sheet, cell and selection change; the
     * page's events are fired by selectAndNotify.
     * @param {string} address @param {{ activeCell?: string }} [options]
     */
    select: (address, options) => selectIn(workbook, address, options),
    /** Forgets the recorded requests (the workbook, kept references and armed faults stay). */
    reset: () => void requests.splice(0, requests.length),
    /** Makes a later sync request fail as Excel fails it (faults.mjs). @param {import("./faults.mjs").FaultSpec} spec */
    failNext: (spec) => faults.arm(spec),
    /** Faults armed with failNext that have not fired: not yet due, or due but no action matched (missed). */
    pendingFaults: () => faults.pending(),
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
