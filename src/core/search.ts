/*
 * The pane's search: which records a typed query and the topic and country filters find, and in what order
 * (records named by the query before those found only through their quote).
 */
import { COUNTRIES, countryNames, REGION_NAMES } from "./countries";
import { RECORDS } from "./dataset";
import { topicLabel } from "./topics";
import { scopeLabel } from "./countries";
import { foldKey } from "./text";
import { themeById, themesOf, type ThemeId } from "./themes";
import { REGION, type IndicatorRecord, type RecordKind, type Scope, type TopicId } from "./types";

/** The pane's filters; null or omitted means "any". */
export interface SearchFilters {
  readonly topic?: TopicId | null;
  readonly country?: Scope | null;
  readonly kind?: RecordKind | null;
  /** A theme across topics (sanctions): its records only. */
  readonly theme?: ThemeId | null;
}

/**
 * Every name of a scope, folded: ISO codes, English, Russian and local names and aliases for the countries,
 * "Central Asia" and its Russian names for region-wide records.
 */
const SCOPE_NAMES: ReadonlyMap<Scope, readonly string[]> = new Map<Scope, readonly string[]>([
  ...COUNTRIES.map((c) => [c.code, countryNames(c).map(foldKey)] as [Scope, string[]]),
  [REGION, REGION_NAMES.map(foldKey)],
]);

/**
 * Folded name → scope, for query words that name a country outright ("uz", "узбекистан", "Kyrgyz Republic").
 * "region" and "the region" are left out: as words they are too common in labels to mean a filter.
 */
const SCOPE_BY_NAME: ReadonlyMap<string, Scope> = new Map(
  [...SCOPE_NAMES].flatMap(([scope, names]) =>
    names.filter((name) => name !== "region" && name !== "theregion").map((name) => [name, scope] as const),
  ),
);

/** The most words in one name ("Republic of Kazakhstan": three), so a query is scanned for runs that long. */
const MAX_NAME_WORDS = Math.max(
  ...[...COUNTRIES.flatMap(countryNames), ...REGION_NAMES].map((name) => name.split(/\s+/).length),
);

/**
 * Text a query word is looked for in. `joined` is each field folded whole, fields joined with a separator
 * that foldKey never produces, so a long word matches inside a field ("tradegrowth" in "trade-growth") but
 * not across two; `words` holds every word of the fields folded on its own, for short query words.
 */
export interface SearchText {
  readonly joined: string;
  readonly words: ReadonlySet<string>;
}

/**
 * A query word this short matches whole words only, where some record has it as a word: "MIR" must not find
 * "Mirziyoyev", nor "EU" "Europe". One no record has as a word ("kaz" while typing) still matches inside words.
 */
const WHOLE_WORD_MAX = 3;

/** Indexes fields of text for matching, folded as the query is. */
export function searchText(fields: readonly string[]): SearchText {
  const words = new Set<string>();
  for (const field of fields) {
    for (const word of field.split(/[^\p{L}\p{N}]+/u)) {
      const folded = foldKey(word);
      if (folded !== "") words.add(folded);
    }
  }
  return { joined: fields.map(foldKey).join("|"), words };
}

function contains(text: SearchText, word: string, wholeWords: ReadonlySet<string>): boolean {
  return wholeWords.has(word) ? text.words.has(word) : text.joined.includes(word);
}

/** The short query words that some record has as a word of its own, so they match whole words only. */
function wholeWordsOf(
  words: readonly string[],
  records: readonly IndicatorRecord[],
  extra?: ExtraText,
): ReadonlySet<string> {
  const short = words.filter((word) => word.length <= WHOLE_WORD_MAX);
  if (short.length === 0) return new Set();
  return new Set(
    short.filter((word) =>
      records.some((record) => {
        const text = RECORD_TEXTS.get(record) ?? recordText(record);
        return (
          text.names.words.has(word) || text.quote.words.has(word) || extra?.(record).words.has(word) === true
        );
      }),
    ),
  );
}

/** Where a record is found: by what names it (id, label, country, topic), and by its quote. */
interface RecordText {
  readonly names: SearchText;
  readonly quote: SearchText;
}

function recordText(record: IndicatorRecord): RecordText {
  return {
    names: searchText([
      record.id,
      record.label,
      scopeLabel(record.scope),
      ...(SCOPE_NAMES.get(record.scope) ?? []),
      topicLabel(record.topic),
      // A theme's name in either language finds its records ("sanctions", «санкции»).
      ...themesOf(record.indicator).flatMap((theme) => [theme.name.en, theme.name.ru]),
    ]),
    quote: searchText([record.quote]),
  };
}

