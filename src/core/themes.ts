/*
 * Themes: subjects that run across the topics, such as sanctions (the sanctions stances, the MIR cards, the
 * EU appliance imports and their microchips, the sights, the drones). A theme groups records by subject only:
 * it claims no link between them that the source does not make, and each description says so. Its
 * indicators are IndicatorIds, so a renamed or removed record fails the build.
 */
import type { IndicatorId } from "./dataset";

export interface Theme {
  readonly id: string;
  readonly name: { readonly en: string; readonly ru: string };
  readonly description: { readonly en: string; readonly ru: string };
  readonly indicators: readonly IndicatorId[];
}

const SUBJECT_ONLY = {
  en: "Grouped by subject only: the source does not link these records to each other.",
  ru: "Собраны только по предмету: источник не связывает эти записи друг с другом.",
} as const;

export const THEMES = [
  {
    id: "sanctions",
    name: { en: "Sanctions", ru: "Санкции" },
    description: {
      en: `Sanctions stances, MIR cards, EU appliance imports and microchips, telescopic sights, drones. ${SUBJECT_ONLY.en}`,
      ru: `Позиции по санкциям, карты «Мир», импорт бытовой техники из ЕС и микросхемы, оптические прицелы, дроны. ${SUBJECT_ONLY.ru}`,
    },
    indicators: [
      "abides-by-sanctions",
      "banks-accept-mir",
      "allows-private-mir-use",
      "eu-appliance-imports",
      "telescopic-sights-growth",
      "drone-supply-accusation",
    ],
  },
  {
    id: "russian-language",
    name: { en: "Russian language", ru: "Русский язык" },
    description: {
      en: `The Russian language in the region: its popularity and the Russian lessons cut. ${SUBJECT_ONLY.en}`,
      ru: `Русский язык в регионе: его популярность и сокращение уроков русского. ${SUBJECT_ONLY.ru}`,
    },
    indicators: ["russian-language-popularity", "russian-lessons-cut"],
  },
] as const satisfies readonly Theme[];

export type ThemeId = (typeof THEMES)[number]["id"];

export function themeById(id: string): Theme | undefined {
  return THEMES.find((theme) => theme.id === id);
}

/** The themes a record's indicator belongs to. */
export function themesOf(indicator: string): readonly Theme[] {
  return THEMES.filter((theme) => (theme.indicators as readonly string[]).includes(indicator));
}
