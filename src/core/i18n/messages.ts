/*
 * What the functions say when an argument is wrong (#VALUE!) or the source has no answer (#N/A), in each
 * language: one catalog per language, each a complete CoreMessages, so no message can be left untranslated.
 * Which one speaks is the current message locale (set by the functions from Office's display language).
 * It stays one global setting, unlike the results' language, which callers pass explicitly (a Vocabulary):
 * a message speaks to whoever has the workbook open, even where a formula pins its results' language, and
 * the caches holding failures clear when it changes (onMessageLocaleChange).
 */
import { COMPARISONS } from "../comparisons";
import { scopeLabel } from "../countries";
import type { IndicatorId } from "../dataset";
import { KIND_PLURALS, REGION, type RecordKind, type Scope, type TopicId } from "../types";
import type { Locale } from "./locale";
import { RU_MESSAGES } from "./ru/messages";

/** The kinds of argument, as a message names what it expected. */
export type Expected = "country" | "field" | "topic" | "indicator" | "citation field" | "language";

/** What CA.INDICATORS was asked for when it finds nothing: a topic, a kind of record, or everything. */
export type RecordsAsked = { readonly topic: TopicId } | { readonly kind: RecordKind } | null;

/** Why a name is out of scope: Russia is the counterpart; the others are not Central Asian countries. */
export type OutOfScope =
  | { readonly kind: "counterpart" }
  | { readonly kind: "elsewhere"; readonly name: string; readonly russianName: string };

export interface CoreMessages {
  /** A country or the region by name, in this language. */
  scope(scope: Scope): string;
  /** A period label of the dataset ("Jan–Sep 2022", "2008") in this language. */
  period(label: string): string;
  rangeReceived(expected: Expected, rows: number, columns: number): string;
  tooLong(expected: Expected, max: number, length: number): string;
  numberReceived(expected: Expected, number: number): string;
  booleanReceived(expected: Expected, value: boolean): string;
  errorReceived(expected: Expected): string;
  outOfScope(why: OutOfScope, countries: string): string;
  unknownCountry(typed: string, guess: string | null, countries: string): string;
  unknownField(typed: string, guess: string | null, fields: string): string;
  unknownTopic(typed: string, guess: string | null, topics: string): string;
  unknownIndicator(typed: string, guess: string | null): string;
  missingIndicator(): string;
  idNamesOtherCountry(idScope: string, argumentScope: string, indicator: string): string;
  reportedPerCountry(indicator: string, scopes: string): string;
  regionOnly(indicator: string, period: string, asked: string): string;
  noFigureFor(indicator: string, asked: Scope, scopes: string): string;
  countryMissing(scopes: string): string;
  noRecords(asked: RecordsAsked, scope: Scope | null): string;
  unknownCitationField(typed: string, parts: string): string;
  /** The trailing [language] argument names no language the functions speak. */
  unknownLanguage(typed: string): string;
  /** The Russian words (ru.js) failed to load, so a Russian result cannot be given. */
  russianNotLoaded(detail: string): string;
  /** A cell of a call over ranges that one of the smaller ranges does not reach. */
  outsideRanges(): string;
  /** The country cards' builder (card.js) failed to load, so CA.COUNTRY cannot give a card. */
  cardsNotLoaded(detail: string): string;
  /** CA.SOURCE("url"): the source document has no URL, and none is invented. */
  sourceHasNoUrl(): string;
  unexpected(detail: string): string;
  cardNotForRegion(countries: string): string;
  cardsNeedDataTypes(code: string): string;
}

const EXPECTED_EN: Readonly<Record<Expected, string>> = {
  country: "a country name or code",
  field: "a field name",
  topic: "a topic",
  indicator: "an indicator id",
  "citation field": "a citation field",
  language: "a language",
};

/** How a missing figure of an indicator is called ("poll"); others get the generic wording. */
const FIGURE_NOUNS: ReadonlyMap<string, string> = new Map<IndicatorId, string>([
  ...COMPARISONS.map((c): [IndicatorId, string] => [c.indicator, c.missingFigure]),
  ["oil-export-via-russia", "oil-export share"],
  ["telescopic-sights-growth", "telescopic-sight shipment figure"],
]);

/** "Kazakhstan", or "Central Asia as a whole" where a country was expected. */
const englishScope = (scope: Scope): string =>
  scope === REGION ? "Central Asia as a whole" : scopeLabel(scope);

