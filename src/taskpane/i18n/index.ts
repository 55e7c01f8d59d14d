/*
 * The pane's language: its UI strings (en.ts, ru.ts), the dataset's words (core/i18n/vocabulary) and the
 * workbook side's sentences (excel/i18n), chosen together. English is in the pane's bundle; Russian (russian.ts)
 * is a chunk of its own, loaded only when the pane speaks Russian or Excel names its functions in Russian, so
 * that English users load exactly what they did.
 */
import type { Locale } from "../../core/i18n/locale";
import { EN_VOCABULARY, type Vocabulary } from "../../core/i18n/vocabulary";
import { EN_WORKBOOK, type WorkbookTexts } from "../../excel/i18n";
import { EN, type UiTexts } from "./en";

export type { UiTexts } from "./en";

export interface PaneLanguage {
  readonly locale: Locale;
  /** The pane's own strings. */
  readonly t: UiTexts;
  /** The dataset's words. */
  readonly words: Vocabulary;
  /** What the workbook side says and writes. */
  readonly workbook: WorkbookTexts;
}

export const ENGLISH: PaneLanguage = { locale: "en", t: EN, words: EN_VOCABULARY, workbook: EN_WORKBOOK };

/** The Russian pane and the functions' Russian names, from the Russian chunk. */
export function loadRussian(): Promise<typeof import("./russian")> {
  return import(/* webpackChunkName: "ru" */ "./russian");
}

/** The pane's language for a locale (Russian loads its chunk). */
export async function loadLanguage(locale: Locale): Promise<PaneLanguage> {
  return locale === "ru" ? (await loadRussian()).RUSSIAN : ENGLISH;
}
