/*
 * The column chooser of "Insert table": one labelled checkbox per column a table may have, the analyst's
 * columns ticked by default, the choice remembered for the user in localStorage. Where storage is unavailable
 * (blocked, private mode, full) the choice lasts for the session and nothing fails.
 */
import { DEFAULT_TABLE_COLUMNS, tableColumnsOf, type TableColumn } from "../../excel/blocks";
import { TABLE_COLUMNS } from "../../excel/columns";
import type { PaneLanguage } from "../i18n";
import { el, labelledChoice, on, tickedValues, uniqueId } from "./dom";

/** Where the choice is kept, per user (the browser profile Office runs the pane in). */
export const COLUMNS_STORAGE_KEY = "ca-indicators.table-columns";

/** The part of Web Storage the chooser uses, so tests and hosts without storage can pass their own or none. */
export type ColumnStore = Pick<Storage, "getItem" | "setItem">;

/** The browser's localStorage, or null where reading it throws (a sandboxed frame, storage disabled). */
export function browserStore(): ColumnStore | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

/** The remembered columns, or the default where nothing (readable) was kept. */
export function readColumns(store: ColumnStore | null): TableColumn[] {
  try {
    const kept: unknown = JSON.parse(store?.getItem(COLUMNS_STORAGE_KEY) ?? "null");
    if (!Array.isArray(kept)) return [...DEFAULT_TABLE_COLUMNS];
    return tableColumnsOf(kept.filter((c): c is string => typeof c === "string"));
  } catch {
    return [...DEFAULT_TABLE_COLUMNS];
  }
}

/** Keeps the choice; a store that refuses (quota, disabled) leaves it for this session only. */
export function writeColumns(store: ColumnStore | null, columns: readonly TableColumn[]): void {
  try {
    store?.setItem(COLUMNS_STORAGE_KEY, JSON.stringify(columns));
  } catch {
    // The choice still applies until the pane closes.
  }
}

export interface ColumnChooser {
  readonly element: HTMLElement;
  /** The columns ticked now, in the table's order. */
  chosen(): TableColumn[];
}

export function createColumnChooser(
  language: PaneLanguage,
  store: ColumnStore | null = browserStore(),
): ColumnChooser {
  const { t, workbook } = language;
  let columns = readColumns(store);
  const hint = el("p", { class: "column-hint", id: uniqueId("column-hint") }, [t.columnsHint]);
  const boxes = TABLE_COLUMNS.map((column) => {
    const choice = labelledChoice(
      "checkbox",
      "table-column",
      column,
      workbook.tableColumns[column],
      columns.includes(column),
      "column-choice",
    );
    const { box } = choice;
    on(box, {
      change: () => {
        const ticked = tickedValues(boxes);
        // Unticking the last column would leave nothing to insert: it stays ticked.
        if (ticked.length === 0) {
          box.checked = true;
          return;
        }
        columns = tableColumnsOf(ticked);
        writeColumns(store, columns);
      },
    });
    return choice;
  });
  const element = el("details", { class: "panel columns-panel" }, [
    el("summary", {}, [t.columnsSummary]),
    el("fieldset", { class: "column-chooser", "aria-describedby": hint.id }, [
      el("legend", {}, [t.columnsLegend]),
      hint,
      ...boxes.map((choice) => choice.element),
    ]),
  ]);
  return { element, chosen: () => [...columns] };
}
