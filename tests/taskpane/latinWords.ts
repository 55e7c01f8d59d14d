/*
 * The English a Russian text may carry: words of 3+ Latin letters outside the source's own words (“…”, the
 * source's names), formulas, ids, file names and keys, which stay as they are in every language, and outside
 * a short allow-list of names (tests/e2e/support/latin-allowed.json, shared with the browser tests).
 */
import ALLOWED from "../e2e/support/latin-allowed.json";
import { SOURCE } from "../../src/core/source";

export const LATIN_ALLOWED: ReadonlySet<string> = new Set(Object.keys(ALLOWED));

const LITERALS = [
  /“[^”]*”/g, // the source's words, quoted
  /=CA\.[^\s(]+\([^)]*\)/g, // formulas
  /\bExcelApi \d+(?:\.\d+)?/g, // requirement sets
  /\b[\w-]+\.csv\b/g, // file names
  /\bCtrl\+C|\b(?:Enter|Esc)\b/g, // keys
  /\b[a-z0-9]+(?:-[a-z0-9]+)+(?:\.[A-Z]{2})?\b/g, // record ids
  /\(Carnegie Politika\)/g,
  new RegExp(SOURCE.republisher.replace(/\./g, "\\."), "g"),
];

/** The words of 3+ Latin letters in `text` that a Russian text should not have. */
export function englishWords(text: string): string[] {
  let rest = text;
  for (const literal of LITERALS) rest = rest.replace(literal, " ");
  return (rest.match(/[A-Za-z]{3,}/g) ?? []).filter((word) => !LATIN_ALLOWED.has(word));
}
