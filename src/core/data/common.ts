import type { Period } from "../types";

/* The periods records share: never invented, each the time its sentence gives. */

/** The day the analysis was (re)published: what the source says holds on that day. */
export const PUBLICATION_DAY = "2022-12-23";

/** What holds when the analysis was published (a present state or an ongoing process). */
export const AS_OF_PUBLICATION = {
  start: null,
  end: PUBLICATION_DAY,
  label: "as of 23 Dec 2022",
} as const satisfies Period;

/**
 * Reported without a date (the polls: "polls show"): the source gives no time, so no start; what it reports
 * was there by the day it was published, so that day is the latest end. The label says both, so that it does
 * not read as the date of a poll.
 */
export const UNDATED_TO_PUBLICATION = {
  start: null,
  end: PUBLICATION_DAY,
  label: "date not stated; published 23 Dec 2022",
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
export const YEAR_2014 = { start: "2014-01-01", end: "2014-12-31", label: "2014" } as const satisfies Period;
