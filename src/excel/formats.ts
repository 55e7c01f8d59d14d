/*
 * Excel number formats and serial dates for what the add-in writes. Pure: no Office globals.
 */
import type { IndicatorRecord, IsoDate } from "../core/types";

/** Excel number formats the add-in writes. Percentages are stored as fractions, so 0.4 shows as 40%. */
export const NUMBER_FORMATS = {
  percent: "0%",
  count: "0",
  times: '0"×"',
  general: "General",
  text: "@",
  date: "yyyy-mm-dd",
} as const;
export type NumberFormat = (typeof NUMBER_FORMATS)[keyof typeof NUMBER_FORMATS];

/**
 * The number format for a record's value written as a static value: 0% for percentages (stored as
 * fractions), 0 for counts, 0"×" for multiples; stances stay TRUE/FALSE under General; an event's value is
 * its description, written as text (@) so Excel never reads it as a number, date or formula.
 */
export function numberFormatFor(record: IndicatorRecord): NumberFormat {
  if (record.kind === "stance") return NUMBER_FORMATS.general;
  if (record.kind === "event") return NUMBER_FORMATS.text;
  switch (record.unit) {
    case "percent":
      return NUMBER_FORMATS.percent;
    case "times":
      return NUMBER_FORMATS.times;
    case "meetings":
    case "countries":
    case "years":
      return NUMBER_FORMATS.count;
  }
}

/**
 * The number format for a cell holding the record's formula: as for the value, except that text results use
 * General, because a formula typed into a text-formatted (@) cell stays text and is never calculated.
 */
export function formulaNumberFormatFor(record: IndicatorRecord): NumberFormat {
  const format = numberFormatFor(record);
  return format === NUMBER_FORMATS.text ? NUMBER_FORMATS.general : format;
}

/** Days since 1899-12-30: the serial number Excel stores for a date (valid from 1 March 1900 on). */
export function excelDateSerial(date: IsoDate): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) throw new Error(`Not an ISO date: ${date}`);
  const [, year, month, day] = match;
  return Date.UTC(Number(year), Number(month) - 1, Number(day)) / 86_400_000 + 25_569;
}
