/*
 * The Office.js edge of "explain this cell": one Excel.run per selection change, reading in one sync the
 * active cell (formula in both spellings, value), the spill it lies in, its row's values and the workbook's
 * names; a second sync only where a CA.* argument refers to other cells, to read them. The selection is
 * followed through Workbook.onSelectionChanged (ExcelApi 1.2 in Office's own event registration), debounced,
 * and not at all while the pane is hidden (Office.addin.onVisibilityModeChanged, SharedRuntime 1.1, and the
 * page's visibility).
 *
 * Requirement sets: getActiveCell (1.7), getSpillParentOrNullObject (1.12), getUsedRangeOrNullObject (1.4),
 * names' formula and comment (1.7, 1.4).
 */
import type { ExcelRun } from "../execute";
import {
  argumentFromValues,
  explainCell,
  referenceKey,
  referencesToLoad,
  type ActiveCellFacts,
  type CellExplanation,
} from "./explain";

/** Reads the active cell and explains it (null: nothing to explain there). */
export async function explainActiveCell(
  run: ExcelRun,
  russianLocal: boolean,
  unknownArgument: (text: string) => string,
): Promise<CellExplanation | null> {
  return await run(async (context) => {
    const workbook = context.workbook;
    const cell = workbook.getActiveCell().load("address, formulas, formulasLocal, values");
    const parent = cell.getSpillParentOrNullObject().load("address, formulas, formulasLocal");
    const row = cell.getEntireRow().getUsedRangeOrNullObject(true).load("address, values");
    const names = workbook.names.load("items/name, items/formula, items/comment");
    await context.sync();
    const facts: ActiveCellFacts = {
      address: cell.address,
      formula: cell.formulas[0]?.[0],
      formulaLocal: cell.formulasLocal[0]?.[0],
      value: cell.values[0]?.[0],
      spillParent: parent.isNullObject
        ? null
        : {
            address: parent.address,
            formula: parent.formulas[0]?.[0],
            formulaLocal: parent.formulasLocal[0]?.[0],
          },
      row: row.isNullObject ? null : { address: row.address, values: row.values },
      names: names.items.map((n) => ({ name: n.name, formula: n.formula, comment: n.comment })),
      russianLocal,
    };
    const references = referencesToLoad(facts);
    const referenced = new Map<string, unknown>();
    if (references.length > 0) {
      const loads = references.map((reference) => ({
        reference,
        range: workbook.worksheets
          .getItemOrNullObject(reference.sheet)
          .getRange(reference.address)
          .load("values"),
      }));
      await context.sync();
      for (const { reference, range } of loads) {
        if (!range.isNullObject) referenced.set(referenceKey(reference), argumentFromValues(range.values));
      }
    }
    return explainCell(facts, referenced, unknownArgument);
  });
}

/** How the pane learns of selection changes and of being hidden; the defaults use Office.js. */
export interface SelectionEvents {
  /** Registers `handler` for selection changes; resolves with a function that unregisters it. */
  onSelectionChanged(handler: () => void): Promise<() => Promise<void>>;
  /** Calls `handler(visible)` when the pane is hidden or shown again. */
  onVisibilityChanged(handler: (visible: boolean) => void): void;
}

/**
 * Office's events: the document's selection changes (Office.EventType.DocumentSelectionChanged, the event
 * Workbook.onSelectionChanged registers too, here without a request to Excel), the pane's visibility
 * (Office.addin.onVisibilityModeChanged in a shared runtime) and the page's own visibility.
 */
export function officeSelectionEvents(): SelectionEvents {
  return {
    onSelectionChanged: (handler) =>
      new Promise((resolve, reject) => {
        const officeDocument = Office.context.document;
        const type = Office.EventType.DocumentSelectionChanged;
        const listener = (): void => handler();
        officeDocument.addHandlerAsync(type, listener, (result) => {
          if (result.status !== Office.AsyncResultStatus.Succeeded) {
            reject(new Error(result.error?.message ?? "selection events are not available"));
            return;
          }
          resolve(
            () =>
              new Promise<void>((done) =>
                officeDocument.removeHandlerAsync(type, { handler: listener }, () => done()),
              ),
          );
        });
      }),
    onVisibilityChanged: (handler) => {
      try {
        void Office.addin?.onVisibilityModeChanged?.((args) =>
          handler(String(args.visibilityMode) !== "Hidden"),
        );
      } catch {
        // Not in a shared runtime: the page's own visibility below is all there is.
      }
      document.addEventListener("visibilitychange", () => handler(document.visibilityState !== "hidden"));
    },
  };
}

/** Calls `explain` for each selection change, debounced, one at a time, never while the pane is hidden. */
export interface SelectionFollower {
  stop(): Promise<void>;
}

export async function followSelection(
  events: SelectionEvents,
  explain: () => Promise<void>,
  debounceMs = 250,
): Promise<SelectionFollower> {
  let visible = true;
  // Office keeps a visibility handler for the session (it is never removed): once stopped, it does nothing.
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | null = null;
  let again = false;
  const fire = async (): Promise<void> => {
    if (running !== null) {
      again = true;
      return;
    }
    running = explain().catch(() => undefined);
    await running;
    running = null;
    if (again && visible) {
      again = false;
      await fire();
    }
  };
  const changed = (): void => {
    if (!visible || stopped) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void fire(), debounceMs);
  };
  events.onVisibilityChanged((nowVisible) => {
    const cameBack = nowVisible && !visible;
    visible = nowVisible;
    if (!visible && timer !== undefined) clearTimeout(timer);
    // The selection may have moved while hidden: explain it once on return.
    if (cameBack) changed();
  });
  const remove = await events.onSelectionChanged(changed);
  return {
    stop: async () => {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      await remove();
    },
  };
}
