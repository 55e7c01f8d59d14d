import { scopeLabel } from "./countries";
import { figureText } from "./figureDisplay";
import { formatCitation } from "./source";
import type { IndicatorRecord } from "./types";

/** What a cell can show: custom functions return these, never objects. */
export type CellValue = string | number | boolean;

/** The fields of a record a formula can ask for; "value" is the default. */
export const FIELDS = [
  "value",
  "period",
  "qualifier",
  "quote",
  "source",
  "label",
  "unit",
  "country",
  "start",
  "end",
  "id",
  "basis",
  "condition",
  "related",
  "note",
  "examples",
  "example of",
] as const;
export type Field = (typeof FIELDS)[number];

/**
 * The unit field in English: a figure's unit by its id, which is its English name ("percent", "meetings", as
 * after a number: 50 meetings), except that "times" says it is a multiple; "yes/no" and "event" for the others.
 */
export function unitLabel(record: IndicatorRecord): string {
  if (record.kind === "figure") return record.unit === "times" ? "times (multiple)" : record.unit;
  return record.kind === "stance" ? "yes/no" : "event";
}

/** What a stance rests on (stated, region-wide, implied); empty for figures and events. */
export function basisOf(record: IndicatorRecord): string {
  return record.kind === "stance" ? record.basis : "";
}

/** The words that make a record conditional, or empty. */
export function conditionOf(record: IndicatorRecord): string {
  return record.kind === "stance" ? (record.condition ?? "") : "";
}

/** The ids of the records the source ties to this one in its own words, comma-separated, or empty. */
export function relatedOf(record: IndicatorRecord): string {
  return (record.related ?? []).join(", ");
}

/** The ids of the records the article gives as examples of this one, comma-separated, or empty. */
export function examplesOf(record: IndicatorRecord): string {
  return (record.examples ?? []).join(", ");
}

/** The ids of the records this one is given as an example of, comma-separated, or empty. */
export function exampleOfOf(record: IndicatorRecord): string {
  return (record.exampleOf ?? []).join(", ");
}

/**
 * The record's value for a cell: the number for figures, TRUE/FALSE for stances; events carry no number, so
 * their value is their description.
 */
export function recordValue(record: IndicatorRecord): CellValue {
  return record.kind === "event" ? record.label : record.value;
}

export function fieldValue(record: IndicatorRecord, field: Field): CellValue {
  switch (field) {
    case "value":
      return recordValue(record);
    case "period":
      return record.period.label;
    case "qualifier":
      // The source's own hedge: exact / more than / about for figures; stated / reported / accused / planned.
      return record.qualifier;
    case "quote":
      return record.quote;
    case "source":
      return formatCitation(record.source);
    case "label":
      return record.label;
    case "unit":
      return unitLabel(record);
    case "country":
      return scopeLabel(record.scope);
    case "start":
      return record.period.start ?? "";
    case "end":
      return record.period.end ?? "";
    case "id":
      return record.id;
    case "basis":
      return basisOf(record);
    case "condition":
      return conditionOf(record);
    case "related":
      return relatedOf(record);
    case "note":
      return record.note ?? "";
    case "examples":
      return examplesOf(record);
    case "example of":
      return exampleOfOf(record);
  }
}

/** English numbers: a percent to one decimal at most, others as they are. */
const englishNumber = (value: number, percent: boolean): string =>
  String(percent ? Math.round(value * 1000) / 10 : value);

/** How the pane and tables show a value in words: 40%, ×7, >50 meetings, Yes/No. */
export function displayValue(record: IndicatorRecord): string {
  if (record.kind === "stance") return record.value ? "Yes" : "No";
  if (record.kind === "event") return record.period.label;
  return figureText(record, englishNumber, "", ` ${record.unit}`);
}
