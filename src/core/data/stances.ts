import { COUNTRY_CODES, countryByCode } from "../countries";
import type { CountryCode, Period, RecordData, StanceRecord } from "../types";
import { AS_OF_PUBLICATION } from "./common";

const INVASION_SENTENCE =
  "None of the Central Asian countries have supported Russia’s invasion of Ukraine, and all are abiding by Western sanctions against Russia.";
const MIR_SENTENCE =
  "Banks in the region do not accept Russian MIR payment cards, for example, and only Kazakhstan GRANTS their use by private individuals – and only after obtaining US approval to do so.";
const ANNEXATION_SENTENCE =
  "None of the countries in Central Asia have recognized the self-proclaimed people’s republics of Donetsk and Luhansk – or another Ukrainian territory that Russia claims to have annexed – as part of Russia.";
const PRECEDENT_SENTENCE =
  "Neither recognized Russia’s annexation of Crimea in 2014, and in 2008, then-President of Russia Dmitry Medvedev tried and failed to gather support from Central Asia for Russia’s war against Georgia.";

/** The stances the source states, one row per stance; the per-country records are derived below. */
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
  },
  {
    indicator: "abides-by-sanctions",
    heading: "Abides by Western sanctions",
    label: "{country} abides by Western sanctions against Russia",
    period: AS_OF_PUBLICATION,
    quote: INVASION_SENTENCE,
    statedAs: "all are abiding by Western sanctions against Russia",
    yesFor: ALL,
  },
  {
    indicator: "recognised-annexations",
    heading: "Recognised Donetsk, Luhansk or other annexations",
    label: "{country} recognised Donetsk, Luhansk or other annexed Ukrainian territory as part of Russia",
    period: AS_OF_PUBLICATION,
    quote: ANNEXATION_SENTENCE,
    statedAs:
      "None of the countries in Central Asia have recognized the self-proclaimed people’s republics of Donetsk and Luhansk",
    yesFor: [],
  },
  {
    indicator: "recognised-crimea-annexation",
    heading: "Recognised the annexation of Crimea (2014)",
    label: "{country} recognised Russia’s annexation of Crimea (2014)",
    period: { start: "2014-01-01", end: "2022-12-23", label: "2014 to Dec 2022" },
    quote: PRECEDENT_SENTENCE,
    statedAs: "Neither recognized Russia’s annexation of Crimea in 2014",
    yesFor: [],
  },
  {
    indicator: "supported-georgia-war",
    heading: "Supported the war against Georgia (2008)",
    label: "{country} supported Russia’s war against Georgia (2008)",
    period: { start: "2008-01-01", end: "2008-12-31", label: "2008" },
    quote: PRECEDENT_SENTENCE,
    statedAs: "tried and failed to gather support from Central Asia for Russia’s war against Georgia",
    yesFor: [],
  },
  {
    indicator: "banks-accept-mir",
    heading: "Banks accept MIR cards",
    label: "Banks in {country} accept Russian MIR payment cards",
    period: AS_OF_PUBLICATION,
    quote: MIR_SENTENCE,
    statedAs: "Banks in the region do not accept Russian MIR payment cards",
    yesFor: [],
  },
  {
    indicator: "allows-private-mir-use",
    heading: "Allows private use of MIR cards",
    label: "{country} allows private individuals to use MIR cards",
    period: AS_OF_PUBLICATION,
    quote: MIR_SENTENCE,
    statedAs: "only Kazakhstan GRANTS their use by private individuals",
    yesFor: ["KZ"],
  },
] as const satisfies readonly StanceStatement[];

/** Each statement covers all five countries, so each yields five records. */
export const STANCES: readonly RecordData<StanceRecord>[] = STANCE_STATEMENTS.flatMap((statement) =>
  ALL.map((code): RecordData<StanceRecord> => ({
    id: `${statement.indicator}.${code}`,
    indicator: statement.indicator,
    kind: "stance",
    topic: "stances",
    scope: code,
    label: statement.label.replace("{country}", countryByCode(code).name),
    value: (statement.yesFor as readonly CountryCode[]).includes(code),
    period: statement.period,
    quote: statement.quote,
    statedAs: statement.statedAs,
  })),
);
