/*
 * Checked cell writes of the workbook model: values, formulas, JSON values, number formats, fonts, clear. Each
 * checks sheet protection first and raises Excel's error. Widths, heights, autofit and merging: layout.mjs.
 *
 * Approximations (see README.md): typed strings are read as Excel en-US reads them (numfmt.parseInput); a
 * formula's value comes from Workbook options.evaluateFormula, else from a small evaluator (literals and plain
 * cell references; anything else is #NAME?).
 */
import { cellCount, columnIndex, intersects, onSheet } from "./a1.mjs";
import { DEFAULT_FONT, fromJson, isEmptyCell, normalizeColor } from "./cells.mjs";
import { HostError, accessDenied, invalidArgument, notImplemented } from "./errors.mjs";
import { parseInput } from "./numfmt.mjs";
import { spillRect } from "./sheet.mjs";

/** @typedef {import("./a1.mjs").Rect} Rect @typedef {import("./sheet.mjs").Sheet} Sheet */
/** @typedef {import("./workbook.mjs").Workbook} Workbook */

export const SIZE_MISMATCH =
  "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";

/** Throws when a grid would touch more cells than the host handles in one property. */
export function requireSize(wb, r, location) {
  const count = cellCount(r);
  if (count > wb.options.maxCells) {
    throw new HostError(
      "ResponsePayloadSizeLimitExceeded",
      `Excel host: ${location} over ${count} cells is more than the host's limit of ${wb.options.maxCells} cells per property`,
      400,
      location,
    );
  }
}

/**
 * The value for each cell of a 2-D input (Excel also takes one non-array value for every cell).
 * @returns {(dr: number, dc: number) => unknown}
 */
function gridInput(wb, r, input, location) {
  requireSize(wb, r, location);
  if (!Array.isArray(input)) return () => input;
  if (
    input.length !== r.rowCount ||
    input.some((row) => !Array.isArray(row) || row.length !== r.columnCount)
  ) {
    throw invalidArgument(location, SIZE_MISMATCH);
  }
  return (dr, dc) => input[dr][dc];
}

/** Removes what a cell holds (value, formula, JSON value), keeping its format. */
export function clearContent(cell) {
  delete cell.value;
  delete cell.formula;
  delete cell.json;
}

/** Removes the spill anchored at the cell, if any. */
function dropSpillAt(sheet, row, column) {
  sheet.spills = sheet.spills.filter((s) => !(s.row === row && s.column === column));
}

/** A value written into a spill range blocks the spill: its anchor shows #SPILL!. */
function blockSpillOver(sheet, row, column) {
  const spill = sheet.spillAt(row, column);
  if (spill === undefined || (spill.row === row && spill.column === column)) return;
  sheet.spills.splice(sheet.spills.indexOf(spill), 1);
  sheet.edit(spill.row, spill.column).value = { error: "#SPILL!" };
}

/** The value of a formula: options.evaluateFormula first, then literals and plain references. */
function evaluate(wb, sheet, row, column, formula) {
  const custom = wb.options.evaluateFormula?.(formula, { workbook: wb, sheet, row, column });
  if (custom !== undefined) return custom;
  const body = formula.slice(1).trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(body)) return Number(body);
  if (/^"([^"]|"")*"$/.test(body)) return body.slice(1, -1).replace(/""/g, '"');
  if (/^(TRUE|FALSE)$/i.test(body)) return body.toUpperCase() === "TRUE";
  const ref = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(body);
  if (ref) {
    const target = sheet.read(Number(ref[2]) - 1, columnIndex(ref[1]));
    return target?.value ?? 0;
  }
  return { error: "#NAME?" };
}

/** Puts a formula in a cell, with its value and, for an array result, its spill. */
function putFormula(wb, sheet, row, column, cell, formula) {
  cell.formula = formula;
  const result = evaluate(wb, sheet, row, column, formula);
  if (result !== null && typeof result === "object" && Array.isArray(result.spill)) {
    const values = result.spill;
    const area = spillRect({ row, column, values });
    const blocked =
      !onSheet(area) ||
      [...sheet.storedIn(area)].some(
        (c) => !(c.row === row && c.column === column) && !isEmptyCell(c.cell),
      ) ||
      sheet.spills.some((s) => intersects(spillRect(s), area)) ||
      sheet.mergedIntersecting(area).length > 0 ||
      wb.tablesOn(sheet, area).length > 0;
    cell.value = blocked ? { error: "#SPILL!" } : values[0][0];
    if (!blocked) sheet.spills.push({ row, column, values });
    return;
  }
  cell.value = result === undefined ? null : result;
}

