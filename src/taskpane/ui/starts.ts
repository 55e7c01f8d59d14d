/*
 * The four common starts offered above the list on first sight (compare countries, cite a sentence, a
 * country card, the events), so that a new user's first click is one of the tasks analysts come for rather
 * than a table of every record.
 */
import type { PaneLanguage } from "../i18n";
import { button, el } from "./dom";

export interface StartHandlers {
  compare(): void;
  cite(): void;
  card(): void;
  events(): void;
}

const STARTS = ["compare", "cite", "card", "events"] as const satisfies readonly (keyof StartHandlers)[];

export function createStarts(handlers: StartHandlers, language: PaneLanguage): HTMLElement {
  const { t } = language;
  return el("nav", { class: "starts", "aria-label": t.startsLabel }, [
    el("span", { class: "starts-label" }, [t.startsLabel]),
    ...STARTS.map((start) =>
      button(t.starts[start], () => handlers[start](), { appearance: "outline", name: `start-${start}` }),
    ),
  ]);
}

/** Opens a collapsed panel, brings it into view and puts the focus on its first control. */
export function openPanel(panel: HTMLDetailsElement): void {
  panel.open = true;
  panel.scrollIntoView({ block: "nearest" });
  const first = panel.querySelector<HTMLElement>("fluent-button, select, input, button");
  first?.focus();
}
