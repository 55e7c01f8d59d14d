import { qualifierOf, unitLabel } from "../../core/fields";
import { formatCitation } from "../../core/source";
import type { IndicatorRecord } from "../../core/types";
import { button, el, type Child } from "./dom";

export interface RowActions {
  insertValue(record: IndicatorRecord): void;
  insertFormula(record: IndicatorRecord): void;
  /** Opens a related record's row (clearing filters that hide it). */
  showRecord(id: string): void;
}

const BASIS_TEXT: Readonly<Record<string, string>> = {
  stated: "stated (the sentence names it)",
  "region-wide": "region-wide (said of all the Central Asian countries, not of each by name)",
  implied: "implied (follows from an exclusion such as “only Kazakhstan”)",
};

/** The quote, verbatim, with the words that state the figure marked (when they occur in it as written). */
export function quoteWithMark(quote: string, statedAs: string): Child[] {
  let at = quote.indexOf(statedAs);
  if (at < 0) at = quote.toLowerCase().indexOf(statedAs.toLowerCase());
  if (at < 0 || statedAs === "") return [quote];
  return [
    quote.slice(0, at),
    el("mark", {}, [quote.slice(at, at + statedAs.length)]),
    quote.slice(at + statedAs.length),
  ];
}

function periodText(record: IndicatorRecord): string {
  const { start, end, label } = record.period;
  if (end === null) return label;
  return start === null ? `${label} (until ${end})` : `${label} (${start} to ${end})`;
}

/** Links to the records the article sets beside this one. */
function relatedLinks(record: IndicatorRecord, actions: RowActions): Child[] {
  const ids = record.related ?? [];
  if (ids.length === 0) return [];
  const links = ids.flatMap((id, i) => [
    i > 0 ? ", " : null,
    button(id, () => actions.showRecord(id), { appearance: "transparent", name: "show-related" }),
  ]);
  return [el("dt", {}, ["Related"]), el("dd", { class: "related" }, links)];
}

function fact(term: string, value: string): Child[] {
  return [el("dt", {}, [term]), el("dd", {}, [value])];
}

/** The opened part of a row: verbatim quote, citation, the record's facts and its insert buttons. */
export function createDetail(record: IndicatorRecord, id: string, actions: RowActions): HTMLElement {
  return el("div", { class: "detail", id, role: "region", "aria-label": `Details: ${record.label}` }, [
    el("blockquote", { class: "quote", "data-quote": "" }, quoteWithMark(record.quote, record.statedAs)),
    el("p", { class: "citation" }, [
      el("span", { class: "citation-label" }, ["Source: "]),
      el("cite", {}, [formatCitation()]),
    ]),
    el("dl", { class: "facts" }, [
      ...fact("Id", record.id),
      ...fact("Period", periodText(record)),
      ...fact("Unit", unitLabel(record)),
      ...fact("Qualifier", qualifierOf(record)),
      ...(record.kind === "stance" ? fact("Basis", BASIS_TEXT[record.basis] ?? record.basis) : []),
      ...(record.kind === "stance" && record.condition !== undefined
        ? fact("Condition", record.condition)
        : []),
      ...(record.note === undefined ? [] : fact("Note", record.note)),
      ...relatedLinks(record, actions),
    ]),
    el("div", { class: "row-actions" }, [
      button("Insert value", () => actions.insertValue(record), {
        appearance: "primary",
        name: "insert-value",
      }),
      button("Insert formula", () => actions.insertFormula(record), { name: "insert-formula" }),
    ]),
  ]);
}
