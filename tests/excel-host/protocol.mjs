/*
 * The ProcessQuery protocol of the Excel JavaScript client, answered from the workbook model.
 *
 * A request: { Actions: [{ Id, ActionType, ObjectPathId, Name, QueryInfo, ArgumentInfo }], ObjectPaths: { id:
 * { Id, ObjectPathType, Name, ParentObjectPathId, ArgumentInfo } } }. Object paths: 1 the workbook, 3 a method
 * (GetRange), 4 a property (Worksheets), 5 an indexer (getItem by id or name), 6 a kept reference. Actions:
 * 1 instantiate, 2 query (load), 3 method, 4 set property, 5 trace. Paths are evaluated once per request, in
 * the order the actions need them, so a path reused across requests is evaluated again (GetActiveWorksheet
 * then names the sheet active at that time) unless the client rewrote it to an id or a reference.
 *
 * The answer: { Results: [{ ActionId, Value }] } with, on the first failing action, the results so far and
 * Error: { Code, Message, HttpStatusCode, Location, ActionIndex }; the actions before it stay applied, as in
 * Excel. Instantiating an object answers {} plus its Id (worksheets, tables, charts, shapes: the client then
 * addresses it by id in later requests) and, for a range it asked to keep (_KeepReference, sent inside
 * Excel.run), a _ReferenceId; a null object (an *OrNullObject method that found nothing) answers null.
 */
import { requireApi } from "./api-versions.mjs";
import { RANGE_CLASSES } from "./classes-range.mjs";
import { DRAWING_CLASSES } from "./classes-drawings.mjs";
import { SHAPE_CLASSES } from "./classes-shapes.mjs";
import { TABLE_CLASSES } from "./classes-tables.mjs";
import { WORKBOOK_CLASSES } from "./classes-workbook.mjs";
import { describePath, requestFault, show } from "./calls.mjs";
import { BadRequest, HostError, itemNotFound, notImplemented } from "./errors.mjs";
import { camel, isHandle, nullHandle, pascal } from "./handles.mjs";

/** @type {Record<string, import("./handles.mjs").ClassDef>} */
const CLASSES = {
  ...RANGE_CLASSES,
  ...WORKBOOK_CLASSES,
  ...TABLE_CLASSES,
  ...DRAWING_CLASSES,
  ...SHAPE_CLASSES,
};

const NONE = Symbol("no result");

/**
 * State kept across requests: the references handed out with _ReferenceId, and the host's ExcelApi limit.
 * @param {{ keepReferences?: boolean, excelApi?: string | null }} [options] keepReferences false: never answer
 *   _ReferenceId, so Excel.run sends no clean-up request (and ranges cannot be reused after a sync); excelApi
 *   "1.12": answer ApiNotFound for members of newer requirement sets (api-versions.mjs), as an older Excel
 */
