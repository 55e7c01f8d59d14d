import { TOPICS } from "../../core/topics";
import type { IndicatorRecord, TopicId } from "../../core/types";
import type { PaneLanguage } from "../i18n";
import { createDetail, type RowActions } from "./detail";
import { button, el, on, replaceChildren, svg, uniqueId, type Child } from "./dom";
import { translated } from "./text";

export interface ListOptions extends RowActions {
  /** "Insert table" of one topic's shown rows. */
  insertTopic(topic: TopicId, label: string, records: readonly IndicatorRecord[]): void;
  /** What to offer when nothing matches. */
  clearFilters(): void;
}

export interface ListView {
  readonly element: HTMLElement;
  render(records: readonly IndicatorRecord[]): void;
  /** Opens, focuses and scrolls to a record's row; false when the row is not shown. */
  reveal(id: string): boolean;
}

/**
 * What a row says after the label: country, period, then the figure's qualifier, or the kind with what it
 * rests on: a stance's basis (and "conditional"), an event's hedge where the source hedges (reported…).
 */
function metaText(record: IndicatorRecord, { t, words }: PaneLanguage): string {
  const last =
    record.kind === "figure"
      ? words.qualifier(record.qualifier)
      : record.kind === "stance"
        ? [t.stance, words.basis(record.basis), record.condition === undefined ? null : t.conditional]
            .filter((part) => part !== null)
            .join(", ")
        : record.qualifier === "stated"
          ? t.event
          : `${t.event}, ${words.qualifier(record.qualifier)}`;
  return [words.scope(record.scope), words.period(record.period.label), last].join(" · ");
}

function valueNode(record: IndicatorRecord, { t, words }: PaneLanguage): HTMLElement {
  if (record.kind === "event") {
    return el(
      "fluent-badge",
      { class: "row-value", appearance: "tint", color: "informative", size: "small" },
      [t.event],
    );
  }
  if (record.kind === "stance") {
    return el(
      "fluent-badge",
      { class: "row-value", appearance: "tint", color: record.value ? "success" : "subtle", size: "small" },
      [words.value(record)],
    );
  }
  return el(
    "span",
    {
      class: "row-value figure",
      title:
        record.qualifier === "exact"
          ? null
          : // "more than 22%", not "more than >22%": the words replace the sign.
            t.valueTitle(words.qualifier(record.qualifier), words.value(record).replace(/^[>≈]/, "")),
    },
    [words.value(record)],
  );
}

const chevron = (): SVGSVGElement =>
  svg("svg", { class: "chevron", viewBox: "0 0 12 12", width: 12, height: 12, "aria-hidden": "true" }, [
    svg("path", { d: "M4.5 2.5L8 6l-3.5 3.5", fill: "none", stroke: "currentColor", "stroke-width": 1.4 }),
  ]);

/**
 * The records grouped by topic, each row a disclosure button (aria-expanded) that opens the quote and the
 * citation. Keyboard: Tab enters the list at one row (roving tabindex), ArrowUp/ArrowDown/Home/End move,
 * Enter/Space open or close, ArrowRight opens, ArrowLeft closes.
 */
