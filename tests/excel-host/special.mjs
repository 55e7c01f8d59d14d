/*
 * Range.getSpecialCells (ExcelApi 1.9) over the sparse cells of a sheet: the work is proportional to the stored
 * cells inside the range (and, for Blanks, to its used rows), never to the range's area.
 *
 * - The search covers the range's part of the sheet's used range (values only, spills included).
 * - Formulas: cells holding a formula. A spill's anchor holds the formula; the cells it spills into hold none,
 *   so they are neither formulas nor constants (inferred: Go To Special's Formulas selects a dynamic array's
 *   anchor only). Constants: cells holding a value and no formula. Blanks: empty cells, spilled ones excepted.
 *   Visible: the whole range (the host hides no rows or columns). The others answer NotImplemented.
 * - cellValueType narrows Formulas and Constants by the value's type (a formula's by its result): Errors,
 *   Logical, Numbers, Text and their combinations; with another cell type it is InvalidArgument ("can only be
 *   used if the SpecialCellType is formulas or constants", learn.microsoft.com excel-add-ins-ranges-special-cells).
 * - No matching cell: getSpecialCells answers ItemNotFound, getSpecialCellsOrNullObject a null object (same page).
 * - The areas are rectangles, grouped row by row: each row's runs of adjacent matching cells, a run joined to the
 *   area above it when that area spans the same columns and ends on the row above; areas in order of their
 *   top-left cell. Excel's own grouping is not documented (inferred); a product should read the areas, not
 *   expect a particular grouping.
 */
import { containsCell, intersection, intersects, rect } from "./a1.mjs";
import { invalidArgument, notImplemented } from "./errors.mjs";
import { Sheet, spillRect } from "./sheet.mjs";

/** @typedef {import("./a1.mjs").Rect} Rect */

const CELL_TYPES = new Set([
  "ConditionalFormats",
  "DataValidations",
  "Blanks",
  "Constants",
  "Formulas",
  "SameConditionalFormat",
  "SameDataValidation",
  "Visible",
]);

/** The value kinds of each SpecialCellValueType: E errors, L logical, N numbers, T text. */
const VALUE_TYPES = {
  All: "ELNT",
  Errors: "E",
  ErrorsLogical: "EL",
  ErrorsNumbers: "EN",
  ErrorsText: "ET",
  ErrorsLogicalNumber: "ELN",
  ErrorsLogicalText: "ELT",
  ErrorsNumberText: "ENT",
  Logical: "L",
  LogicalNumbers: "LN",
  LogicalText: "LT",
  LogicalNumbersText: "LNT",
  Numbers: "N",
  NumbersText: "NT",
  Text: "T",
};

/** The kind of a cell's value: E, L, N or T. @param {import("./cells.mjs").Cell} cell */
function valueKind(cell) {
  if (cell.json !== undefined)
    return ["Entity", "WebImage", "LinkedEntity"].includes(cell.json.type) ? "E" : "N";
  const v = cell.value;
  if (v !== null && typeof v === "object") return "E";
  if (typeof v === "boolean") return "L";
  return typeof v === "number" ? "N" : "T";
}

/**
 * The areas of the special cells of some rectangles of a sheet, or an empty list.
 * @param {Sheet} sheet @param {Rect[]} rects @param {unknown} cellType @param {unknown} cellValueType
 * @param {string} location @returns {Rect[]}
 */
