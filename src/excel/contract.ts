/*
 * What the task pane may ask of a workbook, and what it gets back. The UI only calls these; the Excel
 * implementation (actions.ts) and the preview implementation outside Excel both honour this contract.
 */
import type { ComparableIndicator } from "../core/comparisons";
import type { CellExplanation } from "./citations/explain";
import type { CountryCode, IndicatorRecord } from "../core/types";
import type { TableColumn } from "./columns";
import type { GridChoice } from "./grid";

/** Where an insert goes: at the active cell (top-left of the selection), or on a new worksheet. */
export type InsertTarget = "active-cell" | "new-sheet";

/** Why nothing was written; each has a readable message for the pane. */
export type RefusalReason =
  | "not-empty"
  | "table"
  | "spill"
  | "merged"
  | "floating"
  | "protected"
  | "cell-edit-mode"
  | "excel-error"
  | "no-excel";

/** What the user can do instead after a refusal. */
export type Alternative = "pick-another-cell" | "new-sheet";

/**
 * A block's columns, offered for widening after an insert on the user's own sheet (where the insert leaves
 * widths as they were): the user's explicit choice, since a width changes the whole column.
 */
export interface ColumnsToFit {
  readonly sheet: string;
  /** The columns as Excel names them: "B:G". */
  readonly columns: string;
  /** The block's header and body cells (A1, on `sheet`): autofit reads these, not the long title. */
  readonly cells: string;
  /** Cells of long-text columns (quotes, labels): a fixed readable width instead of a page-wide autofit. */
  readonly wide: readonly string[];
}

export type InsertOutcome =
  | {
      readonly ok: true;
      readonly address: string;
      readonly message: string;
      /** The block's columns to offer widening (an insert on an existing sheet). */
      readonly widen?: ColumnsToFit;
      /** Something to say once, beside the message (e.g. that this Excel takes no notes). */
      readonly notice?: string;
    }
  | {
      readonly ok: false;
      readonly reason: RefusalReason;
      readonly message: string;
      readonly alternatives: readonly Alternative[];
    };

/** Indicators with one figure per country that make a comparison chart (see core/comparisons). */
export type { ComparableIndicator };

/** Both ways out of a refusal. */
export const BOTH_ALTERNATIVES: readonly Alternative[] = ["pick-another-cell", "new-sheet"];

export function refuse(
  reason: RefusalReason,
  message: string,
  alternatives: readonly Alternative[],
): InsertOutcome {
  return { ok: false, reason, message, alternatives };
}

/**
 * The workbook actions of the task pane. The UI only calls these; the Excel implementation runs each as
 * one Excel.run with two context.sync() calls (a third only past Excel's 512-merged-area limit, see
 * execute.ts) and never writes over non-empty cells, tables, spills, merged cells or a protected sheet.
 * Outside Excel, the preview implementation refuses with "no-excel".
 */
export interface WorkbookActions {
  /** The figure as a static value, number-formatted by its unit (percent as 0%). */
  insertValue(record: IndicatorRecord, target: InsertTarget): Promise<InsertOutcome>;
  /** The record's quote with its value as stated and the full citation, a small block to cite from. */
  insertQuote(record: IndicatorRecord, target: InsertTarget): Promise<InsertOutcome>;
  /** A live formula such as =CA.RUTRADE("UZ"), number-formatted by unit. */
  insertFormula(record: IndicatorRecord, target: InsertTarget): Promise<InsertOutcome>;
  /**
   * An Excel table (header row, number formats per unit) in the chosen columns (country, indicator, value,
   * period, qualifier and quote unless told) and a source line under it.
   */
  insertTable(
    records: readonly IndicatorRecord[],
    title: string,
    target: InsertTarget,
    columns?: readonly TableColumn[],
  ): Promise<InsertOutcome>;
  /** The five countries' figures with the period in each category label, a bar chart beside the data, title and source. */
  insertComparisonChart(indicator: ComparableIndicator, target: InsertTarget): Promise<InsertOutcome>;
  /** Stances as a country × stance matrix table. */
  insertStanceMatrix(target: InsertTarget): Promise<InsertOutcome>;
  /** Events as a dated timeline table: the events among `records` (the pane's shown records), or every event. */
  insertTimeline(target: InsertTarget, records?: readonly IndicatorRecord[]): Promise<InsertOutcome>;
  /** The country's card (an entity value, viewable without the add-in), where Excel has data types. */
  insertCountryCard(country: CountryCode, target: InsertTarget): Promise<InsertOutcome>;
  /**
   * The grid builder's grid: a header row, a country per row, each chosen indicator's fields across, as live
   * formulas or values; "not in the source" where the source gives no figure.
   */
  insertGrid(choice: GridChoice, target: InsertTarget): Promise<InsertOutcome>;
  /** Widens a block's columns to fit, on the user's choice after an insert: one Excel.run, one sync. */
  widenColumns(columns: ColumnsToFit): Promise<ActionOutcome>;
}

/** What a workbook-wide action (Sources sheet, freeze, restore) did, in words for the pane. */
export interface ActionOutcome {
  readonly ok: boolean;
  readonly message: string;
  /** What to offer next: the Sources sheet, where a freeze left cells without a note. */
  readonly offer?: "sources-sheet";
}

/** Where a freeze applies: every sheet, or the selected range only. */
export type FreezeScope = "workbook" | "selection";

/**
 * What the pane asks about citations in the workbook: build the Sources sheet, freeze and restore CA formulas,
 * explain the active cell and follow the selection. Outside Excel, each says it needs Excel.
 */
export interface CitationActions {
  buildSourcesSheet(progress: (message: string) => void): Promise<ActionOutcome>;
  freeze(scope: FreezeScope, progress: (message: string) => void): Promise<ActionOutcome>;
  restore(progress: (message: string) => void): Promise<ActionOutcome>;
  explainActiveCell(): Promise<CellExplanation | null>;
  /** Calls `explained` after each selection change (debounced); resolves with a stop function, or null. */
  followSelection(
    explained: (explanation: CellExplanation | null) => void,
  ): Promise<(() => Promise<void>) | null>;
}
