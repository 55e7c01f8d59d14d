/*
 * Handles: what an object path of the Excel client resolves to in the host. A handle is a plain object
 * { type, … } naming an Excel class ("Range", "Worksheet", "Chart", …) and the model objects it stands for;
 * { type, isNull: true } is a null object (the result of an *OrNullObject method that found nothing).
 * Also: the helpers class definitions share (argument parsing, names).
 */
import { onSheet, parseRect, splitSheet } from "./a1.mjs";
import { invalidArgument, itemNotFound } from "./errors.mjs";

/**
 * @typedef {{ type: string, isNull?: boolean, [key: string]: any }} Handle
 * @typedef {{ wb: import("./workbook.mjs").Workbook, session: any }} Context
 * @typedef {(h: Handle, ctx: Context, location: string) => any} Getter
 * @typedef {(h: Handle, value: any, ctx: Context, location: string) => void} Setter
 * @typedef {{
 *   props?: Record<string, { get: Getter, set?: Setter }>,
 *   nav?: Record<string, (h: Handle, ctx: Context) => Handle>,
 *   methods?: Record<string, (h: Handle, args: any[], ctx: Context, location: string) => any>,
 *   collection?: { items: (h: Handle, ctx: Context) => Handle[], get?: (h: Handle, key: any, ctx: Context) => Handle | undefined,
 *     at?: (h: Handle, index: number, ctx: Context) => Handle | undefined },
 *   id?: (h: Handle) => string,
 *   idKey?: string,
 *   keepReference?: boolean,
 *   alive?: (h: Handle, ctx: Context) => boolean,
 * }} ClassDef
 * Keys of props, nav and methods are the PascalCase names the client sends ("NumberFormat", "GetRange").
 * collection.at: the item at an index without listing them all (getItemAt of a large collection).
 * id: the id an instantiation answers, under idKey ("Id" unless the client reads another, e.g. "_Id").
 */

/** Whether a value is a handle (and not an argument value). @param {any} v */
export const isHandle = (v) => v !== null && typeof v === "object" && typeof v.type === "string";
/** @param {string} type */
export const nullHandle = (type) => ({ type, isNull: true });
/** @param {import("./sheet.mjs").Sheet} sheet @param {import("./a1.mjs").Rect} rect */
export const rangeHandle = (sheet, rect) => ({ type: "Range", sheet, rect });
/** @param {import("./sheet.mjs").Sheet} sheet */
export const sheetHandle = (sheet) => ({ type: "Worksheet", sheet });

/** "GetResizedRange" → "getResizedRange", as Excel names members in errors. @param {string} name */
export function camel(name) {
  return name.startsWith("_") ? name : name.charAt(0).toLowerCase() + name.slice(1);
}

/** "hasSpill" → "HasSpill": the wire name of a property. @param {string} name */
export function pascal(name) {
  return name.startsWith("_") ? name : name.charAt(0).toUpperCase() + name.slice(1);
}

/** A range handle checked to lie on the sheet, or InvalidArgument (Excel's answer past XFD1048576). */
export function checkedRange(sheet, rect, location) {
  if (!onSheet(rect)) throw invalidArgument(location);
  return rangeHandle(sheet, rect);
}

/**
 * A range argument: a Range handle, or an address string ("B2", "Sheet2!A1:C3") on `sheet` unless it names
 * another sheet.
 * @param {Context} ctx @param {import("./sheet.mjs").Sheet | null} sheet @param {unknown} arg @param {string} location
 * @returns {{ sheet: import("./sheet.mjs").Sheet, rect: import("./a1.mjs").Rect }}
 */
export function rangeArgument(ctx, sheet, arg, location) {
  const handle = /** @type {Handle | null} */ (arg !== null && typeof arg === "object" ? arg : null);
  if (handle !== null && handle.type === "Range" && !handle.isNull)
    return { sheet: handle.sheet, rect: handle.rect };
  if (typeof arg !== "string") throw invalidArgument(location);
  const { sheet: sheetName, cells } = splitSheet(arg);
  const target = sheetName === null ? sheet : ctx.wb.sheetByName(sheetName);
  if (target === null || target === undefined)
    throw sheetName === null ? invalidArgument(location) : itemNotFound(location);
  const rect = parseRect(cells);
  if (rect === null) throw invalidArgument(location);
  return { sheet: target, rect };
}

/**
 * A whole-number argument, or InvalidArgument.
 * @param {unknown} value @param {string} location @param {{ min?: number, fallback?: number }} [options]
 */
export function integer(value, location, { min = -Infinity, fallback } = {}) {
  const v = value === undefined || value === null ? fallback : value;
  if (typeof v !== "number" || !Number.isInteger(v) || v < min) throw invalidArgument(location);
  return v;
}

/**
 * Properties of a plain record, each with a check on set. Kinds: "boolean", "string", "number" (typeof), "any",
 * "number?" (a number or null), "size" (a number ≥ 0), or the list of allowed values.
 * @param {(h: Handle, ctx: Context) => any} pick the record
 * @param {Record<string, "boolean" | "string" | "number" | "any" | "number?" | "size" | string[]>} spec PascalCase
 *   names (the record's keys are their camelCase)
 * @param {(h: Handle, ctx: Context, location: string) => void} [before] runs after the check, before the assignment
 * @returns {Record<string, { get: Getter, set: Setter }>}
 */
export function fields(pick, spec, before) {
  return Object.fromEntries(
    Object.entries(spec).map(([name, kind]) => {
      const key = camel(name);
      const ok = (v) =>
        Array.isArray(kind)
          ? kind.includes(v)
          : kind === "any"
            ? true
            : kind === "number?"
              ? v === null || typeof v === "number"
              : kind === "size"
                ? typeof v === "number" && v >= 0
                : typeof v === kind;
      /** @type {{ get: Getter, set: Setter }} */
      const property = {
        get: (h, ctx) => pick(h, ctx)[key],
        set: (h, value, ctx, location) => {
          if (!ok(value)) throw invalidArgument(location);
          before?.(h, ctx, location);
          pick(h, ctx)[key] = value;
        },
      };
      return [name, property];
    }),
  );
}

/**
 * The `before` of fields for drawing objects: the sheet's protection must allow editing objects.
 * @param {(h: Handle) => import("./sheet.mjs").Sheet} sheetOf
 */
export const editsObjects = (sheetOf) => (h, ctx, location) =>
  ctx.wb.requireEditable(sheetOf(h), null, "objects", location);

/**
 * The item of a list with this id, else the first whose name matches without regard to case (getItem of
 * worksheets, tables, charts and shapes).
 * @template {{ id: string, name: string }} T @param {T[]} list @param {unknown} key @returns {T | undefined}
 */
export function byKey(list, key) {
  const k = String(key).toLowerCase();
  return list.find((x) => x.id === String(key)) ?? list.find((x) => x.name.toLowerCase() === k);
}

/** A read-only property. @param {Getter} get */
export const readOnly = (get) => ({ get });
