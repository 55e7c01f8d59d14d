/*
 * The Russian words the functions accept as arguments, beside the English ones: fields
 * (=CA.ТОРГОВЛЯ_РФ("KZ";"период")), topics and kinds of record (=CA.ПОКАЗАТЕЛИ_ЦА("торговля")) and the
 * languages of the trailing [language] argument. The first word of a field is also its column heading in
 * CA.ПОКАЗАТЕЛИ_ЦА's Russian header and the name the Russian messages list. Small on purpose: it loads with
 * the functions (functions.js), whatever the language. Typed against the English lists, so that a field,
 * topic or kind added without its Russian word fails the build.
 */
import type { Field } from "../../fields";
import type { TopicId } from "../../topics";
import type { RecordKind } from "../../types";
import type { Locale } from "../locale";

/** At least one word each; the first is the one shown. */
type Words = readonly [string, ...string[]];

export interface RuArgumentWords {
  readonly fields: Readonly<Record<Field, Words>>;
  readonly topics: Readonly<Record<TopicId, Words>>;
  readonly kinds: Readonly<Record<RecordKind, Words>>;
  /** Both spellings of each language, Russian and English: "ru", "рус", "русский", "russian". */
  readonly languages: Readonly<Record<Locale, Words>>;
}

export const RU_ARGUMENT_WORDS = {
  fields: {
    value: ["значение"],
    period: ["период"],
    qualifier: ["оговорка"],
    quote: ["цитата"],
    source: ["источник"],
    label: ["описание"],
    unit: ["единица"],
    country: ["страна"],
    start: ["начало", "начало периода"],
    end: ["конец", "конец периода"],
    id: ["код"],
    basis: ["основание"],
    condition: ["условие"],
    related: ["связанные записи"],
    note: ["примечание"],
    examples: ["примеры"],
    "example of": ["пример к записям"],
  },
  topics: {
    trade: ["торговля"],
    opinion: ["общественное мнение", "мнение"],
    energy: ["энергетика"],
    diplomacy: ["дипломатия"],
    migration: ["миграция"],
    demographics: ["демография"],
    security: ["безопасность"],
    integration: ["интеграционные проекты", "интеграция"],
    politics: ["внутренняя политика", "политика"],
    stances: ["позиции"],
  },
  kinds: {
    figure: ["цифры", "показатели"],
    stance: ["позиции"],
    event: ["события"],
  },
  languages: {
    en: ["en", "english", "англ", "английский"],
    ru: ["ru", "russian", "рус", "русский"],
  },
} as const satisfies RuArgumentWords;
