/*
 * A1 addresses, in plain TypeScript: the adapter learns the target's address in its first sync and computes
 * every other address (header, body, source line, chart corners) from it, without asking Excel again.
 */

/** A rectangle of cells, zero-based. */
export interface CellRect {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** "A", "B", … "Z", "AA", … "XFD" for a zero-based column index. */
export function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

export function columnIndex(name: string): number {
  let index = 0;
  for (const letter of name.toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

export function cellAddress(row: number, column: number): string {
  return `${columnName(column)}${row + 1}`;
}

/** "B3" for one cell, "B3:I20" otherwise; no sheet name. */
export function rectAddress(rect: CellRect): string {
  const first = cellAddress(rect.row, rect.column);
  if (rect.rowCount === 1 && rect.columnCount === 1) return first;
  return `${first}:${cellAddress(rect.row + rect.rowCount - 1, rect.column + rect.columnCount - 1)}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

function parseCell(text: string): { row: number; column: number } | null {
  const match = CELL.exec(text.trim());
  return match === null ? null : { row: Number(match[2]) - 1, column: columnIndex(match[1]) };
}

/** Splits "Sheet1!B3:C4" or "'My sheet'!$B$3" into the sheet name (unquoted) and the cell part. */
export function splitSheet(address: string): { sheet: string | null; cells: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, cells: address.trim() };
  const rawSheet = address.slice(0, bang).trim();
  const sheet =
    rawSheet.startsWith("'") && rawSheet.endsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  return { sheet, cells: address.slice(bang + 1).trim() };
}

/** The rectangle of an address such as "Sheet1!$B$3:$I$20" or "B3"; null when it is not a cell range. */
export function parseRect(address: string): CellRect | null {
  const { cells } = splitSheet(address);
  const [first, last = first] = cells.split(":");
  const a = parseCell(first);
  const b = parseCell(last);
  if (a === null || b === null) return null;
  const row = Math.min(a.row, b.row);
  const column = Math.min(a.column, b.column);
  return {
    row,
    column,
    rowCount: Math.abs(b.row - a.row) + 1,
    columnCount: Math.abs(b.column - a.column) + 1,
  };
}

/**
 * The rectangles of a RangeAreas address such as "Sheet1!A1:B2, Sheet1!D4:E5" (quoted sheet names may hold
 * commas, so areas are found by their cell part rather than by splitting on commas).
 */
export function parseAreas(address: string): CellRect[] {
  const areas: CellRect[] = [];
  const pattern = /(?:^|!|,)\s*(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)\s*(?=,|$)/g;
  for (const match of address.matchAll(pattern)) {
    const rect = parseRect(match[1]);
    if (rect !== null) areas.push(rect);
  }
  return areas;
}

export function intersects(a: CellRect, b: CellRect): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.column < b.column + b.columnCount &&
    b.column < a.column + a.columnCount
  );
}

/** The address without its sheet name and $ signs, as a user reads it: "B3:I20". */
export function displayAddress(address: string): string {
  return splitSheet(address).cells.replace(/\$/g, "");
}
