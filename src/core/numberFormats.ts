/*
 * How each figure is shown in Excel, as an Excel number format (en-US syntax). Shared by both bundles: the
 * custom functions return figures as formatted numbers where Excel supports data types, and the pane
 * formats the cells it writes the same way. The cell stays a number: the format only shows it.
 */
import type { FigureRecord, Unit } from "./types";

/** Percentages are stored as fractions, so 0% shows 0.4 as 40%. */
const UNIT_FORMATS: Readonly<Record<Unit, string>> = {
  percent: "0%",
  times: '"×"0',
  meetings: "0",
  countries: "0",
  years: "0",
};

/** The source's hedge in front of the number: ">" for "more than", "≈" for "about". */
const QUALIFIER_PREFIXES: Readonly<Record<FigureRecord["qualifier"], string>> = {
  exact: "",
  "more than": '">"',
  about: '"≈"',
};

/** 40%, >22%, ×7, >50: the number format that shows a figure as the pane does. */
export function figureNumberFormat(record: FigureRecord): string {
  const format = UNIT_FORMATS[record.unit];
  const prefix = QUALIFIER_PREFIXES[record.qualifier];
  // A quoted literal before another quoted literal merges into one: ">" then "×" is ">×".
  return prefix !== "" && format.startsWith('"')
    ? `${prefix.slice(0, -1)}${format.slice(1)}`
    : prefix + format;
}
