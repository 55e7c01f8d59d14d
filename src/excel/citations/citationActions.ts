/*
 * The pane's citation actions on Office.js (Sources sheet, freeze, restore, explain this cell), and their
 * preview stand-ins outside Excel, which say that a workbook is needed.
 */
import type { ActionOutcome, CitationActions } from "../contract";
import { describeExcelError } from "../errors";
import { defaultRun, type ExcelRun } from "../execute";
import { EN_WORKBOOK, type WorkbookTexts } from "../i18n";
import { WEB_PAYLOAD_BUDGET } from "./chunks";
import {
  explainActiveCell,
  followSelection,
  officeSelectionEvents,
  type SelectionEvents,
} from "./explainRun";
import { freezeFormulas } from "./freezeRun";
import { restoreFormulas } from "./restoreRun";
import { buildSourcesSheet } from "./sourcesRun";

export interface CitationOptions {
  readonly run?: ExcelRun;
  readonly texts?: WorkbookTexts;
  /** A Russian Excel: formulas read and written in their local spelling too. */
  readonly russianLocal?: boolean;
  readonly notesSupport?: () => boolean;
  /** Bytes one request may carry: Excel on the web's limit, or null on desktop. */
  readonly payloadBudget?: () => number | null;
  readonly events?: SelectionEvents;
}

/** Excel on the web limits each request to 5 MB; desktop Excel does not. */
export function defaultPayloadBudget(): number | null {
  try {
    return Office.context.platform === Office.PlatformType.OfficeOnline ? WEB_PAYLOAD_BUDGET : null;
  } catch {
    return WEB_PAYLOAD_BUDGET;
  }
}

function defaultNotes(): boolean {
  try {
    return Office.context.requirements.isSetSupported("ExcelApi", "1.18");
  } catch {
    return false;
  }
}

export function createExcelCitationActions({
  run = defaultRun,
  texts = EN_WORKBOOK,
  russianLocal = false,
  notesSupport = defaultNotes,
  payloadBudget = defaultPayloadBudget,
  events,
}: CitationOptions = {}): CitationActions {
  const unreadable = (text: string) => texts.citations.unreadableArgument(text);
  const safely = async (action: () => Promise<ActionOutcome>): Promise<ActionOutcome> => {
    try {
      return await action();
    } catch (error) {
      return { ok: false, message: describeExcelError(error, texts) };
    }
  };
  return {
    buildSourcesSheet: (progress) => safely(() => buildSourcesSheet({ run, texts, russianLocal, progress })),
    freeze: (scope, progress) =>
      safely(() =>
        freezeFormulas({
          run,
          texts,
          russianLocal,
          notes: notesSupport(),
          payloadBudget: payloadBudget(),
          scope,
          progress,
        }),
      ),
    restore: (progress) =>
      safely(() =>
        restoreFormulas({
          run,
          texts,
          russianLocal,
          notes: notesSupport(),
          payloadBudget: payloadBudget(),
          progress,
        }),
      ),
    explainActiveCell: () => explainActiveCell(run, russianLocal, unreadable),
    followSelection: async (explained) => {
      const follower = await followSelection(events ?? officeSelectionEvents(), async () =>
        explained(await explainActiveCell(run, russianLocal, unreadable)),
      );
      return () => follower.stop();
    },
  };
}

/** Outside Excel: every citation action says it needs a workbook; nothing is explained. */
export function createPreviewCitationActions(texts: WorkbookTexts = EN_WORKBOOK): CitationActions {
  const needsExcel = async (): Promise<ActionOutcome> => ({ ok: false, message: texts.citations.needsExcel });
  return {
    buildSourcesSheet: needsExcel,
    freeze: needsExcel,
    restore: needsExcel,
    explainActiveCell: async () => null,
    followSelection: async () => null,
  };
}
