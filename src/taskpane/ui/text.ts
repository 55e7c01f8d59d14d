/*
 * Text with its foreign and literal parts marked, still built from text nodes only. In another language than
 * English, the source's own English words inside a translation (“…”, the source's title, its publishers'
 * names) are marked lang="en", so screen readers read them as English and the pane can tell them from its
 * own words; formulas, file names, requirement sets and keys are marked as code or keys, since they are typed
 * or pressed as they stand in any language. An English pane shows its text as it always has, unmarked.
 */
import { RECORDS_BY_ID } from "../../core/dataset";
import { SOURCE } from "../../core/source";
import type { PaneLanguage } from "../i18n";
import { el, type Child } from "./dom";

/** Splits text around the matches of `pattern` (global), each match made into a node by `mark`. */
function split(text: string, pattern: RegExp, mark: (match: string) => Node): Child[] {
  const parts: Child[] = [];
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    const index = match.index ?? 0;
    if (index > at) parts.push(text.slice(at, index));
    parts.push(mark(match[0]));
    at = index + match[0].length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts.length === 0 ? [text] : parts;
}

const escape = (literal: string): string => literal.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The names the source goes by that stay in Latin letters: "Carnegie Politika", "exbulletin.com". */
const SOURCE_NAMES: readonly string[] = [
  /\(([^)]+)\)$/.exec(SOURCE.publisher)?.[1],
  SOURCE.republisher,
].filter((name): name is string => name !== undefined && name !== "");

const FOREIGN = new RegExp(["“[^”]*”", ...SOURCE_NAMES.map(escape)].join("|"), "g");

/** Record ids a note names (a note may point to the record that qualifies it), longest first. */
const RECORD_IDS = new RegExp(
  [...RECORDS_BY_ID.keys()]
    .sort((a, b) => b.length - a.length)
    .map((id) => `(?<![\\w.-])${escape(id)}(?![\\w-])`)
    .join("|"),
  "g",
);
const FOREIGN_OR_ID = new RegExp(`${FOREIGN.source}|${RECORD_IDS.source}`, "g");

/**
 * A translated text (a label, a note, the citation) with the source's English words in it marked
 * lang="en", and the record ids it names marked as code (typed as they stand in any language); English text
 * as it is.
 */
export function translated(text: string, language: PaneLanguage): Child[] {
  if (language.locale === "en") return [text];
  return split(text, FOREIGN_OR_ID, (words) =>
    RECORDS_BY_ID.has(words)
      ? el("code", { class: "literal" }, [words])
      : el("span", { lang: "en", class: "source-words" }, [words]),
  );
}

/**
 * Formulas (=CA.RUTRADE("UZ")), requirement sets (ExcelApi 1.13) and file names (….csv) as code, keys
 * (Ctrl+C, Enter) as keys; styled like the text around them.
 */
const LITERALS =
  /=CA\.[^\s(]+\([^)]*\)|\bExcelApi \d+(?:\.\d+)?|\b[\w-]+\.csv\b|\bCtrl\+C|⌘C|\b(?:Enter|Esc)\b/gu;

export function withLiterals(text: string, language: PaneLanguage): Child[] {
  if (language.locale === "en") return [text];
  return split(text, LITERALS, (literal) =>
    /^(?:Ctrl\+C|⌘C|Enter|Esc)$/.test(literal)
      ? el("kbd", { class: "literal" }, [literal])
      : el("code", { class: "literal" }, [literal]),
  );
}

/** `text` with `literal` (where it occurs) as code, styled like the text around it. */
export function withCode(text: string, literal: string, language: PaneLanguage): Child[] {
  if (language.locale === "en") return [text];
  return split(text, new RegExp(escape(literal), "g"), (code) => el("code", { class: "literal" }, [code]));
}
