/*
 * What one cell holds and how Excel reports it: Range.values, formulas, text, valueTypes, numberFormat, font,
 * and the JSON cell values of Range.valuesAsJson (ExcelApi 1.16).
 *
 * A cell: { value?, formula?, numberFormat?, font?, json?, locked? } where value is a number, string, boolean,
 * { error: "#N/A" } or null (empty); formula starts with "="; json is a rich value written through
 * valuesAsJson (Entity, FormattedNumber, WebImage, …), kept as written. How rich values read back
 * (an approximation of Excel, documented in README.md):
 *   values      Entity/WebImage → its basicValue, "#VALUE!" by default; FormattedNumber → the number
 *   valueTypes  Entity/WebImage → "Error"; FormattedNumber → "Double"
 *   text        Entity → its "text"; FormattedNumber → the number under its own numberFormat
 *   valuesAsJson the JSON as written, with basicType and basicValue filled in
 * Plain cells read as { type, basicType, basicValue } (+ errorType for errors, + numberFormat for numbers whose
 * cell format is not General).
 */
import { formatValue } from "./numfmt.mjs";

export const DEFAULT_FONT = Object.freeze({
  name: "Calibri",
  size: 11,
  color: "#000000",
  bold: false,
  italic: false,
  underline: "None",
  strikethrough: false,
});

/** Excel's CellValue errorType for each error value. */
const ERROR_TYPES = Object.freeze({
  "#NULL!": "Null",
  "#DIV/0!": "Div0",
  "#VALUE!": "Value",
  "#REF!": "Ref",
  "#NAME?": "Name",
  "#NUM!": "Num",
  "#N/A": "NotAvailable",
  "#GETTING_DATA": "GettingData",
  "#SPILL!": "Spill",
  "#CALC!": "Calc",
  "#FIELD!": "Field",
  "#BUSY!": "Busy",
  "#CONNECT!": "Connect",
  "#BLOCKED!": "Blocked",
  "#UNKNOWN!": "Unknown",
  "#PYTHON!": "Python",
});

/** @typedef {number | string | boolean | null | { error: string }} CellValue */
/**
 * @typedef {{ content: string, author: string, width?: number, height?: number, visible?: boolean }} Note
 *   an Excel note (ExcelApi 1.18) on the cell
 * @typedef {{ address?: string, documentReference?: string, screenTip?: string, textToDisplay?: string }} Hyperlink
 * @typedef {{ value?: CellValue, formula?: string, numberFormat?: string, json?: any, locked?: boolean,
 *   font?: { name?: string, size?: number, color?: string, bold?: boolean, italic?: boolean,
 *            underline?: string, strikethrough?: boolean }, note?: Note, hyperlink?: Hyperlink }} Cell
 */

/** Holds no value, formula or rich value (it may still carry a format). @param {Cell | undefined} cell */
export function isEmptyCell(cell) {
  return (
    cell === undefined ||
    ((cell.value === null || cell.value === undefined) &&
      cell.formula === undefined &&
      cell.json === undefined)
  );
}

/** Nothing worth keeping: empty, General, default font, locked, no note or hyperlink. @param {Cell} cell */
export function isDefaultCell(cell) {
  return (
    isEmptyCell(cell) &&
    cell.numberFormat === undefined &&
    cell.font === undefined &&
    cell.locked === undefined &&
    cell.note === undefined &&
    cell.hyperlink === undefined
  );
}

/** Range.values for one cell. @param {Cell | undefined} cell */
export function valueOf(cell) {
  if (cell === undefined) return "";
  if (cell.json !== undefined) return jsonBasic(cell.json).basicValue;
  const v = cell.value;
  if (v === null || v === undefined) return "";
  return typeof v === "object" ? v.error : v;
}

/** Range.formulas for one cell: the formula, or the constant as values reads it. @param {Cell | undefined} cell */
export function formulaOf(cell) {
  return cell?.formula ?? valueOf(cell);
}

/** Range.valueTypes for one cell. @param {Cell | undefined} cell */
export function valueTypeOf(cell) {
  if (cell?.json !== undefined) return jsonBasic(cell.json).basicType;
  const v = cell?.value;
  if (v === null || v === undefined) return "Empty";
  if (typeof v === "object") return "Error";
  return typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String";
}