/**
 * Range.values / Range.formulas / Range.valuesAsJson assignment.
 * @param {Workbook} wb @param {Sheet} sheet @param {Rect} r @param {unknown} input
 * @param {"values" | "formulas" | "json"} kind @param {string} location
 */
export function writeContents(wb, sheet, r, input, kind, location) {
  const at = gridInput(wb, r, input, location);
  wb.requireEditable(sheet, r, "contents", location);
  for (let dr = 0; dr < r.rowCount; dr++) {
    for (let dc = 0; dc < r.columnCount; dc++) {
      const v = at(dr, dc);
      if (v === null || v === undefined) continue; // null leaves the cell as it is
      const row = r.row + dr;
      const column = r.column + dc;
      dropSpillAt(sheet, row, column);
      const cell = sheet.edit(row, column);
      clearContent(cell);
      if (kind === "json") {
        const parsed = fromJson(v);
        if (typeof parsed === "string") {
          throw parsed.startsWith("valuesAsJson of type")
            ? notImplemented(`Range.${parsed}`)
            : invalidArgument(location, `Not a cell value: ${parsed}.`);
        }
        cell.value = parsed.value;
        if (parsed.json !== undefined) cell.json = parsed.json;
      } else if (typeof v === "string" && v.length > 1 && v.startsWith("=") && cell.numberFormat !== "@") {
        putFormula(wb, sheet, row, column, cell, v);
      } else if (v === "") {
        cell.value = null; // "" empties the cell, whatever its format
      } else if (typeof v === "string") {
        if (cell.numberFormat === "@") cell.value = v;
        else {
          const typed = parseInput(v, { date1904: wb.use1904DateSystem });
          cell.value = typed.value;
          if (typed.format && (cell.numberFormat ?? "General") === "General")
            cell.numberFormat = typed.format;
        }
      } else if ((typeof v === "number" && Number.isFinite(v)) || typeof v === "boolean") {
        cell.value = v;
      } else {
        throw invalidArgument(
          location,
          `A cell value must be a string, number or boolean, not ${JSON.stringify(v)}.`,
        );
      }
      if (!isEmptyCell(cell)) blockSpillOver(sheet, row, column);
      sheet.tidy(row, column);
    }
  }
}

/** Range.numberFormat assignment. */
export function writeNumberFormats(wb, sheet, r, input, location) {
  const at = gridInput(wb, r, input, location);
  wb.requireEditable(sheet, r, "cells", location);
  for (let dr = 0; dr < r.rowCount; dr++) {
    for (let dc = 0; dc < r.columnCount; dc++) {
      const v = at(dr, dc);
      if (v === null || v === undefined) continue;
      if (typeof v !== "string" && typeof v !== "number") throw invalidArgument(location);
      const cell = sheet.edit(r.row + dr, r.column + dc);
      if (String(v) === "General") delete cell.numberFormat;
      else cell.numberFormat = String(v);
      sheet.tidy(r.row + dr, r.column + dc);
    }
  }
}

const FONT_CHECKS = {
  bold: (v) => (typeof v === "boolean" ? v : undefined),
  italic: (v) => (typeof v === "boolean" ? v : undefined),
  strikethrough: (v) => (typeof v === "boolean" ? v : undefined),
  size: (v) => (typeof v === "number" && v >= 1 && v <= 409 ? Math.round(v * 2) / 2 : undefined),
  color: (v) => normalizeColor(v) ?? undefined,
  name: (v) => (typeof v === "string" && v.trim() !== "" ? v : undefined),
  underline: (v) =>
    ["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"].includes(v) ? v : undefined,
};

/** RangeFont property assignment. @param {string} prop bold, italic, size, color, name, underline, … */
export function writeFont(wb, sheet, r, prop, value, location) {
  const check = Object.hasOwn(FONT_CHECKS, prop)
    ? FONT_CHECKS[/** @type {keyof typeof FONT_CHECKS} */ (prop)]
    : undefined;
  if (check === undefined) throw notImplemented(`RangeFont.${prop}`);
  const checked = check(value);
  if (checked === undefined) throw invalidArgument(location);
  requireSize(wb, r, location);
  wb.requireEditable(sheet, r, "cells", location);
  for (let row = r.row; row < r.row + r.rowCount; row++) {
    for (let column = r.column; column < r.column + r.columnCount; column++) {
      const cell = sheet.edit(row, column);
      cell.font = { ...cell.font, [prop]: checked };
      if (checked === DEFAULT_FONT[prop]) delete cell.font[prop];
      if (Object.keys(cell.font).length === 0) delete cell.font;
      sheet.tidy(row, column);
    }
  }
}

