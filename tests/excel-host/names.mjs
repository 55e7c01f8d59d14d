/*
 * Named items of the workbook model (Workbook.names, Worksheet.names), checked as Excel checks them:
 * - a name follows Excel's rules for names (Excel's help, "Define and use names in formulas", syntax rules; ECMA-376
 *   SpreadsheetML "Names"): a letter, underscore or backslash first, then letters, digits, periods and
 *   underscores, no spaces, at most 255 characters, not a cell reference such as A1 or R1C1, not C or R, not TRUE
 *   or FALSE: otherwise InvalidArgument;
 * - a name is unique in its scope without regard to case, and a workbook-scoped name is not a table's name
 *   (both live in one namespace): otherwise ItemAlreadyExists;
 * - a reference is a Range, an address ("Data!B3:M20", "=Data!$B$3:$M$20"; without a sheet: the collection's
 *   sheet, else the active sheet) or a constant ("=0.4", "=\"text\"", "=TRUE"); other formulas answer
 *   NotImplemented, naming the formula;
 * - the formula reads as Excel writes it, "=Data!$B$3:$M$20" with the sheet quoted where needed, and follows a
 *   sheet's rename; a deleted sheet leaves "=#REF!$B$3:$M$20", type Error, value "#REF!" (as Excel's Name
 *   Manager shows it), and a sheet's own names go with it.
 * A name's comment is at most 255 characters (the Name Manager's limit; InvalidArgument, inferred).
 */
import { parseAreas, quoteSheetName, rectAddress } from "./a1.mjs";
import { invalidArgument, itemAlreadyExists, notImplemented } from "./errors.mjs";
import { definedNameProblem } from "./rules.mjs";

/**
 * @typedef {import("./sheet.mjs").Sheet} Sheet
 * @typedef {{ kind: "range", sheet: Sheet, rect: import("./a1.mjs").Rect }
 *   | { kind: "constant", type: "Integer" | "Double" | "String" | "Boolean", value: number | string | boolean }
 *   | { kind: "ref", formula: string }} Reference
 * @typedef {{ name: string, scope: Sheet | null, reference: Reference, comment: string, visible: boolean }} Name
 */

/** The names of one scope: the workbook's (null) or a sheet's. @param {import("./workbook.mjs").Workbook} wb */
export const namesIn = (wb, scope) => wb.names.filter((n) => n.scope === scope);

/** The name of a scope, without regard to case. @param {import("./workbook.mjs").Workbook} wb */
export function nameIn(wb, scope, key) {
  const wanted = String(key).toLowerCase();
  return wb.names.find((n) => n.scope === scope && n.name.toLowerCase() === wanted);
}

/** The formula of a name, as Excel writes it. @param {Name} n */
export function nameFormula(n) {
  const r = n.reference;
  if (r.kind === "range") return `=${quoteSheetName(r.sheet.name)}!${rectAddress(r.rect, true)}`;
  if (r.kind === "ref") return r.formula;
  if (r.type === "String") return `="${String(r.value).replace(/"/g, '""')}"`;
  if (r.type === "Boolean") return r.value ? "=TRUE" : "=FALSE";
  return `=${r.value}`;
}

/** NamedItem.type. @param {Name} n */
export const nameType = (n) =>
  n.reference.kind === "range" ? "Range" : n.reference.kind === "ref" ? "Error" : n.reference.type;

/** NamedItem.value: a range's address (no "="), "#REF!", or the constant. @param {Name} n */
export function nameValue(n) {
  const r = n.reference;
  if (r.kind === "range") return nameFormula(n).slice(1);
  return r.kind === "ref" ? "#REF!" : r.value;
}

/**
 * A reference argument (add's reference, a formula set) read as Excel reads it.
 * @param {import("./handles.mjs").Context} ctx @param {Sheet | null} scope @param {unknown} reference
 * @param {string} location @returns {Reference}
 */
export function readReference(ctx, scope, reference, location) {
  const handle = /** @type {any} */ (reference);
  if (handle !== null && typeof handle === "object" && handle.type === "Range" && !handle.isNull)
    return { kind: "range", sheet: handle.sheet, rect: handle.rect };
  if (typeof reference !== "string" || reference.trim() === "") throw invalidArgument(location);
  const text = reference.trim().replace(/^=/, "").trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) {
    const value = Number(text);
    return { kind: "constant", type: Number.isInteger(value) ? "Integer" : "Double", value };
  }
  if (/^"([^"]|"")*"$/.test(text))
    return { kind: "constant", type: "String", value: text.slice(1, -1).replace(/""/g, '"') };
  if (/^(TRUE|FALSE)$/i.test(text))
    return { kind: "constant", type: "Boolean", value: text.toUpperCase() === "TRUE" };
  const areas = parseAreas(text);
  if (areas === null) throw notImplemented(`${location} with the formula ${JSON.stringify(reference)}`);
  if (areas.length !== 1) throw notImplemented(`${location} with a reference of several areas`);
  const [{ sheet: sheetName, rect }] = areas;
  const sheet = sheetName === null ? (scope ?? ctx.wb.activeSheet) : ctx.wb.sheetByName(sheetName);
  if (!sheet) throw invalidArgument(location, `The reference ${JSON.stringify(reference)} names no sheet.`);
  return { kind: "range", sheet, rect };
}

/**
 * NamedItemCollection.add.
 * @param {import("./handles.mjs").Context} ctx @param {Sheet | null} scope
 * @param {unknown} name @param {unknown} reference @param {unknown} comment @param {string} location
 */
export function addName(ctx, scope, name, reference, comment, location) {
  const problem = definedNameProblem(name);
  if (problem) throw invalidArgument(location, `The name is not valid: ${problem}.`);
  const text = /** @type {string} */ (name);
  if (nameIn(ctx.wb, scope, text) || (scope === null && ctx.wb.tableByName(text)))
    throw itemAlreadyExists(location);
  /** @type {Name} */
  const item = {
    name: text,
    scope,
    reference: readReference(ctx, scope, reference, location),
    comment: checkedComment(comment ?? "", location),
    visible: true,
  };
  ctx.wb.names.push(item);
  return item;
}

/** A name's comment, checked. @param {unknown} comment @param {string} location */
export function checkedComment(comment, location) {
  if (typeof comment !== "string" || comment.length > 255) throw invalidArgument(location);
  return comment;
}

/**
 * What deleting a sheet does to names: the sheet's own names go, references to it become #REF!.
 * @param {import("./workbook.mjs").Workbook} wb @param {Sheet} sheet
 */
export function dropSheetFromNames(wb, sheet) {
  wb.names = wb.names.filter((n) => n.scope !== sheet);
  for (const n of wb.names) {
    if (n.reference.kind === "range" && n.reference.sheet === sheet)
      n.reference = { kind: "ref", formula: `=#REF!${rectAddress(n.reference.rect, true)}` };
  }
}

/**
 * The names of a workbook description: [{ name, reference, comment?, visible?, scope? }], scope a sheet's name.
 * @param {import("./workbook.mjs").Workbook} wb @param {any[]} specs
 */
export function applyNames(wb, specs) {
  for (const spec of specs) {
    const scope = spec.scope ? wb.sheetByName(spec.scope) : null;
    if (scope === undefined) throw new Error(`Bad scope in a workbook description: ${spec.scope}`);
    const item = addName({ wb, session: null }, scope, spec.name, spec.reference, spec.comment, "fixture");
    if (spec.visible === false) item.visible = false;
  }
}
