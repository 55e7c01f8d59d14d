import { cellAddress, type CellRect } from "../../src/excel/a1";
import { MAX_MERGED_TILES, MERGED_AREAS_PER_QUERY, tiles } from "../../src/excel/tiles";

const cells = (r: CellRect) => r.rowCount * r.columnCount;

/** Every cell of the region in exactly one tile. */
function coverage(parts: readonly CellRect[]): Map<string, number> {
  const seen = new Map<string, number>();
  for (const t of parts) {
    for (let row = t.row; row < t.row + t.rowCount; row++) {
      for (let column = t.column; column < t.column + t.columnCount; column++) {
        const key = cellAddress(row, column);
        seen.set(key, (seen.get(key) ?? 0) + 1);
      }
    }
  }
  return seen;
}

describe("tiles for the merged-area check", () => {
  test.each<[string, CellRect]>([
    ["A1:K1322 (a table at D1250)", { row: 0, column: 0, rowCount: 1322, columnCount: 11 }],
    ["one cell", { row: 0, column: 0, rowCount: 1, columnCount: 1 }],
    ["a row wider than a tile", { row: 4, column: 0, rowCount: 3, columnCount: 1300 }],
    ["a tall narrow band", { row: 0, column: 3, rowCount: 5000, columnCount: 1 }],
  ])("%s: every cell covered once, no tile over 512 cells", (_name, region) => {
    const parts = tiles(region);
    expect(parts).not.toBeNull();
    for (const t of parts ?? []) expect(cells(t)).toBeLessThanOrEqual(MERGED_AREAS_PER_QUERY);
    const seen = coverage(parts ?? []);
    expect(seen.size).toBe(cells(region));
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
  });

  test("too large a region gives null rather than an unbounded request", () => {
    const huge = { row: 0, column: 0, rowCount: 100_000, columnCount: 11 };
    expect(tiles(huge)).toBeNull();
    const largest = { row: 0, column: 0, rowCount: 512 * MAX_MERGED_TILES, columnCount: 1 };
    expect(tiles(largest)).toHaveLength(MAX_MERGED_TILES);
  });
});
