/*
 * How a figure is shown, written once: the sign beside the number for each unit and the source's hedge in
 * front of it for each qualifier. The Excel number formats (cells and charts alike) and the figures in words,
 * English (fields.ts) and Russian (i18n/ru/vocabulary.ts), are all derived from these two tables, so that a
 * change here shows the same in a cell, a chart, the pane and a table of either language. The cell stays a
 * number: its format only shows it.
 */
import type { FigureQualifier, FigureRecord, Unit } from "./types";

/**
 * The signs written before and after a unit's number: ×7 before, 40% after. "%" after the number is also
 * Excel's percent sign, which shows the stored fraction times 100, so a unit with it is stored as a fraction
 * (0.4) and written times 100 in words as well. A unit with no sign is named after the number instead, in the
 * reader's language: 50 meetings, 50 встреч.
 */
export type UnitDisplay = readonly [before: string, after: string];

export const UNIT_DISPLAY = {
  percent: ["", "%"],
  times: ["×", ""],
  meetings: ["", ""],
  countries: ["", ""],
  years: ["", ""],
} as const satisfies Readonly<Record<Unit, UnitDisplay>>;

/** The source's hedge, as a sign in front of the number and its unit's sign: >22%, ≈5, >×7. */
export const QUALIFIER_PREFIXES = {
  exact: "",
  "more than": ">",
  about: "≈",
} as const satisfies Readonly<Record<FigureQualifier, string>>;

const PERCENT = "%";

/**
 * The Excel number format (en-US syntax) that shows a figure, or any figure of a unit and hedge, as the pane
 * does: 40% (0%), >22% (">"0%), ×7 ("×"0), >×7 (">×"0), >50 (">"0). Signs are quoted literals, the hedge and
 * the sign before the number in one; "%" after it is Excel's percent sign, unquoted, so that the stored
 * fraction shows times 100.
 */
export function figureNumberFormat({ unit, qualifier }: Pick<FigureRecord, "unit" | "qualifier">): string {
  const [before, after]: UnitDisplay = UNIT_DISPLAY[unit];
  const signs = QUALIFIER_PREFIXES[qualifier] + before;
  return `${signs && `"${signs}"`}0${after === PERCENT || !after ? after : `"${after}"`}`;
}

/**
 * A figure in words, as a language writes it (40%, >22%, ×7, >50 meetings): `number` writes the number (told
 * whether it is a fraction to show times 100), `signSpace` stands between the number and a sign after it ("" in
 * English, a no-break space in Russian), and `unitWord`, with the space before it, names a unit with no sign.
 */
export function figureText(
  record: FigureRecord,
  number: (value: number, percent: boolean) => string,
  signSpace: string,
  unitWord: string,
): string {
  const [before, after]: UnitDisplay = UNIT_DISPLAY[record.unit];
  return (
    QUALIFIER_PREFIXES[record.qualifier] +
    before +
    number(record.value, after === PERCENT) +
    (after && signSpace + after) +
    (before + after ? "" : unitWord)
  );
}
