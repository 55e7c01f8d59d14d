/*
 * What the functions need to answer in Russian beyond their messages: the dataset's words (record labels,
 * notes, periods, units, qualifiers, bases) and the country card's own words. Too large for functions.js,
 * which every Excel loads: it is part of the on-demand Russian file (ru.js), which the functions load when
 * Excel's display language is Russian or a formula asks for "ru" (see functions.ts).
 */
import { RU_CARD_LABELS } from "../cells/cardLabels.ru";
import type { CardLanguage } from "../cells/cardLanguage";
import { RU_VOCABULARY } from "../core/i18n/ru/vocabulary";

export const RU_CARD: CardLanguage = { words: RU_VOCABULARY, labels: RU_CARD_LABELS };
