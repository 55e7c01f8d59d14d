/*
 * A language's words for the country card and for the functions' answers: CardLanguage pairs the dataset's
 * Vocabulary with the card's own labels. Apart from the card builder (countryCard.ts), which only CA.COUNTRY
 * and the pane need and which the functions load on demand: every answer needs EN_CARD, few need a card.
 */
import { EN_VOCABULARY, type Vocabulary } from "../core/i18n/vocabulary";
import { SOURCE } from "../core/source";

/** The card's own words in one language; the dataset's come from the language's Vocabulary. */
export interface CardLabels {
  readonly stances: string;
  readonly events: string;
  readonly region: string;
  readonly about: string;
  /** The nested entity of quotes, one per property, and its section. */
  readonly sources: string;
  readonly provider: string;
  /** Who said it: each property's attribution. */
  readonly attribution: string;
}

export const EN_CARD_LABELS: CardLabels = {
  stances: "Stances",
  events: "Events",
  region: "Central Asia as a whole",
  about: "About",
  sources: "Sources",
  provider: "Central Asia Indicators: each figure cites the sentence it comes from.",
  attribution: `${SOURCE.author}, “${SOURCE.title}”, ${SOURCE.publisher}, ${SOURCE.publishedLabel}`,
};

/** A card's language: CA.COUNTRY speaks Excel's display language (or the one pinned); the pane its own. */
export interface CardLanguage {
  readonly words: Vocabulary;
  readonly labels: CardLabels;
}

export const EN_CARD: CardLanguage = { words: EN_VOCABULARY, labels: EN_CARD_LABELS };
