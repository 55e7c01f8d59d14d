import { RECORDS } from "../../core/dataset";
import { TOPICS, topicLabel } from "../../core/topics";
import { scopeLabel } from "../../core/countries";
import { searchRecords } from "../../core/search";
import { formatCitation } from "../../core/source";
import type { IndicatorRecord } from "../../core/types";
import type { InsertOutcome, InsertTarget, WorkbookActions } from "../../excel/contract";
import { NO_CARDS_MESSAGE } from "../../excel/actions";
import { createCardPanel } from "./card";
import { createCharts } from "./charts";
import { button, el, replaceChildren } from "./dom";
import { copyText, CSV_FILE_NAME, downloadCsv, recordsAsText } from "./exports";
import { createFilters, NO_FILTERS, type FilterState } from "./filters";
import { createList } from "./list";
import { createMessages } from "./messages";

export type PaneMode = "excel" | "preview";

/** What the host can take besides the basic inserts; a reason is shown where it cannot. */
export interface PaneCapabilities {
  readonly cards: boolean;
}

export interface Pane {
  /** Switches to other workbook actions, e.g. when Excel reports in after the preview was shown. */
  setActions(actions: WorkbookActions, mode: PaneMode, capabilities?: PaneCapabilities): void;
  /** The records currently shown. */
  shown(): readonly IndicatorRecord[];
}

/** A table title that says which records it holds. */
function tableTitle(filters: FilterState): string {
  const parts = [
    filters.topic ? topicLabel(filters.topic) : null,
    filters.country ? scopeLabel(filters.country) : null,
    filters.query.trim() ? `search “${filters.query.trim()}”` : null,
  ].filter((part): part is string => part !== null);
  return parts.length === 0 ? "Central Asia indicators" : `Central Asia indicators: ${parts.join(", ")}`;
}

function statusText(count: number, filters: FilterState): string {
  const total = RECORDS.length;
  const filtered =
    count !== total || filters.query.trim() !== "" || filters.topic !== null || filters.country !== null;
  return filtered
    ? `Showing ${count} of ${total} records`
    : `All ${total} records: figures, stances and events`;
}

const TOPIC_ORDER: ReadonlyMap<string, number> = new Map(TOPICS.map((t, i) => [t.id, i]));

/**
 * The records to show, in the order the list shows them (grouped by topic, dataset order within a topic), so
 * that copies, downloads and inserted tables list the rows as the user sees them.
 */
function recordsToShow(filters: FilterState): readonly IndicatorRecord[] {
  const found = searchRecords(filters.query, { topic: filters.topic, country: filters.country });
  return [...found].sort((a, b) => (TOPIC_ORDER.get(a.topic) ?? 0) - (TOPIC_ORDER.get(b.topic) ?? 0));
}

