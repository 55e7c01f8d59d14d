import { argumentText, MAX_NAME_LENGTH } from "./argument";
import type { Locale } from "./i18n/locale";
import { messages, onMessageLocaleChange } from "./i18n/messages";
import { RECORDS, RECORDS_BY_INDICATOR } from "./dataset";
import type { CellValue } from "./fields";
import { fieldText } from "./i18n/fieldText";
import { EN_VOCABULARY, type Vocabulary } from "./i18n/vocabulary";
import {
  resolveCountry,
  resolveField,
  resolveIndicator,
  resolveTopic,
  type IndicatorRef,
  type TopicFilter,
} from "./resolve";
import { invalid, notAvailable, succeed, type Result } from "./result";
import { SOURCE_PARTS } from "./source";
import { foldKey, shortInput } from "./text";
import { REGION, type FigureRecord, type IndicatorRecord, type Scope } from "./types";

function listScopes(records: readonly IndicatorRecord[]): string {
  return records.map((r) => messages().scope(r.scope)).join(", ");
}

/** Picks one record of an indicator for a country (or the region-wide one when the country is omitted). */
export function findRecord(ref: IndicatorRef, scope: Scope | null): Result<IndicatorRecord> {
  const records = RECORDS_BY_INDICATOR.get(ref.indicator) ?? [];
  const wanted = scope ?? ref.scope;
  if (ref.scope !== null && scope !== null && scope !== ref.scope) {
    return invalid(
      messages().idNamesOtherCountry(messages().scope(ref.scope), messages().scope(scope), ref.indicator),
    );
  }
  if (wanted === null) {
    if (records.length === 1) return succeed(records[0]);
    return invalid(messages().reportedPerCountry(ref.indicator, listScopes(records)));
  }
  const record = records.find((r) => r.scope === wanted);
  if (record !== undefined) return succeed(record);
  const regional = records.length === 1 && records[0].scope === REGION ? records[0] : null;
  return notAvailable(
    regional !== null
      ? messages().regionOnly(
          ref.indicator,
          messages().period(regional.period.label),
          messages().scope(wanted),
        )
      : messages().noFigureFor(ref.indicator, wanted, listScopes(records)),
  );
}

/**
 * What a lookup answers: the cell value, and the figure itself when the value asked for is a figure's number
 * (so that the functions can return it with its number format where Excel supports that). Frozen and cached.
 */
export interface Answer {
  readonly value: CellValue;
  readonly figure: FigureRecord | null;
}

/**
 * One field of one record, from raw function arguments: the whole path behind CA.INDICATOR. Text fields
 * come in the words given (English by default).
 */
export function lookupAnswer(
  indicatorArg: unknown,
  countryArg: unknown,
  fieldArg: unknown,
  words: Vocabulary = EN_VOCABULARY,
): Result<Answer> {
  const ref = resolveIndicator(indicatorArg);
  if (!ref.ok) return ref;
  return lookupIndicatorAnswer(ref.value, countryArg, fieldArg, false, words);
}

/**
 * One field of one record of a known indicator. With `countryRequired`, an omitted country is an error
 * even where the indicator has a single record (CA.RUPOLL() should ask for the country, not guess it).
 */
export function lookupIndicatorAnswer(
  ref: IndicatorRef,
  countryArg: unknown,
  fieldArg: unknown,
  countryRequired: boolean,
  words: Vocabulary = EN_VOCABULARY,
): Result<Answer> {
  // A workbook repeats the same few lookups thousands of times: answer text arguments from a cache.
  if (!isCacheKey(countryArg) || !isCacheKey(fieldArg)) {
    return computeIndicatorCell(ref, countryArg, fieldArg, countryRequired, words);
  }
  // One cache per language of the results: the same arguments answer "Jan–Sep 2022" or «янв.–сент. 2022».
  const byRef = answerCache[words.locale][countryRequired ? 1 : 0];
  let byCountry = byRef.get(ref);
  if (byCountry === undefined) byRef.set(ref, (byCountry = new Map()));
  let byField = byCountry.get(countryArg);
  if (byField === undefined) byCountry.set(countryArg, (byField = new Map()));
  const hit = byField.get(fieldArg);
  if (hit !== undefined) return hit;
  const answer = computeIndicatorCell(ref, countryArg, fieldArg, countryRequired, words);
  // Full: start afresh rather than grow (a sheet's working set is far smaller than the limit).
  if (cachedAnswers >= ANSWER_CACHE_LIMIT) {
    clearAnswerCache();
    return answer;
  }
  byField.set(fieldArg, answer);
  cachedAnswers += 1;
  cachedKeyCharacters += (countryArg?.length ?? 0) + (fieldArg?.length ?? 0);
  return answer;
}

