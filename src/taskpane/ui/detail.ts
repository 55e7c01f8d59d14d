import { qualifierOf, unitLabel } from "../../core/fields";
import { formatCitation } from "../../core/source";
import type { IndicatorRecord } from "../../core/types";
import { button, el, type Child } from "./dom";

export interface RowActions {
  insertValue(record: IndicatorRecord): void;
  insertFormula(record: IndicatorRecord): void;
}

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
  return start === null ? `${label} (until ${end})` : `${label} (${start} to ${end})`;
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
