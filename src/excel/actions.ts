/*
 * The task pane's workbook actions: on Office.js (createExcelActions), or refusing with an explanation
 * outside Excel (createPreviewActions).
 */
import { comparisonChartData, stanceMatrix, tableBlock, timeline } from "./blocks";
import { refuse, type ComparableIndicator, type InsertOutcome, type WorkbookActions } from "./contract";
import { defaultRun, defaultSupportsGuard, execute, type ExcelRun } from "./execute";
import { countryCard } from "../core/countryCard";
import { countryByCode } from "../core/countries";
import { CARD_LINKS } from "../core/hosting";
import { blockPlan, cardPlan, chartPlan, singleCellPlan, type InsertPlan } from "./plans";
import type { InsertTarget } from "./contract";

export type { ExcelRun } from "./execute";

/**
 * The workbook actions on Office.js. `run` defaults to Excel.run (the browser tests run Microsoft's own
 * client against a workbook host). `supportsGuard` reports whether the guard's APIs exist (ExcelApi 1.13);
 * without them, inserting at the selected cell is refused and a new sheet is offered. `cardSupport` says
 * whether this Excel takes country cards.
 */
/** What this Excel can do with cards: nothing, FormattedNumber (ExcelApi 1.16) or Double formats (1.19). */
export type CardSupport = "none" | "formatted-number" | "double";

export function defaultCardSupport(): CardSupport {
  try {
    const sets = Office.context.requirements;
    if (!sets.isSetSupported("ExcelApi", "1.16")) return "none";
    return sets.isSetSupported("ExcelApi", "1.19") ? "double" : "formatted-number";
  } catch {
    return "none";
  }
}

export const NO_CARDS_MESSAGE =
  "Country cards need Excel for Microsoft 365 (data types, ExcelApi 1.16). Insert the country’s rows as a table instead: filter the list by country, then Insert table.";

export function createExcelActions(
  run: ExcelRun = defaultRun,
  supportsGuard: () => boolean = defaultSupportsGuard,
  cardSupport: () => CardSupport = defaultCardSupport,
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
    insertCountryCard: async (country, target) => {
      const support = cardSupport();
      if (support === "none") return refuse("excel-error", NO_CARDS_MESSAGE, []);
      const card = countryCard(country, support, CARD_LINKS);
      return go(cardPlan(countryByCode(country).name, card), target);
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
    insertCountryCard: refuseAll,
  };
}
