/*
 * The CA.* custom functions. Each one is a thin wrapper over the pure core: it resolves its arguments,
 * asks the dataset, and turns a failure into the Excel error the core chose (#VALUE! or #N/A) with its
 * message. Text results (labels, periods, units, qualifiers, countries, the header…) come in Excel's display
 * language, or in the one a formula pins with its last argument; ids, numbers, TRUE/FALSE and quotes never
 * change. Nothing here touches the DOM, so the built bundle also loads in Node for tests.
 * custom-functions-metadata-plugin reads the JSDoc below to generate functions.json and appends the
 * CustomFunctions.associate calls at build time.
 */
import { figureCellValue, type FormattedFigure } from "../cells/cellValues";
import { COUNTRIES } from "../core/countries";
import type { IndicatorId } from "../core/dataset";
import {
  lookupAnswer,
  lookupIndicatorAnswer,
  lookupSourcePart,
  selectFromArguments,
  type Answer,
} from "../core/query";
import { resolveCountry } from "../core/resolve";
import { invalid, notAvailable, succeed, type Result } from "../core/result";
import { REGION } from "../core/types";
import { messages } from "../core/i18n/messages";
import { countryList } from "../core/resolve";
import { isArray } from "../core/lift";
import { guarded, inLanguage, overRanges, spillLanguage } from "./answer";
import { cardOf } from "./card";
import { dataTypeSupport } from "./capabilities";
import { indicatorsSpill } from "../core/spill";

// The drop-downs below are `declare enum`: the metadata plugin reads them from this source, and the functions
// use them only as parameter types (Excel passes the string values), so no enum object need be emitted into
// functions.js, whose size is budgeted.

/**
 * The five Central Asian countries, offered as a dropdown; names, ISO codes and Russian names typed by hand
 * are accepted too.
 * @customenum {string}
 */
declare enum Country {
  /** KZ, KAZ, Казахстан */
  Kazakhstan = "Kazakhstan",
  /** UZ, UZB, Узбекистан */
  Uzbekistan = "Uzbekistan",
  /** TJ, TJK, Таджикистан */
  Tajikistan = "Tajikistan",
  /** KG, KGZ, Kyrgyz Republic, Кыргызстан */
  Kyrgyzstan = "Kyrgyzstan",
  /** TM, TKM, Turkmenia, Туркменистан */
  Turkmenistan = "Turkmenistan",
}

/**
 * What a lookup returns.
 * @customenum {string}
 */
declare enum Field {
  /** The figure itself (default): a number, TRUE/FALSE for stances. */
  value = "value",
  /** The period the figure covers, e.g. Jan–Sep 2022. */
  period = "period",
  /** The source's hedge: exact, more than or about for figures; stated, reported, accused or planned otherwise. */
  qualifier = "qualifier",
  /** The sentence of the source the figure comes from, verbatim. */
  quote = "quote",
  /** The citation of the source analysis. */
  source = "source",
  /** What the figure measures. */
  label = "label",
  /** A figure's unit (percent, times, meetings, countries or years); yes/no for a stance, event for an event. */
  unit = "unit",
  /** The country, or Central Asia for region-wide figures. */
  country = "country",
  /** First day of the period (ISO date), empty where the source gives none. */
  start = "start",
  /** Last day of the period (ISO date). */
  end = "end",
  /** The record's stable id. */
  id = "id",
  /** What a stance rests on: stated, region-wide or implied. */
  basis = "basis",
  /** The source's words that make a stance conditional, if any. */
  condition = "condition",
  /** Ids of records the source ties to this one in its own words (e.g. "accordingly"), comma-separated. */
  related = "related",
  /** What to know about the record beyond its label (e.g. a reading of the machine translation). */
  note = "note",
  /** Ids of records the source gives as examples of this one, comma-separated. */
  examples = "examples",
  /** Ids of records the source gives this one as an example of, comma-separated. */
  exampleOf = "example of",
}

/**
 * Fields of the source citation.
 * @customenum {string}
 */
declare enum SourceField {
  /** Full citation (default). */
  citation = "citation",
  title = "title",
  author = "author",
  publisher = "publisher",
  republisher = "republisher",
  /** Republication date (ISO). */
  date = "date",
  /** SHA-256 of the source file the figures were checked against. */
  sha256 = "sha256",
  /** None: the source document carries no URL (#N/A says so; none is made up). */
  url = "url",
}

/**
 * Topics and kinds of record for CA.INDICATORS.
 * @customenum {string}
 */
