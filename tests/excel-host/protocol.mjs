/*
 * The ProcessQuery protocol of the Excel JavaScript client, answered from the workbook model.
 *
 * A request: { Actions: [{ Id, ActionType, ObjectPathId, Name, QueryInfo, ArgumentInfo }], ObjectPaths: { id:
 * { Id, ObjectPathType, Name, ParentObjectPathId, ArgumentInfo } } }. Object paths: resolve.mjs. Actions:
 * 1 instantiate, 2 query (load; serialize.mjs), 3 method, 4 set property, 5 trace. The ids of the trace actions
 * that ran come back in TraceIds, as Excel sends them: the client registers event handlers (EventHandlers.add)
 * only once the trace action queued with them is listed there.
 *
 * The answer: { Results: [{ ActionId, Value }] } with, on the first failing action, the results so far and
 * Error: { Code, Message, HttpStatusCode, Location, ActionIndex }; the actions before it stay applied, as in
 * Excel. Instantiating an object answers {} plus its Id (worksheets, tables, charts, shapes: the client then
 * addresses it by id in later requests) and, for a range it asked to keep (_KeepReference, sent inside
 * Excel.run), a _ReferenceId; a null object (an *OrNullObject method that found nothing) answers null.
 */
import { requireApi } from "./api-versions.mjs";
import { describePath, requestFault, show } from "./calls.mjs";
import { CLASSES } from "./classes.mjs";
import { BadRequest, HostError, notImplemented } from "./errors.mjs";
import { camel, isHandle } from "./handles.mjs";
import { createResolver } from "./resolve.mjs";
import { createSerializer } from "./serialize.mjs";

const NONE = Symbol("no result");

/**
 * State kept across requests: the references handed out with _ReferenceId, the host's ExcelApi limit and
 * platform, the events registered on the wire.
 * @param {{ keepReferences?: boolean, excelApi?: string | null, platform?: "web" | "desktop" }} [options]
 *   keepReferences false: never answer _ReferenceId, so Excel.run sends no clean-up request (and ranges cannot be
 *   reused after a sync); excelApi "1.12": answer ApiNotFound for members of newer requirement sets
 *   (api-versions.mjs), as an older Excel; platform: "web" (Excel on the web, the default) or "desktop", for
 *   members that differ between them (Note.width, height and visible exist on desktop only)
 */
export function createSession({ keepReferences = true, excelApi = null, platform = "web" } = {}) {
  if (platform !== "web" && platform !== "desktop")
    throw new Error(`The host's platform is "web" or "desktop", not ${String(platform)}`);
  return {
    keepReferences,
    excelApi,
    platform,
    references: new Map(),
    nextReference: 1,
    /** @type {Set<string>} events registered on the wire ("SelectionChanged:{sheet id}", "SelectionChanged:Workbook") */
    events: new Set(),
    /** Office.addin's state (AppRuntimeService): "Visible", "Background" or "Inactive" */
    appRuntimeState: "Visible",
  };
}

/**
 * Answers one ProcessQuery request body.
 * @param {import("./workbook.mjs").Workbook} wb
 * @param {any} body the parsed JSON request
 * @param {ReturnType<typeof createSession>} [session]
 * @param {{ fault?: import("./calls.mjs").ActionFault | null }} [options] fault: fail one action of this request
 *   with an Excel error (calls.mjs)
 * @returns {{ body: any, calls: string[], error: HostError | null, faulted: boolean }}
 */