/** RangeFont property of a range: the common value, or null when the cells differ. */
export function readFont(wb, sheet, r, prop, location) {
  requireSize(wb, r, location);
  let seen;
  for (let row = r.row; row < r.row + r.rowCount; row++) {
    for (let column = r.column; column < r.column + r.columnCount; column++) {
      const v = sheet.stored(row, column)?.font?.[prop] ?? DEFAULT_FONT[prop];
      if (seen === undefined) seen = v;
      else if (seen !== v) return null;
    }
  }
  return seen;
}

/**
 * Range.clear(applyTo): "All" (default; also the cells' notes and hyperlinks, as Excel's Clear All, inferred),
 * "Contents", "Formats", "Hyperlinks" and "RemoveHyperlinks" (the hyperlinks; the host models no hyperlink
 * style, so both leave the rest of the cell).
 */
export function clear(wb, sheet, r, applyTo, location) {
  const what = applyTo ?? "All";
  if (!["All", "Contents", "Formats", "Hyperlinks", "RemoveHyperlinks"].includes(what))
    throw notImplemented(`Range.clear("${what}")`);
  wb.requireEditable(sheet, r, what === "Contents" || what === "All" ? "contents" : "cells", location);
  for (const { row, column, cell } of [...sheet.storedIn(r)]) {
    if (what === "All" || what === "Contents") {
      if (cell.formula !== undefined) dropSpillAt(sheet, row, column);
      clearContent(cell);
    }
    if (what === "All" || what === "Formats") {
      delete cell.numberFormat;
      delete cell.font;
    }
    if (what !== "Contents" && what !== "Formats") delete cell.hyperlink;
    if (what === "All") delete cell.note;
    sheet.tidy(row, column);
  }
  // Clearing spilled cells other than the anchor changes nothing: the formula fills them again.
}

const HYPERLINK_FIELDS = ["address", "documentReference", "screenTip", "textToDisplay"];

/**
 * Range.hyperlink assignment (ExcelApi 1.7), on every cell of the range: { address?, documentReference?,
 * screenTip?, textToDisplay? } of strings, with an address or a documentReference (InvalidArgument otherwise,
 * inferred). The cell's value becomes textToDisplay; without one an empty cell shows the link's address, as
 * Excel's Insert Link does (inferred). A protected sheet refuses new hyperlinks unless its protection allows
 * inserting them ("even in unlocked cells", support.microsoft.com "Protect a worksheet") and the cells are
 * unlocked: AccessDenied.
 */
export function writeHyperlink(wb, sheet, r, link, location) {
  if (link === null || typeof link !== "object" || Array.isArray(link)) throw invalidArgument(location);
  const given = Object.entries(link).filter(([, v]) => v !== undefined && v !== null);
  if (given.some(([k, v]) => !HYPERLINK_FIELDS.includes(k) || typeof v !== "string"))
    throw invalidArgument(location);
  const hyperlink = Object.fromEntries(given);
  if (!hyperlink.address && !hyperlink.documentReference) throw invalidArgument(location);
  requireSize(wb, r, location);
  if (sheet.protection.protected && !sheet.protection.options.allowInsertHyperlinks)
    throw accessDenied(location, `The sheet “${sheet.name}” is protected.`);
  wb.requireEditable(sheet, r, "contents", location);
  for (let row = r.row; row < r.row + r.rowCount; row++) {
    for (let column = r.column; column < r.column + r.columnCount; column++) {
      const shown =
        hyperlink.textToDisplay ??
        (isEmptyCell(sheet.read(row, column))
          ? (hyperlink.address ?? hyperlink.documentReference)
          : undefined);
      if (shown !== undefined) {
        // The text shown is kept as text, as Excel keeps a link's display text.
        dropSpillAt(sheet, row, column);
        const cell = sheet.edit(row, column);
        clearContent(cell);
        cell.value = shown === "" ? null : shown;
        if (shown !== "") blockSpillOver(sheet, row, column);
      }
      sheet.edit(row, column).hyperlink = { ...hyperlink };
    }
  }
}
