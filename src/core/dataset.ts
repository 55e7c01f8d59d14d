import { EVENTS } from "./data/events";
import { FIGURES } from "./data/figures";
import { JUDGEMENTS } from "./data/judgements";
import { EXAMPLE_LINKS, RELATED_LINKS } from "./data/relations";
import type { CountryCode } from "./countries";
import { SOURCE } from "./source";
import { REGIONAL_STANCES, STANCE_STATEMENTS, STANCES } from "./data/stances";
import type { IndicatorRecord } from "./types";

/**
 * Every record's id, as a type: tables keyed by record (translations) must name each one, so a record added
 * without its translation fails the build.
 */
export type RecordId =
  | (typeof FIGURES)[number]["id"]
  | (typeof EVENTS)[number]["id"]
  | (typeof JUDGEMENTS)[number]["id"]
  | `${(typeof STANCE_STATEMENTS)[number]["indicator"]}.${CountryCode}`
  | (typeof REGIONAL_STANCES)[number]["id"];

/**
 * Every indicator's id (the record id without its country), as a type: code and tables that name an indicator
 * ("trade-growth") are checked against the data, so a renamed or misspelt indicator fails the build.
 */
export type IndicatorId =
  | (typeof FIGURES)[number]["indicator"]
  | (typeof EVENTS)[number]["indicator"]
  | (typeof JUDGEMENTS)[number]["indicator"]
  | (typeof STANCE_STATEMENTS)[number]["indicator"]
  | (typeof REGIONAL_STANCES)[number]["indicator"];

/**
 * Every period label of the dataset ("Jan–Sep 2022", "not stated"), as a type: the translations of the
 * labels are keyed by it, so a record with a new period fails the build until its label is translated.
 */
export type PeriodLabel =
  | (typeof FIGURES)[number]["period"]["label"]
  | (typeof EVENTS)[number]["period"]["label"]
  | (typeof JUDGEMENTS)[number]["period"]["label"]
  | (typeof STANCE_STATEMENTS)[number]["period"]["label"]
  | (typeof REGIONAL_STANCES)[number]["period"]["label"];

/** A record's links, from the relation tables; a relation it has no link in is left out. */
function linksOf(id: string): Pick<IndicatorRecord, "related" | "examples" | "exampleOf"> {
  const related = RELATED_LINKS.flatMap(({ records: [a, b] }) => (a === id ? [b] : b === id ? [a] : []));
  const examples = EXAMPLE_LINKS.flatMap((link) => (link.general === id ? link.examples : []));
  const exampleOf = EXAMPLE_LINKS.flatMap((link) =>
    (link.examples as readonly string[]).includes(id) ? [link.general] : [],
  );
  return {
    ...(related.length > 0 ? { related } : {}),
    ...(examples.length > 0 ? { examples } : {}),
    ...(exampleOf.length > 0 ? { exampleOf } : {}),
  };
}

/**
 * Every record of the source, figures, then stances, then events (the author's judgements last), each carrying
 * the source reference and its links. Frozen, with its period, so that no caller can alter a figure.
 */
export const RECORDS: readonly IndicatorRecord[] = Object.freeze(
  [...FIGURES, ...STANCES, ...EVENTS, ...JUDGEMENTS].map((record) =>
    Object.freeze<IndicatorRecord>({
      ...record,
      ...linksOf(record.id),
      period: Object.freeze({ ...record.period }),
      source: SOURCE,
    }),
  ),
);

export const RECORDS_BY_ID: ReadonlyMap<string, IndicatorRecord> = new Map(RECORDS.map((r) => [r.id, r]));

/** Records grouped by indicator key (e.g. "trade-growth" → the five countries' figures). */
export const RECORDS_BY_INDICATOR: ReadonlyMap<string, readonly IndicatorRecord[]> = RECORDS.reduce(
  (groups, record) => groups.set(record.indicator, [...(groups.get(record.indicator) ?? []), record]),
  new Map<string, IndicatorRecord[]>(),
);
