/*
 * The host's request handler, to mount on any Node http server: answers the Excel client's POST
 * <base>/ProcessQuery?flags=N from a workbook and records every request, so tests can count round trips.
 *
 * "cleanup" requests are the ones Excel.run sends after the batch to release the ranges it kept
 * (workbook._RemoveReference), asynchronously: Excel.run has already resolved when they arrive.
 * Faults (failNext): faults.mjs.
 */
import { BadRequest, excelError } from "./errors.mjs";
import { createFaults } from "./faults.mjs";
import { createSession, processQuery } from "./protocol.mjs";

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
 * One ProcessQuery POST as the host recorded it.
 * @typedef {{ index: number, time: number, flags: number, kind: "sync" | "cleanup", request: any, response: any,
 *   calls: string[], error: { code: string, message: string, location: string, cause?: unknown,
 *   fault?: boolean } | null }} RequestRecord
 */

/**
 * A request handler for the host: handle(req, res) returns true when it answered (a request under basePath),
 * false otherwise.
 * @param {{ workbook: import("./workbook.mjs").Workbook, basePath?: string, keepReferences?: boolean,
 *           excelApi?: string | null, platform?: "web" | "desktop" }} options keepReferences, excelApi, platform:
 *   see protocol.createSession
 */
export function createExcelHostHandler({
  workbook,
  basePath = "/excel-host",
  keepReferences = true,
  excelApi = null,
  platform = "web",
}) {
  const base = basePath.replace(/\/$/, "");
  const session = createSession({ keepReferences, excelApi, platform });
  /** @type {RequestRecord[]} */
  const requests = [];
  const faults = createFaults();
  let pending = 0;
  let lastActivity = Date.now();

  /** Answers one request body, recording it. */
  function answer(text, record, res) {
    try {
      const body = JSON.parse(text);
      record.request = body;
      record.kind = isCleanup(body) ? "cleanup" : "sync";
      if (record.kind === "sync") faults.countSync();
      const fault = record.kind === "sync" ? faults.take(record.index) : undefined;
      if (fault?.scope === "request") {
        const error = excelError(fault.code, fault.location ?? "", fault.message);
        record.error = { code: error.code, message: error.message, location: error.location, fault: true };
        record.calls = [`(the whole request refused: ${error.code})`];
        send(res, error.httpStatus, { error: { code: error.code, message: error.message } });
        return;
      }
      const result = processQuery(workbook, body, session, { fault: fault ?? null });
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
      send(res, 200, result.body);
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
      };
      requests.push(record);
      try {
        answer(Buffer.concat(chunks).toString("utf8"), record, res);
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
