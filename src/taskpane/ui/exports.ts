/*
 * The pane's exports leaving it: the shown records as CSV or TSV text in the pane's language, the CSV file
 * download and the clipboard copy. Touches the DOM only to save or copy.
 */
import type { IndicatorRecord } from "../../core/types";
import { ENGLISH, type PaneLanguage } from "../i18n";
import { exportRows, toDelimited } from "./delimited";
import { el } from "./dom";

export const CSV_FILE_NAME = "central-asia-indicators.csv";

/**
 * The shown records as text: the columns CA.INDICATORS spills, with the period also as ISO dates. In English
 * the values are the functions' own; in Russian the header and the text values are Russian and numbers and
 * Booleans are written as a Russian Excel reads them (see delimited.ts).
 */
export function recordsAsText(
  records: readonly IndicatorRecord[],
  format: "csv" | "tsv",
  language: PaneLanguage = ENGLISH,
): string {
  const words = language.locale === "en" ? undefined : language.words;
  return toDelimited(exportRows(records, language.t.exportColumns, words), format, language.locale);
}

/**
 * Copies text to the clipboard: the async Clipboard API where the host allows it, else a hidden textarea,
 * selected and copied with execCommand. Resolves to "copied", or "selected" when the text could only be
 * selected (the user then presses Ctrl+C; the textarea stays focused until it loses focus).
 */
export async function copyText(
  text: string,
  language: PaneLanguage = ENGLISH,
): Promise<"copied" | "selected"> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      // A host may leave the permission request pending: give up after a moment and fall back.
      const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), 1500));
      await Promise.race([navigator.clipboard.writeText(text), timeout]);
      return "copied";
    }
  } catch {
    // Permission denied or not focused (common in Office webviews): fall back below.
  }
  const area = el("textarea", {
    class: "clipboard-fallback",
    "aria-label": language.t.clipboardLabel,
    readonly: true,
  });
  area.value = text;
  document.body.appendChild(area);
  area.focus();
  area.select();
  let copied = false;
  try {
    copied = document.execCommand("copy");
  } catch {
    copied = false;
  }
  if (copied) {
    area.remove();
    return "copied";
  }
  area.addEventListener("blur", () => area.remove(), { once: true });
  return "selected";
}

/** Saves the shown records as a UTF-8 CSV file (with a byte-order mark, so Excel reads Cyrillic and curly quotes). */
export function downloadCsv(
  records: readonly IndicatorRecord[],
  language: PaneLanguage = ENGLISH,
  fileName = CSV_FILE_NAME,
): void {
  const blob = new Blob(["\uFEFF", recordsAsText(records, "csv", language)], {
    type: "text/csv;charset=utf-8",
  });
  const url = URL.createObjectURL(blob);
  const link = el("a", { href: url, download: fileName, hidden: true });
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoke later: some webviews start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