export function processQuery(wb, body, session = createSession(), { fault = null } = {}) {
  if (body === null || typeof body !== "object" || !Array.isArray(body.Actions)) {
    throw new BadRequest("The request has no Actions array.");
  }
  const paths = body.ObjectPaths ?? {};
  const ctx = { wb, session };
  /** @type {Map<number, string>} */
  const kept = new Map();
  const resolver = createResolver(ctx, paths, kept);
  const { resolve, invoke, classOf, args } = resolver;
  const serialize = createSerializer(ctx, resolver, kept);
  /** @type {string[]} */
  const calls = [];
  const faults = requestFault(fault, calls);
  /** @type {number[]} */
  const traceIds = [];

  /**
   * Runs one action. Its call, as the log writes it (`workbook.worksheets.add("Stances")`), is built once: it
   * goes to the log and is what a fault matches. Instantiations are not logged.
   */
  function run(action, index) {
    const pathId = action.ObjectPathId;
    const path = describePath(paths, pathId);
    switch (action.ActionType) {
      case 1: {
        faults.check(path, index);
        const h = resolve(pathId);
        if (h.isNull) return null;
        const value = {};
        const cls = CLASSES[h.type];
        if (cls?.id) value[cls.idKey ?? "Id"] = cls.id(h);
        if (kept.has(pathId)) value._ReferenceId = kept.get(pathId);
        return value;
      }
      case 2: {
        const call = `${path}.load(${(action.QueryInfo?.Select ?? ["*"]).join(",")})`;
        faults.check(call, index);
        const h = resolve(pathId);
        calls.push(call);
        return serialize(h, action.QueryInfo?.Select, action.QueryInfo?.Expand, pathId);
      }
      case 3: {
        const h = resolve(pathId);
        const values = args(action);
        const call = `${path}.${camel(action.Name)}(${values.map(show).join(", ")})`;
        faults.check(call, index);
        calls.push(call);
        if (action.Name === "_KeepReference") {
          if (h.isNull) return NONE;
          if (!classOf(h).keepReference) throw notImplemented(`${h.type}._KeepReference`);
          if (session.keepReferences && !kept.has(pathId)) {
            const ref = `{ExcelHost-${String(session.nextReference++).padStart(8, "0")}}`;
            session.references.set(ref, h);
            kept.set(pathId, ref);
          }
          return NONE;
        }
        const result = invoke(h, action.Name, values);
        return result === undefined || isHandle(result) ? NONE : result;
      }
      case 4: {
        const h = resolve(pathId);
        const value = args(action)[0];
        const call = `${path}.${camel(action.Name)} = ${show(value)}`;
        faults.check(call, index);
        calls.push(call);
        if (h.isNull) return NONE;
        const prop = classOf(h).props?.[action.Name];
        const location = `${h.type}.${camel(action.Name)}`;
        requireApi(session.excelApi, h.type, camel(action.Name));
        if (!prop?.set) throw notImplemented(`${location} (set)`);
        prop.set(h, value, ctx, location);
        return NONE;
      }
      case 5:
        faults.check(path, index);
        traceIds.push(action.Id);
        return null;
      default:
        faults.check(path, index);
        throw notImplemented(`ActionType ${action.ActionType} (${action.Name || "unnamed"})`);
    }
  }

  const results = [];
  for (let index = 0; index < body.Actions.length; index++) {
    const action = body.Actions[index];
    try {
      const value = run(action, index);
      if (value !== NONE) results.push({ ActionId: action.Id, Value: value });
    } catch (caught) {
      const error =
        caught instanceof HostError
          ? caught
          : new HostError(
              "GeneralException",
              `Excel host: internal error: ${caught instanceof Error ? caught.message : String(caught)}`,
              500,
              "",
            );
      if (!(caught instanceof HostError)) error.cause = caught;
      return {
        body: {
          Results: results,
          ...(traceIds.length > 0 && { TraceIds: traceIds }),
          Error: {
            Code: error.code,
            Message: error.message,
            HttpStatusCode: error.httpStatus,
            Location: error.location,
            ActionIndex: index,
          },
        },
        calls,
        error,
        faulted: faults.fired,
      };
    }
  }
  return {
    body: { Results: results, ...(traceIds.length > 0 && { TraceIds: traceIds }) },
    calls,
    error: null,
    faulted: false,
  };
}
