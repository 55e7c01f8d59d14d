import { COUNTRY_CODES, countryByCode } from "../countries";
import type { Basis, CountryCode, Period, RecordData, StanceRecord } from "../types";
import { AS_OF_PUBLICATION, YEAR_2008, YEAR_2014 } from "./common";
import { INVASION_SENTENCE, MIR_SENTENCE, MULTI_VECTOR_SENTENCE } from "./sentences";

const ANNEXATION_SENTENCE =
  "None of the countries in Central Asia have recognized the self-proclaimed people’s republics of Donetsk and Luhansk – or another Ukrainian territory that Russia claims to have annexed – as part of Russia.";
const PRECEDENT_SENTENCE =
  "Neither recognized Russia’s annexation of Crimea in 2014, and in 2008, then-President of Russia Dmitry Medvedev tried and failed to gather support from Central Asia for Russia’s war against Georgia.";
/** "Neither" refers to the Central Asian countries of the sentence before it, so both are quoted. */
const PRECEDENT_WITH_ANTECEDENT = `However, such behavior is by no means new for Central Asian countries. ${PRECEDENT_SENTENCE}`;

type ByCountry<T> = Partial<Readonly<Record<CountryCode, T>>>;

/** The stances the source states for every country, one row per stance; per-country records derive below. */
interface StanceStatement {
  readonly indicator: string;
  /** Short column heading of the stance matrix; a year in brackets where the stance is not as of publication. */
  readonly heading: string;
  /** Label with `{country}` where the country's name goes. */
  readonly label: string;
  readonly period: Period;
  readonly quote: string;
  readonly statedAs: string;
  /** The countries for which the answer is yes; every other country's answer is no. */
  readonly yesFor: readonly CountryCode[];
  /** What the statement rests on for every country, unless `basisFor` says otherwise. */
  readonly basis: Basis;
  readonly basisFor?: ByCountry<Basis>;
  /** Words of the quote that make a country's stance conditional; shown after the label. */
  readonly conditionFor?: ByCountry<string>;
  /** A note for every country, unless `noteFor` gives a country its own. */
  readonly note?: string;
  readonly noteFor?: ByCountry<string>;
}

const ALL = COUNTRY_CODES;

export const STANCE_STATEMENTS = [
  {
    indicator: "supported-invasion",
    heading: "Supported the invasion of Ukraine",
    label: "{country} supported Russia’s invasion of Ukraine",
    period: AS_OF_PUBLICATION,
    quote: INVASION_SENTENCE,
    statedAs: "None of the Central Asian countries have supported Russia’s invasion of Ukraine",
    yesFor: [],
    basis: "region-wide",
  },
  {
    indicator: "abides-by-sanctions",
    heading: "Abides by Western sanctions",
    label: "{country} abides by Western sanctions against Russia",
    period: AS_OF_PUBLICATION,
    quote: INVASION_SENTENCE,
    statedAs: "all are abiding by Western sanctions against Russia",
    yesFor: ALL,
    basis: "region-wide",
  },
  {
    indicator: "recognised-annexations",
    heading:
      "Recognised the self-proclaimed people’s republics of Donetsk and Luhansk, or another Ukrainian territory Russia claims to have annexed, as part of Russia",
    label:
      "{country} recognised the self-proclaimed people’s republics of Donetsk and Luhansk, or another Ukrainian territory that Russia claims to have annexed, as part of Russia",
    period: AS_OF_PUBLICATION,
    quote: ANNEXATION_SENTENCE,
    statedAs:
      "None of the countries in Central Asia have recognized the self-proclaimed people’s republics of Donetsk and Luhansk – or another Ukrainian territory that Russia claims to have annexed – as part of Russia",
    yesFor: [],
    basis: "region-wide",
  },
  {
    indicator: "recognised-crimea-annexation",
    heading: "Recognised the annexation of Crimea (2014)",
    label: "{country} recognised Russia’s annexation of Crimea (2014)",
    // The sentence's only time is "in 2014", as for Georgia's 2008 in the same sentence; the note says what
    // it leaves open.
    period: YEAR_2014,
    quote: PRECEDENT_WITH_ANTECEDENT,
    statedAs: "Neither recognized Russia’s annexation of Crimea in 2014",
    yesFor: [],
    basis: "region-wide",
    note: "“Neither” (so the translation) refers to the Central Asian countries of the sentence before it. The sentence gives this as a precedent (“such behavior is by no means new”) and dates it only by “in 2014”; it does not say whether any country has recognised the annexation since.",
  },
  {
    indicator: "banks-accept-mir",
    heading: "Banks accept MIR cards",
    label: "Banks in {country} accept Russian MIR payment cards",
    period: AS_OF_PUBLICATION,
    quote: MIR_SENTENCE,
    statedAs: "Banks in the region do not accept Russian MIR payment cards",
    yesFor: [],
    basis: "region-wide",
    noteFor: {
      KZ: "The “no” is said of the region; the same sentence makes Kazakhstan the exception: “only Kazakhstan GRANTS their use by private individuals – and only after obtaining US approval to do so” (allows-private-mir-use.KZ). How that use squares with banks that do not accept the cards, the source does not say.",
    },
  },
  {
    indicator: "allows-private-mir-use",
    heading: "Allows private use of MIR cards",
    label: "{country} allows private individuals to use MIR cards",
    period: AS_OF_PUBLICATION,
    quote: MIR_SENTENCE,
    statedAs: "only Kazakhstan GRANTS their use by private individuals",
    yesFor: ["KZ"],
    basis: "implied",
    basisFor: { KZ: "stated" },
    conditionFor: { KZ: "only after obtaining US approval to do so" },
  },
] as const satisfies readonly StanceStatement[];

