/*
 * Functions over ranges, the way Excel's own functions behave in dynamic-array Excel: a range given where one
 * value is expected gives one result per cell. Excel hands a range to a custom function as a 2-D array; this
 * maps a per-cell function over the arguments with Excel's broadcasting: a single value (or a 1-wide side)
 * stretches over the other ranges, ranges of the same shape go cell by cell, and a cell outside a smaller
 * range gets `outside` (the caller's #N/A), as Excel does. Pure: the caller turns failures into Excel errors.
 */

// Held once: a global looked up on every call is slow where functions run in a sandboxed global (Node's vm).
export const isArray = Array.isArray;

/**
 * A range's rows, or null for a single value (a 1×1 range counts as a range: Excel passes those). A range
 * without cells is no range: the caller's argument check answers it as it answers an empty cell.
 */
const rowsOf = (arg: unknown): readonly (readonly unknown[])[] | null =>
  isArray(arg) && isArray(arg[0]) && arg[0].length > 0 ? (arg as unknown[][]) : null;

/**
 * cell(...values) for every cell of the broadcast shape, or null when no argument is a range (the caller then
 * answers the single values as they are). `outside()` answers a cell that one of the ranges does not reach.
 */
export function lift<T>(
  args: readonly unknown[],
  cell: (...values: unknown[]) => T,
  outside: () => T,
): T[][] | null {
  const grids = args.map(rowsOf);
  let rows = 0;
  let cols = 0;
  for (const grid of grids)
    if (grid !== null) {
      rows = Math.max(rows, grid.length);
      cols = Math.max(cols, grid[0].length);
    }
  if (rows === 0) return null;
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => {
      let reached = true;
      const values = grids.map((grid, i) => {
        if (grid === null) return args[i];
        // A side of 1 stretches; a longer side that stops short leaves the cells beyond it unreached.
        const row: readonly unknown[] | undefined = grid[grid.length === 1 ? 0 : r];
        const at = row?.length === 1 ? 0 : c;
        if (row === undefined || at >= row.length) reached = false;
        return row?.[at];
      });
      return reached ? cell(...values) : outside();
    }),
  );
}
