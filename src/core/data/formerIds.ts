import type { RecordId } from "../dataset";

/**
 * Ids records had before they were renamed, each to the id it has now. Workbooks keep the ids they were given
 * (`=CA.INDICATOR("eaeu-membership-ruled-out.UZ")`), so a former id, and its indicator without the country,
 * resolves to the renamed record; lists, tables and the pane show the new id only.
 */
export const FORMER_IDS = {
  // "ruled out" read as a decision; the sentence is the author's judgement ("There is no chance …").
  "eaeu-membership-ruled-out.UZ": "eaeu-membership-judgement.UZ",
} as const satisfies Readonly<Record<string, RecordId>>;
