import { invalid, succeed, type Result } from "./result";

/**
 * Turns whatever Excel hands a custom function (text, a number, TRUE/FALSE, an empty cell, a 1×1 or larger
 * range, an error) into text, or into a failure saying what was received and what is expected.
 * Returns null for an omitted argument or an empty cell.
 */
export function argumentText(value: unknown, expected: string): Result<string | null> {
  let cell = value;
  // A single-cell range arrives as [[x]]; anything larger cannot be one name.
  if (Array.isArray(cell)) {
    const rows = cell.length;
    const first: unknown = rows > 0 ? cell[0] : undefined;
    const cols = Array.isArray(first) ? first.length : 1;
    if (rows === 1 && cols === 1 && Array.isArray(first)) {
      cell = first[0];
    } else if (rows === 0 || cols === 0) {
      return succeed(null);
    } else {
      return invalid(`Expected ${expected} in a single cell, but received a range of ${rows}×${cols} cells.`);
    }
  }
  if (cell === null || cell === undefined) return succeed(null);
  if (typeof cell === "string") return succeed(cell.trim().length === 0 ? null : cell);
  if (typeof cell === "number") {
    return invalid(`Expected ${expected} as text, but received the number ${formatNumber(cell)}.`);
  }
  if (typeof cell === "boolean") {
    return invalid(`Expected ${expected} as text, but received ${cell ? "TRUE" : "FALSE"}.`);
  }
  return invalid(`Expected ${expected} as text, but received an error or an object.`);
}

function formatNumber(value: number): string {
  return Number.isFinite(value) ? String(value) : "that is not finite";
}
