import type { Period } from "../types";

/** Sentences of the source quoted by more than one module, verbatim (curly apostrophes and dashes included). */
export const OIL_SENTENCE =
  "Time and again, Moscow reminds Central Asia of its dependence on Russia, such as by halting operations of the Caspian oil pipeline that runs through Russian territory and which Kazakhstan uses to export 80 percent of its oil.";
export const MIGRATION_SENTENCE =
  "In the second quarter of 2022, more people from Central Asia went to Russia to work than at any time in the past six years, and remittances from Russia have increased accordingly.";
export const SIGHTS_SENTENCE =
  "Shipments of telescopic sights from Kyrgyzstan to Russia have increase sevenfold, while the increase in imports of household appliances from the EU to Kazakhstan is RECITED due to microchips from those goods used in the Russian military complex.";

/** The day the analysis was (re)published: what the source says holds on that day. */
export const PUBLICATION_DAY = "2022-12-23";

/** What holds when the analysis was published (a present state or an ongoing process). */
export const AS_OF_PUBLICATION = {
  start: null,
  end: PUBLICATION_DAY,
  label: "as of 23 Dec 2022",
} as const satisfies Period;

/** No time given at all: neither start nor end, and the label says so rather than guess. */
export const NOT_STATED = { start: null, end: null, label: "not stated" } as const satisfies Period;

/** "In 2022", counted up to publication: the year was not over when the source was written. */
export const YEAR_2022_TO_PUBLICATION = {
  start: "2022-01-01",
  end: PUBLICATION_DAY,
  label: "2022 (to 23 Dec)",
} as const satisfies Period;

/** "In December" of 2022, up to publication. */
export const DECEMBER_2022_TO_PUBLICATION = {
  start: "2022-12-01",
  end: PUBLICATION_DAY,
  label: "Dec 2022 (to 23 Dec)",
} as const satisfies Period;

/** "Since the start of the war", whose date the source does not give, up to publication. */
export const SINCE_THE_WAR = {
  start: null,
  end: PUBLICATION_DAY,
  label: "since the start of the war (to 23 Dec 2022)",
} as const satisfies Period;

export const YEAR_2008 = { start: "2008-01-01", end: "2008-12-31", label: "2008" } as const satisfies Period;
