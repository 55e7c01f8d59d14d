/** The languages the add-in speaks. Quotes stay in the source's English whatever the language. */
export const LOCALES = ["en", "ru"] as const;
export type Locale = (typeof LOCALES)[number];

/** "ru", "ru-RU", "ru-KZ" → "ru"; anything else (or nothing) → "en". */
export function localeOf(tag: string | null | undefined): Locale {
  return typeof tag === "string" && /^ru(?:[-_]|$)/i.test(tag.trim()) ? "ru" : "en";
}
