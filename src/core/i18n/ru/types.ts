/*
 * The shapes of the Russian translation tables. Each table is checked against these with `satisfies`, and
 * keyed by the English data's own ids, so that a record, topic or comparison added without its Russian
 * text fails the build.
 */
import type { ComparableIndicator } from "../../comparisons";
import type { STANCE_STATEMENTS } from "../../data/stances";
import type { RecordId } from "../../dataset";
import type { TopicId } from "../../topics";
import type { Basis, FigureQualifier, StatementQualifier, Unit } from "../../types";

/** A record's own words in Russian: its label, and its note where the English record has one. */
export interface RuRecordText {
  readonly label: string;
  readonly note?: string;
}
export type RuRecords = Readonly<Record<RecordId, RuRecordText>>;

/** The comparison registry's words (see core/comparisons.ts). */
export interface RuComparisonText {
  readonly title: string;
  readonly series: string;
  readonly sheetName: string;
  readonly buttonLabel: string;
}

export interface RuTerms {
  readonly topics: Readonly<Record<TopicId, string>>;
  /** "Центральная Азия" for region-wide records. */
  readonly region: string;
  readonly qualifiers: Readonly<Record<FigureQualifier | StatementQualifier, string>>;
  readonly bases: Readonly<Record<Basis, string>>;
  /** How the pane and tables name a figure's unit standing alone, and "да/нет" and "событие" for the other kinds. */
  readonly units: Readonly<Record<Unit | "yes/no" | "event", string>>;
  /** A counted unit after a number, in the forms for 1, 2 and 5 (1 встреча, 2 встречи, 5 встреч). */
  readonly countedUnits: Readonly<Record<Exclude<Unit, "percent">, readonly [string, string, string]>>;
  /** Every period label of the dataset ("Jan–Sep 2022", "as of 23 Dec 2022", "not stated"…). */
  readonly periods: Readonly<Record<string, string>>;
  readonly comparisons: Readonly<Record<ComparableIndicator, RuComparisonText>>;
  /** The stance matrix's column headings, by stance indicator. */
  readonly stanceHeadings: Readonly<Record<(typeof STANCE_STATEMENTS)[number]["indicator"], string>>;
  /** The citation under tables and in the pane, with the source's title left in English. */
  readonly citation: string;
}
