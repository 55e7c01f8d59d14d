import { COUNTRIES, countryNames, REGION_NAMES } from "./countries";
import { RECORDS } from "./dataset";
import { topicLabel } from "./topics";
import { scopeLabel } from "./countries";
import { foldKey } from "./text";
import { REGION, type IndicatorRecord, type Scope, type TopicId } from "./types";

/** The pane's filters; null or omitted means "any". */
export interface SearchFilters {
  readonly topic?: TopicId | null;
  readonly country?: Scope | null;
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
 * What a free-text word is looked for in, folded once per record. Fields are joined with a separator that
 * foldKey never produces, so a word cannot match across two fields.
 */
function haystack(record: IndicatorRecord): string {
  return [
    record.id,
    record.label,
    scopeLabel(record.scope),
    ...(SCOPE_NAMES.get(record.scope) ?? []),
    record.quote,
    topicLabel(record.topic),
  ]
    .map(foldKey)
    .join("|");
}

const HAYSTACKS: ReadonlyMap<IndicatorRecord, string> = new Map(RECORDS.map((r) => [r, haystack(r)]));

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

/** More folded text a record is found by (its words in the pane's language), beside its own. */
export type ExtraText = (record: IndicatorRecord) => string;

/**
 * Whether a record matches a parsed query: one of the named countries (if any), and every free word, in the
 * record's own text or in `extra`.
 */
function matchesQuery(record: IndicatorRecord, parsed: ParsedQuery, extra?: ExtraText): boolean {
  if (parsed.scopes.length > 0 && !parsed.scopes.includes(record.scope)) return false;
  if (parsed.words.length === 0) return true;
  const text = HAYSTACKS.get(record) ?? haystack(record);
  return parsed.words.every(
    (word) => text.includes(word) || (extra !== undefined && extra(record).includes(word)),
  );
}

/**
 * The records the pane lists for a search text and the topic and country filters, in dataset order.
 * A query that names a country ("uz", "Узбекистан", "Kyrgyz Republic") keeps that country's records only;
 * other words must each occur in the id, label, country names, quote or topic of a record.
 */
export function searchRecords(
  query: string,
  filters: SearchFilters = {},
  records: readonly IndicatorRecord[] = RECORDS,
  extra?: ExtraText,
): readonly IndicatorRecord[] {
  const parsed = parseQuery(query);
  const topic = filters.topic ?? null;
  const country = filters.country ?? null;
  return records.filter(
    (r) =>
      (topic === null || r.topic === topic) &&
      (country === null || r.scope === country) &&
      matchesQuery(r, parsed, extra),
  );
}
