/*
 * Runs one plan as one Excel.run with at most two context.sync() calls, whatever the number of rows:
 *   1. load what the guard needs (target cells' formulas, spill state, tables and merged areas over the
 *      target, sheet protection; for a new sheet, the existing sheet names) and sync;
 *   2. either queue every write and sync once more, or write nothing and return the guard's refusal.
 * Requirement sets (ExcelApi): the guard needs Workbook.getActiveCell (1.7), Range.getTables (1.9),
 * Range.hasSpill (1.12, true/null when all/some cells belong to a spill; getSpillParentOrNullObject takes one
 * cell only) and Range.getMergedAreasOrNullObject (1.13); Range.getResizedRange, autofitColumns and
 * Worksheet.protection are 1.2, WorkbookProtection and ChartAxis.reversePlotOrder 1.7, the chart's axis and
 * data-label number formats 1.8; the rest (getBoundingRect, getOffsetRange, worksheets.add, tables.add,
 * charts.add, setPosition) 1.1. Without 1.13 only the new-sheet target is offered.
 */
import { intersects, parseAreas, parseRect, rectAddress, type CellRect } from "./a1";
import { refuse, type InsertOutcome, type InsertTarget } from "./contract";
import type { ExcelRun } from "./countingRun";
import { REQUIRED_API, refusalFromError, type Phase } from "./errors";
import { guard } from "./guard";
import type { InsertPlan } from "./plans";
import { uniqueSheetName } from "./names";

function names(collection: { items: readonly { name: string }[] } | null): string[] {
  return collection === null ? [] : collection.items.map((item) => item.name);
}

function located(sheetName: string, rect: CellRect): string {
  return `${rectAddress(rect)} on “${sheetName}”`;
}

export function defaultRun<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run(batch);
}

/** Whether this Excel has the APIs the guard needs; when Office cannot tell, Excel itself decides. */
export function defaultSupportsGuard(): boolean {
  try {
    return Office.context.requirements.isSetSupported(REQUIRED_API.name, REQUIRED_API.version);
  } catch {
    return true;
  }
}

export async function execute(
  run: ExcelRun,
  supportsGuard: () => boolean,
  plan: InsertPlan,
  target: InsertTarget,
): Promise<InsertOutcome> {
  if (target === "active-cell" && !supportsGuard()) {
    return refuse(
      "excel-error",
      `Inserting at the selected cell needs ${REQUIRED_API.name} ${REQUIRED_API.version} (Microsoft 365, Office 2021 or later, or Excel on the web) to check the cells first. Insert on a new sheet instead.`,
      ["new-sheet"],
    );
  }
  let phase: Phase = "check";
  let where = "the sheet";
  try {
    return await run(async (context) => {
      const workbook = context.workbook;
      const tables = plan.addsTable ? workbook.tables.load("items/name") : null;

      if (target === "new-sheet") {
        const sheets = workbook.worksheets.load("items/name");
        const protection = workbook.protection.load("protected");
        await context.sync();
        if (protection.protected) {
          return refuse(
            "protected",
            "The workbook’s structure is protected, so no sheet can be added and nothing was inserted. Pick a cell on an existing sheet instead.",
            ["pick-another-cell"],
          );
        }
        const sheetName = uniqueSheetName(plan.sheetName, names(sheets));
        const sheet = workbook.worksheets.add(sheetName);
        const rect = { row: 0, column: 0, rowCount: plan.rowCount, columnCount: plan.columnCount };
        where = located(sheetName, rect);
        phase = "write";
        const done = plan.write({ sheet, sheetName, row: 0, column: 0, tableNames: names(tables) });
        sheet.activate();
        await context.sync();
        return {
          ok: true,
          address: `${sheetName}!${rectAddress(rect)}`,
          message: `${done} at ${where} (new sheet).`,
        };
      }

      const cell = workbook.getActiveCell();
      // The active cell is on the active worksheet.
      const sheet = workbook.worksheets.getActiveWorksheet();
      const range = cell.getResizedRange(plan.rowCount - 1, plan.columnCount - 1);
      range.load("address, formulas, hasSpill");
      sheet.load("name");
      const protection = sheet.protection.load("protected");
      const overlapping = range.getTables(false).load("items/name");
      // Merged areas are reported only where their top-left cell lies in the range asked about, so ask about
      // everything from A1 to the target's far corner, then keep the areas that reach into the target.
      const merged = range.getBoundingRect("A1").getMergedAreasOrNullObject().load("address");
      const chartArea =
        plan.chart === null
          ? null
          : cell
              .getOffsetRange(0, plan.columnCount + plan.chart.gap)
              .getResizedRange(plan.chart.rowCount - 1, plan.chart.columnCount - 1)
              .load("address, formulas");
      await context.sync();

      const rect = parseRect(range.address);
      if (rect === null) throw new Error(`Unexpected target address ${range.address}`);
      const refusal = guard(plan, {
        address: range.address,
        formulas: range.formulas,
        hasSpill: range.hasSpill,
        sheetName: sheet.name,
        sheetProtected: protection.protected,
        tableNames: names(overlapping),
        mergedAreas: merged.isNullObject
          ? []
          : parseAreas(merged.address).filter((area) => intersects(area, rect)),
        chartArea: chartArea === null ? null : { address: chartArea.address, formulas: chartArea.formulas },
      });
      if (refusal !== null) return refusal;

      where = located(sheet.name, rect);
      phase = "write";
      const done = plan.write({
        sheet,
        sheetName: sheet.name,
        row: rect.row,
        column: rect.column,
        tableNames: names(tables),
      });
      await context.sync();
      return { ok: true, address: `${sheet.name}!${rectAddress(rect)}`, message: `${done} at ${where}.` };
    });
  } catch (error) {
    return refusalFromError(error, phase, where);
  }
}
