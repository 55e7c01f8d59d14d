import type { CountryCode } from "./countries";
import type { TopicId } from "./topics";

export type { CountryCode } from "./countries";
export type { TopicId } from "./topics";

/** Records about Central Asia as a whole carry this scope instead of a country code. */
export const REGION = "REGION";
export type Scope = CountryCode | typeof REGION;

/** What a record is: a number, a yes/no stance, or a dated event. */
export const KINDS = ["figure", "stance", "event"] as const;
export type RecordKind = (typeof KINDS)[number];

/** Each kind's English plural, as CA.INDICATORS takes it ("figures") and as messages name it. */
export const KIND_PLURALS: Readonly<Record<RecordKind, string>> = {
  figure: "figures",
  stance: "stances",
  event: "events",
};

/**
 * How a figure is stated. Percentages are stored as fractions (0.4 for 40 percent) so that Excel's percent
 * format shows them as written.
 */
export type Unit = "percent" | "times" | "meetings" | "countries" | "years";

/** How a figure is given: "exact" as is; "more than" and "about" repeat the source's own hedge. */
export const FIGURE_QUALIFIERS = ["exact", "more than", "about"] as const;
export type FigureQualifier = (typeof FIGURE_QUALIFIERS)[number];

/**
 * How the source puts a stance or an event, never "exact": "reported" (it relays reports), "accused" (an
 * accusation the accused denies), "planned" (not yet done), "stated" (said plainly).
 */
export const STATEMENT_QUALIFIERS = ["stated", "reported", "accused", "planned"] as const;
export type StatementQualifier = (typeof STATEMENT_QUALIFIERS)[number];

export type Qualifier = FigureQualifier | StatementQualifier;

/**
 * What a stance rests on: "stated" (the sentence names this country, or the region for a region-wide
 * record), "region-wide" (a statement about all the Central Asian countries, applied to each), "implied"
 * (follows from an exclusion such as "only Kazakhstan").
 */
export const BASES = ["stated", "region-wide", "implied"] as const;
export type Basis = (typeof BASES)[number];

/** ISO date (YYYY-MM-DD). */
export type IsoDate = string;

export interface Period {
  /** First day covered, or null where the source gives no start. */
  readonly start: IsoDate | null;
  /**
   * Last day covered: for what holds when the analysis was published, that day; for what the source reports
   * undated (the polls), the publication day as the latest it can be; null where the source gives no time at
   * all (the label then says "not stated").
   */
  readonly end: IsoDate | null;
  /**
   * Short label as an analyst writes it, e.g. "Jan–Sep 2022", "as of 23 Dec 2022", "not stated", or the
   * source's own words where it anchors the time in an event ("since the start of the war (to 23 Dec 2022)").
   */
  readonly label: string;
}

interface RecordBase {
  /** Stable id: `<indicator>` for region-wide records, `<indicator>.<country code>` otherwise. */
  readonly id: string;
  /** Indicator key shared by the same measure across countries, e.g. "trade-growth". */
  readonly indicator: string;
  readonly kind: RecordKind;
  readonly topic: TopicId;
  readonly scope: Scope;
  /** A one-line description of what the record says. */
  readonly label: string;
  readonly period: Period;
  /** The sentence of the source the record comes from, verbatim. */
  readonly quote: string;
  /** The analysis the quote is from (title, author, publisher, republisher, date, file fingerprint). */
  readonly source: SourceReference;
  /**
   * Ids of the records this one is tied to by the source's own words: one refers back to the other
   * ("accordingly", "only Kazakhstan", "this is largely the reason why", "They", "This does not mean"),
   * within one paragraph. Symmetric: each names the other. Each link, with the passage that makes it, is
   * listed in data/relations.ts.
   */
  readonly related?: readonly string[];
  /**
   * Ids of the records the article gives as examples of this one: the same paragraph states this record and
   * then, after it, these as its instances ("Banks in the region do not accept Russian MIR payment cards, for
   * example"). Not symmetric: each example names this record in `exampleOf`. Listed in data/relations.ts.
   */
  readonly examples?: readonly string[];
  /** Ids of the records this one is given as an example of (the reverse of `examples`). */
  readonly exampleOf?: readonly string[];
  /** What a reader of the record should know that its label cannot say (machine-translation readings…). */
  readonly note?: string;
}

export interface FigureRecord extends RecordBase {
  readonly kind: "figure";
  readonly value: number;
  readonly unit: Unit;
  readonly qualifier: FigureQualifier;
  /** The words inside `quote` that state the number, e.g. "more than 22 percent". */
  readonly statedAs: string;
}

export interface StanceRecord extends RecordBase {
  readonly kind: "stance";
  /** Whether the country takes the stance (true: yes, false: no). */
  readonly value: boolean;
  readonly qualifier: StatementQualifier;
  readonly basis: Basis;
  /** Words of the quote that make the stance conditional ("only after obtaining US approval to do so"). */
  readonly condition?: string;
  /** The words inside `quote` that carry the stance, e.g. "None of the Central Asian countries". */
  readonly statedAs: string;
}

export interface EventRecord extends RecordBase {
  readonly kind: "event";
  readonly qualifier: StatementQualifier;
  /** The words inside `quote` that name the event. */
  readonly statedAs: string;
}

export type IndicatorRecord = FigureRecord | StanceRecord | EventRecord;

/**
 * A record as written in the data modules: the dataset attaches the source reference to each, and its links
 * to other records from the relation tables (data/relations.ts), so that no link is made without its evidence.
 */
export type RecordData<T extends IndicatorRecord> = Omit<T, "source" | "related" | "examples" | "exampleOf">;

export interface SourceReference {
  readonly title: string;
  readonly author: string;
  readonly publisher: string;
  readonly publishedLabel: string;
  readonly republisher: string;
  readonly republishedOn: IsoDate;
  readonly fileName: string;
  readonly sha256: string;
}
