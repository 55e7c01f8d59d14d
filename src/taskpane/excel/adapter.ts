/*
 * The task pane's workbook actions, implemented with Office.js. Each action is one Excel.run with at most two
 * context.sync() calls, whatever the number of rows:
 *   1. load what the guard needs (target cells' formulas, spill state, tables and merged areas over the
 *      target, sheet protection; for a new sheet, the existing sheet names) and sync;
 *   2. either queue every write and sync once more, or write nothing and return a refusal.
 * Requirement sets (ExcelApi): the guard needs Workbook.getActiveCell (1.7), Range.getTables (1.9),
 * Range.hasSpill (1.12, true/null when all/some cells belong to a spill; getSpillParentOrNullObject takes one
 * cell only) and Range.getMergedAreasOrNullObject (1.13); Range.getResizedRange, autofitColumns and
 * Worksheet.protection are 1.2, WorkbookProtection and ChartAxis.reversePlotOrder 1.7, the chart's axis and
 * data-label number formats 1.8; the rest (getBoundingRect, getOffsetRange, worksheets.add, tables.add,
 * charts.add, setPosition) 1.1. Without 1.13 only the new-sheet target is offered.
 */
import { displayValue, recordValue } from "../../core/fields";
import {
  comparisonChartData,
  formulaFor,
  formulaNumberFormatFor,
  layoutBlock,
  numberFormatFor,
  stanceMatrix,
  tableBlock,
  timeline,
  uniqueSheetName,
  uniqueTableName,
  type BlockLayout,
  type ChartBlock,
  type SheetBlock,
} from "../../core/sheets";
import type { IndicatorRecord } from "../../core/types";
import {
  cellAddress,
  displayAddress,
  intersects,
  parseAreas,
  parseRect,
  rectAddress,
  type CellRect,
} from "./a1";
import type {
  Alternative,
  ComparableIndicator,
  InsertOutcome,
  InsertTarget,
  RefusalReason,
  WorkbookActions,
} from "./contract";
import type { ExcelRun } from "./countingRun";

export type { ExcelRun } from "./countingRun";

/** The newest requirement set the guard uses (Range.getMergedAreasOrNullObject). */
export const REQUIRED_API = { name: "ExcelApi", version: "1.13" } as const;

const BOTH: readonly Alternative[] = ["pick-another-cell", "new-sheet"];
const TABLE_STYLE = "TableStyleMedium2";
const NOTE_COLOR = "#595959";
/** Width, in points, of columns holding quotes and labels (about 50 characters). */
const WIDE_COLUMN_POINTS = 280;
const CHART = { gap: 1, columnCount: 8, minRowCount: 16 } as const;

function refuse(reason: RefusalReason, message: string, alternatives: readonly Alternative[]): InsertOutcome {
  return { ok: false, reason, message, alternatives };
}

// ---------------------------------------------------------------------------------------------------------
// Excel errors

/** The error code Office.js puts on a failed request ("InvalidArgument", "AccessDenied", …), if any. */
export function excelErrorCode(error: unknown): string | null {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === "string" && code !== "") return code;
  }
  return null;
}

const ERROR_MESSAGES: Readonly<Record<string, string>> = {
  InvalidOperationInCellEditMode:
    "Excel is busy editing a cell. Press Enter or Esc to finish editing, then try again.",
  AccessDenied:
    "Excel did not allow the change: the sheet or workbook may be protected, shared read-only, or opened in view mode.",
  ItemAlreadyExists:
    "A sheet or table with that name already exists (it may have been added meanwhile). Try again: a new name will be chosen.",
  InvalidArgument:
    "Excel could not place the insert there: it may run past the edge of the sheet. Pick a cell nearer the top-left, or insert on a new sheet.",
  InvalidReference: "The selected cell or sheet is no longer available. Select a cell and try again.",
  ItemNotFound: "The selected cell or sheet is no longer available. Select a cell and try again.",
  InvalidSelection: "Excel cannot insert into the current selection. Select a single cell and try again.",
  InvalidOperation:
    "Excel refused the operation in the current state of the workbook. Try again, or insert on a new sheet.",
  MergedRangeConflict: "The insert would overlap merged cells. Pick another cell, or insert on a new sheet.",
  InsertDeleteConflict:
    "The insert conflicts with a table or a filtered range nearby. Pick another cell, or insert on a new sheet.",
  FilteredRangeConflict:
    "The insert would overlap a filtered range. Clear the filter, pick another cell, or insert on a new sheet.",
  PivotTableRangeConflict:
    "The insert would overlap a PivotTable. Pick another cell, or insert on a new sheet.",
  NonBlankCellOffSheet:
    "The insert would push data off the edge of the sheet. Pick another cell, or insert on a new sheet.",
  RangeExceedsLimit: "The insert is larger than Excel accepts in one request.",
  OperationCellsExceedLimit: "The insert touches more cells than Excel accepts in one request.",
  ApiNotFound: `This version of Excel lacks a feature the add-in needs (${REQUIRED_API.name} ${REQUIRED_API.version}). Use Microsoft 365, Office 2021 or later, or Excel on the web.`,
  UnsupportedFeature: "This version or platform of Excel does not support this kind of insert.",
  NotImplemented: "This version or platform of Excel does not support this kind of insert.",
  Conflict: "Someone else changed the workbook at the same time. Try again.",
  RequestAborted: "Excel stopped the request (it may have been busy). Try again.",
  InactiveWorkbook: "The workbook is not active any more. Click into it and try again.",
  GeneralException: "Excel reported an internal error. Try again; if it persists, insert on a new sheet.",
};

