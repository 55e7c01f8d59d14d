/*
 * The task pane's workbook actions: on Office.js (createExcelActions), or refusing with an explanation
 * outside Excel (createPreviewActions). Both speak the pane's language: refusals, Excel's errors, success
 * messages and the blocks written into sheets; quotes and ids stay as the source has them.
 */
import { comparisonChartData, stanceMatrix, tableBlock, timeline } from "./blocks";
import { refuse, type ComparableIndicator, type InsertOutcome, type WorkbookActions } from "./contract";
import { defaultRun, defaultSupportsGuard, execute, type ExcelRun } from "./execute";
import { ENGLISH_FORMULAS, type FormulaStyle } from "./formulas";
import { gridPlan } from "./gridPlan";
import { EN_WORKBOOK, type WorkbookTexts } from "./i18n";
import type { DataTypeSupport } from "../cells/cellValues";
import { countryCard } from "../cells/countryCard";
import { CARD_LINKS } from "../core/hosting";
import { cardPlan, quotePlan, singleCellPlan } from "./cellPlans";
import { blockPlan, chartPlan, type InsertPlan } from "./plans";
import type { InsertTarget } from "./contract";
import { widenColumns } from "./widen";

export type { ExcelRun } from "./execute";

/**
 * What this Excel can write into cells: plain values only (no cards), FormattedNumber (ExcelApi 1.16) or
 * Double formats (1.19).
 */
export function defaultCardSupport(): DataTypeSupport {
  try {
    const sets = Office.context.requirements;
    if (!sets.isSetSupported("ExcelApi", "1.16")) return "plain";
    return sets.isSetSupported("ExcelApi", "1.19") ? "double" : "formatted-number";
  } catch {
    return "plain";
  }
}

/** Whether this Excel takes notes on cells (ExcelApi 1.18); when Office cannot tell, it is taken not to. */
export function defaultNotesSupport(): boolean {
  try {
    return Office.context.requirements.isSetSupported("ExcelApi", "1.18");
  } catch {
    return false;
  }
}

/**
 * The workbook actions on Office.js. `run` defaults to Excel.run (the browser tests run Microsoft's own
 * client against a workbook host). `supportsGuard` reports whether the guard's APIs exist (ExcelApi 1.13);
 * without them, inserting at the selected cell is refused and a new sheet is offered. `cardSupport` says
 * whether this Excel takes country cards. `texts` are the pane's language's (English by default); `formulas`
 * how this Excel takes formulas (formulas.ts: formulaStyle of Office.context.displayLanguage).
 */
export interface ExcelActionOptions {
  readonly run?: ExcelRun;
  /** Whether this Excel takes notes on cells (ExcelApi 1.18). */
  readonly notesSupport?: () => boolean;
  readonly supportsGuard?: () => boolean;
  readonly cardSupport?: () => DataTypeSupport;
  readonly texts?: WorkbookTexts;
  readonly formulas?: FormulaStyle;
}

export function createExcelActions({
  run = defaultRun,
  supportsGuard = defaultSupportsGuard,
  cardSupport = defaultCardSupport,
  texts = EN_WORKBOOK,
  formulas = ENGLISH_FORMULAS,
  notesSupport = defaultNotesSupport,
}: ExcelActionOptions = {}): WorkbookActions {
  const go = (plan: InsertPlan, target: InsertTarget) =>
    execute(run, supportsGuard, plan, target, { texts, notes: notesSupport() });
  return {
    insertValue: (record, target) => go(singleCellPlan(record, "value", texts), target),
    insertFormula: (record, target) => go(singleCellPlan(record, "formula", texts, formulas), target),
    insertQuote: (record, target) => go(quotePlan(record, texts), target),
    insertTable: (records, title, target, columns) => {
      const block = tableBlock(records, title, texts, columns);
      return go(
        blockPlan(block, texts.tableWhat(block.title, records.length), block.title, true, texts),
        target,
      );
    },
    insertComparisonChart: (indicator: ComparableIndicator, target) =>
      go(chartPlan(comparisonChartData(indicator, texts), texts), target),
    insertStanceMatrix: (target) =>
      go(
        blockPlan(stanceMatrix(texts), texts.stanceMatrixWhat, texts.stanceMatrixSheet, true, texts),
        target,
      ),
    insertTimeline: (target, records) => {
      const block = timeline(texts, records);
      return go(
        blockPlan(block, texts.timelineWhat(block.rows.length), texts.timelineSheet, true, texts),
        target,
      );
    },
    insertCountryCard: async (country, target) => {
      const support = cardSupport();
      if (support === "plain") return refuse("excel-error", texts.noCards, []);
      const card = countryCard(country, support, CARD_LINKS, { words: texts.words, labels: texts.card });
      return go(cardPlan(country, card, texts), target);
    },
    insertGrid: (choice, target) => go(gridPlan(choice, texts, formulas), target),
    widenColumns: (columns) => widenColumns(run, columns, texts),
  };
}

/** Why inserting needs Excel (in English; each language's WorkbookTexts has it as noExcel). */
export const NO_EXCEL_MESSAGE = EN_WORKBOOK.noExcel;

/** Outside Excel (the pane opened in a browser): every insert is refused with "no-excel", in `texts`' language. */
export function createPreviewActions(texts: WorkbookTexts = EN_WORKBOOK): WorkbookActions {
  const refuseAll = async (): Promise<InsertOutcome> => refuse("no-excel", texts.noExcel, []);
  return {
    insertValue: refuseAll,
    insertFormula: refuseAll,
    insertQuote: refuseAll,
    insertTable: refuseAll,
    insertComparisonChart: refuseAll,
    insertStanceMatrix: refuseAll,
    insertTimeline: refuseAll,
    insertCountryCard: refuseAll,
    insertGrid: refuseAll,
    widenColumns: async () => ({ ok: false, message: texts.noExcel }),
  };
}
