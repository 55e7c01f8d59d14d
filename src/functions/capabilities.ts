/*
 * What this Excel can show, asked of Office.js when a function is first called (the shared runtime has
 * Office.js loaded by then) and remembered: data types need CustomFunctionsRuntime 1.4 (Microsoft 365),
 * a number format on a Double needs ExcelApi 1.19; before that, FormattedNumber (ExcelApi 1.16) carries it.
 * Where Office.js cannot tell yet, the answer is "plain" and is asked again next time.
 */
import type { DataTypeSupport } from "../cells/cellValues";
import { setMessageLocale } from "../core/i18n/messages";
import { localeOf, type Locale } from "../core/i18n/locale";

let remembered: DataTypeSupport | undefined;

interface Requirements {
  isSetSupported(name: string, version?: string): boolean;
}

interface OfficeContext {
  readonly requirements?: Requirements;
  readonly displayLanguage?: string;
}

function officeContext(): OfficeContext | null {
  try {
    return (globalThis as { Office?: { context?: OfficeContext } }).Office?.context ?? null;
  } catch {
    return null;
  }
}

function requirements(): Requirements | null {
  return officeContext()?.requirements ?? null;
}

let languageKnown = false;
let displayLocale: Locale = "en";

/**
 * Excel's display language (Russian for ru-*, English otherwise), learnt on the first call where Office.js
 * can tell, then remembered (Excel restarts to change it). The functions' messages follow it: they speak to
 * whoever reads the workbook now, so they stay one global setting. Results take their language explicitly
 * (this one, or a formula's pinned [language]), so that the same call can answer in either.
 */
export function followDisplayLanguage(): Locale {
  if (languageKnown) return displayLocale;
  const language = officeContext()?.displayLanguage;
  if (typeof language !== "string" || language === "") return displayLocale;
  displayLocale = localeOf(language);
  setMessageLocale(displayLocale);
  languageKnown = true;
  return displayLocale;
}

export function dataTypeSupport(): DataTypeSupport {
  if (remembered !== undefined) return remembered;
  const sets = requirements();
  if (sets === null) return "plain";
  remembered = !(
    sets.isSetSupported("CustomFunctionsRuntime", "1.4") && sets.isSetSupported("ExcelApi", "1.16")
  )
    ? "plain"
    : sets.isSetSupported("ExcelApi", "1.19")
      ? "double"
      : "formatted-number";
  return remembered;
}

/** Forgets what was learnt (tests switch hosts). */
export function forgetDataTypeSupport(): void {
  remembered = undefined;
}

/** Forgets the display language and speaks English again (tests switch hosts). */
export function forgetDisplayLanguage(): void {
  languageKnown = false;
  displayLocale = "en";
  setMessageLocale("en");
}
