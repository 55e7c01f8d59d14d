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
 *   collection?: { items: (h: Handle, ctx: Context) => Handle[], get?: (h: Handle, key: any, ctx: Context) => Handle | undefined },
 *   id?: (h: Handle) => string,
 *   keepReference?: boolean,
 *   alive?: (h: Handle, ctx: Context) => boolean,
 * }} ClassDef
 * Keys of props, nav and methods are the PascalCase names the client sends ("NumberFormat", "GetRange").
 */

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
 * A property of a plain record with a type check on set.
 * @param {(h: Handle, ctx: Context) => any} pick @param {string} key
 * @param {"boolean" | "string" | "number" | "any"} kind
 * @param {(h: Handle, ctx: Context, location: string) => void} [before] runs before the assignment
 */
export function field(pick, key, kind, before) {
  return {
    get: (h, ctx) => pick(h, ctx)[key],
    set: (h, value, ctx, location) => {
      if (kind !== "any" && typeof value !== kind) throw invalidArgument(location);
      before?.(h, ctx, location);
      pick(h, ctx)[key] = value;
    },
  };
}

/** A read-only property. @param {Getter} get */
export const readOnly = (get) => ({ get });