/** Each statement covers all five countries, so each yields five records. */
const PER_COUNTRY: readonly RecordData<StanceRecord>[] = STANCE_STATEMENTS.flatMap(
  (statement: StanceStatement) =>
    ALL.map((code): RecordData<StanceRecord> => {
      const condition = statement.conditionFor?.[code];
      const label = statement.label.replace("{country}", countryByCode(code).name);
      const note = statement.noteFor?.[code] ?? statement.note;
      return {
        id: `${statement.indicator}.${code}`,
        indicator: statement.indicator,
        kind: "stance",
        topic: "stances",
        scope: code,
        label: condition === undefined ? label : `${label} – ${condition}`,
        value: statement.yesFor.includes(code),
        qualifier: "stated",
        basis: statement.basisFor?.[code] ?? statement.basis,
        ...(condition === undefined ? {} : { condition }),
        period: statement.period,
        quote: statement.quote,
        statedAs: statement.statedAs,
        ...(note === undefined ? {} : { note }),
      };
    }),
);

/**
 * What the source says of the region as a whole and of no country in particular: one record each, for Central
 * Asia. Georgia, 2008: "tried and failed to gather support from Central Asia" says nothing of any one country;
 * its value answers the label: no, Medvedev did not gather that support. Russia's willingness to compensate
 * the region is Russia's stance, not a Central Asian country's: "no sign of willingness" answers no.
 */
export const REGIONAL_STANCES = [
  {
    id: "supported-georgia-war",
    indicator: "supported-georgia-war",
    kind: "stance",
    topic: "stances",
    scope: "REGION",
    label:
      "Then-President Medvedev gathered support from Central Asia for Russia’s war against Georgia (2008)",
    value: false,
    qualifier: "stated",
    basis: "stated",
    period: YEAR_2008,
    quote: PRECEDENT_SENTENCE,
    statedAs:
      "in 2008, then-President of Russia Dmitry Medvedev tried and failed to gather support from Central Asia for Russia’s war against Georgia",
    note: "The sentence reports Medvedev’s failed attempt; it states no single country’s stance.",
  },
  {
    id: "russia-willing-to-compensate",
    indicator: "russia-willing-to-compensate",
    kind: "stance",
    topic: "stances",
    scope: "REGION",
    label:
      "Russia has shown willingness to compensate the region for the losses it would suffer from the severance of relations with the West",
    value: false,
    qualifier: "stated",
    basis: "stated",
    period: AS_OF_PUBLICATION,
    quote: MULTI_VECTOR_SENTENCE,
    statedAs:
      "Russia has shown no sign of willingness to compensate the region for the losses it would suffer from the severance of relations with the West",
    note: "Russia’s stance towards Central Asia, not a Central Asian country’s. The losses are those the region “would suffer” if it severed relations with the West; the source puts no figure on them.",
  },
] as const satisfies readonly RecordData<StanceRecord>[];

export const STANCES: readonly RecordData<StanceRecord>[] = [...PER_COUNTRY, ...REGIONAL_STANCES];
