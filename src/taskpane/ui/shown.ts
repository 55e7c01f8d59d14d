/*
 * Which records the pane shows for its filters, in the order the list shows them, and what a table of them
 * is called. In another language than English the search also finds the records by their words in that
 * language (label, note, topic, period), as well as by everything the English search knows.
 */
import { RECORDS } from "../../core/dataset";
import { searchRecords } from "../../core/search";
import { shortInput } from "../../core/text";
import { foldKey } from "../../core/text";
import { TOPICS } from "../../core/topics";
import type { IndicatorRecord } from "../../core/types";
import type { PaneLanguage } from "../i18n";
import type { FilterState } from "./filters";

const TOPIC_ORDER: ReadonlyMap<string, number> = new Map(TOPICS.map((t, i) => [t.id, i]));

const haystacks = new WeakMap<PaneLanguage["words"], Map<IndicatorRecord, string>>();

/** A record's words in the pane's language, folded as the search folds what is typed. */
function localWords(record: IndicatorRecord, language: PaneLanguage): string {
  let byRecord = haystacks.get(language.words);
  if (byRecord === undefined) {
    byRecord = new Map();
    haystacks.set(language.words, byRecord);
  }
  let text = byRecord.get(record);
  if (text === undefined) {
    const words = language.words;
    text = [
      words.label(record),
      words.note(record) ?? "",
      words.topic(record.topic),
      words.period(record.period.label),
      words.scope(record.scope),
    ]
      .map(foldKey)
      .join("|");
    byRecord.set(record, text);
  }
  return text;
}

function found(filters: FilterState, language: PaneLanguage): readonly IndicatorRecord[] {
  const options = { topic: filters.topic, country: filters.country };
  const extra =
    language.locale === "en" ? undefined : (record: IndicatorRecord) => localWords(record, language);
  return searchRecords(filters.query, options, RECORDS, extra);
}

/**
 * The records to show, in the order the list shows them (grouped by topic, dataset order within a topic), so
 * that copies, downloads and inserted tables list the rows as the user sees them.
 */
export function recordsToShow(filters: FilterState, language: PaneLanguage): readonly IndicatorRecord[] {
  return [...found(filters, language)].sort(
    (a, b) => (TOPIC_ORDER.get(a.topic) ?? 0) - (TOPIC_ORDER.get(b.topic) ?? 0),
  );
}

/** A table title that says which records it holds (with no filter, the title an untitled table gets). */
export function tableTitle(filters: FilterState, language: PaneLanguage): string {
  const { t, words, workbook } = language;
  const query = filters.query.trim();
  const parts = [
    filters.topic ? words.topic(filters.topic) : null,
    filters.country ? words.scope(filters.country) : null,
    // What was typed, with invisible and direction-changing characters shown as code points.
    query ? t.searchPart(shortInput(query, 60)) : null,
  ].filter((part): part is string => part !== null);
  return parts.length === 0 ? workbook.defaultTableTitle : t.tableTitleOf(parts);
}

export function statusText(count: number, filters: FilterState, language: PaneLanguage): string {
  const total = RECORDS.length;
  const filtered =
    count !== total || filters.query.trim() !== "" || filters.topic !== null || filters.country !== null;
  return filtered ? language.t.statusShowing(count, total) : language.t.statusAll(total);
}
