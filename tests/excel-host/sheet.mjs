/*
 * One worksheet of the workbook model: sparse cells, column widths and row heights, positions in points, merged
 * areas, spills, charts and shapes, protection. Pure data and queries; the checked writes live in workbook.mjs.
 *
 * Geometry: a column is 48 pt wide (8.43 characters of Calibri 11, 64 px) and a row 15 pt high (20 px) unless
 * set; Range.left/top are the sums of the widths/heights before it, as Excel reports them in points.
 */
import { MAX_COLUMNS, cellCount, containsCell, intersects, intersection, rect } from "./a1.mjs";
import { isDefaultCell, isEmptyCell } from "./cells.mjs";

const STANDARD_WIDTH = 48;
const STANDARD_HEIGHT = 15;

export const DEFAULT_PROTECTION_OPTIONS = Object.freeze({
  allowAutoFilter: false,
  allowDeleteColumns: false,
  allowDeleteRows: false,
  allowEditObjects: false,
  allowEditScenarios: false,
  allowFormatCells: false,
  allowFormatColumns: false,
  allowFormatRows: false,
  allowInsertColumns: false,
  allowInsertHyperlinks: false,
  allowInsertRows: false,
  allowPivotTables: false,
  allowSort: false,
  selectionMode: "Normal",
});

/**
 * @typedef {import("./a1.mjs").Rect} Rect
 * @typedef {import("./cells.mjs").Cell} Cell
 * @typedef {{ row: number, column: number, values: import("./cells.mjs").CellValue[][] }} Spill
 *   a dynamic array: its formula is in the anchor cell (row, column); values[0][0] is the anchor's own value
 * @typedef {{ id: string, name: string, top: number, left: number, width: number, height: number }} Drawing
 */

export class Sheet {
  /** @param {{ id: string, name: string }} init */
  constructor({ id, name }) {
    this.id = id;
    this.name = name;
    this.visibility = "Visible";
    this.tabColor = "";
    /** @type {Map<number, Cell>} */
    this.cells = new Map();
    /** @type {Map<number, number>} column → width in points */
    this.columnWidths = new Map();
    /** @type {Map<number, number>} row → height in points */
    this.rowHeights = new Map();
    this.standardWidth = STANDARD_WIDTH;
    this.standardHeight = STANDARD_HEIGHT;
    /** @type {Rect[]} */
    this.merged = [];
    /** @type {Spill[]} */
    this.spills = [];
    /** @type {any[]} */
    this.charts = [];
    /** @type {any[]} */
    this.shapes = [];
    this.protection = { protected: false, options: { ...DEFAULT_PROTECTION_OPTIONS }, password: "" };
    this.activeCell = { row: 0, column: 0 };
    /** @type {Rect} */
    this.selection = rect(0, 0);
    this.drawingCounter = 0;
    /** @type {{ key: string, value: string }[]} Worksheet.customProperties */
    this.customProperties = [];
  }

  /** @param {number} row @param {number} column */
  static key(row, column) {
    return row * MAX_COLUMNS + column;
  }

  /** The row and column of a key of `cells` (the inverse of Sheet.key). @param {number} key */
  static positionOf(key) {
    return { row: Math.floor(key / MAX_COLUMNS), column: key % MAX_COLUMNS };
  }

  /** The stored cell (no spill values). @param {number} row @param {number} column */
  stored(row, column) {
    return this.cells.get(Sheet.key(row, column));
  }

  /** The stored cell, created when absent. @param {number} row @param {number} column */
  edit(row, column) {
    const key = Sheet.key(row, column);
    let cell = this.cells.get(key);
    if (cell === undefined) this.cells.set(key, (cell = {}));
    return cell;
  }

  /** Drops the cell when it holds nothing worth keeping. @param {number} row @param {number} column */
  tidy(row, column) {
    const key = Sheet.key(row, column);
    const cell = this.cells.get(key);
    if (cell !== undefined && isDefaultCell(cell)) this.cells.delete(key);
  }

  /** The spill whose range holds the cell, anchor included. @param {number} row @param {number} column */
  spillAt(row, column) {
    return this.spills.find((s) => containsCell(spillRect(s), row, column));
  }

  /**
   * The cell as Excel shows it: a spilled cell reads its value from the spill (its format stays its own).
   * @param {number} row @param {number} column @returns {Cell | undefined}
   */
  read(row, column) {
    const cell = this.stored(row, column);
    const spill = this.spillAt(row, column);
    if (spill === undefined || (spill.row === row && spill.column === column)) return cell;
    const value = spill.values[row - spill.row][column - spill.column];
    return { ...(cell ?? {}), value: value === "" ? null : value, formula: undefined, json: undefined };
  }

  /**
   * A reader of the cells of a rectangle as Excel shows them (read), which skips the spill lookup when no spill
   * reaches the rectangle: grid reads cost one map lookup per cell.
   * @param {Rect} r @returns {(row: number, column: number) => Cell | undefined}
   */
  reader(r) {
    if (this.spills.some((s) => intersects(spillRect(s), r))) return (row, column) => this.read(row, column);
    return (row, column) => this.cells.get(Sheet.key(row, column));
  }

