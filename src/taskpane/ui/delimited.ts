/*
 * The pane's exports as text: CSV (RFC 4180) for Download CSV and tab-separated text for Copy as TSV. Pure.
 *
 * Safe to open in a spreadsheet: a text cell starting with =, +, -, @, a tab or a carriage return is
 * prefixed with an apostrophe (OWASP's advice against CSV injection), so Excel never runs it as a formula.
 * Numbers and TRUE/FALSE are typed values and pass as they are.
 *
 * Periods survive: the label ("Jan–Sep 2022", "Oct 2022") is kept for people, and ISO start and end dates
 * follow it, because Excel reads some labels ("Oct 2022", "2008") as a date or a number when it opens a CSV
 * or takes a paste; the ISO columns stay exact whatever it does to the label.
 */
import type { CellValue } from "../../core/fields";
import { indicatorsSpill, INDICATORS_HEADER } from "../../core/spill";
import type { IndicatorRecord } from "../../core/types";

/** The CA.INDICATORS columns, with the period's ISO start and end right after its label. */
export const EXPORT_HEADER = [
  ...INDICATORS_HEADER.slice(0, INDICATORS_HEADER.indexOf("period") + 1),
  "period start",
  "period end",
  ...INDICATORS_HEADER.slice(INDICATORS_HEADER.indexOf("period") + 1),
] as const;

export type ExportColumn = (typeof EXPORT_HEADER)[number];

/**
 * The shown records as rows: the header (EXPORT_HEADER, or its columns named in the pane's language), then
 * one row per record (the spill's values, typed, as CA.INDICATORS gives them in any language).
 */
export function exportRows(
  records: readonly IndicatorRecord[],
  columns?: Readonly<Record<ExportColumn, string>>,
): CellValue[][] {
  const at = INDICATORS_HEADER.indexOf("period") + 1;
  const [, ...body] = indicatorsSpill(records);
  return [
    columns === undefined ? [...EXPORT_HEADER] : EXPORT_HEADER.map((column) => columns[column]),
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

/** CSV (RFC 4180: quotes doubled, fields with separators, quotes or line breaks quoted) or tab-separated text. */
export function toDelimited(rows: readonly (readonly CellValue[])[], separator: "," | "\t"): string {
  const escape = (cell: CellValue): string => {
    if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
    if (typeof cell === "number") return String(cell);
    if (separator === "\t") return neutralise(cell).replace(/[\t\r\n]+/g, " ");
    const text = neutralise(cell);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return rows.map((row) => row.map(escape).join(separator)).join("\r\n") + "\r\n";
}
