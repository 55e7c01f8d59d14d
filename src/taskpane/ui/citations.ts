/*
 * "Cite and share the workbook": the Sources sheet, freezing CA formulas (the whole workbook or the
 * selection) and restoring them. Each runs through the pane's one-action-at-a-time runner and reports its
 * outcome, with progress while it runs.
 */
import type { ActionOutcome, CitationActions, FreezeScope } from "../../excel/contract";
import type { PaneLanguage } from "../i18n";
import { button, el } from "./dom";
import type { Messages } from "./messages";

export interface CitationCommands {
  readonly element: HTMLElement;
}

/** Runs one long workbook action: `what` words it for "Could not …"; progress goes to the status line. */
export type LongRunner = (
  what: string,
  action: (progress: (message: string) => void) => Promise<ActionOutcome>,
) => void;

export function createCitationCommands(
  actions: () => CitationActions,
  runLong: LongRunner,
  language: PaneLanguage,
): CitationCommands {
  const say = language.t.citations;
  const scope = el("select", { class: "freeze-scope", "aria-label": say.freezeScope, name: "freeze-scope" }, [
    el("option", { value: "workbook" }, [say.freezeWorkbook]),
    el("option", { value: "selection" }, [say.freezeSelection]),
  ]);
  const element = el(
    "div",
    { class: "commands secondary citations", role: "group", "aria-label": say.group },
    [
      button(say.sourcesSheet, () => runLong(say.doingSources, (p) => actions().buildSourcesSheet(p)), {
        appearance: "subtle",
        name: "sources-sheet",
        title: say.sourcesSheetTitle,
      }),
      button(
        say.freeze,
        () => runLong(say.doingFreeze, (p) => actions().freeze(scope.value as FreezeScope, p)),
        {
          appearance: "subtle",
          name: "freeze",
          title: say.freezeTitle,
        },
      ),
      scope,
      button(say.restore, () => runLong(say.doingRestore, (p) => actions().restore(p)), {
        appearance: "subtle",
        name: "restore",
        title: say.restoreTitle,
      }),
    ],
  );
  return { element };
}

/** The pane's one-action-at-a-time lock, shared with the inserts. */
export interface BusyGate {
  enter(): boolean;
  leave(): void;
}

/**
 * Runs a long workbook action (Sources sheet, freeze, restore): its progress in a status line of its own while
 * it runs, then its outcome in the message bar, with what to do next where the outcome offers it.
 */
export function createLongRunner(
  actions: () => CitationActions | undefined,
  gate: BusyGate,
  messages: Messages,
  language: PaneLanguage,
): { readonly progress: HTMLElement; run: LongRunner } {
  const { t } = language;
  const progress = el("p", {
    class: "progress",
    id: "progress",
    role: "status",
    "aria-live": "polite",
    hidden: true,
  });
  const run: LongRunner = (what, action) => {
    if (actions() === undefined || !gate.enter()) return;
    messages.clear();
    void (async () => {
      try {
        const outcome = await action((message) => {
          progress.textContent = message;
          progress.hidden = false;
        });
        const offers =
          outcome.offer === "sources-sheet"
            ? [
                {
                  label: t.citations.sourcesSheet,
                  name: "sources-sheet",
                  run: () =>
                    run(t.citations.doingSources, (p) => (actions() as CitationActions).buildSourcesSheet(p)),
                },
              ]
            : [];
        messages.show(outcome.ok ? "success" : "warning", outcome.message, offers);
      } catch (error) {
        messages.show("error", t.couldNot(what, error instanceof Error ? error.message : String(error)));
      } finally {
        progress.hidden = true;
        gate.leave();
      }
    })();
  };
  return { progress, run };
}