/** A readable sentence for an error thrown by Excel.run, for the pane's status line. */
export function describeExcelError(error: unknown): string {
  const code = excelErrorCode(error);
  if (code !== null && Object.prototype.hasOwnProperty.call(ERROR_MESSAGES, code))
    return ERROR_MESSAGES[code];
  const detail =
    error instanceof Error || (typeof error === "object" && error !== null && "message" in error)
      ? String((error as { message: unknown }).message)
      : String(error);
  const said = detail.trim() === "" ? "" : `: ${detail.trim().replace(/\.$/, "")}`;
  return code !== null ? `Excel reported an error (${code})${said}.` : `Something went wrong${said}.`;
}

type Phase = "check" | "write";

function refusalFromError(error: unknown, phase: Phase, where: string): InsertOutcome {
  const code = excelErrorCode(error);
  const description = describeExcelError(error);
  if (code === "InvalidOperationInCellEditMode")
    return refuse("cell-edit-mode", `${description} Nothing was inserted.`, []);
  const consequence =
    phase === "check"
      ? "Nothing was inserted."
      : `The insert may be incomplete: check ${where} and delete any partial output.`;
  return refuse("excel-error", `${description} ${consequence}`, code === "ApiNotFound" ? [] : BOTH);
}

// ---------------------------------------------------------------------------------------------------------
// Plans: what an action writes, independent of where

/** Where a plan writes, once the target is known. */
interface Placement {
  readonly sheet: Excel.Worksheet;
  readonly sheetName: string;
  readonly row: number;
  readonly column: number;
  /** Names of the workbook's tables, loaded in the first sync when the plan adds a table. */
  readonly tableNames: readonly string[];
}

interface InsertPlan {
  /** How messages name the insert: "The value", "The table “Trade”". */
  readonly what: string;
  readonly rowCount: number;
  readonly columnCount: number;
  /** Cells to the right of the block a chart will cover: they must hold no data. */
  readonly chart: { readonly gap: number; readonly columnCount: number; readonly rowCount: number } | null;
  readonly addsTable: boolean;
  readonly sheetName: string;
  /** Queues every write (no sync) and returns the success message's first words. */
  write(at: Placement): string;
}

function rangeAt(
  at: Placement,
  row: number,
  column: number,
  rowCount: number,
  columnCount: number,
): Excel.Range {
  return at.sheet.getRange(
    rectAddress({ row: at.row + row, column: at.column + column, rowCount, columnCount }),
  );
}

/**
 * Writes a block in one values assignment, formats first (so text such as "2022" stays text), then the title,
 * the table or bold header, column widths, and the notes and source line in grey italics.
 */
function writeBlock(at: Placement, block: SheetBlock, layout: BlockLayout, asTable: boolean): void {
  const whole = rangeAt(at, 0, 0, layout.rowCount, layout.columnCount);
  whole.numberFormat = layout.numberFormats;
  whole.values = layout.values;
  const title = rangeAt(at, layout.titleRow, 0, 1, 1);
  title.format.font.bold = true;
  title.format.font.size = 13;
  const grid = rangeAt(at, layout.headerRow, 0, 1 + layout.bodyRowCount, layout.columnCount);
  if (asTable) {
    const table = at.sheet.tables.add(grid, true);
    table.name = uniqueTableName(block.title, at.tableNames);
    table.style = TABLE_STYLE;
  } else {
    rangeAt(at, layout.headerRow, 0, 1, layout.columnCount).format.font.bold = true;
  }
  grid.format.autofitColumns();
  for (const column of block.wideColumns) {
    rangeAt(at, layout.headerRow, column, 1 + layout.bodyRowCount, 1).format.columnWidth = WIDE_COLUMN_POINTS;
  }
  for (const row of [...layout.noteRows, layout.sourceRow]) {
    const font = rangeAt(at, row, 0, 1, 1).format.font;
    font.italic = true;
    font.color = NOTE_COLOR;
  }
}

