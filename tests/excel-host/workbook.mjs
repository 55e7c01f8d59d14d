/*
 * The workbook model: sheets (order, visibility, active sheet), workbook structure protection, the date system,
 * tables, with Excel's checks and errors. Cell writes are in writes.mjs and layout.mjs, charts and shapes in
 * drawings.mjs. Pure: no HTTP.
 *
 * Errors raised here carry the Excel code the host answers with (see errors.mjs); `location` names the API call
 * ("WorksheetCollection.add") for the error's debugInfo.errorLocation.
 */
import { cellCount, containsRect, intersects, rect as makeRect } from "./a1.mjs";
import { textOf } from "./cells.mjs";
import {
  accessDenied,
  excelError,
  invalidArgument,
  invalidOperation,
  itemAlreadyExists,
  notImplemented,
} from "./errors.mjs";
import { byKey } from "./handles.mjs";
import { dropSheetFromNames } from "./names.mjs";
import { TABLE_STYLE, sheetNameProblem, tableNameProblem } from "./rules.mjs";
import { Sheet } from "./sheet.mjs";

/** @typedef {import("./a1.mjs").Rect} Rect */

export class Workbook {
  /**
   * @param {{ name?: string, evaluateFormula?: Function, userName?: string,
   *           mergedAreaLimit?: { count?: number, code?: string }, maxCellsPerRequest?: number }} [options]
   *   userName: the user the host plays, the author of notes added through the API
   */
  constructor(options = {}) {
    this.name = options.name ?? "Book1.xlsx";
    /** @type {Sheet[]} */
    this.sheets = [];
    /** @type {Sheet | null} */
    this.activeSheet = null;
    /** @type {any[]} */
    this.tables = [];
    /** @type {import("./names.mjs").Name[]} */
    this.names = [];
    /** @type {{ key: string, value: any }[]} Workbook.properties.custom */
    this.customProperties = [];
    this.protection = { protected: false, password: "" };
    this.use1904DateSystem = false;
    this.options = {
      mergedAreaLimit: { count: 512, code: "InvalidOperation", ...options.mergedAreaLimit },
      evaluateFormula: options.evaluateFormula,
      /** Cells one grid property may read or write (the host's guard against whole-column grids). */
      maxCells: options.maxCellsPerRequest ?? 1_048_576,
      userName: options.userName ?? "Host User",
    };
    this.counters = { sheet: 0, table: 0, chart: 0, shape: 0 };
  }

  // ------------------------------------------------------------------------------------------------ sheets

