/*
 * Excel's getMergedAreasOrNullObject reports only areas whose top-left cell lies in the range asked about,
 * and fails above 512 areas. So the guard asks about everything from A1 to the target's far corner; where
 * that holds more than 512 areas, it asks again in tiles small enough that none can: a tile of at most 512
 * cells holds at most 512 top-left cells. Pure.
 */
import type { CellRect } from "./a1";

/** Excel's limit on the merged areas one query returns. */
export const MERGED_AREAS_PER_QUERY = 512;

/** The most tiles one check asks about (about 260,000 cells above and left of the target). */
export const MAX_MERGED_TILES = 512;

/**
 * Tiles covering `region` exactly, each of at most `maxCells` cells: bands of whole rows of the region, or,
 * where one row is wider than `maxCells`, pieces of rows. Null when more than `maxTiles` would be needed.
 */
export function tiles(
  region: CellRect,
  maxCells = MERGED_AREAS_PER_QUERY,
  maxTiles = MAX_MERGED_TILES,
): CellRect[] | null {
  const width = Math.min(region.columnCount, maxCells);
  const height = Math.max(1, Math.floor(maxCells / width));
  const across = Math.ceil(region.columnCount / width);
  const down = Math.ceil(region.rowCount / height);
  if (across * down > maxTiles) return null;
  const result: CellRect[] = [];
  for (let r = 0; r < down; r++) {
    for (let c = 0; c < across; c++) {
      const row = region.row + r * height;
      const column = region.column + c * width;
      result.push({
        row,
        column,
        rowCount: Math.min(height, region.row + region.rowCount - row),
        columnCount: Math.min(width, region.column + region.columnCount - column),
      });
    }
  }
  return result;
}