function blockPlan(block: SheetBlock, what: string, sheetName: string, asTable: boolean): InsertPlan {
  const layout = layoutBlock(block);
  return {
    what,
    rowCount: layout.rowCount,
    columnCount: layout.columnCount,
    chart: null,
    addsTable: asTable,
    sheetName,
    write(at) {
      writeBlock(at, block, layout, asTable);
      return `Inserted ${what.charAt(0).toLowerCase()}${what.slice(1)}`;
    },
  };
}

function chartPlan(block: ChartBlock): InsertPlan {
  const layout = layoutBlock(block);
  const chartRows = Math.max(CHART.minRowCount, layout.rowCount);
  return {
    what: "The comparison chart",
    rowCount: layout.rowCount,
    columnCount: layout.columnCount,
    chart: { gap: CHART.gap, columnCount: CHART.columnCount, rowCount: chartRows },
    addsTable: false,
    sheetName: block.indicator === "trade-growth" ? "Trade growth chart" : "War blame poll chart",
    write(at) {
      writeBlock(at, block, layout, false);
      const data = rangeAt(at, layout.headerRow, 0, 1 + layout.bodyRowCount, 2);
      const chart = at.sheet.charts.add("BarClustered", data, "Columns");
      chart.title.text = block.chartTitle;
      chart.legend.visible = false;
      chart.axes.valueAxis.numberFormat = block.valueFormat;
      // Bars read top to bottom in the order of the rows.
      chart.axes.categoryAxis.reversePlotOrder = true;
      chart.dataLabels.showValue = true;
      chart.dataLabels.numberFormat = block.valueFormat;
      const left = at.column + layout.columnCount + CHART.gap;
      chart.setPosition(
        cellAddress(at.row, left),
        cellAddress(at.row + chartRows - 1, left + CHART.columnCount - 1),
      );
      return "Inserted the comparison chart and its data";
    },
  };
}

function singleCellPlan(record: IndicatorRecord, kind: "value" | "formula"): InsertPlan {
  return {
    what: kind === "value" ? "The value" : "The formula",
    rowCount: 1,
    columnCount: 1,
    chart: null,
    addsTable: false,
    sheetName: record.id,
    write(at) {
      const cell = rangeAt(at, 0, 0, 1, 1);
      if (kind === "value") {
        cell.numberFormat = [[numberFormatFor(record)]];
        cell.values = [[recordValue(record)]];
        return `Inserted ${displayValue(record)} (${record.period.label}) as a static value`;
      }
      const formula = formulaFor(record);
      cell.numberFormat = [[formulaNumberFormatFor(record)]];
      cell.formulas = [[formula]];
      return `Inserted ${formula}`;
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// The guard

interface Inspection {
  readonly address: string;
  readonly formulas: readonly (readonly unknown[])[];
  readonly hasSpill: boolean | null;
  readonly sheetName: string;
  readonly sheetProtected: boolean;
  readonly tableNames: readonly string[];
  readonly mergedAreas: readonly CellRect[];
  readonly chartArea: { readonly address: string; readonly formulas: readonly (readonly unknown[])[] } | null;
}

function isEmptyCell(cell: unknown): boolean {
  return cell === "" || cell === null || cell === undefined;
}

/** The occupied cells of a loaded formulas grid, by A1 address, with what each holds. */
function occupiedCells(
  address: string,
  formulas: readonly (readonly unknown[])[],
): { address: string; holds: string }[] {
  const origin = parseRect(address) ?? { row: 0, column: 0, rowCount: 0, columnCount: 0 };
  const found: { address: string; holds: string }[] = [];
  formulas.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (isEmptyCell(cell)) return;
      const holds = typeof cell === "string" && cell.startsWith("=") ? "a formula" : "a value";
      found.push({ address: cellAddress(origin.row + r, origin.column + c), holds });
    }),
  );
  return found;
}

function describeOccupied(cells: readonly { address: string; holds: string }[]): string {
  const [first] = cells;
  const more = cells.length - 1;
  return `${first.address} holds ${first.holds}${more > 0 ? ` and ${more} more cell${more === 1 ? "" : "s"} hold data` : ""}`;
}

function needs(plan: InsertPlan, address: string): string {
  const area = displayAddress(address);
  return plan.rowCount === 1 && plan.columnCount === 1
    ? `${plan.what} goes in ${area}`
    : `${plan.what} needs ${area} (${plan.rowCount} rows × ${plan.columnCount} columns)`;
}