  /** @param {string} name */
  sheetByName(name) {
    const wanted = String(name).toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === wanted);
  }

  /** A sheet by id or name (WorksheetCollection.getItem). @param {string} key */
  sheetByKey(key) {
    return byKey(this.sheets, key);
  }

  /** @param {string} location */
  requireStructureEditable(location) {
    if (this.protection.protected) throw accessDenied(location, "The workbook's structure is protected.");
  }

  /**
   * A new sheet at the end (WorksheetCollection.add). Not activated.
   * @param {string | undefined | null} name @param {string} [location]
   */
  addSheet(name, location = "WorksheetCollection.add") {
    this.requireStructureEditable(location);
    let chosen = name;
    if (chosen === undefined || chosen === null || chosen === "") {
      let n = this.sheets.length + 1;
      while (this.sheetByName(`Sheet${n}`)) n++;
      chosen = `Sheet${n}`;
    }
    const problem = sheetNameProblem(chosen);
    if (problem) throw invalidArgument(location, `The sheet name is not valid: ${problem}.`);
    if (this.sheetByName(chosen)) throw itemAlreadyExists(location);
    this.counters.sheet += 1;
    const hex = this.counters.sheet.toString(16).toUpperCase().padStart(4, "0");
    const sheet = new Sheet({ id: `{00000000-0001-0000-${hex}-000000000000}`, name: chosen });
    this.sheets.push(sheet);
    if (this.activeSheet === null) this.activeSheet = sheet;
    return sheet;
  }

  /** @param {Sheet} sheet @param {unknown} name @param {string} location */
  renameSheet(sheet, name, location) {
    if (name === sheet.name) return;
    this.requireStructureEditable(location);
    const problem = sheetNameProblem(name);
    if (problem) throw invalidArgument(location, `The sheet name is not valid: ${problem}.`);
    const other = this.sheetByName(/** @type {string} */ (name));
    if (other && other !== sheet) throw itemAlreadyExists(location);
    sheet.name = /** @type {string} */ (name);
  }

  /** @param {Sheet} sheet @param {string} location */
  deleteSheet(sheet, location) {
    this.requireStructureEditable(location);
    if (this.sheets.filter((s) => s.visibility === "Visible").length <= 1 && sheet.visibility === "Visible") {
      throw invalidOperation(location, "A workbook must contain at least one visible worksheet.");
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.tables = this.tables.filter((t) => t.sheet !== sheet);
    dropSheetFromNames(this, sheet);
    if (this.activeSheet === sheet)
      this.activeSheet = this.sheets.find((s) => s.visibility === "Visible") ?? null;
  }

  /** @param {Sheet} sheet @param {string} location */
  activateSheet(sheet, location) {
    if (sheet.visibility !== "Visible")
      throw invalidOperation(location, "A hidden sheet cannot be activated.");
    this.activeSheet = sheet;
  }

  /** @param {Sheet} sheet @param {unknown} position @param {string} location */
  moveSheet(sheet, position, location) {
    if (
      typeof position !== "number" ||
      !Number.isInteger(position) ||
      position < 0 ||
      position >= this.sheets.length
    )
      throw invalidArgument(location);
    this.requireStructureEditable(location);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(/** @type {number} */ (position), 0, sheet);
  }

  // ---------------------------------------------------------------------------------------------- protection

  /**
   * Throws AccessDenied when the sheet's protection forbids the change.
   * @param {Sheet} sheet @param {Rect | null} r cells touched (for locked/unlocked), or null
   * @param {"contents" | "cells" | "columns" | "rows" | "objects" | "structure"} what @param {string} location
   */
  requireEditable(sheet, r, what, location) {
    const p = sheet.protection;
    if (!p.protected) return;
    const allowed = {
      cells: p.options.allowFormatCells,
      columns: p.options.allowFormatColumns,
      rows: p.options.allowFormatRows,
      objects: p.options.allowEditObjects,
      contents: false,
      structure: false,
    }[what];
    if (allowed) return;
    if ((what === "contents" || what === "cells") && r !== null && this.allUnlocked(sheet, r)) return;
    throw accessDenied(location, `The sheet “${sheet.name}” is protected.`);
  }

  /** @param {Sheet} sheet @param {Rect} r */
  allUnlocked(sheet, r) {
    if (cellCount(r) > this.options.maxCells) return false;
    for (let row = r.row; row < r.row + r.rowCount; row++) {
      for (let column = r.column; column < r.column + r.columnCount; column++) {
        if (sheet.stored(row, column)?.locked !== false) return false;
      }
    }
    return true;
  }

  // -------------------------------------------------------------------------------------------------- tables

  /** @param {string} name */
  tableByName(name) {
    const wanted = String(name).toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === wanted);
  }

  /** @param {string} key id or name */
  tableByKey(key) {
    return byKey(this.tables, key);
  }

  /** Tables of the sheet that intersect (or, with fullyContained, lie inside) the rectangle. */
  tablesOn(sheet, r, fullyContained = false) {
    return this.tables.filter(
      (t) => t.sheet === sheet && (fullyContained ? containsRect(r, t.rect) : intersects(t.rect, r)),
    );
  }

  /**
   * A table over the rectangle (TableCollection.add). The header row's cells become unique text names.
   * @param {Sheet} sheet @param {Rect} r @param {boolean} hasHeaders @param {string} location
   */
  addTable(sheet, r, hasHeaders, location) {
    this.requireEditable(sheet, r, "structure", location);
    if (hasHeaders !== true) throw notImplemented("TableCollection.add with hasHeaders=false");
    if (this.tablesOn(sheet, r).length > 0)
      throw invalidOperation(location, "A table can't overlap another table.");
    if (sheet.mergedIntersecting(r).length > 0) throw excelMerged(location);
    if (sheet.hasSpill(r) !== false) throw invalidOperation(location, "A table can't overlap a spill range.");
    if (r.rowCount < 2 && hasHeaders) {
      // Excel adds an empty data row under a lone header row.
      r = makeRect(r.row, r.column, 2, r.columnCount);
    }
    const seen = new Set();
    for (let c = 0; c < r.columnCount; c++) {
      // A header is the text the cell shows (40% for 0.4 under 0%), Column1… when it shows nothing.
      const shown = textOf(sheet.read(r.row, r.column + c), this.use1904DateSystem);
      let name = shown === "" ? `Column${c + 1}` : shown;
      const base = name;
      for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base}${n}`;
      seen.add(name.toLowerCase());
      const header = sheet.edit(r.row, r.column + c);
      header.value = name;
      delete header.formula;
      delete header.json;
    }
    let n = this.tables.length + 1;
    while (this.tableByName(`Table${n}`)) n++;
    this.counters.table += 1;
    const table = {
      id: String(this.counters.table),
      name: `Table${n}`,
      sheet,
      rect: r,
      style: "TableStyleMedium2",
      showHeaders: true,
      showTotals: false,
      showBandedRows: true,
      showBandedColumns: false,
      highlightFirstColumn: false,
      highlightLastColumn: false,
      showFilterButton: true,
    };
    this.tables.push(table);
    return table;
  }

  /** @param {any} table @param {unknown} name @param {string} location */
  renameTable(table, name, location) {
    const problem = tableNameProblem(name);
    if (problem) throw invalidArgument(location, `The table name is not valid: ${problem}.`);
    const other = this.tableByName(/** @type {string} */ (name));
    if (other && other !== table) throw itemAlreadyExists(location);
    table.name = name;
  }

  /** @param {any} table @param {unknown} style @param {string} location */
  setTableStyle(table, style, location) {
    if (typeof style !== "string" || (style !== "" && !TABLE_STYLE.test(style)))
      throw invalidArgument(location);
    table.style = style;
  }

  /** The table's header names, as read from its header row. @param {any} table */
  tableHeaders(table) {
    return Array.from({ length: table.rect.columnCount }, (_, c) => {
      const v = table.sheet.read(table.rect.row, table.rect.column + c)?.value;
      return v === null || v === undefined ? "" : String(typeof v === "object" ? v.error : v);
    });
  }
}

function excelMerged(location) {
  return excelError("MergedRangeConflict", location);
}
