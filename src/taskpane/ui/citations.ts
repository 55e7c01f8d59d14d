/*
 * "Cite and share the workbook": the Sources sheet, freezing CA formulas (the whole workbook or the
 * selection) and restoring them. Each runs through the pane's one-action-at-a-time runner and reports its
 * outcome, with progress while it runs.
 */
import type { ActionOutcome, CitationActions, FreezeScope } from "../../excel/contract";
import type { PaneLanguage } from "../i18n";
import { button, el } from "./dom";

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