declare enum Topic {
  trade = "trade",
  opinion = "opinion",
  energy = "energy",
  diplomacy = "diplomacy",
  migration = "migration",
  demographics = "demographics",
  security = "security",
  integration = "integration",
  politics = "politics",
  stances = "stances",
  /** Every numeric figure. */
  figures = "figures",
  /** Every dated event. */
  events = "events",
}

/**
 * The language of text results, to pin where a workbook must compute the same for every reader.
 * @customenum {string}
 */
declare enum Language {
  /** English (also "англ"). */
  en = "en",
  /** Russian (also "рус"). */
  ru = "ru",
}

/** What a lookup cell shows: a figure with its number format where Excel supports it, else the plain value. */
type LookupResult = number | string | boolean | FormattedFigure;

function present(answer: Result<Answer>): Result<LookupResult> {
  if (!answer.ok) return answer;
  const { value, figure } = answer.value;
  return succeed(figure === null ? value : figureCellValue(figure, dataTypeSupport()));
}

const TRADE = { indicator: "trade-growth" satisfies IndicatorId, scope: null } as const;
const POLL = { indicator: "poll-war-blame" satisfies IndicatorId, scope: null } as const;

// One country's (and field's, and language's) answer: a single call's, and each cell's of a call over ranges.
const tradeCell = (country: unknown, field: unknown, language: unknown) =>
  inLanguage(language, ({ words }) => present(lookupIndicatorAnswer(TRADE, country, field, true, words)));
const pollCell = (country: unknown, field: unknown, language: unknown) =>
  inLanguage(language, ({ words }) => present(lookupIndicatorAnswer(POLL, country, field, true, words)));
const indicatorCell = (id: unknown, country: unknown, field: unknown, language: unknown) =>
  inLanguage(language, ({ words }) => present(lookupAnswer(id, country, field, words)));

// Country, field, id and language are declared as ranges (`Country[][]`: dimensionality matrix, keeping the
// drop-down): a range gives one result per cell, a single value one result, as Excel's own functions do. A
// single value (what most cells pass) goes straight to its cell's answer, as before ranges.
// No return type annotation: the JSDoc's {any[][]} makes the result a matrix (a union type would not).

/**
 * Growth of Russia's trade turnover with a Central Asian country in 2022, as a fraction (0.4 = 40%). Each country's period differs: ask for "period". A range of countries gives one result per cell.
 * @customfunction RUTRADE
 * @helpurl https://localhost:3000/help.html#rutrade
 * @param country Kazakhstan, Uzbekistan, Tajikistan, Kyrgyzstan or Turkmenistan; ISO codes (UZ, UZB) and Russian names work too. Or a range of them.
 * @param [field] value (default), period, qualifier, quote, source, label, unit, country, start, end, id, basis, condition, related, note, examples or example of; or in Russian (период…).
 * @param [language] Language of text results: "en" or "ru" ("англ", "рус"). Empty: Excel's display language.
 * @returns {any[][]} The growth as a fraction, or the field asked for; one per cell of a range.
 */
export function rutrade(country: Country[][], field?: Field[][], language?: Language[][]) {
  return isArray(country) || isArray(field) || isArray(language)
    ? overRanges<LookupResult>(tradeCell, country, field, language)
    : tradeCell(country, field, language);
}

/**
 * Share of people polled in a country who blame the current economic problems on the Russian occupation of Ukraine (0.7 = 70%). Polled: Kyrgyzstan, Kazakhstan, Uzbekistan. A range of countries gives one result per cell.
 * @customfunction RUPOLL
 * @helpurl https://localhost:3000/help.html#rupoll
 * @param country Kyrgyzstan, Kazakhstan or Uzbekistan (no poll is reported for Tajikistan or Turkmenistan). Or a range of them.
 * @param [field] value (default), period, qualifier, quote, source, label, unit, country, start, end, id, basis, condition, related, note, examples or example of; or in Russian (период…).
 * @param [language] Language of text results: "en" or "ru" ("англ", "рус"). Empty: Excel's display language.
 * @returns {any[][]} The share as a fraction, or the field asked for; one per cell of a range.
 */
export function rupoll(country: Country[][], field?: Field[][], language?: Language[][]) {
  return isArray(country) || isArray(field) || isArray(language)
    ? overRanges<LookupResult>(pollCell, country, field, language)
    : pollCell(country, field, language);
}

