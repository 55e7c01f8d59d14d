/*
 * Custom properties, a place where an add-in can mark what it owns:
 * - Worksheet.customProperties (ExcelApi 1.12): add(key, value) overwrites the property with that key; keys are
 *   case-insensitive and at most 255 characters (InvalidArgument otherwise), values strings (@types/office-js).
 * - Workbook.properties.custom (ExcelApi 1.7): add(key, value) likewise, value a string, number, boolean or
 *   date, read back with its type (String, Number, Float, Boolean; Date values are not modelled). Outside the
 *   web, Excel trims keys and string values to 255 characters; on the web it keeps them (@types/office-js).
 * Both are kept as [{ key, value }] lists in insertion order, on the sheet and on the workbook.
 */
import { invalidArgument, notImplemented } from "./errors.mjs";
import { readOnly } from "./handles.mjs";

/** @typedef {import("./handles.mjs").ClassDef} ClassDef @typedef {{ key: string, value: any }} Property */

/** The list a collection handle stands for. @returns {Property[]} */
const listOf = (h, ctx) => (h.sheet ? h.sheet.customProperties : ctx.wb.customProperties);

/** @param {Property[]} list @param {unknown} key */
const find = (list, key) => list.find((p) => p.key.toLowerCase() === String(key).toLowerCase());

/** Adds or overwrites a property; the key and value already checked. @param {Property[]} list */
function put(list, key, value) {
  const existing = find(list, key);
  if (existing) {
    existing.value = value;
    return existing;
  }
  const property = { key, value };
  list.push(property);
  return property;
}

/** The type of a workbook custom property's value (Excel.DocumentPropertyType). */
function valueType(value) {
  if (typeof value === "boolean") return "Boolean";
  if (typeof value === "number") return Number.isInteger(value) ? "Number" : "Float";
  return "String";
}

/**
 * A collection of custom properties (worksheet or workbook).
 * @param {string} itemType @param {(key: any, value: any, ctx: any, loc: string) => [string, any]} checkAdd
 * @returns {ClassDef}
 */
function collection(itemType, checkAdd) {
  return {
    collection: {
      items: (h, ctx) =>
        listOf(h, ctx).map((property) => ({ type: itemType, property, list: listOf(h, ctx) })),
      get: (h, key, ctx) => {
        const property = find(listOf(h, ctx), key);
        return property && { type: itemType, property, list: listOf(h, ctx) };
      },
    },
    methods: {
      Add: (h, [key, value], ctx, loc) => {
        const [k, v] = checkAdd(key, value, ctx, loc);
        return { type: itemType, property: put(listOf(h, ctx), k, v), list: listOf(h, ctx) };
      },
      DeleteAll: (h, _a, ctx) => void listOf(h, ctx).splice(0),
    },
  };
}

/** @type {ClassDef} */
const property = {
  alive: (h) => h.list.includes(h.property),
  props: {
    Key: readOnly((h) => h.property.key),
    _Id: readOnly((h) => h.property.key),
    Value: {
      get: (h) => h.property.value,
      set: (h, v, _ctx, loc) => {
        if (h.type === "WorksheetCustomProperty" && typeof v !== "string") throw invalidArgument(loc);
        h.property.value = v;
      },
    },
  },
  methods: { Delete: (h) => void h.list.splice(h.list.indexOf(h.property), 1) },
};

/** @type {Record<string, ClassDef>} */
export const PROPERTY_CLASSES = {
  WorksheetCustomPropertyCollection: collection("WorksheetCustomProperty", (key, value, _ctx, loc) => {
    if (typeof key !== "string" || key === "" || key.length > 255 || typeof value !== "string")
      throw invalidArgument(loc);
    return [key, value];
  }),
  WorksheetCustomProperty: { ...property, id: (h) => h.property.key, idKey: "_Id" },
  CustomPropertyCollection: collection("CustomProperty", (key, value, ctx, loc) => {
    if (typeof key !== "string" || key === "") throw invalidArgument(loc);
    if (value instanceof Date || (value !== null && typeof value === "object"))
      throw notImplemented(`${loc} with a date or object value`);
    if (!["string", "number", "boolean"].includes(typeof value)) throw invalidArgument(loc);
    const trim = (x) => (ctx.session.platform === "web" || typeof x !== "string" ? x : x.slice(0, 255));
    return [trim(key), trim(value)];
  }),
  CustomProperty: {
    ...property,
    props: { ...property.props, Type: readOnly((h) => valueType(h.property.value)) },
  },
  DocumentProperties: { nav: { Custom: () => ({ type: "CustomPropertyCollection", sheet: null }) } },
};
