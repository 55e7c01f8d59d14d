import type { IndicatorRecord } from "../../core/types";
import type { FormulaStyle } from "../../excel/formulas";
import { RECORDS } from "../../core/dataset";
import { copiedCitation } from "../../excel/citations/citationText";
import type {
  CitationActions,
  ColumnsToFit,
  InsertOutcome,
  InsertTarget,
  WorkbookActions,
} from "../../excel/contract";
import { ENGLISH, type PaneLanguage } from "../i18n";
import { createCardPanel } from "./card";
import { createCharts } from "./charts";
import { createCitationCommands, createLongRunner } from "./citations";
import { createExplainPanel } from "./explain";
import { button, el, replaceChildren } from "./dom";
import { copyText, CSV_FILE_NAME, downloadCsv, recordsAsText } from "./exports";
import { createGridBuilder } from "./gridBuilder";
import { createFilters, isFiltered, NO_FILTERS, type FilterState } from "./filters";
import { createList } from "./list";
import { createColumnChooser } from "./columns";
import { createMessages } from "./messages";
import { recordsToShow, statusText, tableTitle } from "./shown";
import { createStarts, openPanel } from "./starts";
import { translated, withCode } from "./text";

export type PaneMode = "excel" | "preview";

/** What the host can take besides the basic inserts; a reason is shown where it cannot. */
export interface PaneCapabilities {
  readonly cards: boolean;
  /** How this Excel takes formulas (the grid's preview shows them so); English where not said. */
  readonly formulas?: FormulaStyle;
}

export interface Pane {
  /** Switches to other workbook actions, e.g. when Excel reports in after the preview was shown. */
  setActions(
    actions: WorkbookActions,
    mode: PaneMode,
    capabilities?: PaneCapabilities,
    citations?: CitationActions,
  ): void;
  /** The records currently shown. */
  shown(): readonly IndicatorRecord[];
}

