import { EVENTS } from "./data/events";
import { FIGURES } from "./data/figures";
import { STANCES } from "./data/stances";
import { SOURCE } from "./source";
import type { IndicatorRecord, RecordKind, Topic, TopicId } from "./types";

/** Topics in the order the task pane and tables list them. */
export const TOPICS = [
  { id: "trade", label: "Trade" },
  { id: "opinion", label: "Public opinion" },
  { id: "energy", label: "Energy" },
  { id: "diplomacy", label: "Diplomacy" },
  { id: "migration", label: "Migration" },
  { id: "demographics", label: "Demographics" },
  { id: "security", label: "Security" },
  { id: "integration", label: "Integration projects" },
  { id: "politics", label: "Domestic politics" },
  { id: "stances", label: "Stances" },
] as const satisfies readonly Topic[];

export const KINDS: readonly RecordKind[] = ["figure", "stance", "event"];

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

export function topicLabel(id: TopicId): string {
  return TOPICS.find((topic) => topic.id === id)?.label ?? id;
}
