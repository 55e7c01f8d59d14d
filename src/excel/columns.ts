/*
 * The columns of the blocks the add-in inserts, by their English headings: the order they are written in, and
 * the keys each language's headings (i18n) and each column's role and format (blocks.ts) are given by.
 */

/** The columns of an inserted table, by their English heading. */
export const TABLE_COLUMNS = [
  "Country",
  "Indicator",
  "Value",
  "Unit",
  "Period",
  "Qualifier",
  "Quote",
  "Id",
  "Basis",
  "Condition",
  "Related",
  "Note",
  "Examples",
  "Example of",
] as const;

/** The columns of the timeline, by their English heading. */
export const TIMELINE_COLUMNS = ["Date", "Start", "End", "Country", "Event", "Quote", "Id"] as const;

/** A column an inserted table may have, by its English heading. */
export type TableColumn = (typeof TABLE_COLUMNS)[number];
