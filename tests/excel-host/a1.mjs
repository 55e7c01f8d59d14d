/*
 * A1 addresses and cell rectangles for the workbook host: parsing what the Excel client sends ("B2:D9",
 * "$A$1", "A:C", "2:5", "'My sheet'!B2") and formatting what Excel returns ("Sheet1!B2:D9",
 * "'My sheet'!A:C", "Sheet1!A1:B2, Sheet1!D4:E5"). Zero-based rows and columns.
 */

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/**
 * @typedef {{ row: number, column: number, rowCount: number, columnCount: number }} Rect
 * A rectangle of cells, zero-based.
 */

/** "A" … "XFD" for a zero-based column index. @param {number} index */
export function columnName(index) {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/** Zero-based index of a column name ("A" → 0). @param {string} name */
export function columnIndex(name) {
  let index = 0;
  for (const letter of name.toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

/** @param {number} row @param {number} column */
export function cellAddress(row, column) {
  return `${columnName(column)}${row + 1}`;
}

/** @param {number} row @param {number} column @param {number} [rowCount] @param {number} [columnCount] */
export function rect(row, column, rowCount = 1, columnCount = 1) {
  return { row, column, rowCount, columnCount };
}

/** @param {Rect} r */
export const isEntireColumns = (r) => r.row === 0 && r.rowCount === MAX_ROWS;
/** @param {Rect} r */
export const isEntireRows = (r) => r.column === 0 && r.columnCount === MAX_COLUMNS;

/** Whether the rectangle lies inside the sheet (1,048,576 rows × 16,384 columns). @param {Rect} r */
export function onSheet(r) {
  return (
    Number.isInteger(r.row) &&
    Number.isInteger(r.column) &&
    r.row >= 0 &&
    r.column >= 0 &&
    r.rowCount >= 1 &&
    r.columnCount >= 1 &&
    r.row + r.rowCount <= MAX_ROWS &&
    r.column + r.columnCount <= MAX_COLUMNS
  );
}

/**
 * "B3", "B3:I20", "A:C" or "2:5" (no sheet); absolute: "$B$3", "$B$3:$I$20", "$A:$C", "$2:$5".
 * @param {Rect} r @param {boolean} [absolute]
 */
export function rectAddress(r, absolute = false) {
  const $ = absolute ? "$" : "";
  const column = (c) => `${$}${columnName(c)}`;
  const row = (n) => `${$}${n + 1}`;
  if (isEntireColumns(r) && !isEntireRows(r))
    return `${column(r.column)}:${column(r.column + r.columnCount - 1)}`;
  if (isEntireRows(r) && !isEntireColumns(r)) return `${row(r.row)}:${row(r.row + r.rowCount - 1)}`;
  const first = `${column(r.column)}${row(r.row)}`;
  if (r.rowCount === 1 && r.columnCount === 1) return first;
  return `${first}:${column(r.column + r.columnCount - 1)}${row(r.row + r.rowCount - 1)}`;
}

/** A sheet name as Excel writes it in an address: quoted when it is not a plain identifier. @param {string} name */
export function quoteSheetName(name) {
  const plain = /^[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*$/.test(name);
  const looksLikeReference = /^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name);
  return plain && !looksLikeReference ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "Sheet1!B3:I20". @param {string} sheetName @param {Rect} r */
export function sheetAddress(sheetName, r) {
  return `${quoteSheetName(sheetName)}!${rectAddress(r)}`;
}

/** Splits "'My sheet'!B3" into the unquoted sheet name and the cell part. @param {string} address */
export function splitSheet(address) {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, cells: address.trim() };
  const raw = address.slice(0, bang).trim();
  const sheet = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, cells: address.slice(bang + 1).trim() };
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d+)$/;

/**
 * The rectangle of one area ("B3", "B3:C4", "A:C", "2:5", "$A$1"), or null when it is not an address or lies
 * beyond XFD1048576.
 * @param {string} cells
 * @returns {Rect | null}
 */
export function parseRect(cells) {
  const parts = cells.trim().split(":");
  if (parts.length > 2 || parts.some((p) => p.trim() === "")) return null;
  const [a, b = a] = parts.map((p) => p.trim());
  let result = null;
  const ca = CELL.exec(a);
  const cb = CELL.exec(b);
  if (ca && cb) {
    const r1 = Number(ca[2]) - 1;
    const r2 = Number(cb[2]) - 1;
    const c1 = columnIndex(ca[1]);
    const c2 = columnIndex(cb[1]);
    result = rect(Math.min(r1, r2), Math.min(c1, c2), Math.abs(r2 - r1) + 1, Math.abs(c2 - c1) + 1);
  } else if (parts.length === 2 && COLUMN.test(a) && COLUMN.test(b)) {
    const c1 = columnIndex(a.replace("$", ""));
    const c2 = columnIndex(b.replace("$", ""));
    result = rect(0, Math.min(c1, c2), MAX_ROWS, Math.abs(c2 - c1) + 1);
  } else if (parts.length === 2 && ROW.test(a) && ROW.test(b)) {
    const r1 = Number(a.replace("$", "")) - 1;
    const r2 = Number(b.replace("$", "")) - 1;
    result = rect(Math.min(r1, r2), 0, Math.abs(r2 - r1) + 1, MAX_COLUMNS);
  }
  return result !== null && onSheet(result) ? result : null;
}

/**
 * The rectangle of an address as parseRect reads it, or an Error naming it.
 * @param {unknown} address @param {string} [what] how the error names it @returns {Rect}
 */
export function rectOf(address, what = "address") {
  const r = parseRect(String(address));
  if (r === null) throw new Error(`Bad ${what}: ${address}`);
  return r;
}

/**
 * "Sheet1!A1:B2, Sheet1!D4:E5" or "A1:B2,D4" into its areas (sheet names as given, null when absent).
 * @param {string} address
 * @returns {{ sheet: string | null, rect: Rect }[] | null}
 */
export function parseAreas(address) {
  const areas = [];
  let rest = address.trim();
  while (rest !== "") {
    // A quoted sheet name may hold commas: skip over it before looking for the separator.
    let start = 0;
    if (rest.startsWith("'")) {
      let i = 1;
      while (i < rest.length && !(rest[i] === "'" && rest[i + 1] !== "'")) i += rest[i] === "'" ? 2 : 1;
      start = i + 1;
    }
    const comma = rest.indexOf(",", start);
    const part = comma < 0 ? rest : rest.slice(0, comma);
    const { sheet, cells } = splitSheet(part);
    const r = parseRect(cells);
    if (r === null) return null;
    areas.push({ sheet, rect: r });
    rest = comma < 0 ? "" : rest.slice(comma + 1).trim();
  }
  return areas;
}

/** @param {Rect} a @param {Rect} b */
export function intersects(a, b) {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.column < b.column + b.columnCount &&
    b.column < a.column + a.columnCount
  );
}

/** @param {Rect} outer @param {Rect} inner */
export function containsRect(outer, inner) {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.rowCount <= outer.row + outer.rowCount &&
    inner.column + inner.columnCount <= outer.column + outer.columnCount
  );
}

/** @param {Rect} r @param {number} row @param {number} column */
export function containsCell(r, row, column) {
  return row >= r.row && row < r.row + r.rowCount && column >= r.column && column < r.column + r.columnCount;
}

/** @param {Rect} a @param {Rect} b @returns {Rect | null} */
export function intersection(a, b) {
  if (!intersects(a, b)) return null;
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  return rect(
    row,
    column,
    Math.min(a.row + a.rowCount, b.row + b.rowCount) - row,
    Math.min(a.column + a.columnCount, b.column + b.columnCount) - column,
  );
}

/** @param {Rect} a @param {Rect} b */
export function boundingRect(a, b) {
  const row = Math.min(a.row, b.row);
  const column = Math.min(a.column, b.column);
  return rect(
    row,
    column,
    Math.max(a.row + a.rowCount, b.row + b.rowCount) - row,
    Math.max(a.column + a.columnCount, b.column + b.columnCount) - column,
  );
}

/** @param {Rect} r */
export const cellCount = (r) => r.rowCount * r.columnCount;
