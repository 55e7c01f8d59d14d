import { EVENTS } from "./data/events";
import { FIGURES } from "./data/figures";
import { STANCES } from "./data/stances";
import { SOURCE } from "./source";
import type { IndicatorRecord } from "./types";

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
