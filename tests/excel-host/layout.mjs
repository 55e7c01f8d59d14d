/*
 * Layout writes of the workbook model: column widths and row heights (points), autofit, merge and unmerge, each
 * checking sheet protection first. Autofit estimates text widths from Calibri 11's 7-pixel digit plus 5 pixels
 * of padding; widths are kept as set, without Excel's snapping to whole pixels.
 */
import { cellCount, containsRect, intersects, rect } from "./a1.mjs";
import { DEFAULT_FONT, isEmptyCell, textOf } from "./cells.mjs";
import { excelError, invalidArgument, invalidOperation } from "./errors.mjs";
import { clearContent } from "./writes.mjs";

/** RangeFormat.columnWidth / rowHeight assignment, in points. @param {"columns" | "rows"} axis */
export function writeSize(wb, sheet, r, axis, value, location) {
  const max = axis === "columns" ? 1785 : 409;
  if (typeof value !== "number" || !(value >= 0 && value <= max)) throw invalidArgument(location);
  wb.requireEditable(sheet, r, axis, location);
  const [map, from, count, standard] =
    axis === "columns"
      ? [sheet.columnWidths, r.column, r.columnCount, sheet.standardWidth]
      : [sheet.rowHeights, r.row, r.rowCount, sheet.standardHeight];
  for (let i = from; i < from + count; i++) {
    if (value === standard) map.delete(i);
    else map.set(i, value);
  }
}

/** Estimated width in points of a cell's text: Calibri 11 digit 7 px, plus 5 px of padding. */
function textWidth(text, font = {}) {
  const size = font.size ?? DEFAULT_FONT.size;
  const px = (text.length * 7 * (font.bold ? 1.1 : 1) * size) / 11 + 5;
  return Math.round(px) * 0.75;
}

/** RangeFormat.autofitColumns(): each column's width fits the longest text among the range's cells. */
export function autofitColumns(wb, sheet, r, location) {
  wb.requireEditable(sheet, r, "columns", location);
  const widest = new Map();
  for (let column = r.column; column < r.column + r.columnCount; column++) {
    for (let row = r.row; row < r.row + Math.min(r.rowCount, 100_000); row++) {
      const cell = sheet.read(row, column);
      if (isEmptyCell(cell)) continue;
      const width = textWidth(textOf(cell, wb.use1904DateSystem), cell?.font);
      widest.set(column, Math.max(widest.get(column) ?? 0, width));
    }
  }
  for (const [column, width] of widest)
    writeSize(wb, sheet, rect(0, column), "columns", Math.min(width, 1785), location);
}

/** RangeFormat.autofitRows(): rows fit their largest font (15 pt for Calibri 11). */
export function autofitRows(wb, sheet, r, location) {
  wb.requireEditable(sheet, r, "rows", location);
  for (let row = r.row; row < r.row + Math.min(r.rowCount, 100_000); row++) {
    /** @type {number} */
    let size = DEFAULT_FONT.size;
    for (const { cell } of sheet.storedIn(rect(row, r.column, 1, r.columnCount)))
      size = Math.max(size, cell.font?.size ?? DEFAULT_FONT.size);
    writeSize(wb, sheet, rect(row, 0), "rows", Math.round(((size * 15) / 11) * 4) / 4, location);
  }
}

/** Range.merge(across): the top-left value stays, the other cells' contents go. */
export function merge(wb, sheet, r, across, location) {
  wb.requireEditable(sheet, r, "cells", location);
  if (wb.tablesOn(sheet, r).length > 0) throw invalidOperation(location, "Cells in a table can't be merged.");
  if (sheet.mergedIntersecting(r).some((m) => !containsRect(r, m)))
    throw excelError("MergedRangeConflict", location);
  sheet.merged = sheet.merged.filter((m) => !intersects(m, r));
  const areas = across
    ? Array.from({ length: r.rowCount }, (_, i) => rect(r.row + i, r.column, 1, r.columnCount))
    : [r];
  for (const area of areas) {
    if (cellCount(area) === 1) continue;
    for (const { row, column, cell } of [...sheet.storedIn(area)]) {
      if (row === area.row && column === area.column) continue;
      clearContent(cell);
      sheet.tidy(row, column);
    }
    sheet.merged.push(area);
  }
}

/** Range.unmerge(). */
export function unmerge(wb, sheet, r, location) {
  wb.requireEditable(sheet, r, "cells", location);
  sheet.merged = sheet.merged.filter((m) => !intersects(m, r));
}
