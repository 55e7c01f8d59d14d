import type { IndicatorRecord } from "../../core/types";
import type { PaneLanguage } from "../i18n";
import { button, el, type Child } from "./dom";
import { translated } from "./text";

export interface RowActions {
  insertValue(record: IndicatorRecord): void;
  insertFormula(record: IndicatorRecord): void;
  /** The quote, value as stated and citation as a small block. */
  insertQuote(record: IndicatorRecord): void;
  /** The citation and the quote onto the clipboard. */
  copyCitation(record: IndicatorRecord): void;
  /** Opens a linked record's row (clearing filters that hide it). */
  showRecord(id: string): void;
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

export function periodText(record: IndicatorRecord, { t, words }: PaneLanguage): string {
  const { start, end, label } = record.period;
  const period = words.period(label);
  if (end === null) return period;
  if (period.endsWith(")")) {
    // The label brackets its own end ("2022 (to 23 Dec)"): the dates join that bracket, not a second one,
    // and an open start adds nothing the bracket does not say.
    return start === null
      ? period
      : `${period.slice(0, -1)}; ${t.dateRange(words.date(start), words.date(end))})`;
  }
  return start === null
    ? t.until(period, words.date(end))
    : t.fromTo(period, words.date(start), words.date(end));
}

/** An id as it is typed in a formula: code, styled like the text around it. */
const idNode = (id: string): HTMLElement => el("code", { class: "literal" }, [id]);

/** Links to other records by id (related records, examples, what this is an example of). */
function recordLinks(term: string, ids: readonly string[], name: string, actions: RowActions): Child[] {
  if (ids.length === 0) return [];
  const links = ids.flatMap((id, i) => [
    i > 0 ? ", " : null,
    (() => {
      const link = button("", () => actions.showRecord(id), { appearance: "transparent", name });
      link.replaceChildren(idNode(id));
      return link;
    })(),
  ]);
  return [el("dt", {}, [term]), el("dd", { class: "related" }, links)];
}

function fact(term: string, value: Child[] | string): Child[] {
  return [el("dt", {}, [term]), el("dd", {}, typeof value === "string" ? [value] : value)];
}

/** A stance's condition: the source's words, and in another language their translation before them. */
function conditionText(record: IndicatorRecord, language: PaneLanguage): Child[] {
  if (record.kind !== "stance" || record.condition === undefined) return [];
  const intro = language.t.conditionWithSource;
  if (intro === null) return [record.condition];
  return [
    intro(language.words.condition(record)),
    el("span", { lang: "en", class: "source-words" }, [`“${record.condition}”`]),
  ];
}

/** The opened part of a row: verbatim quote, citation, the record's facts and its insert buttons. */
export function createDetail(
  record: IndicatorRecord,
  id: string,
  actions: RowActions,
  language: PaneLanguage,
): HTMLElement {
  const { t, words } = language;
  const note = words.note(record);
  return el("div", { class: "detail", id, role: "region", "aria-label": t.details(words.label(record)) }, [
    t.quoteIntro === null ? null : el("p", { class: "quote-intro" }, [t.quoteIntro]),
    el(
      "blockquote",
      { class: "quote", "data-quote": "", lang: "en" },
      quoteWithMark(record.quote, record.statedAs),
    ),
    el("p", { class: "citation" }, [
      el("span", { class: "citation-label" }, [t.source]),
      el("cite", {}, translated(words.citation(), language)),
    ]),
    el("dl", { class: "facts" }, [
      ...fact(t.facts.id, [idNode(record.id)]),
      ...fact(t.facts.period, periodText(record, language)),
      ...fact(t.facts.unit, words.unit(record)),
      ...fact(t.facts.qualifier, words.qualifier(record.qualifier)),
      ...(record.kind === "stance" ? fact(t.facts.basis, t.bases[record.basis]) : []),
      ...(record.kind === "stance" && record.condition !== undefined
        ? fact(t.facts.condition, conditionText(record, language))
        : []),
      ...(note === undefined ? [] : fact(t.facts.note, translated(note, language))),
      ...recordLinks(t.facts.related, record.related ?? [], "show-related", actions),
      ...recordLinks(t.facts.exampleOf, record.exampleOf ?? [], "show-example-of", actions),
      ...recordLinks(t.facts.examples, record.examples ?? [], "show-example", actions),
    ]),
    el("div", { class: "row-actions" }, [
      button(t.insertValue, () => actions.insertValue(record), {
        appearance: "primary",
        name: "insert-value",
      }),
      button(t.insertFormula, () => actions.insertFormula(record), { name: "insert-formula" }),
      button(t.citations.insertQuote, () => actions.insertQuote(record), { name: "insert-quote" }),
      button(t.citations.copyCitation, () => actions.copyCitation(record), {
        name: "copy-citation",
        title: t.citations.copyCitationTitle,
      }),
    ]),
  ]);
}