export function createList(options: ListOptions, language: PaneLanguage): ListView {
  const { t, words } = language;
  const element = el("div", { class: "list", id: "records" });
  const expanded = new Set<string>();
  let activeId: string | null = null;

  const heads = (): HTMLButtonElement[] =>
    Array.from(element.querySelectorAll<HTMLButtonElement>("button.row-head"));

  const activate = (head: HTMLButtonElement, focus: boolean): void => {
    for (const other of heads()) other.tabIndex = other === head ? 0 : -1;
    activeId = head.dataset.id ?? null;
    if (focus) head.focus();
  };

  const toggle = (
    record: IndicatorRecord,
    head: HTMLButtonElement,
    row: HTMLElement,
    open: boolean,
  ): void => {
    const detailId = head.getAttribute("aria-controls") as string;
    let detail = row.querySelector<HTMLElement>(".detail");
    if (open && detail === null) {
      detail = createDetail(record, detailId, options, language);
      row.appendChild(detail);
    }
    if (detail) detail.hidden = !open;
    head.setAttribute("aria-expanded", String(open));
    row.classList.toggle("open", open);
    if (open) expanded.add(record.id);
    else expanded.delete(record.id);
  };

  const rowNode = (record: IndicatorRecord): HTMLElement => {
    const detailId = uniqueId("detail");
    const head = el(
      "button",
      {
        type: "button",
        class: "row-head",
        "aria-expanded": "false",
        "aria-controls": detailId,
        "data-id": record.id,
      },
      [
        el("span", { class: "row-main" }, [
          el("span", { class: "row-label" }, translated(words.label(record), language)),
          el("span", { class: "row-meta" }, [metaText(record, language)]),
        ]),
        valueNode(record, language),
        chevron(),
      ],
    );
    head.tabIndex = -1;
    const row = el("li", { class: "row", "data-id": record.id, "data-kind": record.kind }, [head]);
    on(head, {
      click: () => {
        activate(head, false);
        toggle(record, head, row, head.getAttribute("aria-expanded") !== "true");
      },
      focus: () => activate(head, false),
    });
    if (expanded.has(record.id)) toggle(record, head, row, true);
    return row;
  };

  on(element, {
    keydown: (event) => {
      const target = event.target as HTMLElement;
      if (!target.classList.contains("row-head")) return;
      const all = heads();
      const index = all.indexOf(target as HTMLButtonElement);
      const move: Record<string, number> = {
        ArrowDown: index + 1,
        ArrowUp: index - 1,
        Home: 0,
        End: all.length - 1,
        PageDown: index + 10,
        PageUp: index - 10,
      };
      if (event.key in move) {
        event.preventDefault();
        activate(all[Math.max(0, Math.min(all.length - 1, move[event.key]))], true);
      } else if (event.key === "ArrowRight" || event.key === "ArrowLeft") {
        const open = target.getAttribute("aria-expanded") === "true";
        if (open !== (event.key === "ArrowRight")) {
          event.preventDefault();
          target.click();
        }
      }
    },
  });

  const render = (records: readonly IndicatorRecord[]): void => {
    // Topics in the order their first record comes (the search's ranking), every topic at most once.
    const topicsShown = [...new Set(records.map((r) => r.topic))];
    const groups: Child[] = TOPICS.filter((topic) => topicsShown.includes(topic.id))
      .sort((a, b) => topicsShown.indexOf(a.id) - topicsShown.indexOf(b.id))
      .map((topic) => {
        const rows = records.filter((r) => r.topic === topic.id);
        if (rows.length === 0) return null;
        const headingId = uniqueId("topic");
        const label = words.topic(topic.id);
        return el("section", { class: "group", "aria-labelledby": headingId, "data-topic": topic.id }, [
          el("div", { class: "group-head" }, [
            el("h2", { id: headingId }, [label, " ", el("span", { class: "count" }, [`(${rows.length})`])]),
            (() => {
              const insert = button(t.insertTable, () => options.insertTopic(topic.id, label, rows), {
                appearance: "subtle",
                name: "insert-topic-table",
              });
              insert.setAttribute("aria-label", t.topicTableLabel(label, rows.length));
              return insert;
            })(),
          ]),
          el("ul", { class: "rows", role: "list" }, rows.map(rowNode)),
        ]);
      });
    if (records.length === 0) {
      replaceChildren(element, [
        el("div", { class: "empty" }, [
          el("p", {}, [t.noMatch]),
          button(t.clearAll, options.clearFilters, {
            appearance: "outline",
            name: "clear-filters",
          }),
        ]),
      ]);
      return;
    }
    replaceChildren(element, groups);
    const all = heads();
    const active = all.find((h) => h.dataset.id === activeId) ?? all[0];
    if (active) activate(active, false);
  };

  const reveal = (id: string): boolean => {
    const head = heads().find((h) => h.dataset.id === id);
    if (head === undefined) return false;
    if (head.getAttribute("aria-expanded") !== "true") head.click();
    activate(head, true);
    head.scrollIntoView({ block: "nearest" });
    return true;
  };

  return { element, render, reveal };
}
