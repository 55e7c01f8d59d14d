import { messages, type Expected } from "./i18n/messages";
import { invalid, succeed, type Result } from "./result";

/**
 * The longest text any argument can usefully hold: every name, code, id, field and topic is shorter. Longer
 * text is refused before it is folded, scanned or cached, so a 32,767-character cell costs no more than a
 * short one.
 */
export const MAX_NAME_LENGTH = 64;

/**
 * Turns whatever Excel hands a custom function (text, a number, TRUE/FALSE, an empty cell, a 1×1 or larger
 * range, an error) into text, or into a failure saying what was received and what is expected.
 * Returns null for an omitted argument or an empty cell.
 */
export function argumentText(value: unknown, expected: Expected): Result<string | null> {
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
      return invalid(messages().rangeReceived(expected, rows, cols));
    }
  }
  if (cell === null || cell === undefined) return succeed(null);
  if (typeof cell === "string") {
    // Only the ends are trimmed: the length is checked before anything looks at every character.
    const trimmed = cell.length > MAX_NAME_LENGTH ? cell.trim() : cell;
    if (trimmed.length > MAX_NAME_LENGTH) {
      return invalid(messages().tooLong(expected, MAX_NAME_LENGTH, trimmed.length));
    }
    // What is returned is never longer than MAX_NAME_LENGTH, so caches keyed by it stay small.
    return succeed(trimmed.trim().length === 0 ? null : trimmed);
  }
  if (typeof cell === "number") {
    return invalid(messages().numberReceived(expected, cell));
  }
  if (typeof cell === "boolean") {
    return invalid(messages().booleanReceived(expected, cell));
  }
  return invalid(messages().errorReceived(expected));
}
