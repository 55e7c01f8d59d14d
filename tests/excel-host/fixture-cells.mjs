/*
 * Cells of a workbook description (fixtures.mjs): one description applied to a cell or to every cell of a range,
 * and `fill`, a function giving many cells cheaply.
 *
 *   cells: { A1: 5, A2: "text", A3: "=A1", B1: { value: 0.4, numberFormat: "0%", font: { bold: true } },
 *            B2: { formula: '=CA.RUTRADE("UZ")', value: 0.4, note: "Source: …" }, "C1:D2": { numberFormat: "@" },
 *            E1: { json: {…} }, F1: { value: "Sources", hyperlink: { documentReference: "Data!B3" } },
 *            G1: { value: 1, note: { content: "user's note", author: "Ann" }, locked: false } }
 *   fill: { "B2:K2501": ({ row, column, address }) => cell description | undefined }   (row, column zero-based)
 */
import { cellAddress, rectOf } from "./a1.mjs";
import { writeContents, writeFont, writeNumberFormats } from "./writes.mjs";

/** @typedef {import("./sheet.mjs").Sheet} Sheet @typedef {import("./workbook.mjs").Workbook} Workbook */

/** Every cell of a rectangle. @param {import("./a1.mjs").Rect} r @param {(row: number, column: number) => void} each */
function forEachCell(r, each) {
  for (let row = r.row; row < r.row + r.rowCount; row++)
    for (let column = r.column; column < r.column + r.columnCount; column++) each(row, column);
}

/**
 * Applies one cell description to every cell of a rectangle, as the checked writes would (typed input,
 * formulas, spills), then what the API cannot write directly (a formula's cached value, locked, note).
 * @param {Workbook} wb @param {Sheet} sheet @param {import("./a1.mjs").Rect} r @param {unknown} raw
 */
export function applyCell(wb, sheet, r, raw) {
  const cell = /** @type {any} */ (
    raw !== null && typeof raw === "object" && !Array.isArray(raw) ? raw : { value: raw }
  );
  if (cell.numberFormat !== undefined) writeNumberFormats(wb, sheet, r, cell.numberFormat, "fixture");
  for (const [prop, v] of Object.entries(cell.font ?? {})) writeFont(wb, sheet, r, prop, v, "fixture");
  const content = cell.formula ?? cell.value;
  if (cell.json !== undefined) writeContents(wb, sheet, r, cell.json, "json", "fixture");
  else if (content !== undefined && content !== null) {
    if (typeof content === "object" && content.error)
      writeContents(wb, sheet, r, content.error, "values", "fixture");
    else writeContents(wb, sheet, r, content, cell.formula !== undefined ? "formulas" : "values", "fixture");
  }
  if (cell.formula !== undefined && cell.value !== undefined)
    forEachCell(r, (row, column) => (sheet.edit(row, column).value = cell.value));
  if (cell.locked === false) forEachCell(r, (row, column) => (sheet.edit(row, column).locked = false));
  if (cell.note !== undefined && cell.note !== null) {
    const note =
      typeof cell.note === "string"
        ? { content: cell.note, author: wb.options.userName }
        : { author: wb.options.userName, ...cell.note };
    forEachCell(r, (row, column) => (sheet.edit(row, column).note = { ...note }));
  }
  if (cell.hyperlink !== undefined && cell.hyperlink !== null)
    forEachCell(r, (row, column) => (sheet.edit(row, column).hyperlink = { ...cell.hyperlink }));
}

/**
 * `cells` and `fill` of a sheet description.
 * @param {Workbook} wb @param {Sheet} sheet
 * @param {{ cells?: Record<string, unknown>, fill?: Record<string, (at: { row: number, column: number,
 *   address: string }) => unknown> }} spec
 */
export function applyCells(wb, sheet, spec) {
  for (const [key, raw] of Object.entries(spec.cells ?? {}))
    applyCell(wb, sheet, rectOf(key, "address in a workbook description"), raw);
  for (const [key, describe] of Object.entries(spec.fill ?? {})) {
    if (typeof describe !== "function") throw new Error(`fill["${key}"] must be a function of the cell`);
    forEachCell(rectOf(key, "address in a workbook description"), (row, column) => {
      const raw = describe({ row, column, address: cellAddress(row, column) });
      if (raw !== undefined && raw !== null)
        applyCell(wb, sheet, { row, column, rowCount: 1, columnCount: 1 }, raw);
    });
  }
}
