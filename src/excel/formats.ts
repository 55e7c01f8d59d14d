/*
 * Excel number formats and serial dates for what the add-in writes. Pure: no Office globals.
 */
import { figureNumberFormat } from "../core/numberFormats";
import type { IndicatorRecord, IsoDate } from "../core/types";

/**
 * Excel number formats the add-in writes besides the figures' own (core/numberFormats); the charts' percent
 * is the percent unit's own, so that cells and charts show a share alike.
 */
export const NUMBER_FORMATS = {
  percent: figureNumberFormat({ unit: "percent", qualifier: "exact" }),
  general: "General",
  text: "@",
  /**
   * "24 Feb 22": fits a column of Excel's default width (8.43 digits, 64 px at Calibri 11) with room to
   * spare, about 59 px at the widest month ("Mar"); "yyyy-mm-dd" takes about 65 px and "d mmm yyyy" about 73
   * px, so both show #### there. Day before a month's name reads one way in the US and in Europe alike.
   */
  date: "d mmm yy",
} as const;
export type NumberFormat = string;

/**
 * The number format for a record's value written as a static value: a figure's own (40%, >22%, ×7, >50);
 * stances stay TRUE/FALSE under General; an event's value is its description, written as text (@) so Excel
 * never reads it as a number, date or formula.
 */
export function numberFormatFor(record: IndicatorRecord): NumberFormat {
  if (record.kind === "stance") return NUMBER_FORMATS.general;
  if (record.kind === "event") return NUMBER_FORMATS.text;
  return figureNumberFormat(record);
}

/**
 * The number format for a cell holding the record's formula: as for the value, except that text results use
 * General, because a formula typed into a text-formatted (@) cell stays text and is never calculated.
 */
export function formulaNumberFormatFor(record: IndicatorRecord): NumberFormat {
  const format = numberFormatFor(record);
  return format === NUMBER_FORMATS.text ? NUMBER_FORMATS.general : format;
}

/** Days between Excel's two epochs: 1 January 1904 is serial 1462 in the 1900 system and 0 in the 1904 one. */
export const DAYS_1900_TO_1904 = 1462;

/**
 * The serial number Excel stores for a date in the 1900 date system: days since 1899-12-30 (valid from
 * 1 March 1900 on). inDateSystem turns it into the 1904 one (a workbook setting, common on old Macs).
 */
export function excelDateSerial(date: IsoDate): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) throw new Error(`Not an ISO date: ${date}`);
  const [, year, month, day] = match;
  return Date.UTC(Number(year), Number(month) - 1, Number(day)) / 86_400_000 + 25_569;
}

/** A 1900-system serial in the workbook's date system. */
export function inDateSystem(serial1900: number, date1904: boolean): number {
  return date1904 ? serial1900 - DAYS_1900_TO_1904 : serial1900;
}
