/*
 * Runs one plan as one Excel.run with at most two context.sync() calls, whatever the number of rows:
 *   1. load what the guard needs (target cells' formulas and position, spill state, tables and merged areas
 *      over the target, charts and shapes, sheet protection, the date system where dates are written; for a
 *      new sheet, the existing sheet names) and sync;
 *   2. either queue every write and sync once more, or write nothing and return the guard's refusal.
 * One exception: where more than 512 merged areas lie above and left of the target (Excel's limit for one
 * query), the merged areas are asked for again in tiles, one sync more.
 * Requirement sets (ExcelApi): the guard needs Workbook.getActiveCell (1.7), Range.getTables (1.9),
 * Range.hasSpill (1.12, true/null when all/some cells belong to a spill; getSpillParentOrNullObject takes one
 * cell only) and Range.getMergedAreasOrNullObject (1.13); Range.getResizedRange, autofitColumns and
 * Worksheet.protection are 1.2, WorkbookProtection and ChartAxis.reversePlotOrder 1.7, the value axis's
 * number format 1.8, data labels linked to their cells' formats (ChartDataLabels.linkNumberFormat) 1.9, the
 * axis title (ChartAxis.title) 1.1; the rest (getBoundingRect, getOffsetRange, worksheets.add, tables.add,
 * charts.add, setPosition, Chart.left/top/width/height) 1.1; Range.left/top/width/height 1.3; Functions.date
 * 1.2; Worksheet.shapes 1.9. Without 1.13 only the new-sheet target is offered.
 */
import { displayAddress, rectAddress, type CellRect } from "./a1";
import {
  BOTH_ALTERNATIVES,
  refuse,
  type ColumnsToFit,
  type InsertOutcome,
  type InsertTarget,
} from "./contract";
import { excelErrorCode, excelErrorLocation, REQUIRED_API, refusalFromError, type Phase } from "./errors";
import { guard } from "./guard";
import { EN_WORKBOOK, type WorkbookTexts } from "./i18n";
import {
  checkedInspection,
  checkedMergedAreas,
  checkedTarget,
  isMergedAreaLimit,
  queueCheck,
  queueMergedTiles,
} from "./inspect";
import type { InsertPlan } from "./plans";
import { uniqueSheetName } from "./names";
import { queueMarks } from "./citations/marks";
import { queueNoteLocations } from "./inspect";

/** The shape of Excel.run the actions need: one batch, one request context. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

function names(collection: { items: readonly { name: string }[] } | null): string[] {
  return collection === null ? [] : collection.items.map((item) => item.name);
}

function located(sheetName: string, rect: CellRect, texts: WorkbookTexts): string {
  return texts.located(sheetName, rectAddress(rect));
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

/** Queues the probe of the workbook's date system: DATE(1904,1,1) is 0 in the 1904 system, 1462 in 1900. */
function probeDateSystem(context: Excel.RequestContext, plan: InsertPlan): { is1904(): boolean } {
  if (!plan.writesDates) return { is1904: () => false };
  const probe = context.workbook.functions.date(1904, 1, 1).load("value");
  return { is1904: () => probe.value === 0 };
}

function mergedLimitRefusal(target: string, texts: WorkbookTexts): InsertOutcome {
  return refuse("merged", texts.mergedLimit(target), BOTH_ALTERNATIVES);
}

/** What this Excel can do besides the basics, learnt once per action. */
export interface ExecuteOptions {
  readonly texts: WorkbookTexts;
  /** Notes on cells (ExcelApi 1.18). */
  readonly notes: boolean;
}

/** The outcome of a successful insert, with the notice that notes were left out where Excel has none. */
function inserted(
  plan: InsertPlan,
  address: string,
  message: string,
  notes: boolean,
  texts: WorkbookTexts,
  widen?: ColumnsToFit,
): InsertOutcome {
  const notice = !notes && plan.notes.length > 0 ? texts.citations.notesNeedNewerExcel : undefined;
  return {
    ok: true,
    address,
    message,
    ...(notice === undefined ? {} : { notice }),
    ...(widen === undefined ? {} : { widen }),
  };
}

