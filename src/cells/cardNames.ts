/*
 * A country card's property names and units. Names are words a person reads ("Trade growth", read in a
 * formula as =A1.[Trade growth]), the same in every language of Excel; a region-wide figure's name starts
 * with "Region" so that, read through a formula, it cannot pass for the country's own. Before these names the
 * card used the indicator in PascalCase (=A1.TradeGrowth): those names still answer, hidden.
 */
import { UNIT_DISPLAY, figureNumberFormat } from "../core/figureDisplay";
import type { Vocabulary } from "../core/i18n/vocabulary";
import { REGION, type FigureRecord, type IndicatorRecord } from "../core/types";

/** Words of indicator ids that are names or acronyms, written as a reader expects them. */
const PROPER_WORDS: Readonly<Record<string, string>> = {
  mir: "MIR",
  csto: "CSTO",
  eaeu: "EAEU",
  eu: "EU",
  irpt: "IRPT",
  putin: "Putin",
  moscow: "Moscow",
  russia: "Russia",
  russian: "Russian",
  kremlin: "Kremlin",
  georgia: "Georgia",
  crimea: "Crimea",
  wagner: "Wagner",
  turkic: "Turkic",
};

/** "trade-growth" → "TradeGrowth": the card's former names, still answering in workbooks that use them. */
export function propertyName(indicator: string): string {
  return indicator
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== "")
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join("");
}

/** The prefix of every region-wide property: it is the region's figure, not the country's. */
export const REGION_PREFIX = "Region";

/**
 * "trade-growth" → "Trade growth", "allows-private-mir-use" → "Allows private MIR use"; a region-wide
 * record's → "Region population under thirty".
 */
export function cardPropertyName(record: Pick<IndicatorRecord, "indicator" | "scope">): string {
  const words = record.indicator.split("-").map((word) => PROPER_WORDS[word] ?? word);
  if (record.scope === REGION) return [REGION_PREFIX, ...words].join(" ");
  const [first = "", ...rest] = words;
  return [first.charAt(0).toUpperCase() + first.slice(1), ...rest].join(" ");
}

/**
 * The number format a card shows a figure with: the sheet's format (40%, >22%, ×7), and for a unit with no
 * sign, its word in the card's language after the number (>50 meetings, 6 лет), so that no number stands
 * alone. The word is the one the language writes in the figure's text (words.value), so it agrees with the
 * number.
 */
export function cardNumberFormat(record: FigureRecord, words: Vocabulary): string {
  const format = figureNumberFormat(record);
  const [before, after] = UNIT_DISPLAY[record.unit];
  if (before + after !== "") return format;
  const unitWord = words.value(record).replace(/^.*\d/, "");
  return unitWord.trim() === "" ? format : `${format}"${unitWord.replace(/"/g, "")}"`;
}