const RECORD_TEXTS: ReadonlyMap<IndicatorRecord, RecordText> = new Map(
  RECORDS.map((r) => [r, recordText(r)]),
);

/** A parsed query: the countries it names outright, and the other words, folded. */
export interface ParsedQuery {
  readonly scopes: readonly Scope[];
  readonly words: readonly string[];
}

/**
 * Splits a query into country names (longest run of words first, so "Kyrgyz Republic" is one name) and
 * free words. Case, accents, punctuation and the script's diacritics do not matter (see foldKey).
 */
export function parseQuery(query: string): ParsedQuery {
  const tokens = query.split(/\s+/).filter((token) => foldKey(token) !== "");
  const scopes: Scope[] = [];
  const words: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    let matched = 0;
    for (let n = Math.min(MAX_NAME_WORDS, tokens.length - i); n >= 1 && matched === 0; n--) {
      const scope = SCOPE_BY_NAME.get(foldKey(tokens.slice(i, i + n).join(" ")));
      if (scope !== undefined) {
        if (!scopes.includes(scope)) scopes.push(scope);
        matched = n;
      }
    }
    if (matched === 0) {
      words.push(foldKey(tokens[i]));
      matched = 1;
    }
    i += matched;
  }
  return { scopes, words };
}

/** More text a record is found by (its words in the pane's language), beside its own; it ranks as a name. */
export type ExtraText = (record: IndicatorRecord) => SearchText;

/** How well a record matches: by its names alone ranks above needing the quote. */
export const MATCH_RANK = { names: 0, quote: 1 } as const;
export type MatchRank = (typeof MATCH_RANK)[keyof typeof MATCH_RANK];

/**
 * How a record matches a parsed query, or null: one of the named countries (if any), and every free word
 * in the record's names, its quote or `extra`.
 */
function rankMatch(
  record: IndicatorRecord,
  parsed: ParsedQuery,
  wholeWords: ReadonlySet<string>,
  extra?: ExtraText,
): MatchRank | null {
  if (parsed.scopes.length > 0 && !parsed.scopes.includes(record.scope)) return null;
  if (parsed.words.length === 0) return MATCH_RANK.names;
  const text = RECORD_TEXTS.get(record) ?? recordText(record);
  const local = extra?.(record);
  let rank: MatchRank = MATCH_RANK.names;
  for (const word of parsed.words) {
    if (contains(text.names, word, wholeWords)) continue;
    if (local !== undefined && contains(local, word, wholeWords)) continue;
    if (!contains(text.quote, word, wholeWords)) return null;
    rank = MATCH_RANK.quote;
  }
  return rank;
}

/** A record found, with how well it matched. */
export interface SearchHit {
  readonly record: IndicatorRecord;
  readonly rank: MatchRank;
}

/**
 * The records found for a search text and the topic and country filters, best first: records whose id,
 * label, country or topic hold every word come before those found only through their quote; dataset order
 * within each rank. A query that names a country ("uz", "Узбекистан", "Kyrgyz Republic") keeps that
 * country's records only. Words of three letters or fewer match whole words where a record has them as one.
 */
export function rankRecords(
  query: string,
  filters: SearchFilters = {},
  records: readonly IndicatorRecord[] = RECORDS,
  extra?: ExtraText,
): readonly SearchHit[] {
  const parsed = parseQuery(query);
  const topic = filters.topic ?? null;
  const country = filters.country ?? null;
  const kind = filters.kind ?? null;
  const theme = filters.theme ? (themeById(filters.theme)?.indicators as readonly string[]) : null;
  const wholeWords = wholeWordsOf(parsed.words, records, extra);
  const hits: SearchHit[] = [];
  for (const record of records) {
    if (topic !== null && record.topic !== topic) continue;
    if (country !== null && record.scope !== country) continue;
    if (kind !== null && record.kind !== kind) continue;
    if (theme !== null && !theme.includes(record.indicator)) continue;
    const rank = rankMatch(record, parsed, wholeWords, extra);
    if (rank !== null) hits.push({ record, rank });
  }
  return hits.sort((a, b) => a.rank - b.rank);
}

/** The records found for a search text and filters, best first (see rankRecords). */
export function searchRecords(
  query: string,
  filters: SearchFilters = {},
  records: readonly IndicatorRecord[] = RECORDS,
  extra?: ExtraText,
): readonly IndicatorRecord[] {
  return rankRecords(query, filters, records, extra).map((hit) => hit.record);
}
