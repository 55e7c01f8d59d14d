import type { Period } from "../types";

/** Sentences of the source quoted by more than one module, verbatim (curly apostrophes and dashes included). */
export const OIL_SENTENCE =
  "Time and again, Moscow reminds Central Asia of its dependence on Russia, such as by halting operations of the Caspian oil pipeline that runs through Russian territory and which Kazakhstan uses to export 80 percent of its oil.";
export const MIGRATION_SENTENCE =
  "In the second quarter of 2022, more people from Central Asia went to Russia to work than at any time in the past six years, and remittances from Russia have increased accordingly.";
export const SIGHTS_SENTENCE =
  "Shipments of telescopic sights from Kyrgyzstan to Russia have increase sevenfold, while the increase in imports of household appliances from the EU to Kazakhstan is RECITED due to microchips from those goods used in the Russian military complex.";

/** The source dates many statements only by its own publication: they hold as of that day. */
export const AS_OF_PUBLICATION = {
  start: null,
  end: "2022-12-23",
  label: "as of Dec 2022",
} as const satisfies Period;
export const YEAR_2022 = { start: "2022-01-01", end: "2022-12-31", label: "2022" } as const satisfies Period;
