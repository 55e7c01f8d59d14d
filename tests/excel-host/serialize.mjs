/*
 * The answer to a load (ActionType 2): the selected properties of a handle in PascalCase (`HasSpill`),
 * navigation properties nested, collections as { _Items: […] } (with the collection's own properties beside),
 * and the _ReferenceId of a kept range.
 */
import { requireApi } from "./api-versions.mjs";
import { notImplemented } from "./errors.mjs";
import { camel, pascal } from "./handles.mjs";

/**
 * The serializer of one request.
 * @param {import("./handles.mjs").Context} ctx
 * @param {ReturnType<typeof import("./resolve.mjs").createResolver>} resolver
 * @param {Map<number, string>} kept path id → reference id
 */
export function createSerializer(ctx, { classOf, navigate }, kept) {
  const { session } = ctx;

  /**
   * @param {import("./handles.mjs").Handle} h @param {string[] | undefined} select
   * @param {string[] | undefined} expand @param {number} [pathId]
   * @returns {any}
   */
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

  return serialize;
}
