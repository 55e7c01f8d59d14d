/*
 * Reading blocks out of workbook snapshots (tests/excel-host/snapshot.mjs): cells by row and column, a block's
 * rows, and where a range lies in points.
 */
import { cellAddress, columnName, parseRect, rectAddress } from "../../excel-host/a1.mjs";

export { cellAddress, columnName, rectAddress };

/**
 * @typedef {{ row: number, column: number, rowCount: number, columnCount: number }} Rect
 * @typedef {{ value?: unknown, formula?: string, numberFormat?: string, font?: Record<string, unknown>,
 *   note?: string }} CellSnap
 * @typedef {{ cells: Record<string, CellSnap>, tables: any[], charts: any[], columnWidths: Record<string, number>,
 *   rowHeights: Record<string, number> }} SheetSnap
 */

/** "B3:I9" → its rectangle (0-based row and column); throws on anything else. @returns {Rect} */
export function rectOf(/** @type {string} */ address) {
  const r = parseRect(address);
  if (r === null) throw new Error(`Not an A1 address: ${address}`);
  return r;
}

/** The cell of a sheet snapshot at a 0-based row and column; {} when it holds nothing. @returns {CellSnap} */
const cellAt = (/** @type {SheetSnap} */ sheet, /** @type {number} */ row, /** @type {number} */ column) =>
  sheet.cells[cellAddress(row, column)] ?? {};

/** What a cell shows as a value: its value, or "" when empty. @param {CellSnap} cell */
export const valueOf = (cell) => cell.value ?? "";

/** One row of a block: its cells from the block's first column, as many as the block is wide. */
function rowCells(/** @type {SheetSnap} */ sheet, /** @type {Rect} */ block, /** @type {number} */ r) {
  return Array.from({ length: block.columnCount }, (_, c) => cellAt(sheet, block.row + r, block.column + c));
}

/**
 * The cells a frame in points covers on a sheet of the model, as an address: the inverse of Sheet.bounds.
 * @param {import("../../excel-host/sheet.mjs").Sheet} sheet
 * @param {{ left: number, top: number, width: number, height: number }} frame
 */
export function cellsUnder(sheet, frame) {
  const edge = (/** @type {(i: number) => number} */ start, /** @type {number} */ points) => {
    let i = 0;
    while (start(i + 1) <= points + 1e-9) i++;
    return i;
  };
  const column = edge((c) => sheet.left(c), frame.left);
  const row = edge((r) => sheet.top(r), frame.top);
  const lastColumn = edge((c) => sheet.left(c), frame.left + frame.width - 1e-6);
  const lastRow = edge((r) => sheet.top(r), frame.top + frame.height - 1e-6);
  return rectAddress({ row, column, rowCount: lastRow - row + 1, columnCount: lastColumn - column + 1 });
}

/** Grey italics, as the notes and the source line are written. */
export const NOTE_FONT = { italic: true, color: "#595959" };

/**
 * A written block split into its parts, top to bottom: title line, header row, `bodyRows` body rows, note lines
 * and the source line (the block's last row).
 * @param {SheetSnap} sheet @param {string} address @param {number} bodyRows
 */
export function readBlock(sheet, address, bodyRows) {
  const rect = rectOf(address);
  const rows = Array.from({ length: rect.rowCount }, (_, r) => rowCells(sheet, rect, r));
  const body = rows.slice(2, 2 + bodyRows);
  return {
    rect,
    title: rows[0][0],
    header: rows[1].map(valueOf),
    /** Body rows, each cell without its note (see `cellNotes`). */
    body: body.map((cells) =>
      cells.map((cell) => Object.fromEntries(Object.entries(cell).filter(([key]) => key !== "note"))),
    ),
    /** The citation note of each body cell that has one, by body row and column. */
    cellNotes: body.flatMap((cells, row) =>
      cells.flatMap((cell, column) => (cell.note === undefined ? [] : [{ row, column, note: cell.note }])),
    ),
    notes: rows.slice(2 + bodyRows, -1).map((row) => row[0]),
    source: rows[rows.length - 1][0],
    /** Every row, as written. */
    rows,
  };
}
