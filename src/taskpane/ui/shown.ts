/*
 * Which records the pane shows for its filters, in the order the list shows them, and what a table of them
 * is called. In another language than English the search also finds the records by their words in that
 * language (label, note, topic, period), as well as by everything the English search knows.
 */
import { RECORDS } from "../../core/dataset";
import { rankRecords, searchText, type SearchHit, type SearchText } from "../../core/search";
import { shortInput } from "../../core/text";
import { themeById } from "../../core/themes";
import { TOPICS } from "../../core/topics";
import type { IndicatorRecord } from "../../core/types";
import type { PaneLanguage } from "../i18n";
import { isFiltered, type FilterState } from "./filters";

const TOPIC_ORDER: ReadonlyMap<string, number> = new Map(TOPICS.map((t, i) => [t.id, i]));

const haystacks = new WeakMap<PaneLanguage["words"], Map<IndicatorRecord, SearchText>>();

/** A record's words in the pane's language, indexed as the search indexes its own. */
function localWords(record: IndicatorRecord, language: PaneLanguage): SearchText {
  let byRecord = haystacks.get(language.words);
  if (byRecord === undefined) {
    byRecord = new Map();
    haystacks.set(language.words, byRecord);
  }
  let text = byRecord.get(record);
  if (text === undefined) {
    const words = language.words;
    text = searchText([
      words.label(record),
      words.note(record) ?? "",
      words.topic(record.topic),
      words.period(record.period.label),
      words.scope(record.scope),
    ]);
    byRecord.set(record, text);
  }
  return text;
}

function found(filters: FilterState, language: PaneLanguage): readonly SearchHit[] {
  const options = {
    topic: filters.topic,
    country: filters.country,
    kind: filters.kind,
    theme: filters.theme,
  };
  const extra =
    language.locale === "en" ? undefined : (record: IndicatorRecord) => localWords(record, language);
  return rankRecords(filters.query, options, RECORDS, extra);
}

/**
 * The records to show, in the order the list shows them, so that copies, downloads and inserted tables list
 * the rows as the user sees them. They are grouped by topic; a search puts first the topics holding a record
 * the query names (by id, label, country or topic) and, within a topic, those records before the ones found
 * only through their quote. Without a query: topic order, dataset order within a topic.
 */
export function recordsToShow(filters: FilterState, language: PaneLanguage): readonly IndicatorRecord[] {
  const hits = found(filters, language);
  const bestInTopic = new Map<string, number>();
  for (const hit of hits)
    bestInTopic.set(hit.record.topic, Math.min(bestInTopic.get(hit.record.topic) ?? 1, hit.rank));
  const topicOrder = (hit: SearchHit): number => TOPIC_ORDER.get(hit.record.topic) ?? 0;
  return [...hits]
    .sort(
      (a, b) =>
        (bestInTopic.get(a.record.topic) ?? 0) - (bestInTopic.get(b.record.topic) ?? 0) ||
        topicOrder(a) - topicOrder(b) ||
        a.rank - b.rank,
    )
    .map((hit) => hit.record);
}

/** A table title that says which records it holds (with no filter, the title an untitled table gets). */
export function tableTitle(filters: FilterState, language: PaneLanguage): string {
  const { t, words, workbook } = language;
  const query = filters.query.trim();
  const parts = [
    filters.topic ? words.topic(filters.topic) : null,
    filters.theme ? (themeById(filters.theme)?.name[language.locale] ?? null) : null,
    filters.kind ? language.t.kindPlural[filters.kind] : null,
    filters.country ? words.scope(filters.country) : null,
    // What was typed, with invisible and direction-changing characters shown as code points.
    query ? t.searchPart(shortInput(query, 60)) : null,
  ].filter((part): part is string => part !== null);
  return parts.length === 0 ? workbook.defaultTableTitle : t.tableTitleOf(parts);
}

export function statusText(count: number, filters: FilterState, language: PaneLanguage): string {
  const total = RECORDS.length;
  const filtered = count !== total || isFiltered(filters);
  return filtered ? language.t.statusShowing(count, total) : language.t.statusAll(total);
}