export const EN_MESSAGES: CoreMessages = {
  scope: scopeLabel,
  period: (label) => label,
  rangeReceived: (e, rows, columns) =>
    `Expected ${EXPECTED_EN[e]} in a single cell, but received a range of ${rows}×${columns} cells.`,
  tooLong: (e, max, length) =>
    `Expected ${EXPECTED_EN[e]} (at most ${max} characters), but received text of ${length.toLocaleString("en-US")} characters.`,
  numberReceived: (e, number) =>
    `Expected ${EXPECTED_EN[e]} as text, but received the number ${Number.isFinite(number) ? String(number) : "that is not finite"}.`,
  booleanReceived: (e, value) =>
    `Expected ${EXPECTED_EN[e]} as text, but received ${value ? "TRUE" : "FALSE"}.`,
  errorReceived: (e) => `Expected ${EXPECTED_EN[e]} as text, but received an error or an object.`,
  outOfScope: (why, countries) =>
    `${why.kind === "counterpart" ? "Russia is the counterpart in every figure" : `${why.name} is not one of the five Central Asian countries`}: pass one of the five Central Asian countries (${countries}).`,
  unknownCountry: (typed, guess, countries) =>
    `Unknown country “${typed}”.${guess === null ? "" : ` Did you mean ${guess}?`} Use ${countries}, an ISO code (UZ, UZB), a Russian name (Узбекистан) or "Central Asia".`,
  unknownField: (typed, guess, fields) =>
    `Unknown field “${typed}”.${guess === null ? "" : ` Did you mean "${guess}"?`} Use one of: ${fields}.`,
  unknownTopic: (typed, guess, topics) =>
    `Unknown topic “${typed}”.${guess === null ? "" : ` Did you mean "${guess}"?`} Use one of: ${topics} (or leave it empty for all).`,
  unknownIndicator: (typed, guess) =>
    `Unknown indicator “${typed}”.${guess === null ? "" : ` Did you mean "${guess}"?`} Use an id from CA.INDICATORS(), such as "trade-growth" or "poll-war-blame".`,
  missingIndicator: () =>
    'The indicator id is missing. Use an id from CA.INDICATORS(), such as "trade-growth".',
  idNamesOtherCountry: (idScope, argumentScope, indicator) =>
    `The id names ${idScope} but the country argument is ${argumentScope}: leave the country empty or use "${indicator}".`,
  reportedPerCountry: (indicator, scopes) =>
    `“${indicator}” is reported per country: add a country (${scopes}).`,
  regionOnly: (indicator, period, asked) =>
    `The source reports “${indicator}” only for Central Asia as a whole (${period}), not for ${asked}: use =CA.INDICATOR("${indicator}").`,
  noFigureFor: (indicator, asked, scopes) =>
    `The source reports no ${FIGURE_NOUNS.get(indicator) ?? `“${indicator}” record`} for ${englishScope(asked)}; it reports one for ${scopes}.`,
  countryMissing: (scopes) => `The country is missing: use ${scopes} (a name or an ISO code such as "UZ").`,
  noRecords: (asked, scope) =>
    `The source has no ${asked === null ? "records" : "topic" in asked ? `“${asked.topic}” records` : KIND_PLURALS[asked.kind]} for ${scope === null ? "any country" : englishScope(scope)}.`,
  unknownCitationField: (typed, parts) => `Unknown citation field “${typed}”. Use one of: ${parts}.`,
  unknownLanguage: (typed) =>
    `Unknown language “${typed}”. Use "en" or "ru" (empty: Excel's display language).`,
  sourceHasNoUrl: () =>
    'The source document carries no URL, and none is made up: it is the text republished (machine translation) by exbulletin.com on 2022-12-23, identified by =CA.SOURCE("sha256"). Cite it by author, title, outlet and date: =CA.SOURCE().',
  russianNotLoaded: (detail) =>
    `The Russian texts (ru.js) did not load: ${detail}. Recalculate, or pin "en".`,
  outsideRanges: () =>
    "No value here: this cell is outside one of the ranges. Give ranges of the same size, or a single value.",
  cardsNotLoaded: (detail) => `The country cards (card.js) did not load: ${detail}. Recalculate.`,
  unexpected: (detail) => `Unexpected input: ${detail}`,
  cardNotForRegion: (countries) =>
    `CA.COUNTRY takes one of the five countries (${countries}); the region-wide figures are on every country's card.`,
  cardsNeedDataTypes: (code) =>
    `Country cards need Excel for Microsoft 365 (data types). =CA.INDICATORS(, "${code}") gives the same figures as a table.`,
};

const CATALOGS: Readonly<Record<Locale, CoreMessages>> = { en: EN_MESSAGES, ru: RU_MESSAGES };

let current: Locale = "en";
const listeners: (() => void)[] = [];

/** The messages of the current language. */
export function messages(): CoreMessages {
  return CATALOGS[current];
}

/** The language the messages speak now (argument lists follow it: Russian words in Russian messages). */
export function messageLocale(): Locale {
  return current;
}

/** Switches the language of messages; caches holding answers with messages are cleared. */
export function setMessageLocale(locale: Locale): void {
  if (locale === current) return;
  current = locale;
  for (const clear of listeners) clear();
}

/** Registers a cache to clear when the language changes (its answers carry messages). */
export function onMessageLocaleChange(clear: () => void): void {
  listeners.push(clear);
}
