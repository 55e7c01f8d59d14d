/*
 * The task pane's workbook actions: on Office.js (createExcelActions), or refusing with an explanation
 * outside Excel (createPreviewActions).
 */
import { comparisonChartData, stanceMatrix, tableBlock, timeline } from "./blocks";
import { refuse, type ComparableIndicator, type InsertOutcome, type WorkbookActions } from "./contract";
import type { ExcelRun } from "./countingRun";
import { defaultRun, defaultSupportsGuard, execute } from "./execute";
import { blockPlan, chartPlan, singleCellPlan, type InsertPlan } from "./plans";
import type { InsertTarget } from "./contract";

export type { ExcelRun } from "./countingRun";

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
