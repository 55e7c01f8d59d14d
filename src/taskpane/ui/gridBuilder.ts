/*
 * The grid builder: tick countries, indicators and their fields, choose live formulas or values, see the grid
 * before it is written, and insert it; the choice is remembered for the user's next grid (localStorage, as
 * the column chooser's). The countries, indicators and fields come from the dataset and the
 * functions' own field names (excel/grid.ts), never from a list kept here. With nothing to insert the button
 * is disabled and says why, as the pane's other commands do.
 */
import { FIELDS, type Field } from "../../core/fields";
import type { CountryCode } from "../../core/countries";
import {
  gridBlock,
  gridCountries,
  gridIndicators,
  gridSize,
  indicatorHeading,
  type GridChoice,
  type GridMode,
} from "../../excel/grid";
import { ENGLISH_FORMULAS, type FormulaStyle } from "../../excel/formulas";
import type { PaneLanguage } from "../i18n";
import { browserStore, type ColumnStore } from "./columns";
import {
  button,
  el,
  labelledChoice,
  on,
  replaceChildren,
  tickedValues as ticked,
  uniqueId,
  type LabelledChoice,
} from "./dom";

/** Data columns the preview shows at most; the grid itself has them all. */
const PREVIEW_COLUMNS = 4;
/** Characters of a cell the preview shows (quotes are long). */
const PREVIEW_CHARACTERS = 48;

/** A labelled checkbox or radio button of the grid's panel. */
const choice = (type: "checkbox" | "radio", name: string, value: string, label: string, checked: boolean) =>
  labelledChoice(type, name, value, label, checked, "grid-choice");

const cut = (text: string): string =>
  text.length > PREVIEW_CHARACTERS ? `${text.slice(0, PREVIEW_CHARACTERS - 1)}…` : text;

/** The grid's first columns as a small table, the cells as they will read in this Excel. */
function previewTable(choice: GridChoice, language: PaneLanguage, formulas: FormulaStyle): HTMLElement {
  const block = gridBlock(choice, language.workbook, formulas);
  const rows = block.cells.map((row, r) => {
    const shown = row.slice(0, 1 + PREVIEW_COLUMNS);
    const cells = shown.map((cell, c) =>
      el(r === 0 || c === 0 ? "th" : "td", cell.missing ? { class: "missing" } : {}, [cut(cell.shown)]),
    );
    if (row.length > shown.length) cells.push(el(r === 0 ? "th" : "td", { class: "more" }, ["…"]));
    return el("tr", {}, cells);
  });
  return el("table", { class: "grid-preview", "aria-label": language.t.grid.preview }, [
    el("tbody", {}, rows),
  ]);
}

/** Where the last grid's choice is kept, per user, so that the next grid starts from it. */
export const GRID_STORAGE_KEY = "ca-indicators.grid";

/** The choice kept, as far as it is readable; what the dataset no longer offers simply stays unticked. */
function readChoice(store: ColumnStore | null): Partial<Record<keyof GridChoice, unknown>> {
  try {
    const kept: unknown = JSON.parse(store?.getItem(GRID_STORAGE_KEY) ?? "null");
    return typeof kept === "object" && kept !== null ? kept : {};
  } catch {
    return {};
  }
}

const listed = (kept: unknown, value: string): boolean => Array.isArray(kept) && kept.includes(value);

export interface GridBuilder {
  readonly element: HTMLElement;
  /** How this Excel takes formulas, for the preview (English names and "," where not said). */
  setFormulas(style: FormulaStyle | undefined): void;
}