export function specialCells(sheet, rects, cellType, cellValueType, location) {
  if (typeof cellType !== "string" || !CELL_TYPES.has(cellType)) throw invalidArgument(location);
  const kinds = VALUE_TYPES[/** @type {keyof typeof VALUE_TYPES} */ (cellValueType ?? "All")];
  if (kinds === undefined) throw invalidArgument(location);
  if (
    cellValueType !== undefined &&
    cellValueType !== null &&
    cellType !== "Formulas" &&
    cellType !== "Constants"
  )
    throw invalidArgument(location);
  if (cellType === "Visible") return rects;
  if (cellType !== "Formulas" && cellType !== "Constants" && cellType !== "Blanks")
    throw notImplemented(`${location}("${cellType}")`);
  const used = sheet.usedRect(true);
  const regions = used === null ? [] : rects.map((r) => intersection(r, used)).filter((r) => r !== null);
  if (cellType === "Blanks") return blanks(sheet, regions);
  /** @type {Set<number>} */
  const keys = new Set();
  for (const region of regions) {
    const spills = sheet.spills.map(spillRect).filter((s) => intersects(s, region));
    sheet.forEachStored(region, (row, column, cell) => {
      const spilled =
        spills.length > 0 &&
        spills.some((s) => containsCell(s, row, column) && (s.row !== row || s.column !== column));
      if (spilled) return;
      const matches =
        cellType === "Formulas"
          ? cell.formula !== undefined
          : cell.formula === undefined &&
            ((cell.value !== null && cell.value !== undefined) || cell.json !== undefined);
      if (matches && kinds.includes(valueKind(cell))) keys.add(Sheet.key(row, column));
    });
  }
  return groupRows(rowRuns([...keys].sort((a, b) => a - b)));
}

/**
 * Runs of adjacent cells in each row, from cell keys in row-major order.
 * @param {number[]} keys @returns {{ row: number, from: number, to: number }[]}
 */
function rowRuns(keys) {
  const runs = [];
  let run = null;
  for (const key of keys) {
    const { row, column } = Sheet.positionOf(key);
    if (run !== null && run.row === row && run.to === column - 1) run.to = column;
    else runs.push((run = { row, from: column, to: column }));
  }
  return runs;
}

/**
 * Rectangles from row runs (in row order): a run continues the area above it when that area has the same
 * columns and ends on the row above.
 * @param {{ row: number, from: number, to: number }[]} runs @returns {Rect[]}
 */
function groupRows(runs) {
  /** @type {Rect[]} */
  const areas = [];
  /** @type {Map<string, Rect>} open areas by their columns */
  const open = new Map();
  for (const { row, from, to } of runs) {
    const key = `${from}:${to}`;
    const above = open.get(key);
    if (above !== undefined && above.row + above.rowCount === row) above.rowCount += 1;
    else {
      const area = rect(row, from, 1, to - from + 1);
      areas.push(area);
      open.set(key, area);
    }
  }
  return areas.sort((a, b) => a.row - b.row || a.column - b.column);
}

/** The empty cells of regions, spilled cells excepted: gaps between occupied cells, row by row. */
function blanks(sheet, regions) {
  const runs = [];
  for (const region of regions) {
    /** @type {Map<number, number[]>} row → occupied columns */
    const occupied = new Map();
    const take = (row, column) => {
      if (!occupied.has(row)) occupied.set(row, []);
      /** @type {number[]} */ (occupied.get(row)).push(column);
    };
    for (const { row, column, cell } of sheet.storedIn(region))
      if (
        cell.formula !== undefined ||
        (cell.value !== null && cell.value !== undefined) ||
        cell.json !== undefined
      )
        take(row, column);
    for (const s of sheet.spills) {
      const overlap = intersection(spillRect(s), region);
      if (overlap === null) continue;
      for (let row = overlap.row; row < overlap.row + overlap.rowCount; row++)
        for (let column = overlap.column; column < overlap.column + overlap.columnCount; column++)
          take(row, column);
    }
    const last = region.column + region.columnCount - 1;
    for (let row = region.row; row < region.row + region.rowCount; row++) {
      let from = region.column;
      for (const column of [...new Set(occupied.get(row) ?? [])].sort((a, b) => a - b)) {
        if (column > from) runs.push({ row, from, to: column - 1 });
        from = column + 1;
      }
      if (from <= last) runs.push({ row, from, to: last });
    }
  }
  return groupRows(runs.sort((a, b) => a.row - b.row || a.from - b.from));
}