async function onNewSheet(
  context: Excel.RequestContext,
  plan: InsertPlan,
  state: Progress,
  { texts, notes }: ExecuteOptions,
): Promise<InsertOutcome> {
  const workbook = context.workbook;
  const tables = plan.addsTable ? workbook.tables.load("items/name") : null;
  const dates = probeDateSystem(context, plan);
  const sheets = workbook.worksheets.load("items/name");
  const protection = workbook.protection.load("protected");
  await context.sync();
  if (protection.protected) {
    return refuse("protected", texts.structureProtected, ["pick-another-cell"]);
  }
  const sheetName = uniqueSheetName(plan.sheetName, names(sheets));
  const sheet = workbook.worksheets.add(sheetName);
  const rect = { row: 0, column: 0, rowCount: plan.rowCount, columnCount: plan.columnCount };
  state.where = located(sheetName, rect, texts);
  state.phase = "write";
  // Adding the sheet is the first write: if its name was taken meanwhile, nothing at all was written.
  state.newSheet = true;
  const done = plan.write({
    sheet,
    sheetName,
    row: 0,
    column: 0,
    tableNames: names(tables),
    newSheet: true,
    date1904: dates.is1904(),
  });
  queueMarks(context, plan, { sheet, sheetName, rect }, notes);
  sheet.activate();
  await context.sync();
  return inserted(
    plan,
    `${sheetName}!${rectAddress(rect)}`,
    texts.done(done, state.where, true),
    notes,
    texts,
  );
}

async function atActiveCell(
  context: Excel.RequestContext,
  plan: InsertPlan,
  state: Progress,
  { texts, notes }: ExecuteOptions,
): Promise<InsertOutcome> {
  const tables = plan.addsTable ? context.workbook.tables.load("items/name") : null;
  const dates = probeDateSystem(context, plan);
  const check = queueCheck(context, plan, notes);
  let mergedAreas: CellRect[] | null = null;
  let tiled: { read(): CellRect[] } | null = null;
  try {
    await context.sync();
    mergedAreas = checkedMergedAreas(check);
  } catch (error) {
    if (!isMergedAreaLimit(error)) throw error;
    // The loads before the merged areas were answered: ask again about those, tile by tile.
    tiled = queueMergedTiles(check.sheet, checkedTarget(check));
    if (tiled === null) return mergedLimitRefusal(displayAddress(check.range.address), texts);
  }
  // One more sync only where needed: merged areas past Excel's limit, or notes on the sheet to locate.
  const notesFound = queueNoteLocations(check);
  if (tiled !== null || notesFound !== null) await context.sync();
  const rect = checkedTarget(check);
  const inspection = checkedInspection(check, mergedAreas ?? tiled?.read() ?? [], notesFound?.read() ?? []);
  const refusal = guard(plan, inspection, texts);
  if (refusal !== null) return refusal;

  const sheetName = inspection.sheetName;
  state.where = located(sheetName, rect, texts);
  state.phase = "write";
  const done = plan.write({
    sheet: check.sheet,
    sheetName,
    row: rect.row,
    column: rect.column,
    tableNames: names(tables),
    newSheet: false,
    date1904: dates.is1904(),
  });
  queueMarks(context, plan, { sheet: check.sheet, sheetName, rect }, notes);
  await context.sync();
  return inserted(
    plan,
    `${sheetName}!${rectAddress(rect)}`,
    texts.done(done, state.where, false),
    notes,
    texts,
    // On the user's sheet widths stay as they were; widening the block's columns is offered instead.
    plan.fit?.(sheetName, rect),
  );
}

/** How far an insert got, for the message when Excel fails. */
interface Progress {
  phase: Phase;
  where: string;
  /** Writing starts by adding a sheet. */
  newSheet?: boolean;
}

export async function execute(
  run: ExcelRun,
  supportsGuard: () => boolean,
  plan: InsertPlan,
  target: InsertTarget,
  options: ExecuteOptions = { texts: EN_WORKBOOK, notes: false },
): Promise<InsertOutcome> {
  const texts = options.texts;
  if (target === "active-cell" && !supportsGuard()) {
    return refuse("excel-error", texts.needsGuardApi(`${REQUIRED_API.name} ${REQUIRED_API.version}`), [
      "new-sheet",
    ]);
  }
  const state: Progress = { phase: "check", where: texts.somewhere };
  try {
    return await run((context) =>
      target === "new-sheet"
        ? onNewSheet(context, plan, state, options)
        : atActiveCell(context, plan, state, options),
    );
  } catch (error) {
    // Only the sheet's own name being taken means nothing was written: a table name taken later in the
    // same batch comes after the sheet and its values went in.
    const sheetTaken =
      state.newSheet === true &&
      excelErrorCode(error) === "ItemAlreadyExists" &&
      /^Worksheet(Collection)?\.add$/i.test(excelErrorLocation(error) ?? "");
    return refusalFromError(error, sheetTaken ? "check" : state.phase, state.where, texts);
  }
}
