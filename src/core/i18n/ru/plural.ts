/*
 * Russian plural forms after a number. A module of its own beside the Russian vocabulary and messages, so
 * that both, and the pane's and the workbook's Russian texts, can use it without importing one another.
 */

/** The plural form Russian needs after a number: 1 запись, 2 записи, 5 записей (21 запись, 11 записей). */
export function ruPlural(count: number, one: string, few: string, many: string): string {
  // "one" and "few" have their own forms; "many", and "other" (fractions), take the last.
  const forms: Partial<Record<Intl.LDMLPluralRule, string>> = { one, few };
  return forms[new Intl.PluralRules("ru").select(count)] ?? many;
}
