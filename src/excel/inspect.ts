/*
 * The check before writing at the active cell, on Office.js: queue every load the guard needs for one sync,
 * then read them into a plain Inspection. Merged areas are asked about from A1 to the target's far corner
 * (Excel reports an area only where its top-left cell lies in the range asked about); where that holds more
 * than Excel's 512, the check asks again in tiles once the target's address is known.
 */
import { intersects, parseAreas, parseRect, rectAddress, type CellRect } from "./a1";
import { excelErrorLocation } from "./errors";
import type { Drawing, Inspection, PointRect } from "./guard";
import type { InsertPlan } from "./plans";
import { tiles } from "./tiles";

/** The loads of one check, queued in one batch; read them only after the sync (with the functions below). */
export interface QueuedCheck {
  readonly sheet: Excel.Worksheet;
  readonly range: Excel.Range;
  readonly protection: Excel.WorksheetProtection;
  readonly overlapping: Excel.TableScopedCollection;
  readonly charts: Excel.ChartCollection;
  readonly shapes: Excel.ShapeCollection;
  readonly chartArea: Excel.Range | null;
  /** How many notes the sheet holds (ExcelApi 1.18), or null where Excel has no notes API. */
  readonly noteCount: OfficeExtension.ClientResult<number> | null;
  readonly merged: Excel.RangeAreas;
}

function frameOf(item: { left: number; top: number; width: number; height: number }): PointRect {
  return { left: item.left, top: item.top, width: item.width, height: item.height };
}

/** Queues the check of the block `plan` would write at the active cell (and of its chart's area). */
export function queueCheck(context: Excel.RequestContext, plan: InsertPlan, withNotes: boolean): QueuedCheck {
  const workbook = context.workbook;
  const cell = workbook.getActiveCell();
  // The active cell is on the active worksheet.
  const sheet = workbook.worksheets.getActiveWorksheet();
  const range = cell.getResizedRange(plan.rowCount - 1, plan.columnCount - 1);
  range.load("address, formulas, numberFormat, hasSpill, left, top, width, height");
  sheet.load("name");
  const chartArea =
    plan.chart === null
      ? null
      : cell
          .getOffsetRange(plan.chart.rowOffset, plan.chart.columnOffset)
          .getResizedRange(plan.chart.rowCount - 1, plan.chart.columnCount - 1)
          .load("address, formulas, left, top, width, height");
  return {
    sheet,
    range,
    protection: sheet.protection.load("protected"),
    overlapping: range.getTables(false).load("items/name"),
    charts: sheet.charts.load("items/name, items/left, items/top, items/width, items/height"),
    shapes: sheet.shapes.load("items/name, items/left, items/top, items/width, items/height"),
    chartArea,
    noteCount: withNotes ? sheet.notes.getCount() : null,
    // Queued last: where it exceeds Excel's limit, the loads above are still answered.
    merged: range.getBoundingRect("A1").getMergedAreasOrNullObject().load("address"),
  };
}

/** After the sync: the target's rectangle. */
export function checkedTarget(check: QueuedCheck): CellRect {
  const rect = parseRect(check.range.address);
  if (rect === null) throw new Error(`Unexpected target address ${check.range.address}`);
  return rect;
}

/** After a successful sync: the merged areas over A1 to the far corner that reach into the target. */
export function checkedMergedAreas(check: QueuedCheck): CellRect[] {
  const rect = checkedTarget(check);
  return check.merged.isNullObject
    ? []
    : parseAreas(check.merged.address).filter((area) => intersects(area, rect));
}

/** After the sync: everything the guard needs, with the merged areas found. */
export function checkedInspection(
  check: QueuedCheck,
  mergedAreas: readonly CellRect[],
  noteCells: readonly CellRect[],
): Inspection {
  const { range, chartArea } = check;
  const drawings: Drawing[] = [
    ...check.charts.items.map((c) => ({ kind: "chart" as const, name: c.name, frame: frameOf(c) })),
    ...check.shapes.items.map((s) => ({ kind: "shape" as const, name: s.name, frame: frameOf(s) })),
  ];
  return {
    address: range.address,
    formulas: range.formulas,
    numberFormats: range.numberFormat,
    noteCells,
    hasSpill: range.hasSpill,
    sheetName: check.sheet.name,
    sheetProtected: check.protection.protected,
    tableNames: check.overlapping.items.map((t) => t.name),
    mergedAreas,
    chartArea: chartArea === null ? null : { address: chartArea.address, formulas: chartArea.formulas },
    blockFrame: frameOf(range),
    chartFrame: chartArea === null ? null : frameOf(chartArea),
    drawings,
  };
}

/** Whether an error is Excel refusing to list more than 512 merged areas. */
export function isMergedAreaLimit(error: unknown): boolean {
  return /getMergedAreas/i.test(excelErrorLocation(error) ?? "");
}

/** The merged-area queries, tile by tile, over A1 to the target's far corner; null when too many tiles. */
export function queueMergedTiles(sheet: Excel.Worksheet, target: CellRect): { read(): CellRect[] } | null {
  const region = {
    row: 0,
    column: 0,
    rowCount: target.row + target.rowCount,
    columnCount: target.column + target.columnCount,
  };
  const parts = tiles(region);
  if (parts === null) return null;
  const queries = parts.map((tile) =>
    sheet.getRange(rectAddress(tile)).getMergedAreasOrNullObject().load("address"),
  );
  return {
    read: () =>
      queries
        .filter((q) => !q.isNullObject)
        .flatMap((q) => parseAreas(q.address))
        .filter((area) => intersects(area, target)),
  };
}

/**
 * Where the sheet's notes are, once the check found some: a note tells its cell only through getLocation, so
 * this asks once per note, in one more sync (none where the sheet has no note). Null when there are none.
 */
export function queueNoteLocations(check: QueuedCheck): { read(): CellRect[] } | null {
  const count = check.noteCount?.value ?? 0;
  if (count === 0) return null;
  const locations = Array.from({ length: count }, (_, i) =>
    check.sheet.notes.getItemAt(i).getLocation().load("address"),
  );
  return {
    read: () =>
      locations.flatMap((l) => parseAreas(l.address)).filter((a) => intersects(a, checkedTarget(check))),
  };
}
