import { argumentText } from "./argument";
import { COUNTRIES, countryNames, OUT_OF_SCOPE_NAMES, REGION_NAMES } from "./countries";
import { FORMER_IDS } from "./data/formerIds";
import { RECORDS_BY_ID, RECORDS_BY_INDICATOR } from "./dataset";
import { TOPICS } from "./topics";
import { FIELDS, type Field } from "./fields";
import type { Locale } from "./i18n/locale";
import { messageLocale, messages, onMessageLocaleChange } from "./i18n/messages";
import { RU_ARGUMENT_WORDS } from "./i18n/ru/argumentWords";
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

/** Typed in Cyrillic: a guess is then shown by its Russian word. */
const CYRILLIC = /[\u0400-\u04ff]/;

const fieldTable = keyTable<Field>([
  ...FIELDS.map((field) => [field, field] as const),
  ...FIELDS.flatMap((field) => RU_ARGUMENT_WORDS.fields[field].map((word) => [word, field] as const)),
]);

/** The fields as the messages list them: English ids, or the Russian words in Russian messages. */
function fieldList(): string {
  return messageLocale() === "ru"
    ? FIELDS.map((f) => RU_ARGUMENT_WORDS.fields[f][0]).join(", ")
    : FIELDS.join(", ");
}

const resolveFieldText = memoised((text: string): Result<Field> => {
  const field = fieldTable.byKey.get(foldKey(text));
  if (field !== undefined) return succeed(field);
  const guess = closestMatch(text, fieldTable.candidates);
  const named = guess === undefined ? null : CYRILLIC.test(text) ? RU_ARGUMENT_WORDS.fields[guess][0] : guess;
  return invalid(messages().unknownField(shortInput(text), named, fieldList()));
});

/** A field argument, in English ("period") or Russian ("период"); "value" when omitted. */
export function resolveField(value: unknown): Result<Field> {
  const text = argumentText(value, "field");
  if (!text.ok) return text;
  return text.value === null ? succeed("value") : resolveFieldText(text.value);
}

export type TopicFilter = { readonly topic: TopicId } | { readonly kind: RecordKind } | null;

// Topics first: "stances" and «позиции» name the topic, whose records are the stances.
const topicTable = keyTable<Exclude<TopicFilter, null>>([
  ...TOPICS.flatMap((t) => [[t.id, { topic: t.id }] as const, [t.label, { topic: t.id }] as const]),
  ...KINDS.flatMap((kind) => [[kind, { kind }] as const, [KIND_PLURALS[kind], { kind }] as const]),
  ...TOPICS.flatMap((t) => RU_ARGUMENT_WORDS.topics[t.id].map((word) => [word, { topic: t.id }] as const)),
  ...KINDS.flatMap((kind) => RU_ARGUMENT_WORDS.kinds[kind].map((word) => [word, { kind }] as const)),
]);

/** A topic filter by the word a message shows for it, in English or Russian. */
function topicWord(filter: Exclude<TopicFilter, null>, russian: boolean): string {
  if ("topic" in filter) return russian ? RU_ARGUMENT_WORDS.topics[filter.topic][0] : filter.topic;
  return russian ? RU_ARGUMENT_WORDS.kinds[filter.kind][0] : KIND_PLURALS[filter.kind];
}

/** Topics, then kinds, each named once ("stances" is both a topic and a kind). */
function topicList(): string {
  const russian = messageLocale() === "ru";
  const filters = [...TOPICS.map((t) => ({ topic: t.id })), ...KINDS.map((kind) => ({ kind }))];
  return [...new Set(filters.map((filter) => topicWord(filter, russian)))].join(", ");
}

/** A topic argument: a topic id or label, or a kind of record ("figures", "stances", "events"); or Russian. */
export function resolveTopic(value: unknown): Result<TopicFilter> {
  const text = argumentText(value, "topic");
  if (!text.ok) return text;
  if (text.value === null || foldKey(text.value) === "all" || foldKey(text.value) === "все")
    return succeed(null);
  const filter = topicTable.byKey.get(foldKey(text.value));
  if (filter !== undefined) return succeed(filter);
  const guess = closestMatch(text.value, topicTable.candidates);
  const named = guess === undefined ? null : topicWord(guess, CYRILLIC.test(text.value));
  return invalid(messages().unknownTopic(shortInput(text.value), named, topicList()));
}

const languageTable = keyTable<Locale>(
  (Object.keys(RU_ARGUMENT_WORDS.languages) as Locale[]).flatMap((locale) =>
    RU_ARGUMENT_WORDS.languages[locale].map((word) => [word, locale] as const),
  ),
);

/**
 * The trailing [language] argument: null when omitted (the results then follow Excel's display language),
 * else the language it names ("en", "ru", «рус», «английский»…).
 */
export function resolveLanguage(value: unknown): Result<Locale | null> {
  const text = argumentText(value, "language");
  if (!text.ok || text.value === null) return text as Result<null>;
  const locale = languageTable.byKey.get(foldKey(text.value));
  if (locale !== undefined) return succeed(locale);
  return invalid(messages().unknownLanguage(shortInput(text.value)));
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