/**
 * Any figure, stance or event of the source by its id, e.g. "oil-export-via-russia" with "KZ", or "putin-meetings". Ranges of ids, countries or fields give one result per cell.
 * @customfunction INDICATOR
 * @helpurl https://localhost:3000/help.html#indicator
 * @param id Indicator id as listed by CA.INDICATORS(), with or without the country suffix (trade-growth or trade-growth.UZ).
 * @param [country] The country, where the indicator is reported per country.
 * @param [field] value (default), period, qualifier, quote, source, label, unit, country, start, end, id, basis, condition, related, note, examples or example of; or in Russian (период…).
 * @param [language] Language of text results: "en" or "ru" ("англ", "рус"). Empty: Excel's display language.
 * @returns {any[][]} The value (number, TRUE/FALSE, or an event's description), or the field asked for; one per cell of a range.
 */
export function indicator(id: string[][], country?: Country[][], field?: Field[][], language?: Language[][]) {
  return isArray(id) || isArray(country) || isArray(field) || isArray(language)
    ? overRanges<LookupResult>(indicatorCell, id, country, field, language)
    : indicatorCell(id, country, field, language);
}

/**
 * A table of the source's figures, stances and events with a header row (id, country, label, value, unit, period, qualifier, basis, condition, related, note, examples, example of); it spills. Header and words in Excel's display language unless [language] pins one.
 * @customfunction INDICATORS
 * @helpurl https://localhost:3000/help.html#indicators
 * @param [topic] trade, opinion, energy, diplomacy, migration, demographics, security, integration, politics, stances; or figures, events; or in Russian (торговля, события…). Empty for all.
 * @param [country] Only this country's rows (Central Asia for region-wide ones). Empty for all.
 * @param [language] Language of text results: "en" or "ru" ("англ", "рус"). Empty: Excel's display language.
 * @returns {any[][]} A header row and one row per record.
 */
// No return type annotation: the JSDoc's {any[][]} makes the metadata a spill (a union type would not).
export function indicators(topic?: Topic, country?: Country, language?: Language) {
  return inLanguage(language, (inWords) => {
    const records = selectFromArguments(topic, country);
    return records.ok ? succeed(indicatorsSpill(records.value, spillLanguage(inWords))) : records;
  });
}

/**
 * A country as a card (an Excel data type): every figure the source gives for it, formatted, with its period; its stances and events; the region-wide figures. Refer to a property with dot notation, e.g. =A1.TradeGrowth. In Excel's display language unless [language] pins one. Needs Excel for Microsoft 365.
 * @customfunction COUNTRY
 * @helpurl https://localhost:3000/help.html#country
 * @param country Kazakhstan, Uzbekistan, Tajikistan, Kyrgyzstan or Turkmenistan; ISO codes (UZ, UZB) and Russian names work too.
 * @param [language] Language of text results: "en" or "ru" ("англ", "рус"). Empty: Excel's display language.
 * @returns The country's card.
 */
export function country(
  country: Country,
  language?: Language,
): Excel.EntityCellValue | Promise<Excel.EntityCellValue> {
  return inLanguage(language, (inWords) => {
    const scope = resolveCountry(country);
    if (!scope.ok) return scope;
    if (scope.value === null) return invalid(messages().countryMissing(countryList()));
    if (scope.value === REGION) return invalid(messages().cardNotForRegion(countryList()));
    const support = dataTypeSupport();
    if (support === "plain") return notAvailable(messages().cardsNeedDataTypes(scope.value));
    // The first card of a session is a Promise (the builder loads on demand: ./card); Excel awaits it.
    return succeed(cardOf(scope.value, support, inWords));
  }) as Excel.EntityCellValue | Promise<Excel.EntityCellValue>;
}

/**
 * The five Central Asian countries (names in Excel's display language unless [language] pins one) with their ISO codes; it spills.
 * @customfunction COUNTRIES
 * @helpurl https://localhost:3000/help.html#countries
 * @param [language] Language of text results: "en" or "ru" ("англ", "рус"). Empty: Excel's display language.
 * @returns {string[][]} One row per country: name and ISO 3166 alpha-2 code.
 */
// No return type annotation: the JSDoc's {string[][]} makes the metadata a spill (a union type would not).
export function countries(language?: Language) {
  return inLanguage(language, ({ words }) => succeed(COUNTRIES.map((c) => [words.country(c.code), c.code])));
}

/**
 * The citation of the analysis every figure comes from.
 * @customfunction SOURCE
 * @helpurl https://localhost:3000/help.html#source
 * @param [field] citation (default), title, author, publisher, republisher, date or sha256 (url gives #N/A: the source carries none).
 * @returns The citation or the part asked for.
 */
export function source(field?: SourceField): string {
  return guarded(() => lookupSourcePart(field));
}
