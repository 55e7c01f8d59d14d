/*
 * Cells grouped into as few rectangles as simply found, so that writing thousands of cells is a handful of
 * grid assignments rather than one call per cell: runs of adjacent cells in a row, then runs of equal span in
 * consecutive rows stacked. Pure.
 */
import type { CellRect } from "../a1";

export interface Positioned {
  readonly row: number;
  readonly column: number;
}

/** A rectangle and the grid of its members (every cell of the rectangle is one). */
export interface CellBlock<T extends Positioned> {
  readonly rect: CellRect;
  readonly grid: readonly (readonly T[])[];
}

/**
 * Groups cells (one sheet's) into rectangles: every cell in exactly one, no rectangle holding a cell that is
 * not given. Cells given twice count once (the last wins).
 */
export function cellBlocks<T extends Positioned>(cells: readonly T[]): CellBlock<T>[] {
  const byPosition = new Map<string, T>();
  for (const cell of cells) byPosition.set(`${cell.row}:${cell.column}`, cell);
  const sorted = [...byPosition.values()].sort((a, b) => a.row - b.row || a.column - b.column);
  // Runs: adjacent cells of one row.
  const runs: { row: number; column: number; cells: T[] }[] = [];
  for (const cell of sorted) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.row === cell.row && last.column + last.cells.length === cell.column) {
      last.cells.push(cell);
    } else runs.push({ row: cell.row, column: cell.column, cells: [cell] });
  }
  // Stack a run onto an open block of the same span that ends on the row above.
  const blocks: {
    rect: { row: number; column: number; rowCount: number; columnCount: number };
    grid: T[][];
  }[] = [];
  const open = new Map<string, (typeof blocks)[number]>();
  for (const run of runs) {
    const key = `${run.column}:${run.cells.length}`;
    const block = open.get(key);
    if (block !== undefined && block.rect.row + block.rect.rowCount === run.row) {
      block.rect.rowCount += 1;
      block.grid.push(run.cells);
    } else {
      const fresh = {
        rect: { row: run.row, column: run.column, rowCount: 1, columnCount: run.cells.length },
        grid: [run.cells],
      };
      blocks.push(fresh);
      open.set(key, fresh);
    }
  }
  return blocks;
}

/** Items grouped by a key, in the order first met (linear: thousands of cells per sheet). */
export function groupBy<K, T>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [item]);
    else group.push(item);
  }
  return groups;
}
