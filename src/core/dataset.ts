import { EVENTS } from "./data/events";
import { FIGURES } from "./data/figures";
import type { CountryCode } from "./countries";
import { SOURCE } from "./source";
import { STANCE_STATEMENTS, STANCES } from "./data/stances";
import type { IndicatorRecord } from "./types";

/**
 * Every record's id, as a type: tables keyed by record (translations) must name each one, so a record added
 * without its translation fails the build.
 */
export type RecordId =
  | (typeof FIGURES)[number]["id"]
  | (typeof EVENTS)[number]["id"]
  | `${(typeof STANCE_STATEMENTS)[number]["indicator"]}.${CountryCode}`
  | "supported-georgia-war";

/**
 * Every record of the source, figures, then stances, then events, each carrying the source reference.
 * Frozen, with its period, so that no caller can alter a figure.
 */
export const RECORDS: readonly IndicatorRecord[] = Object.freeze(
  [...FIGURES, ...STANCES, ...EVENTS].map((record) =>
    Object.freeze<IndicatorRecord>({
      ...record,
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