/** Builds the pane in `root`, in `language`, and wires it to the workbook actions. */
export function mountPane(
  root: HTMLElement,
  initialActions: WorkbookActions,
  initialMode: PaneMode,
  initialCapabilities: PaneCapabilities = { cards: true },
  language: PaneLanguage = ENGLISH,
  initialCitations?: CitationActions,
): Pane {
  const { t, words } = language;
  let actions = initialActions;
  let citations = initialCitations;
  let stopFollowing: (() => Promise<void>) | null = null;
  let mode = initialMode;
  let filters = NO_FILTERS;
  let shown = recordsToShow(NO_FILTERS, language);

  const messages = createMessages(language);

  /** Widens an inserted block's columns, the user's choice from the insert's message. */
  const widen = async (columns: ColumnsToFit): Promise<void> => {
    const outcome = await actions.widenColumns(columns);
    messages.show(outcome.ok ? "success" : "warning", outcome.message);
  };

  // One action at a time: the pane is busy (aria-busy, which assistive technology also reads) until it ends.
  const busyGate = {
    enter: (): boolean => {
      if (root.hasAttribute("aria-busy")) return false;
      root.setAttribute("aria-busy", "true");
      return true;
    },
    leave: (): void => root.removeAttribute("aria-busy"),
  };

  /** Runs one workbook action and reports its outcome; a refusal's "new sheet" alternative re-runs it. */
  const run = async (
    what: string,
    action: (target: InsertTarget) => Promise<InsertOutcome>,
    target: InsertTarget = "active-cell",
  ): Promise<void> => {
    if (!busyGate.enter()) return;
    try {
      const outcome = await action(target);
      messages.showOutcome(
        outcome,
        (next) => void run(what, action, next),
        (columns) => void widen(columns),
      );
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      messages.show("error", t.couldNot(what, detail));
    } finally {
      busyGate.leave();
    }
  };

  const long = createLongRunner(() => citations, busyGate, messages, language);
  const runLong = long.run;

  /** Copies text; where the clipboard refuses, the text is left selected and the pane says so. */
  const copy = async (text: string, copied: string, selected: string): Promise<void> => {
    const done = (await copyText(text, language)) === "copied";
    messages.show(done ? "success" : "info", done ? copied : selected);
  };
  const copyCitation = (record: IndicatorRecord): Promise<void> =>
    copy(
      copiedCitation(record, language.workbook),
      t.citations.citationCopied(record.id),
      t.citations.citationSelected,
    );

  const status = el("p", { class: "status", id: "status", role: "status", "aria-live": "polite" });
  const clearButton = button(t.clear, () => applyFilters(NO_FILTERS, true), {
    appearance: "transparent",
    name: "clear-filters",
  });
  clearButton.setAttribute("aria-label", t.clearAll);
  const shownEvents = (): readonly IndicatorRecord[] => shown.filter((record) => record.kind === "event");
  // Why the commands below are disabled, when they are: said in words, and tied to each disabled button.
  const commandHint = el("p", { class: "command-hint", id: "command-hint", role: "note" });
  const timelineButton = button(
    t.insertTimeline,
    () => {
      const events = shownEvents();
      if (events.length > 0) void run(t.doing.timeline, (target) => actions.insertTimeline(target, events));
    },
    { appearance: "subtle", name: "insert-timeline" },
  );
  const columnChooser = createColumnChooser(language);
  const insertTableButton = button(
    t.insertTable,
    () => {
      // The rows shown now: a retry on a new sheet inserts these, even if the filters change meanwhile.
      const rows = shown;
      if (rows.length === 0) return;
      const title = tableTitle(filters, language);
      const columns = columnChooser.chosen();
      void run(t.doing.table, (target) => actions.insertTable(rows, title, target, columns));
    },
    { appearance: "primary", name: "insert-table" },
  );

  /** Shows a record's row, clearing the filters where they hide it. */
  const showRecord = (id: string): void => {
    if (list.reveal(id)) return;
    applyFilters(NO_FILTERS, true);
    list.reveal(id);
  };
  const list = createList(
    {
      insertValue: (record) => void run(t.doing.value, (target) => actions.insertValue(record, target)),
      insertFormula: (record) => void run(t.doing.formula, (target) => actions.insertFormula(record, target)),
      insertQuote: (record) =>
        void run(t.citations.doingQuote, (target) => actions.insertQuote(record, target)),
      copyCitation: (record) => void copyCitation(record),
      showRecord,
      insertTopic: (_topic, label, records) =>
        void run(t.doing.table, (target) =>
          actions.insertTable(records, t.tableTitleOf([label]), target, columnChooser.chosen()),
        ),
      clearFilters: () => applyFilters(NO_FILTERS, true),
    },
    language,
  );

  const filterControls = createFilters((next) => applyFilters(next, false), language);

  const explain = createExplainPanel(
    {
      showRecord,
      copyCitation: (record) => void copyCitation(record),
    },
    language,
  );
  /** Follows the selection where the citation actions can (in Excel); stops following the previous ones. */
  const follow = async (): Promise<void> => {
    const previous = stopFollowing;
    stopFollowing = null;
    if (previous !== null) await previous().catch(() => undefined);
    explain.show(null);
    if (citations === undefined) return;
    stopFollowing = await citations
      .followSelection((explanation) => explain.show(explanation))
      .catch(() => null);
  };
  const citationCommands = createCitationCommands(() => citations as CitationActions, runLong, language);

  function applyFilters(next: FilterState, updateControls: boolean): void {
    filters = next;
    if (updateControls) filterControls.set(next);
    shown = recordsToShow(next, language);
    list.render(shown);
    status.textContent = statusText(shown.length, next, language);
    clearButton.hidden = !isFiltered(next);
    // A table of every record is rarely the first thing wanted: the starts above lead; a narrowed list's table leads.
    insertTableButton.setAttribute("appearance", isFiltered(next) ? "primary" : "outline");
    insertTableButton.textContent = t.insertTableCount(shown.length);
    insertTableButton.setAttribute("aria-label", t.insertTableLabel(shown.length));
    const events = shownEvents().length;
    timelineButton.textContent = t.insertTimelineCount(events);
    timelineButton.setAttribute("aria-label", t.insertTimelineLabel(events));
    const empty = shown.length === 0;
    for (const command of [insertTableButton, copyButton, downloadButton]) setEnabled(command, !empty);
    setEnabled(timelineButton, events > 0);
    commandHint.textContent = empty ? t.nothingToInsert : events === 0 ? t.noEventsShown : "";
    commandHint.hidden = commandHint.textContent === "";
    if (updateControls) filterControls.search.focus();
  }

  const copyTsv = async (): Promise<void> => {
    if (shown.length === 0) return;
    await copy(recordsAsText(shown, "tsv", language), t.copied(shown.length), t.selectedToCopy);
  };

  const copyButton = button(t.copyTsv, () => void copyTsv(), { name: "copy-tsv", title: t.copyTsvTitle });
  const downloadButton = button(
    t.downloadCsv,
    () => {
      if (shown.length === 0) return;
      downloadCsv(shown, language);
      messages.show("success", withCode(t.saved(shown.length, CSV_FILE_NAME), CSV_FILE_NAME, language));
    },
    { name: "download-csv", title: t.downloadCsvTitle(CSV_FILE_NAME) },
  );

  /** A command with nothing to act on is disabled, and says why through the hint beside the commands. */
  const setEnabled = (command: HTMLElement, enabled: boolean): void => {
    command.toggleAttribute("disabled", !enabled);
    if (enabled) command.removeAttribute("aria-describedby");
    else command.setAttribute("aria-describedby", commandHint.id);
  };

  const modeBadge = el("fluent-badge", { class: "mode", appearance: "tint", size: "small", id: "mode" });
  const previewNote = el("p", { class: "preview-note", id: "preview-note" }, [t.previewNote]);
  const showMode = (): void => {
    modeBadge.textContent = mode === "excel" ? t.modeExcel : t.modePreview;
    modeBadge.setAttribute("color", mode === "excel" ? "success" : "warning");
    previewNote.hidden = mode === "excel";
    root.dataset.mode = mode;
  };

  const cardPanel = createCardPanel(
    (country) => void run(t.doing.card, (target) => actions.insertCountryCard(country, target)),
    language,
  );
  const grid = createGridBuilder(
    (choice) => void run(t.doing.grid, (target) => actions.insertGrid(choice, target)),
    language,
  );
  const showCapabilities = (capabilities: PaneCapabilities): void => {
    cardPanel.setSupported(capabilities.cards, language.workbook.noCards);
    grid.setFormulas(capabilities.formulas);
  };
  showCapabilities(initialCapabilities);
  const charts = el("details", { class: "panel charts-panel" }, [
    el("summary", {}, [t.charts]),
    createCharts(
      (indicator) => void run(t.doing.chart, (target) => actions.insertComparisonChart(indicator, target)),
      language,
    ),
  ]);

  replaceChildren(root, [
    el("header", { class: "pane-header" }, [
      el("div", { class: "title-row" }, [el("h1", {}, [t.title]), modeBadge]),
      el("p", { class: "subtitle" }, [t.subtitle(RECORDS.length)]),
      previewNote,
    ]),
    createStarts(
      {
        compare: () => openPanel(charts),
        cite: () => {
          filterControls.search.focus();
          messages.show("info", t.citeHint);
        },
        card: () => openPanel(cardPanel.element),
        events: () => applyFilters({ ...NO_FILTERS, kind: "event" }, true),
      },
      language,
    ),
    el("div", { class: "controls" }, [
      filterControls.element,
      el("div", { class: "status-row" }, [status, clearButton]),
    ]),
    messages.element,
    long.progress,
    explain.element,
    el("div", { class: "commands", role: "group", "aria-label": t.shownRecords }, [
      insertTableButton,
      copyButton,
      downloadButton,
    ]),
    columnChooser.element,
    el("div", { class: "commands secondary", role: "group", "aria-label": t.workbookTables }, [
      button(
        t.insertStanceMatrix,
        () => void run(t.doing.matrix, (target) => actions.insertStanceMatrix(target)),
        { appearance: "subtle", name: "insert-stance-matrix" },
      ),
      timelineButton,
    ]),
    commandHint,
    citationCommands.element,
    charts,
    grid.element,
    cardPanel.element,
    list.element,
    el("footer", { class: "pane-footer" }, [
      el("span", {}, [t.source]),
      el("cite", {}, translated(words.citation(), language)),
    ]),
  ]);

  showMode();
  applyFilters(NO_FILTERS, false);
  void follow();

  return {
    setActions(next, nextMode, capabilities = { cards: true }, nextCitations) {
      actions = next;
      mode = nextMode;
      citations = nextCitations ?? citations;
      showMode();
      showCapabilities(capabilities);
      void follow();
    },
    shown: () => shown,
  };
}