  /**
   * Calls `each` for the stored cells inside a rectangle, without visiting every position of a large one:
   * the cost is the smaller of the rectangle's area and the sheet's stored cells.
   * @param {Rect} r @param {(row: number, column: number, cell: Cell) => void} each
   */
  forEachStored(r, each) {
    if (cellCount(r) <= this.cells.size * 4) {
      for (let row = r.row; row < r.row + r.rowCount; row++) {
        for (let column = r.column; column < r.column + r.columnCount; column++) {
          const cell = this.cells.get(row * MAX_COLUMNS + column);
          if (cell !== undefined) each(row, column, cell);
        }
      }
      return;
    }
    for (const [key, cell] of [...this.cells]) {
      const row = Math.floor(key / MAX_COLUMNS);
      const column = key - row * MAX_COLUMNS;
      if (containsCell(r, row, column)) each(row, column, cell);
    }
  }

  /**
   * Stored cells inside a rectangle (forEachStored as a list).
   * @param {Rect} r @returns {{ row: number, column: number, cell: Cell }[]}
   */
  storedIn(r) {
    /** @type {{ row: number, column: number, cell: Cell }[]} */
    const found = [];
    this.forEachStored(r, (row, column, cell) => found.push({ row, column, cell }));
    return found;
  }

  /** @param {number} column */
  columnWidth(column) {
    return this.columnWidths.get(column) ?? this.standardWidth;
  }

  /** @param {number} row */
  rowHeight(row) {
    return this.rowHeights.get(row) ?? this.standardHeight;
  }

  /** Points from the sheet's left edge to the column's left edge. @param {number} column */
  left(column) {
    let total = column * this.standardWidth;
    for (const [c, w] of this.columnWidths) if (c < column) total += w - this.standardWidth;
    return total;
  }

  /** Points from the sheet's top edge to the row's top edge. @param {number} row */
  top(row) {
    let total = row * this.standardHeight;
    for (const [r, h] of this.rowHeights) if (r < row) total += h - this.standardHeight;
    return total;
  }

  /** Position and size of a rectangle, in points. @param {Rect} r */
  bounds(r) {
    const left = this.left(r.column);
    const top = this.top(r.row);
    return {
      left,
      top,
      width: this.left(r.column + r.columnCount) - left,
      height: this.top(r.row + r.rowCount) - top,
    };
  }

  /** The merged areas whose top-left cell lies in the rectangle (what Excel reports). @param {Rect} r */
  mergedStartingIn(r) {
    return this.merged.filter((m) => containsCell(r, m.row, m.column));
  }

  /** @param {Rect} r */
  mergedIntersecting(r) {
    return this.merged.filter((m) => intersects(m, r));
  }

  /** true when every cell of the rectangle belongs to a spill, false when none does, null otherwise. @param {Rect} r */
  hasSpill(r) {
    let spilled = 0;
    for (const s of this.spills) {
      const overlap = intersection(spillRect(s), r);
      if (overlap !== null) spilled += cellCount(overlap);
    }
    if (spilled === 0) return false;
    return spilled === cellCount(r) ? true : null;
  }

  /**
   * The bounding rectangle of the used cells (values and formulas, spills included; with valuesOnly false also
   * formatted cells), or null on an empty sheet.
   * @param {boolean} valuesOnly
   */
  usedRect(valuesOnly) {
    let top = Infinity,
      left = Infinity,
      bottom = -1,
      right = -1;
    const take = (row, column, rows = 1, columns = 1) => {
      top = Math.min(top, row);
      left = Math.min(left, column);
      bottom = Math.max(bottom, row + rows - 1);
      right = Math.max(right, column + columns - 1);
    };
    for (const [key, cell] of this.cells) {
      if (valuesOnly && isEmptyCell(cell)) continue;
      const row = Math.floor(key / MAX_COLUMNS);
      const column = key - row * MAX_COLUMNS;
      if (row < top) top = row;
      if (row > bottom) bottom = row;
      if (column < left) left = column;
      if (column > right) right = column;
    }
    for (const s of this.spills) {
      const r = spillRect(s);
      take(r.row, r.column, r.rowCount, r.columnCount);
    }
    return bottom < 0 ? null : rect(top, left, bottom - top + 1, right - left + 1);
  }

  /** The name for a new drawing object: "Chart 3", "Rectangle 4" (one counter per sheet, as Excel). @param {string} prefix */
  nextDrawingName(prefix) {
    const taken = new Set([...this.charts, ...this.shapes].map((d) => d.name.toLowerCase()));
    let name;
    do name = `${prefix} ${++this.drawingCounter}`;
    while (taken.has(name.toLowerCase()));
    return name;
  }
}

/** The rectangle a spill covers, anchor included. @param {Spill} s */
export function spillRect(s) {
  return rect(s.row, s.column, s.values.length, s.values[0]?.length ?? 1);
}
