/*
 * Functions over ranges, the way Excel's own functions behave in dynamic-array Excel: a range given where one
 * value is expected gives one result per cell. Excel hands a range to a custom function as a 2-D array; this
 * maps a per-cell function over the arguments with Excel's broadcasting: a single value (or a 1-wide side)
 * stretches over the other ranges, ranges of the same shape go cell by cell, and a cell outside a smaller
 * range gets `outside` (the caller's #N/A), as Excel does. Pure: the caller turns failures into Excel errors.
 */

/** A range's rows, or null for a single value (a 1×1 range counts as a range: Excel passes those). */
function rowsOf(arg: unknown): readonly unknown[][] | null {
  return Array.isArray(arg) && arg.length > 0 && Array.isArray(arg[0]) ? (arg as unknown[][]) : null;
}

/**
 * cell(...values) for every cell of the broadcast shape, or null when no argument is a range (the caller then
 * answers the single values as they are). `outside()` answers a cell that one of the ranges does not reach.
 */
export function lift<T>(
  args: readonly unknown[],
  cell: (...values: unknown[]) => T,
  outside: () => T,
): T[][] | null {
  let rows = 0;
  let cols = 0;
  for (const arg of args) {
    const grid = rowsOf(arg);
    if (grid !== null) {
      rows = Math.max(rows, grid.length);
      cols = Math.max(cols, grid[0].length);
    }
  }
  if (rows === 0) return null;
  const result: T[][] = [];
  const values: unknown[] = [];
  for (let r = 0; r < rows; r++) {
    const line: T[] = [];
    for (let c = 0; c < cols; c++) {
      let reached = true;
      for (let i = 0; i < args.length; i++) {
        const grid = rowsOf(args[i]);
        if (grid === null) {
          values[i] = args[i];
          continue;
        }
        // A side of 1 stretches; a longer side that stops short leaves the cells beyond it unreached.
        const row = grid.length === 1 ? grid[0] : grid[r];
        const at = row === undefined ? -1 : row.length === 1 ? 0 : c;
        if (row === undefined || at >= row.length) reached = false;
        else values[i] = row[at];
      }
      line.push(reached ? cell(...values) : outside());
    }
    result.push(line);
  }
  return result;
}
