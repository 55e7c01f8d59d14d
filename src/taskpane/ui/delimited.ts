/*
 * The pane's exports as text: CSV for Download CSV and tab-separated text for Copy as TSV, in the pane's
 * language. Pure.
 *
 * English: RFC 4180 CSV, comma-separated, 0.4 and TRUE/FALSE, exactly as CA.INDICATORS gives them.
 * Russian: what a Russian Excel reads as columns and numbers. Its list separator is `;` and its decimal
 * separator a comma, so the CSV is `;`-separated (quoted as RFC 4180 quotes, with `;` in place of the comma),
 * numbers are written 0,4 and Booleans ИСТИНА/ЛОЖЬ (a pasted 0.4 or TRUE would stay text). The file carries
 * a UTF-8 byte-order mark (exports.ts) and no `sep=;` line: the mark is what makes Excel read Cyrillic as
 * UTF-8, `;` is already a Russian Excel's list separator, and several Excel versions do not honour `sep=`
 * after a mark (the line then shows as a row), as no strict CSV reader does. Text values are the Russian
 * words the header promises (country, label, unit, period, qualifier, basis, condition, note); ids and ISO
 * dates are the same in every language.
 *
 * Safe to open in a spreadsheet: a text cell starting with =, +, -, @, a tab or a carriage return is
 * prefixed with an apostrophe (OWASP's advice against CSV injection), so Excel never runs it as a formula.
 * Numbers and Booleans are typed values and pass as they are.
 *
 * Periods survive: the label ("Jan–Sep 2022", "Oct 2022") is kept for people, and ISO start and end dates
 * follow it, because Excel reads some labels ("Oct 2022", "2008") as a date or a number when it opens a CSV
 * or takes a paste; the ISO columns stay exact whatever it does to the label.
 */
import type { CellValue } from "../../core/fields";
import type { Locale } from "../../core/i18n/locale";
import type { Vocabulary } from "../../core/i18n/vocabulary";
import { indicatorsSpill, INDICATORS_HEADER, tableValue } from "../../core/spill";
import type { IndicatorRecord } from "../../core/types";
import { exampleOfOf, examplesOf, relatedOf } from "../../core/fields";

/** The CA.INDICATORS columns, with the period's ISO start and end right after its label. */
export const EXPORT_HEADER = [
  ...INDICATORS_HEADER.slice(0, INDICATORS_HEADER.indexOf("period") + 1),
  "period start",
  "period end",
  ...INDICATORS_HEADER.slice(INDICATORS_HEADER.indexOf("period") + 1),
] as const;

export type ExportColumn = (typeof EXPORT_HEADER)[number];

/** One record's cell of each column in a language's words (ids, numbers, Booleans and dates as they are). */
function wordsRow(record: IndicatorRecord, words: Vocabulary): CellValue[] {
  const cells: Readonly<Record<ExportColumn, CellValue>> = {
    id: record.id,
    country: words.scope(record.scope),
    label: words.label(record),
    value: tableValue(record),
    unit: words.unit(record),
    period: words.period(record.period.label),
    "period start": record.period.start ?? "",
    "period end": record.period.end ?? "",
    qualifier: words.qualifier(record.qualifier),
    basis: record.kind === "stance" ? words.basis(record.basis) : "",
    condition: words.condition(record),
    related: relatedOf(record),
    note: words.note(record) ?? "",
    examples: examplesOf(record),
    "example of": exampleOfOf(record),
  };
  return EXPORT_HEADER.map((column) => cells[column]);
}

/**
 * The shown records as rows: the header (EXPORT_HEADER, or its columns named in the pane's language), then
 * one row per record: the spill's values, typed, as CA.INDICATORS gives them, or with `words` the text
 * values in that language.
 */
export function exportRows(
  records: readonly IndicatorRecord[],
  columns?: Readonly<Record<ExportColumn, string>>,
  words?: Vocabulary,
): CellValue[][] {
  const header = columns === undefined ? [...EXPORT_HEADER] : EXPORT_HEADER.map((column) => columns[column]);
  if (words !== undefined) return [header, ...records.map((r) => wordsRow(r, words))];
  const at = INDICATORS_HEADER.indexOf("period") + 1;
  const [, ...body] = indicatorsSpill(records);
  return [
    header,
    ...body.map((row, i) => {
      const period = records[i].period;
      return [...row.slice(0, at), period.start ?? "", period.end ?? "", ...row.slice(at)];
    }),
  ];
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell a spreadsheet would read as a formula gets a leading apostrophe. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** How each language's spreadsheet reads delimited text: list separator, decimal separator, Booleans. */
const CONVENTIONS: Readonly<
  Record<
    Locale,
    { readonly csv: "," | ";"; readonly decimal: "." | ","; readonly bool: readonly [string, string] }
  >
> = {
  en: { csv: ",", decimal: ".", bool: ["TRUE", "FALSE"] },
  ru: { csv: ";", decimal: ",", bool: ["ИСТИНА", "ЛОЖЬ"] },
};

/** The separator a CSV in this language uses: "," in English, ";" in Russian. */
export function csvSeparator(locale: Locale): "," | ";" {
  return CONVENTIONS[locale].csv;
}

/**
 * CSV (RFC 4180: CRLF line ends, quotes doubled, a field with the separator, a quote or a line break quoted)
 * or tab-separated text (one line per row: tabs and line breaks inside a cell become spaces), written as
 * the locale's spreadsheet reads it.
 */
export function toDelimited(
  rows: readonly (readonly CellValue[])[],
  format: "csv" | "tsv",
  locale: Locale = "en",
): string {
  const { csv, decimal, bool } = CONVENTIONS[locale];
  const separator = format === "csv" ? csv : "\t";
  const mustQuote = new RegExp(`["${separator}\\r\\n]`);
  const escape = (cell: CellValue): string => {
    if (typeof cell === "boolean") return cell ? bool[0] : bool[1];
    if (typeof cell === "number") return String(cell).replace(".", decimal);
    if (format === "tsv") return neutralise(cell).replace(/[\t\r\n]+/g, " ");
    const text = neutralise(cell);
    return mustQuote.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return rows.map((row) => row.map(escape).join(separator)).join("\r\n") + "\r\n";
}