/** The first reason not to write, or null when the target is free. Reads only what the first sync loaded. */
function guard(plan: InsertPlan, seen: Inspection): InsertOutcome | null {
  if (seen.sheetProtected) {
    return refuse(
      "protected",
      `The sheet “${seen.sheetName}” is protected, so nothing was inserted. Insert on a new sheet, or unprotect the sheet first (Review › Unprotect Sheet).`,
      ["new-sheet"],
    );
  }
  const intro = needs(plan, seen.address);
  const advice = "Nothing was inserted: pick another cell, or insert on a new sheet.";
  if (seen.tableNames.length > 0) {
    const list = seen.tableNames.map((n) => `“${n}”`).join(", ");
    const noun = seen.tableNames.length === 1 ? "table" : "tables";
    return refuse("table", `${intro}, which overlaps the Excel ${noun} ${list}. ${advice}`, BOTH);
  }
  if (seen.hasSpill === true || seen.hasSpill === null) {
    return refuse(
      "spill",
      `${intro}, which is part of a spilled formula result (a dynamic array). ${advice}`,
      BOTH,
    );
  }
  if (seen.mergedAreas.length > 0) {
    const list = seen.mergedAreas.map(rectAddress).join(", ");
    return refuse("merged", `${intro}, which contains merged cells (${list}). ${advice}`, BOTH);
  }
  const occupied = occupiedCells(seen.address, seen.formulas);
  if (occupied.length > 0) {
    return refuse("not-empty", `${intro}, but ${describeOccupied(occupied)}. ${advice}`, BOTH);
  }
  if (seen.chartArea !== null) {
    const covered = occupiedCells(seen.chartArea.address, seen.chartArea.formulas);
    if (covered.length > 0) {
      return refuse(
        "not-empty",
        `The chart would cover ${displayAddress(seen.chartArea.address)}, but ${describeOccupied(covered)}. ${advice}`,
        BOTH,
      );
    }
  }
  return null;
}

function names(collection: { items: readonly { name: string }[] } | null): string[] {
  return collection === null ? [] : collection.items.map((item) => item.name);
}

function located(sheetName: string, rect: CellRect): string {
  return `${rectAddress(rect)} on “${sheetName}”`;
}

// ---------------------------------------------------------------------------------------------------------
// The runner

function defaultRun<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run(batch);
}

/** Whether this Excel has the APIs the guard needs; when Office cannot tell, Excel itself decides. */
function defaultSupportsGuard(): boolean {
  try {
    return Office.context.requirements.isSetSupported(REQUIRED_API.name, REQUIRED_API.version);
  } catch {
    return true;
  }
}

async function execute(
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

/**
 * The workbook actions on Office.js. `run` defaults to Excel.run; tests and benchmarks pass a mock's run or a
 * counting wrapper (see countingRun). `supportsGuard` reports whether the guard's APIs exist (ExcelApi 1.13);
 * without them, inserting at the selected cell is refused and a new sheet is offered.
 */
export function createExcelActions(
  run: ExcelRun = defaultRun,
  supportsGuard: () => boolean = defaultSupportsGuard,
): WorkbookActions {
  const go = (plan: InsertPlan, target: InsertTarget) => execute(run, supportsGuard, plan, target);
  return {
    insertValue: (record, target) => go(singleCellPlan(record, "value"), target),
    insertFormula: (record, target) => go(singleCellPlan(record, "formula"), target),
    insertTable: (records, title, target) => {
      const block = tableBlock(records, title);
      return go(
        blockPlan(block, `The table “${block.title}” (${records.length} rows)`, block.title, true),
        target,
      );
    },
    insertComparisonChart: (indicator: ComparableIndicator, target) =>
      go(chartPlan(comparisonChartData(indicator)), target),
    insertStanceMatrix: (target) =>
      go(blockPlan(stanceMatrix(), "The stance matrix", "Stances", true), target),
    insertTimeline: (target) => {
      const block = timeline();
      return go(blockPlan(block, `The timeline (${block.rows.length} events)`, "Timeline", true), target);
    },
  };
}

export const NO_EXCEL_MESSAGE =
  "Inserting needs Excel: open this add-in in Excel (desktop or on the web). Here you can browse, copy and download CSV.";

/** Outside Excel (the pane opened in a browser): every insert is refused with "no-excel". */
export function createPreviewActions(): WorkbookActions {
  const refuseAll = async (): Promise<InsertOutcome> => refuse("no-excel", NO_EXCEL_MESSAGE, []);
  return {
    insertValue: refuseAll,
    insertFormula: refuseAll,
    insertTable: refuseAll,
    insertComparisonChart: refuseAll,
    insertStanceMatrix: refuseAll,
    insertTimeline: refuseAll,
  };
}
