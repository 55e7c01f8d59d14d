/*
 * The dataset's words in Russian (the Vocabulary of core/i18n/vocabulary.ts), from the records' and terms'
 * tables and the few words the pane and the tables it writes need beyond them: the stances' conditions, what
 * a comparison lacks for a country (in the genitive, after «нет»), and the comparisons' notes. Typed against
 * the English data, so that a new condition or comparison without its Russian words fails the build.
 */
import {
  comparisonCaveats,
  comparisonFigures,
  missingCountries,
  sharedPeriod,
  type ComparableIndicator,
} from "../../comparisons";
import { countryByCode } from "../../countries";
import { figureText } from "../../figureDisplay";
import type { STANCE_STATEMENTS } from "../../data/stances";
import type { IndicatorRecord } from "../../types";
import { englishHeading, type Vocabulary } from "../vocabulary";
import { ruPlural } from "./plural";
import { RU_MESSAGES, RU_MISSING_FIGURES } from "./messages";
import { RU_RECORDS } from "./records";
import { RU_TERMS } from "./terms";
import type { RuRecordText } from "./types";

type Statement = (typeof STANCE_STATEMENTS)[number];

/** Every condition the stance data states, by its English words (words of the quote). */
export type ConditionText = Statement extends infer S
  ? S extends { readonly conditionFor: infer C }
    ? C[keyof C] & string
    : never
  : never;

export const RU_CONDITIONS = {
  "only after obtaining US approval to do so": "только после получения на это одобрения США",
} as const satisfies Readonly<Record<ConditionText, string>>;

export const RU_COMPARISON_NOTES = {
  /** In a chart's title where each country's period differs. */
  periodsDiffer: "периоды разные",
  lowerBound: "«>» или «более»: источник приводит цифру как нижнюю границу.",
  compareWithCare: "Периоды у стран разные; сравнивайте с осторожностью.",
} as const;

const RU_RECORD_TEXTS: ReadonlyMap<string, RuRecordText> = new Map(Object.entries(RU_RECORDS));
const RU_STANCE_HEADINGS: ReadonlyMap<string, string> = new Map(Object.entries(RU_TERMS.stanceHeadings));
const RU_CONDITION_TEXTS: ReadonlyMap<string, string> = new Map(Object.entries(RU_CONDITIONS));

// «40%», with no space: as a Russian Excel's percent format shows the same cell.
const RU_PERCENT = new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 1 });
const RU_NUMBER = new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 2 });

/** A counted unit after a number: 1 встреча, 2 встречи, 5 встреч; a fraction takes the genitive singular (1,5 года). */
export function ruCountedUnit(count: number, unit: keyof typeof RU_TERMS.countedUnits): string {
  const [one, few, many] = RU_TERMS.countedUnits[unit];
  return Number.isInteger(count) ? ruPlural(count, one, few, many) : few;
}

const ruScope = RU_MESSAGES.scope;
const ruPeriod = RU_MESSAGES.period;

/** Russian numbers: a decimal comma and, in thousands, a space (1 234,5). */
const ruNumber = (value: number, percent: boolean): string =>
  percent ? RU_PERCENT.format(value * 100) : RU_NUMBER.format(value);

function ruValue(record: IndicatorRecord): string {
  if (record.kind === "stance") return record.value ? "Да" : "Нет";
  if (record.kind === "event") return ruPeriod(record.period.label);
  // «40%» with no space, as a Russian Excel's percent format shows it; a unit's word after a number agrees
  // with it (1 встреча, 5 встреч).
  const unitWord = record.unit === "percent" ? "" : `\u00a0${ruCountedUnit(record.value, record.unit)}`;
  return figureText(record, ruNumber, "", unitWord);
}

function ruComparisonNotes(indicator: ComparableIndicator): readonly string[] {
  const notes: string[] = [];
  const missing = missingCountries(indicator);
  if (missing.length > 0) {
    const names = missing.map((c) => c.russianName);
    notes.push(
      `В источнике нет ${RU_MISSING_FIGURES[indicator]} для ${names.length === 1 ? "страны" : "стран"}: ${names.join(", ")}.`,
    );
  }
  if (comparisonFigures(indicator).some((r) => r.qualifier === "more than")) {
    notes.push(RU_COMPARISON_NOTES.lowerBound);
  }
  if (sharedPeriod(indicator) === null) notes.push(RU_COMPARISON_NOTES.compareWithCare);
  return [...notes, ...comparisonCaveats(indicator, ruNote)];
}

/** A record's note in Russian (the English one where no translation exists). */
function ruNote(record: IndicatorRecord): string | undefined {
  return record.note === undefined ? undefined : (RU_RECORD_TEXTS.get(record.id)?.note ?? record.note);
}

export const RU_VOCABULARY: Vocabulary = {
  locale: "ru",
  country: (code) => countryByCode(code).russianName,
  scope: ruScope,
  topic: (id) => RU_TERMS.topics[id],
  label: (record) => RU_RECORD_TEXTS.get(record.id)?.label ?? record.label,
  note: ruNote,
  period: ruPeriod,
  qualifier: (qualifier) => RU_TERMS.qualifiers[qualifier],
  basis: (basis) => RU_TERMS.bases[basis],
  unit: (record) =>
    RU_TERMS.units[record.kind === "figure" ? record.unit : record.kind === "stance" ? "yes/no" : "event"],
  condition: (record) =>
    record.kind === "stance" && record.condition !== undefined
      ? (RU_CONDITION_TEXTS.get(record.condition) ?? record.condition)
      : "",
  yesNo: (value) => (value ? "Да" : "Нет"),
  value: ruValue,
  date: (date) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
    return match === null ? date : `${match[3]}.${match[2]}.${match[1]}`;
  },
  citation: () => RU_TERMS.citation,
  comparisonTitle: (indicator) => {
    const period = sharedPeriod(indicator);
    const when = period === null ? RU_COMPARISON_NOTES.periodsDiffer : ruPeriod(period);
    return `${RU_TERMS.comparisons[indicator].title} (${when})`;
  },
  comparisonSeries: (indicator) => RU_TERMS.comparisons[indicator].series,
  comparisonSheetName: (indicator) => RU_TERMS.comparisons[indicator].sheetName,
  comparisonButton: (indicator) => RU_TERMS.comparisons[indicator].buttonLabel,
  comparisonNotes: ruComparisonNotes,
  missingInSource: (indicator) => `в источнике нет ${RU_MISSING_FIGURES[indicator]}`,
  categoryLabel: (record, withPeriod = true) => {
    // «более 22%», not a dangling «более»: the hedge with the figure it hedges.
    const hedge =
      record.qualifier === "exact"
        ? ""
        : `${RU_TERMS.qualifiers[record.qualifier]} ${ruValue(record).replace(/^[>≈]/, "")}`;
    const inBrackets = [withPeriod ? ruPeriod(record.period.label) : "", hedge].filter((p) => p !== "");
    return inBrackets.length === 0
      ? ruScope(record.scope)
      : `${ruScope(record.scope)} (${inBrackets.join(", ")})`;
  },
  stanceHeading: (indicator) => RU_STANCE_HEADINGS.get(indicator) ?? englishHeading(indicator),
};