type AnswersByArgument = Map<unknown, Map<unknown, Result<Answer>>>;
type AnswersByRef = [WeakMap<IndicatorRef, AnswersByArgument>, WeakMap<IndicatorRef, AnswersByArgument>];
const ANSWER_CACHE_LIMIT = 4096;
let answerCache: Readonly<Record<Locale, AnswersByRef>>;
let cachedAnswers = 0;
let cachedKeyCharacters = 0;
function clearAnswerCache(): void {
  answerCache = { en: [new WeakMap(), new WeakMap()], ru: [new WeakMap(), new WeakMap()] };
  cachedAnswers = 0;
  cachedKeyCharacters = 0;
}
clearAnswerCache();
// Failures carry messages in the current language: a change of language starts the cache afresh.
onMessageLocaleChange(clearAnswerCache);

/**
 * Only short text or an omitted argument is a cache key: arrays and objects may change between calls, and
 * text longer than any name is refused at once, so caching it would only hold memory (at most
 * ANSWER_CACHE_LIMIT keys of MAX_NAME_LENGTH characters are ever held).
 */
function isCacheKey(value: unknown): value is string | null | undefined {
  return (
    value === undefined || value === null || (typeof value === "string" && value.length <= MAX_NAME_LENGTH)
  );
}

/** What the answer cache holds now: entries and the characters of their text keys (for tests and the bench). */
export function answerCacheStats(): { entries: number; keyCharacters: number } {
  return { entries: cachedAnswers, keyCharacters: cachedKeyCharacters };
}

function computeIndicatorCell(
  ref: IndicatorRef,
  countryArg: unknown,
  fieldArg: unknown,
  countryRequired: boolean,
  words: Vocabulary,
): Result<Answer> {
  const scope = resolveCountry(countryArg);
  if (!scope.ok) return scope;
  const field = resolveField(fieldArg);
  if (!field.ok) return field;
  if (countryRequired && scope.value === null) {
    const records = RECORDS_BY_INDICATOR.get(ref.indicator) ?? [];
    return invalid(messages().countryMissing(listScopes(records)));
  }
  const record = findRecord(ref, scope.value);
  if (!record.ok) return record;
  const figure = field.value === "value" && record.value.kind === "figure" ? record.value : null;
  return succeed(Object.freeze({ value: fieldText(record.value, field.value, words), figure }));
}

/** Records matching a topic (or kind) and a country; both optional. Region-wide records have no country. */
export function selectRecords(filter: TopicFilter, scope: Scope | null): readonly IndicatorRecord[] {
  return RECORDS.filter(
    (r) =>
      (filter === null || ("topic" in filter ? r.topic === filter.topic : r.kind === filter.kind)) &&
      (scope === null || r.scope === scope),
  );
}

/** The records behind CA.INDICATORS(topic, country), from raw arguments. */
export function selectFromArguments(
  topicArg: unknown,
  countryArg: unknown,
): Result<readonly IndicatorRecord[]> {
  const filter = resolveTopic(topicArg);
  if (!filter.ok) return filter;
  const scope = resolveCountry(countryArg);
  if (!scope.ok) return scope;
  const records = selectRecords(filter.value, scope.value);
  if (records.length === 0) {
    return notAvailable(messages().noRecords(filter.value, scope.value));
  }
  return succeed(records);
}

/** Where a citation would give a URL: asked for, it answers #N/A saying why there is none. */
const NO_URL_PART = "url";

/** One part of the source citation, from a raw CA.SOURCE argument (empty for the full citation). */
export function lookupSourcePart(fieldArg: unknown): Result<string> {
  const text = argumentText(fieldArg, "citation field");
  if (!text.ok) return text;
  const key = text.value === null ? "citation" : foldKey(text.value);
  if (key === NO_URL_PART) return notAvailable(messages().sourceHasNoUrl());
  const part = SOURCE_PARTS.get(key);
  if (part !== undefined) return succeed(part);
  return invalid(
    messages().unknownCitationField(shortInput(text.value ?? ""), [...SOURCE_PARTS.keys()].join(", ")),
  );
}
