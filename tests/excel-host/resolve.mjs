/*
 * Object paths of one request resolved to handles (handles.mjs), as the Excel client sends them: 1 the workbook,
 * 2 a top-level service object (only the AppRuntimeService of Office.addin), 3 a method (GetRange), 4 a property
 * (Worksheets), 5 an indexer (getItem by id or name), 6 a kept reference.
 * Each path is evaluated once per request, in the order the actions need it, so a path reused across requests is
 * evaluated again (GetActiveWorksheet then names the sheet active at that time) unless the client rewrote it to
 * an id or a reference.
 */
import { requireApi } from "./api-versions.mjs";
import { CLASSES } from "./classes.mjs";
import { BadRequest, itemNotFound, notImplemented } from "./errors.mjs";
import { camel, isHandle, nullHandle } from "./handles.mjs";

/** Top-level service objects (ObjectPathType 2) by the name the client sends. */
const SERVICE_OBJECTS = { "Microsoft.AppRuntime.AppRuntimeService": "AppRuntimeService" };

/**
 * The resolver of one request.
 * @param {import("./handles.mjs").Context} ctx
 * @param {Record<string, any>} paths the request's ObjectPaths
 * @param {Map<number, string>} kept path id → reference id, for the paths answered with a _ReferenceId
 */
export function createResolver(ctx, paths, kept) {
  const { session } = ctx;
  /** @type {Map<number, import("./handles.mjs").Handle>} */
  const resolved = new Map();

  /** @param {import("./handles.mjs").Handle} h */
  const classOf = (h) => {
    const cls = CLASSES[h.type];
    if (cls === undefined) throw notImplemented(`the ${h.type} object`);
    return cls;
  };

  /** The arguments of a path or action, object arguments resolved to their handles. */
  const args = (info) => {
    const list = info?.ArgumentInfo?.Arguments ?? info?.Arguments ?? [];
    const refs = info?.ArgumentInfo?.ReferencedObjectPathIds ?? info?.ReferencedObjectPathIds;
    return list.map((v, i) => (refs && refs[i] ? resolve(refs[i]) : v));
  };

  /** Calls a method (or a collection's getItem/getItemAt/getCount) on a handle. */
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
      const item = collection.at ? collection.at(h, values[0], ctx) : collection.items(h, ctx)[values[0]];
      if (!Number.isInteger(values[0]) || item === undefined) throw itemNotFound(location);
      return item;
    }
    if (collection && name === "GetCount") return collection.items(h, ctx).length;
    throw notImplemented(location);
  };

  /** A navigation property of a handle (Range.format, Workbook.worksheets). */
  const navigate = (h, name) => {
    if (h.isNull) return nullHandle("Null");
    requireApi(session.excelApi, h.type, camel(name));
    const nav = classOf(h).nav?.[name];
    if (!nav) throw notImplemented(`${h.type}.${camel(name)}`);
    return nav(h, ctx);
  };

  /** @param {number} id @returns {import("./handles.mjs").Handle} */
  function resolve(id) {
    const known = resolved.get(id);
    if (known !== undefined) return known;
    const info = paths[id];
    if (info === undefined) throw new BadRequest(`ObjectPath ${id} is referenced but not sent.`);
    let h;
    switch (info.ObjectPathType) {
      case 1:
        h = { type: "Workbook" };
        break;
      case 2: {
        const type = SERVICE_OBJECTS[info.Name];
        if (type === undefined) throw notImplemented(`the service object ${info.Name}`);
        h = { type };
        break;
      }
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

  return { resolve, invoke, navigate, classOf, args };
}
