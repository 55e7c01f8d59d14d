/*
 * The citation as it travels with a number: the note an inserted or frozen cell carries, the text "Copy
 * citation" puts on the clipboard, and the quote shortened to fit a note without cutting a word. Pure; the
 * words come from the language's texts, the quote stays verbatim (only shortened, with "…" where cut).
 */
import type { IndicatorRecord } from "../../core/types";
import { EN_WORKBOOK, type WorkbookTexts } from "../i18n";

/** A note stays readable in Excel's note box: the quote is cut (at a word, with "…") past this length. */
export const NOTE_QUOTE_LIMIT = 240;

/** Where a kept part of the quote may start: at a word's first letter, never after `latest`. */
function wordStart(quote: string, at: number, latest: number): number {
  if (at <= 0) return 0;
  if (quote[at - 1] === " ") return at;
  const next = quote.indexOf(" ", at);
  if (next >= 0 && next + 1 <= latest) return next + 1;
  return quote.lastIndexOf(" ", at - 1) + 1;
}

/** Where a kept part of the quote may end: after a word's last letter, never before `earliest`. */
function wordEnd(quote: string, at: number, earliest: number): number {
  if (at >= quote.length) return quote.length;
  if (quote[at] === " ") return at;
  const previous = quote.lastIndexOf(" ", at);
  if (previous >= earliest) return previous;
  const next = quote.indexOf(" ", at);
  return next < 0 ? quote.length : next;
}

/**
 * The quote verbatim when it fits in `limit` characters; otherwise the part around the words that state the
 * value, cut between words, with "…" on each side where text was left out. Never cuts inside a word.
 */
export function shortenQuote(quote: string, statedAs: string, limit = NOTE_QUOTE_LIMIT): string {
  if (quote.length <= limit) return quote;
  const found = statedAs === "" ? -1 : quote.toLowerCase().indexOf(statedAs.toLowerCase());
  const keepFrom = found < 0 ? 0 : found;
  const keepTo = found < 0 ? 0 : found + statedAs.length;
  // A window of `limit` characters centred on the stated words, inside the quote.
  const spare = Math.max(0, limit - (keepTo - keepFrom));
  const end = Math.min(quote.length, Math.max(keepTo, keepFrom - Math.floor(spare / 2) + limit));
  const start = Math.max(0, Math.min(keepFrom, end - limit));
  const from = wordStart(quote, start, keepFrom);
  const to = wordEnd(quote, end, keepTo);
  const body = quote.slice(from, to).trim();
  return `${from > 0 ? "…" : ""}${body}${to < quote.length ? "…" : ""}`;
}

/** The value as the source states it, with its hedge, period and qualifier: ">22% (more than), Jan–Aug 2022". */
export function statedValueLine(record: IndicatorRecord, texts: WorkbookTexts = EN_WORKBOOK): string {
  const words = texts.words;
  const value = record.kind === "event" ? null : words.value(record);
  return texts.citations.valueLine(
    value,
    words.qualifier(record.qualifier),
    words.period(record.period.label),
  );
}

/**
 * The note a cell holding the record's value (or formula) carries: label, value as stated, basis and condition
 * for stances, the quote (shortened where long), the citation, and the record's id after the add-in's name,
 * by which the add-in knows a note of its own from the user's.
 */
export function noteText(record: IndicatorRecord, texts: WorkbookTexts = EN_WORKBOOK): string {
  const words = texts.words;
  const say = texts.citations;
  const lines = [words.label(record), statedValueLine(record, texts)];
  if (record.kind === "stance") {
    lines.push(say.basisLine(words.basis(record.basis)));
    const condition = words.condition(record);
    if (condition !== "") lines.push(say.conditionLine(condition));
  }
  lines.push(`“${shortenQuote(record.quote, record.statedAs)}”`, say.noteCitation, say.signature(record.id));
  return lines.join("\n");
}

/** A note for a cell that stands for several records (a mixed formula, a spill): each record in a line. */
export function manyRecordsNote(
  records: readonly IndicatorRecord[],
  texts: WorkbookTexts = EN_WORKBOOK,
): string {
  if (records.length === 1) return noteText(records[0], texts);
  const say = texts.citations;
  const shown = records.slice(0, say.listedInNote);
  const lines = [
    say.manyRecords(records.length),
    ...shown.map((r) => `${r.id}: ${statedValueLine(r, texts)}`),
    ...(records.length > shown.length ? [say.andMore(records.length - shown.length)] : []),
    say.seeSourcesSheet,
    say.noteCitation,
    say.signature(records.map((r) => r.id).join(" ")),
  ];
  return lines.join("\n");
}

const SIGNATURES = /(?:^|\n)(?:Central Asia Indicators|Показатели Центральной Азии) · ([^\n]+)$/;

/** The record ids a note of the add-in's own names (its last line), or null for any other note. */
export function ownNoteIds(content: unknown): string[] | null {
  if (typeof content !== "string") return null;
  const match = SIGNATURES.exec(content.trimEnd());
  return match === null ? null : match[1].split(" ").filter((id) => id !== "");
}

/**
 * What "Copy citation" puts on the clipboard: the citation (author, title, outlet, date, the machine-translated
 * republication; the source document has no URL, and the text says so), then the quote, verbatim.
 */
export function copiedCitation(record: IndicatorRecord, texts: WorkbookTexts = EN_WORKBOOK): string {
  return `${texts.citations.fullCitation}\n“${record.quote}”`;
}
