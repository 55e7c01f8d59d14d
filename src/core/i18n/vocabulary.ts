/*
 * The dataset's words in one language, for the task pane and for what it writes into a workbook: countries,
 * topics, record labels and notes, periods, qualifiers, bases, units, values as people read them (40%, >22%,
 * ×7), the citation and the comparisons' titles and notes. English (here) gives exactly the words
 * the functions give; Russian (ru/vocabulary.ts, kept apart so that only a Russian pane loads it) comes from
 * the translation tables, which the build checks are complete. Quotes and ids have no entry: they stay in the
 * source's English in every language.
 */
import {
  categoryLabel,
  comparison,
  comparisonNotes,
  comparisonTitle,
  type ComparableIndicator,
} from "../comparisons";
import { countryByCode, scopeLabel, type CountryCode } from "../countries";
import { STANCE_STATEMENTS } from "../data/stances";
import { conditionOf, displayValue, unitLabel } from "../fields";
import { formatCitation } from "../source";
import { topicLabel } from "../topics";
import type { Basis, FigureRecord, IndicatorRecord, IsoDate, Qualifier, Scope, TopicId } from "../types";
import type { Locale } from "./locale";

export interface Vocabulary {
  readonly locale: Locale;
  country(code: CountryCode): string;
  /** A country's name, or the region's for region-wide records. */
  scope(scope: Scope): string;
  topic(id: TopicId): string;
  label(record: IndicatorRecord): string;
  note(record: IndicatorRecord): string | undefined;
  /** A period label of the dataset ("Jan–Sep 2022"). */
  period(label: string): string;
  qualifier(qualifier: Qualifier): string;
  basis(basis: Basis): string;
  unit(record: IndicatorRecord): string;
  /** The words that make a stance conditional, or "". */
  condition(record: IndicatorRecord): string;
  yesNo(value: boolean): string;
  /** A value as people read it: 40%, >22%, ×7, >50 meetings, Yes; an event's period. */
  value(record: IndicatorRecord): string;
  /** An ISO date as people of this language write it. */
  date(date: IsoDate): string;
  citation(): string;
  comparisonTitle(indicator: ComparableIndicator): string;
  comparisonSeries(indicator: ComparableIndicator): string;
  comparisonSheetName(indicator: ComparableIndicator): string;
  comparisonButton(indicator: ComparableIndicator): string;
  comparisonNotes(indicator: ComparableIndicator): readonly string[];
  /** What a chart row says for a country without a figure: "no poll in the source". */
  missingInSource(indicator: ComparableIndicator): string;
  /** "Kazakhstan (Jan–Oct 2022)", "Tajikistan (Jan–Aug 2022, more than 22%)". */
  categoryLabel(record: FigureRecord, withPeriod?: boolean): string;
  /** The stance matrix's column heading of a stance indicator. */
  stanceHeading(indicator: string): string;
}

const STANCE_HEADINGS: ReadonlyMap<string, string> = new Map(
  STANCE_STATEMENTS.map((s) => [s.indicator, s.heading]),
);

/** The English heading of a stance indicator's column (from the stance data). */
export function englishHeading(indicator: string): string {
  const heading = STANCE_HEADINGS.get(indicator);
  if (heading !== undefined) return heading;
  const words = indicator.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const EN_VOCABULARY: Vocabulary = {
  locale: "en",
  country: (code) => countryByCode(code).name,
  scope: scopeLabel,
  topic: topicLabel,
  label: (record) => record.label,
  note: (record) => record.note,
  period: (label) => label,
  qualifier: (qualifier) => qualifier,
  basis: (basis) => basis,
  unit: unitLabel,
  condition: conditionOf,
  yesNo: (value) => (value ? "Yes" : "No"),
  value: displayValue,
  date: (date) => date,
  citation: () => formatCitation(),
  comparisonTitle,
  comparisonSeries: (indicator) => comparison(indicator).series,
  comparisonSheetName: (indicator) => comparison(indicator).sheetName,
  comparisonButton: (indicator) => comparison(indicator).buttonLabel,
  comparisonNotes,
  missingInSource: (indicator) => `no ${comparison(indicator).missingFigure} in the source`,
  categoryLabel,
  stanceHeading: englishHeading,
};