/** Builds the pane in `root` and wires it to the workbook actions. */
export function mountPane(
  root: HTMLElement,
  initialActions: WorkbookActions,
  initialMode: PaneMode,
  initialCapabilities: PaneCapabilities = { cards: true },
): Pane {
  let actions = initialActions;
  let mode = initialMode;
  let filters = NO_FILTERS;
  let shown = recordsToShow(NO_FILTERS);
  let busy = false;

  const messages = createMessages();

  /** Runs one workbook action and reports its outcome; a refusal's "new sheet" alternative re-runs it. */
  const run = async (
    what: string,
    action: (target: InsertTarget) => Promise<InsertOutcome>,
    target: InsertTarget = "active-cell",
  ): Promise<void> => {
    if (busy) return;
    busy = true;
    root.setAttribute("aria-busy", "true");
    try {
      const outcome = await action(target);
      messages.showOutcome(outcome, (next) => void run(what, action, next));
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      messages.show("error", `Could not ${what}: ${detail}`);
    } finally {
      busy = false;
      root.removeAttribute("aria-busy");
    }
  };

  const status = el("p", { class: "status", id: "status", role: "status", "aria-live": "polite" });
  const clearButton = button("Clear", () => applyFilters(NO_FILTERS, true), {
    appearance: "transparent",
    name: "clear-filters",
  });
  clearButton.setAttribute("aria-label", "Clear search and filters");
  const insertTableButton = button(
    "Insert table",
    () => {
      // The rows shown now: a retry on a new sheet inserts these, even if the filters change meanwhile.
      const rows = shown;
      const title = tableTitle(filters);
      void run("insert the table", (t) => actions.insertTable(rows, title, t));
    },
    { appearance: "primary", name: "insert-table" },
  );

  const list = createList({
    insertValue: (record) => void run("insert the value", (t) => actions.insertValue(record, t)),
    insertFormula: (record) => void run("insert the formula", (t) => actions.insertFormula(record, t)),
    showRecord: (id) => {
      if (list.reveal(id)) return;
      applyFilters(NO_FILTERS, true);
      list.reveal(id);
    },
    insertTopic: (_topic, label, records) =>
      void run("insert the table", (t) =>
        actions.insertTable(records, `Central Asia indicators: ${label}`, t),
      ),
    clearFilters: () => applyFilters(NO_FILTERS, true),
  });

  const filterControls = createFilters((next) => applyFilters(next, false));

  function applyFilters(next: FilterState, updateControls: boolean): void {
    filters = next;
    if (updateControls) filterControls.set(next);
    shown = recordsToShow(next);
    list.render(shown);
    status.textContent = statusText(shown.length, next);
    clearButton.hidden =
      next === NO_FILTERS || (next.query === "" && next.topic === null && next.country === null);
    insertTableButton.textContent = `Insert table (${shown.length})`;
    insertTableButton.setAttribute("aria-label", `Insert table of the ${shown.length} shown records`);
    if (updateControls) filterControls.search.focus();
  }

  const copyTsv = async (): Promise<void> => {
    const result = await copyText(recordsAsText(shown, "\t"));
    messages.show(
      result === "copied" ? "success" : "info",
      result === "copied"
        ? `Copied ${shown.length} records as tab-separated text: paste them into any sheet.`
        : "The table text is selected: press Ctrl+C (⌘C on a Mac) to copy it.",
    );
  };

  const modeBadge = el("fluent-badge", { class: "mode", appearance: "tint", size: "small", id: "mode" });
  const previewNote = el("p", { class: "preview-note", id: "preview-note" }, [
    "Preview outside Excel: browse, search, read the quotes, copy or download. Inserting into a workbook needs Excel.",
  ]);
  const showMode = (): void => {
    modeBadge.textContent = mode === "excel" ? "Excel" : "Preview";
    modeBadge.setAttribute("color", mode === "excel" ? "success" : "warning");
    previewNote.hidden = mode === "excel";
    root.dataset.mode = mode;
  };

  const cardPanel = createCardPanel(
    (country) => void run("insert the country card", (t) => actions.insertCountryCard(country, t)),
  );
  const showCapabilities = (capabilities: PaneCapabilities): void =>
    cardPanel.setSupported(capabilities.cards, NO_CARDS_MESSAGE);
  showCapabilities(initialCapabilities);

  const charts = el("details", { class: "panel charts-panel" }, [
    el("summary", {}, ["Compare countries: trade growth and polls"]),
    createCharts(
      (indicator) => void run("insert the chart", (t) => actions.insertComparisonChart(indicator, t)),
    ),
  ]);

  replaceChildren(root, [
    el("header", { class: "pane-header" }, [
      el("div", { class: "title-row" }, [el("h1", {}, ["Central Asia Indicators"]), modeBadge]),
      el("p", { class: "subtitle" }, [
        "Russia and Central Asia in figures, stances and events, each with the sentence it comes from.",
      ]),
      previewNote,
    ]),
    el("div", { class: "controls" }, [
      filterControls.element,
      el("div", { class: "status-row" }, [status, clearButton]),
    ]),
    messages.element,
    el("div", { class: "commands", role: "group", "aria-label": "Shown records" }, [
      insertTableButton,
      button("Copy as TSV", () => void copyTsv(), {
        name: "copy-tsv",
        title: "Copy the shown records as tab-separated text",
      }),
      button(
        "Download CSV",
        () => {
          downloadCsv(shown);
          messages.show("success", `Saved ${shown.length} records as ${CSV_FILE_NAME}.`);
        },
        { name: "download-csv", title: `Save the shown records as ${CSV_FILE_NAME}` },
      ),
    ]),
    el("div", { class: "commands secondary", role: "group", "aria-label": "Workbook tables" }, [
      button(
        "Insert stance matrix",
        () => void run("insert the stance matrix", (t) => actions.insertStanceMatrix(t)),
        {
          appearance: "subtle",
          name: "insert-stance-matrix",
        },
      ),
      button("Insert timeline", () => void run("insert the timeline", (t) => actions.insertTimeline(t)), {
        appearance: "subtle",
        name: "insert-timeline",
      }),
    ]),
    charts,
    cardPanel.element,
    list.element,
    el("footer", { class: "pane-footer" }, [
      el("span", {}, ["Source: "]),
      el("cite", {}, [formatCitation()]),
    ]),
  ]);

  showMode();
  applyFilters(NO_FILTERS, false);

  return {
    setActions(next, nextMode, capabilities = { cards: true }) {
      actions = next;
      mode = nextMode;
      showMode();
      showCapabilities(capabilities);
    },
    shown: () => shown,
  };
}
