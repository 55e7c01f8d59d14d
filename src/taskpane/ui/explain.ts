/*
 * "This cell": what the selected cell cites, shown at the top of the pane as the selection moves. A CA.*
 * formula is shown call by call ("CA.RUTRADE("UZ") → trade-growth.UZ"), a row of a CA.INDICATORS spill or
 * of an inserted block by its record, each with its quote, value as stated, period, qualifier, basis and the
 * citation. A cell the user changed since the add-in inserted it says so. Other cells hide the panel.
 */
import type { CellExplanation } from "../../excel/citations/explain";
import type { CallMeaning } from "../../excel/citations/callRecords";
import type { IndicatorRecord } from "../../core/types";
import type { PaneLanguage } from "../i18n";
import { button, el, replaceChildren, type Child } from "./dom";
import { periodText, quoteWithMark } from "./detail";
import { translated } from "./text";

/** How many records the panel shows in full; the rest are listed by id. */
export const EXPLAINED_IN_FULL = 3;

export interface ExplainActions {
  showRecord(id: string): void;
  copyCitation(record: IndicatorRecord): void;
}

export interface ExplainPanel {
  readonly element: HTMLElement;
  /** Shows the explanation of the selected cell; null hides the panel (the pane stays as it is). */
  show(explanation: CellExplanation | null): void;
}

const code = (text: string): HTMLElement => el("code", { class: "literal" }, [text]);

function idLink(id: string, actions: ExplainActions, { t }: PaneLanguage): HTMLElement {
  const link = button("", () => actions.showRecord(id), {
    appearance: "transparent",
    name: "show-explained",
    title: t.citations.showInList(id),
  });
  link.replaceChildren(code(id));
  return link;
}

function callLine(meaning: CallMeaning, actions: ExplainActions, language: PaneLanguage): HTMLElement {
  const say = language.t.citations;
  const target: Child[] =
    meaning.kind === "records"
      ? meaning.records.slice(0, 12).flatMap((r, i) => [i > 0 ? ", " : null, idLink(r.id, actions, language)])
      : meaning.kind === "countries"
        ? [say.cellUsesCountries]
        : meaning.kind === "source"
          ? [say.cellUsesSource]
          : [el("span", { class: "unresolved" }, [meaning.reason])];
  const more =
    meaning.kind === "records" && meaning.records.length > 12 ? ` (+${meaning.records.length - 12})` : "";
  return el("li", { "data-call": meaning.call.fn }, [code(meaning.call.text), " → ", ...target, more]);
}

function recordCard(record: IndicatorRecord, actions: ExplainActions, language: PaneLanguage): HTMLElement {
  const { t, words } = language;
  return el("article", { class: "explained-record", "data-id": record.id }, [
    el("h3", {}, translated(words.label(record), language)),
    el("p", { class: "explained-value" }, [
      el("strong", {}, [record.kind === "event" ? words.period(record.period.label) : words.value(record)]),
      ` · ${words.qualifier(record.qualifier)}`,
      record.kind === "stance" ? ` · ${words.basis(record.basis)}` : "",
    ]),
    el(
      "blockquote",
      { class: "quote", lang: "en", "data-quote": "" },
      quoteWithMark(record.quote, record.statedAs),
    ),
    el("dl", { class: "facts" }, [
      el("dt", {}, [t.facts.id]),
      el("dd", {}, [code(record.id)]),
      el("dt", {}, [t.facts.period]),
      el("dd", {}, [periodText(record, language)]),
    ]),
    el("p", { class: "citation" }, [
      el("span", { class: "citation-label" }, [t.source]),
      el("cite", {}, translated(words.citation(), language)),
    ]),
    el("div", { class: "row-actions" }, [
      button(t.citations.copyCitation, () => actions.copyCitation(record), {
        name: "copy-citation",
        title: t.citations.copyCitationTitle,
      }),
      button(t.citations.showInList(record.id), () => actions.showRecord(record.id), {
        appearance: "subtle",
        name: "show-in-list",
      }),
    ]),
  ]);
}

export function createExplainPanel(actions: ExplainActions, language: PaneLanguage): ExplainPanel {
  const say = language.t.citations;
  const element = el("section", {
    class: "panel explain",
    id: "explain",
    "aria-label": say.thisCellLabel,
    "aria-live": "polite",
    hidden: true,
  });
  // Counts what the panel was given: each selection change's answer, so a reader (or a test) can tell a new
  // answer from the last one even when the panel stays hidden.
  let answers = 0;
  const show = (explanation: CellExplanation | null): void => {
    answers += 1;
    element.dataset.answers = String(answers);
    if (explanation === null) {
      element.hidden = true;
      replaceChildren(element, []);
      return;
    }
    const records = explanation.records;
    const full = records.slice(0, EXPLAINED_IN_FULL);
    const rest = records.slice(EXPLAINED_IN_FULL);
    const changed =
      explanation.changed && records.length > 0
        ? say.changed(language.words.value(records[0]))
        : explanation.changed
          ? say.rowChanged
          : null;
    replaceChildren(element, [
      el("div", { class: "explain-head" }, [
        el("h2", {}, [say.thisCell]),
        button("✕", () => show(null), {
          appearance: "transparent",
          name: "close-explain",
          title: say.closeExplanation,
        }),
      ]),
      el("p", { class: "cell-line", "data-address": explanation.address }, [
        code(explanation.address),
        ` · ${say.kinds[explanation.source]}`,
        ...(explanation.formula === null ? [] : [" ", code(explanation.formula)]),
      ]),
      explanation.calls.length === 0
        ? null
        : el(
            "ul",
            { class: "calls" },
            explanation.calls.map((m) => callLine(m, actions, language)),
          ),
      changed === null ? null : el("p", { class: "changed", role: "alert" }, [changed]),
      ...full.map((r) => recordCard(r, actions, language)),
      rest.length === 0
        ? null
        : el("p", { class: "more-records" }, [
            say.moreRecords(rest.length),
            " ",
            ...rest.flatMap((r, i) => [i > 0 ? ", " : null, idLink(r.id, actions, language)]),
          ]),
    ]);
    element.hidden = false;
  };
  return { element, show };
}