/** The "Build a grid" panel; `insert` receives the choice when the button is pressed. */
export function createGridBuilder(
  insert: (choice: GridChoice) => void,
  language: PaneLanguage,
  store: ColumnStore | null = browserStore(),
): GridBuilder {
  let formulas = ENGLISH_FORMULAS;
  const { t, workbook } = language;
  const g = t.grid;
  const kept = readChoice(store);
  const countries = gridCountries().map((code) =>
    choice("checkbox", "grid-country", code, language.words.country(code), listed(kept.countries, code)),
  );
  const indicators = gridIndicators().map((indicator) =>
    choice(
      "checkbox",
      "grid-indicator",
      indicator,
      indicatorHeading(indicator, workbook),
      listed(kept.indicators, indicator),
    ),
  );
  const keptFields = FIELDS.filter((field) => listed(kept.fields, field));
  const fields = FIELDS.map((field) =>
    choice(
      "checkbox",
      "grid-field",
      field,
      workbook.grid.field(field),
      keptFields.length === 0 ? field === "value" : keptFields.includes(field),
    ),
  );
  const keptMode = kept.mode === "values" ? "values" : "formulas";
  const modes = (["formulas", "values"] as const).map((mode) =>
    choice("radio", "grid-mode", mode, mode === "formulas" ? g.formulas : g.values, mode === keptMode),
  );
  const hint = el("p", { class: "command-hint", id: uniqueId("grid-hint"), role: "note" });
  const preview = el("div", { class: "grid-preview-box" });

  const current = (): GridChoice => ({
    countries: ticked(countries) as CountryCode[],
    indicators: ticked(indicators),
    fields: ticked(fields) as Field[],
    mode: (ticked(modes)[0] ?? "formulas") as GridMode,
  });

  const insertButton = button(
    g.insert,
    () => {
      const picked = current();
      const size = gridSize(picked);
      if (size.rows > 0 && size.columns > 0) insert(picked);
    },
    { appearance: "primary", name: "insert-grid" },
  );

  /** Why there is nothing to insert: what is still to tick. */
  const whyNot = (rows: number, columns: number): string => {
    if (rows === 0 && columns === 0) return g.pickBoth;
    return rows === 0 ? g.pickCountry : g.pickIndicator;
  };

  const update = (event?: Event): void => {
    // Unticking the last field would leave a grid of nothing: it stays ticked, as in the column chooser.
    if (ticked(fields).length === 0) {
      const last = fields.find((f) => f.box === event?.target) ?? fields[0];
      last.box.checked = true;
    }
    const picked = current();
    const { rows, columns } = gridSize(picked);
    const ready = rows > 0 && columns > 0;
    insertButton.textContent = ready ? g.insertCount(rows, columns) : g.insert;
    if (ready) insertButton.setAttribute("aria-label", g.insertLabel(rows, columns));
    else insertButton.removeAttribute("aria-label");
    insertButton.toggleAttribute("disabled", !ready);
    if (ready) insertButton.removeAttribute("aria-describedby");
    else insertButton.setAttribute("aria-describedby", hint.id);
    hint.textContent = ready ? "" : whyNot(rows, columns);
    hint.hidden = ready;
    replaceChildren(preview, ready ? [previewTable(picked, language, formulas)] : []);
    if (event !== undefined) keep(picked);
  };

  /** Keeps the choice for the next grid; a store that refuses leaves it for this session only. */
  const keep = (picked: GridChoice): void => {
    try {
      store?.setItem(GRID_STORAGE_KEY, JSON.stringify(picked));
    } catch {
      // The choice still applies until the pane closes.
    }
  };

  const group = (legend: string, boxes: readonly LabelledChoice[], name: string): HTMLElement => {
    const fieldset = el("fieldset", { class: `grid-choices ${name}` }, [
      el("legend", {}, [legend]),
      ...boxes.map((b) => b.element),
    ]);
    on(fieldset, { change: update });
    return fieldset;
  };

  const element = el("details", { class: "panel grid-panel" }, [
    el("summary", {}, [g.summary]),
    el("div", { class: "grid-builder" }, [
      el("p", { class: "grid-intro" }, [g.intro]),
      group(g.countries, countries, "grid-countries"),
      group(g.indicators, indicators, "grid-indicators"),
      group(g.fields, fields, "grid-fields"),
      group(g.mode, modes, "grid-modes"),
      preview,
      hint,
      insertButton,
    ]),
  ]);
  update();
  return {
    element,
    setFormulas: (style) => {
      formulas = style ?? ENGLISH_FORMULAS;
      update();
    },
  };
}