/** Range.numberFormat for one cell. @param {Cell | undefined} cell */
export const numberFormatOf = (cell) => cell?.numberFormat ?? "General";

/** Range.text for one cell. @param {Cell | undefined} cell @param {boolean} date1904 */
export function textOf(cell, date1904) {
  if (cell?.json !== undefined) {
    const json = cell.json;
    if (json.type === "FormattedNumber")
      return formatValue(json.basicValue, json.numberFormat ?? "General", { date1904 });
    if (typeof json.text === "string") return json.text;
    return String(jsonBasic(json).basicValue);
  }
  return formatValue(cell?.value ?? null, numberFormatOf(cell), { date1904 });
}

/** basicType and basicValue of a JSON cell value, filled in from its type when absent. */
function jsonBasic(json) {
  const byType = {
    Entity: ["Error", "#VALUE!"],
    WebImage: ["Error", "#VALUE!"],
    LinkedEntity: ["Error", "#VALUE!"],
    FormattedNumber: ["Double", json.basicValue],
    Double: ["Double", json.basicValue],
    String: ["String", json.basicValue],
    Boolean: ["Boolean", json.basicValue],
    Empty: ["Empty", ""],
    Error: ["Error", json.basicValue],
  }[json.type] ?? ["Error", "#VALUE!"];
  return { basicType: json.basicType ?? byType[0], basicValue: json.basicValue ?? byType[1] };
}

/** Range.valuesAsJson for one cell. @param {Cell | undefined} cell */
export function jsonOf(cell) {
  if (cell?.json !== undefined) return { ...cell.json, ...jsonBasic(cell.json) };
  const type = valueTypeOf(cell);
  const basicValue = valueOf(cell);
  const json = { type, basicType: type, basicValue };
  if (type === "Error") json.errorType = ERROR_TYPES[basicValue] ?? "Unknown";
  if (type === "Double" && numberFormatOf(cell) !== "General") json.numberFormat = numberFormatOf(cell);
  return json;
}

const JSON_TYPES = new Set([
  "String",
  "Double",
  "Boolean",
  "Empty",
  "Error",
  "FormattedNumber",
  "Entity",
  "WebImage",
]);

/**
 * The cell fields a JSON cell value writes, or a string naming why it cannot be written.
 * @param {any} json
 * @returns {{ value: CellValue, json?: any } | string}
 */
export function fromJson(json) {
  if (json === null || typeof json !== "object" || typeof json.type !== "string")
    return "not a CellValue object";
  if (!JSON_TYPES.has(json.type)) return `valuesAsJson of type ${json.type}`;
  switch (json.type) {
    case "String":
      return { value: String(json.basicValue ?? "") };
    case "Double":
      return typeof json.basicValue === "number"
        ? { value: json.basicValue }
        : "a Double without a numeric basicValue";
    case "Boolean":
      return { value: Boolean(json.basicValue) };
    case "Empty":
      return { value: null };
    case "Error": {
      const error =
        json.basicValue ?? Object.keys(ERROR_TYPES).find((k) => ERROR_TYPES[k] === json.errorType);
      return typeof error === "string" ? { value: { error } } : "an Error without basicValue or errorType";
    }
    case "FormattedNumber":
      return typeof json.basicValue === "number" && typeof json.numberFormat === "string"
        ? { value: json.basicValue, json: { ...json } }
        : "a FormattedNumber without basicValue and numberFormat";
    default:
      return { value: { error: "#VALUE!" }, json: structuredClone(json) };
  }
}

const NAMED_COLORS = Object.freeze({
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  gray: "#808080",
  grey: "#808080",
  orange: "#FFA500",
  purple: "#800080",
});

/** "#595959" from "#595959", "#595959"-ish input or a colour name; null when not a colour. @param {unknown} color */
export function normalizeColor(color) {
  if (typeof color !== "string") return null;
  const c = color.trim();
  if (/^#[0-9a-f]{6}$/i.test(c)) return c.toUpperCase();
  if (/^#[0-9a-f]{3}$/i.test(c)) return `#${[...c.slice(1)].map((x) => x + x).join("")}`.toUpperCase();
  return NAMED_COLORS[c.toLowerCase()] ?? null;
}
