import { argumentText } from "./argument";
import { COUNTRIES, countryNames, OUT_OF_SCOPE_NAMES, REGION_NAMES } from "./countries";
import { FORMER_IDS } from "./data/formerIds";
import { RECORDS_BY_ID, RECORDS_BY_INDICATOR } from "./dataset";
import { TOPICS } from "./topics";
import { FIELDS, type Field } from "./fields";
import { messages, onMessageLocaleChange } from "./i18n/messages";
import { invalid, succeed, type Failure, type Result } from "./result";
import { closestMatch, foldKey, shortInput } from "./text";
import { KIND_PLURALS, KINDS, REGION, type RecordKind, type Scope, type TopicId } from "./types";

interface Candidate<T> {
  readonly key: string;
  readonly item: T;
}

/** Builds the folded-key table once; lookups are then one Map access after folding. */
function keyTable<T>(entries: readonly (readonly [string, T])[]): {
  byKey: ReadonlyMap<string, T>;
  candidates: readonly Candidate<T>[];
} {
  const byKey = new Map<string, T>();
  // The first entry for a key wins, so a later alias can never shadow a name listed earlier.
  for (const [name, item] of entries) if (!byKey.has(foldKey(name))) byKey.set(foldKey(name), item);
  return { byKey, candidates: [...byKey].map(([key, item]) => ({ key, item })) };
}

/**
 * Memoises resolution of raw inputs: a sheet repeats the same few names thousands of times. The answers carry
 * messages, so the cache is cleared when their language changes.
 */
function memoised<T>(resolve: (text: string) => Result<T>, limit = 2048): (text: string) => Result<T> {
  const cache = new Map<string, Result<T>>();
  onMessageLocaleChange(() => cache.clear());
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const result = resolve(text);
    if (cache.size >= limit) cache.clear();
    cache.set(text, result);
    return result;
  };
}

/** The five countries by name, in the messages' language. */
export function countryList(): string {
  return COUNTRIES.map((c) => messages().scope(c.code)).join(", ");
}

const countryTable = keyTable<Scope>([
  ...COUNTRIES.flatMap((c) => countryNames(c).map((name) => [name, c.code] as const)),
  ...REGION_NAMES.map((name) => [name, REGION] as const),
]);

const resolveCountryText = memoised((text: string): Result<Scope> => {
  const key = foldKey(text);
  const scope = countryTable.byKey.get(key);
  if (scope !== undefined) return succeed(scope);
  const outOfScope = OUT_OF_SCOPE_NAMES.get(key);
  if (outOfScope !== undefined) return invalid(messages().outOfScope(outOfScope, countryList()));
  const guess = closestMatch(text, countryTable.candidates);
  return invalid(
    messages().unknownCountry(
      shortInput(text),
      guess === undefined ? null : messages().scope(guess),
      countryList(),
    ),
  );
});

/**
 * A country argument: null when omitted; otherwise the country's ISO code, or REGION for "Central Asia".
 */
export function resolveCountry(value: unknown): Result<Scope | null> {
  const text = argumentText(value, "country");
  if (!text.ok || text.value === null) return text as Result<null>;
  return resolveCountryText(text.value);
}

const fieldTable = keyTable<Field>(FIELDS.map((field) => [field, field] as const));

const resolveFieldText = memoised((text: string): Result<Field> => {
  const field = fieldTable.byKey.get(foldKey(text));
  if (field !== undefined) return succeed(field);
  const guess = closestMatch(text, fieldTable.candidates);
  return invalid(messages().unknownField(shortInput(text), guess ?? null, FIELDS.join(", ")));
});

export function resolveField(value: unknown): Result<Field> {
  const text = argumentText(value, "field");
  if (!text.ok) return text;
  return text.value === null ? succeed("value") : resolveFieldText(text.value);
}

export type TopicFilter = { readonly topic: TopicId } | { readonly kind: RecordKind } | null;

const topicTable = keyTable<Exclude<TopicFilter, null>>([
  ...TOPICS.flatMap((t) => [[t.id, { topic: t.id }] as const, [t.label, { topic: t.id }] as const]),
  ...KINDS.flatMap((kind) => [[kind, { kind }] as const, [KIND_PLURALS[kind], { kind }] as const]),
]);

// "stances" is both a topic and a kind: named once.
const TOPIC_LIST = [
  ...new Set([...TOPICS.map((t): string => t.id), ...KINDS.map((k) => KIND_PLURALS[k])]),
].join(", ");

/** A topic argument: a topic id or label, or a kind of record ("figures", "stances", "events"). */
export function resolveTopic(value: unknown): Result<TopicFilter> {
  const text = argumentText(value, "topic");
  if (!text.ok) return text;
  if (text.value === null || foldKey(text.value) === "all") return succeed(null);
  const filter = topicTable.byKey.get(foldKey(text.value));
  if (filter !== undefined) return succeed(filter);
  const guess = closestMatch(text.value, topicTable.candidates);
  const named = guess === undefined ? null : "topic" in guess ? guess.topic : KIND_PLURALS[guess.kind];
  return invalid(messages().unknownTopic(shortInput(text.value), named, TOPIC_LIST));
}

/** What an indicator argument names: a whole indicator (one per country) or one record by its full id. */
export type IndicatorRef = { readonly indicator: string; readonly scope: Scope | null };

/** A former id and its indicator (the id without its country), each naming the renamed record's. */
function formerKeys([former, current]: readonly [string, string]): (readonly [string, IndicatorRef])[] {
  const record = RECORDS_BY_ID.get(current);
  if (record === undefined) return [];
  const keys = [[former, { indicator: record.indicator, scope: record.scope }] as const];
  const formerIndicator = former.replace(/\.[A-Z]{2}$/, "");
  return formerIndicator === former
    ? keys
    : [...keys, [formerIndicator, { indicator: record.indicator, scope: null }] as const];
}

/**
 * Indicators, full ids, and for region-wide indicators also "<indicator>.<country>" (such as an id a workbook
 * kept from before a record was found to speak of the region only): that answers #N/A naming the regional
 * record, rather than "unknown". Last, the ids of renamed records (data/formerIds.ts), which workbooks keep:
 * listed after every current name, so that none can shadow one.
 */
const indicatorKeys = keyTable<IndicatorRef>([
  ...[...RECORDS_BY_INDICATOR.keys()].map((indicator) => [indicator, { indicator, scope: null }] as const),
  ...[...RECORDS_BY_ID.values()].map((r) => [r.id, { indicator: r.indicator, scope: r.scope }] as const),
  ...[...RECORDS_BY_INDICATOR]
    .filter(([, records]) => records.every((r) => r.scope === REGION))
    .flatMap(([indicator]) =>
      COUNTRIES.map((c) => [`${indicator}.${c.code}`, { indicator, scope: c.code }] as const),
    ),
  ...Object.entries(FORMER_IDS).flatMap(formerKeys),
]);

const resolveIndicatorText = memoised((text: string): Result<IndicatorRef> => {
  const ref = indicatorKeys.byKey.get(foldKey(text));
  if (ref !== undefined) return succeed(ref);
  const guess = closestMatch(text, indicatorKeys.candidates);
  return invalid(messages().unknownIndicator(shortInput(text), guess?.indicator ?? null));
});

export function resolveIndicator(value: unknown): Result<IndicatorRef> {
  const text = argumentText(value, "indicator");
  if (!text.ok) return text;
  if (text.value === null) return missingIndicator();
  return resolveIndicatorText(text.value);
}

function missingIndicator(): Failure {
  return invalid(messages().missingIndicator());
}
