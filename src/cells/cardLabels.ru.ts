/*
 * A country card's own words in Russian (the English ones are EN_CARD_LABELS in cardLanguage.ts): for
 * CA.СТРАНА_ЦА in a Russian Excel and the pane's "Insert country card" alike. Loaded with the other Russian
 * texts, on demand.
 */
import { SOURCE } from "../core/source";
import type { CardLabels } from "./cardLanguage";

export const RU_CARD_LABELS: CardLabels = {
  stances: "Позиции",
  events: "События",
  region: "Центральная Азия в целом",
  about: "О стране",
  sources: "Источники",
  provider: "Показатели Центральной Азии: каждая цифра — со ссылкой на предложение источника.",
  attribution: `Темур Умаров, “${SOURCE.title}”, Фонд Карнеги за международный мир (Carnegie Politika), декабрь 2022`,
};