export function createSession({ keepReferences = true, excelApi = null } = {}) {
  return { keepReferences, excelApi, references: new Map(), nextReference: 1 };
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
  /** @type {Map<number, any>} */
  const resolved = new Map();
  /** @type {Map<number, string>} */
  const kept = new Map();
  const calls = [];

  const classOf = (h) => {
    const cls = CLASSES[h.type];
    if (cls === undefined) throw notImplemented(`the ${h.type} object`);
    return cls;
  };

  const args = (info) => {
    const list = info?.ArgumentInfo?.Arguments ?? info?.Arguments ?? [];
    const refs = info?.ArgumentInfo?.ReferencedObjectPathIds ?? info?.ReferencedObjectPathIds;
    return list.map((v, i) => (refs && refs[i] ? resolve(refs[i]) : v));
  };

  const invoke = (h, name, values) => {
    if (h.isNull) return nullHandle("Null");
    const cls = classOf(h);
    const location = `${h.type}.${camel(name)}`;
    requireApi(session.excelApi, h.type, camel(name));
    const method = cls.methods?.[name];
    if (method) return method(h, values, ctx, location);
    const collection = cls.collection;
    if (collection && (name === "GetItem" || name === "GetItemOrNullObject") && collection.get) {
      const item = collection.get(h, values[0], ctx);
      if (item) return item;
      if (name === "GetItem") throw itemNotFound(location);
      return nullHandle("Null");
    }
    if (collection && name === "GetItemAt") {
      const item = collection.items(h, ctx)[values[0]];
      if (!Number.isInteger(values[0]) || item === undefined) throw itemNotFound(location);
      return item;
    }
    if (collection && name === "GetCount") return collection.items(h, ctx).length;
    throw notImplemented(location);
  };

  const navigate = (h, name) => {
    if (h.isNull) return nullHandle("Null");
    requireApi(session.excelApi, h.type, camel(name));
    const nav = classOf(h).nav?.[name];
    if (!nav) throw notImplemented(`${h.type}.${camel(name)}`);
    return nav(h, ctx);
  };

  function resolve(id) {
    if (resolved.has(id)) return resolved.get(id);
    const info = paths[id];
    if (info === undefined) throw new BadRequest(`ObjectPath ${id} is referenced but not sent.`);
    let h;
    switch (info.ObjectPathType) {
      case 1:
        h = { type: "Workbook" };
        break;
      case 3: {
        const parent = resolve(info.ParentObjectPathId);
        h = invoke(parent, info.Name, args(info));
        if (!isHandle(h)) throw notImplemented(`${parent.type}.${camel(info.Name)} as an object path`);
        break;
      }
      case 4:
        h = navigate(resolve(info.ParentObjectPathId), info.Name);
        break;
      case 5: {
        const parent = resolve(info.ParentObjectPathId);
        if (parent.isNull) h = nullHandle("Null");
        else {
          const get = classOf(parent).collection?.get;
          if (!get) throw notImplemented(`${parent.type}.getItem`);
          h = get(parent, args(info)[0], ctx);
          if (!h) throw itemNotFound(`${parent.type}.getItem`);
        }
        break;
      }
      case 6:
        h = session.references.get(info.Name);
        if (h === undefined)
          throw itemNotFound("", `Excel host: no object has the reference id ${info.Name}.`);
        kept.set(id, info.Name);
        break;
      default:
        throw notImplemented(`ObjectPathType ${info.ObjectPathType}`);
    }
    const alive = h.isNull ? undefined : CLASSES[h.type]?.alive;
    if (alive && !alive(h, ctx)) throw itemNotFound(h.type, `The ${h.type} no longer exists.`);
    resolved.set(id, h);
    return h;
  }

  function serialize(h, select, expand, pathId) {
    if (h.isNull) return null;
    const cls = classOf(h);
    if (cls.collection) {
      const own = (select ?? []).filter((s) => cls.props?.[pascal(s)]);
      const itemSelect = (select ?? [])
        .filter((s) => !own.includes(s))
        .map((s) => s.replace(/^items\/?/, ""))
        .filter(Boolean);
      const out = {
        _Items: cls.collection
          .items(h, ctx)
          .map((it) =>
            serialize(
              it,
              itemSelect.length ? itemSelect : undefined,
              expand?.map((e) => e.replace(/^items\/?/, "")).filter(Boolean),
            ),
          ),
      };
      const props = cls.props ?? {};
      for (const s of own) out[pascal(s)] = props[pascal(s)].get(h, ctx, `${h.type}.${s}`);
      return out;
    }
    const out = {};
    /** @type {Map<string, string[]>} */
    const nested = new Map();
    const wanted = select && select.length > 0 ? select : Object.keys(cls.props ?? {});
    for (const path of wanted) {
      const [head, ...rest] = path.trim().split("/");
      const name = pascal(head.trim());
      if (name === "_ReferenceId") continue;
      if (name !== "*") requireApi(session.excelApi, h.type, camel(name));
      if (name === "*") {
        for (const [key, p] of Object.entries(cls.props ?? {}))
          out[key] = p.get(h, ctx, `${h.type}.${camel(key)}`);
      } else if (cls.props?.[name] && rest.length === 0) {
        out[name] = cls.props[name].get(h, ctx, `${h.type}.${camel(name)}`);
      } else if (cls.nav?.[name]) {
        nested.set(name, [...(nested.get(name) ?? []), rest.join("/")]);
      } else {
        throw notImplemented(`${h.type}.${head.trim()}`);
      }
    }
    for (const e of expand ?? []) {
      const [head, ...rest] = e.split("/");
      nested.set(pascal(head), [...(nested.get(pascal(head)) ?? []), rest.join("/")]);
    }
    for (const [name, subs] of nested) {
      const sub = subs.filter(Boolean);
      out[name] = serialize(navigate(h, name), sub.length ? sub : undefined, undefined);
    }
    if (pathId !== undefined && kept.has(pathId)) out._ReferenceId = kept.get(pathId);
    return out;
  }

  const faults = requestFault(fault, calls);

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
        const id = CLASSES[h.type]?.id;
        if (id) value.Id = id(h);
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
  return { body: { Results: results }, calls, error: null, faulted: false };
}
