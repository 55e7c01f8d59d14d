/*
 * The functions' messages in Russian. Country names are given after a colon or in quotes rather than
 * declined, so that every sentence stays grammatical whatever the name. Functions are named as a Russian
 * Excel shows them (the Russian metadata, functions.ru.json), with «;» between arguments.
 */
import type { ComparableIndicator } from "../../comparisons";
import { countryByCode } from "../../countries";
import type { IndicatorId } from "../../dataset";
import { REGION, type RecordKind, type Scope } from "../../types";
import type { CoreMessages, Expected } from "../messages";
import { RU_ARGUMENT_WORDS } from "./argumentWords";
import { ruPlural } from "./plural";
import { RU_PERIODS } from "./periods";

const EXPECTED: Readonly<Record<Expected, string>> = {
  country: "название или код страны",
  field: "название поля",
  topic: "тема",
  indicator: "код показателя",
  "citation field": "часть ссылки на источник",
  language: "язык",
};

/** What the source has no figure of, for a country without one: «в источнике нет опроса». */
export const RU_MISSING_FIGURES = {
  "trade-growth": "данных о росте товарооборота",
  "poll-war-blame": "опроса",
} as const satisfies Readonly<Record<ComparableIndicator, string>>;

/** What the source has none of, in the genitive after «нет», beyond the comparisons: «нет доли экспорта нефти». */
const OTHER_FIGURE_NOUNS: readonly (readonly [IndicatorId, string])[] = [
  ["oil-export-via-russia", "доли экспорта нефти"],
  ["telescopic-sights-growth", "данных о поставках оптических прицелов"],
];

/** Every indicator's noun (others get the generic wording). */
const FIGURE_NOUNS: ReadonlyMap<string, string> = new Map([
  ...Object.entries(RU_MISSING_FIGURES),
  ...OTHER_FIGURE_NOUNS,
]);

/** Kinds of record in the genitive plural, after «нет». */
const KIND_GENITIVES: Readonly<Record<RecordKind, string>> = {
  figure: "показателей",
  stance: "позиций",
  event: "событий",
};

/** «для страны «Казахстан»», or «по Центральной Азии в целом» where a country was expected. */
const forScope = (scope: Scope): string =>
  scope === REGION ? "по Центральной Азии в целом" : `для страны «${countryByCode(scope).russianName}»`;

/** «1 символа», «64 символов», «301 символа»: the genitive after «не длиннее» and «из». */
const characters = (count: number): string =>
  `${count.toLocaleString("ru-RU")} ${ruPlural(count, "символа", "символов", "символов")}`;

const hint = (guess: string | null, quoted = false): string =>
  guess === null ? "" : ` Возможно, имелось в виду ${quoted ? `«${guess}»` : guess}?`;

export const RU_MESSAGES: CoreMessages = {
  scope: (scope) => (scope === REGION ? "Центральная Азия" : countryByCode(scope).russianName),
  // Every dataset label has its translation (RU_PERIODS is keyed by PeriodLabel, checked by the compiler);
  // only a label from outside the dataset is given back as it is.
  period: (label) =>
    Object.prototype.hasOwnProperty.call(RU_PERIODS, label)
      ? (RU_PERIODS as Readonly<Record<string, string>>)[label]
      : label,
  rangeReceived: (e, rows, columns) =>
    `Ожидалось значение (${EXPECTED[e]}) в одной ячейке, а получен диапазон ${rows}×${columns}.`,
  tooLong: (e, max, length) =>
    `Ожидалось значение (${EXPECTED[e]}) не длиннее ${characters(max)}, а получен текст из ${characters(length)}.`,
  numberReceived: (e, number) =>
    `Ожидался текст (${EXPECTED[e]}), а получено ${Number.isFinite(number) ? `число ${String(number).replace(".", ",")}` : "бесконечное или нечисловое значение"}.`,
  booleanReceived: (e, value) =>
    `Ожидался текст (${EXPECTED[e]}), а получено значение ${value ? "ИСТИНА" : "ЛОЖЬ"}.`,
  errorReceived: (e) => `Ожидался текст (${EXPECTED[e]}), а получена ошибка или объект.`,
  outOfScope: (why, countries) =>
    `${why.kind === "counterpart" ? "Россия — вторая сторона в каждом показателе" : `${why.russianName} не входит в число пяти стран Центральной Азии`}: укажите одну из пяти стран Центральной Азии (${countries}).`,
  unknownCountry: (typed, guess, countries) =>
    `Неизвестная страна «${typed}».${hint(guess)} Укажите: ${countries}, код ISO (UZ, UZB), английское название (Uzbekistan) или «Центральная Азия».`,
  unknownField: (typed, guess, fields) =>
    `Неизвестное поле «${typed}».${hint(guess, true)} Допустимые поля: ${fields} (или по-английски).`,
  unknownTopic: (typed, guess, topics) =>
    `Неизвестная тема «${typed}».${hint(guess, true)} Допустимые темы: ${topics} (или по-английски; пусто — все темы).`,
  unknownIndicator: (typed, guess) =>
    `Неизвестный показатель «${typed}».${hint(guess, true)} Укажите код из CA.ПОКАЗАТЕЛИ_ЦА(), например «trade-growth» или «poll-war-blame».`,
  missingIndicator: () =>
    "Не указан код показателя. Укажите код из CA.ПОКАЗАТЕЛИ_ЦА(), например «trade-growth».",
  idNamesOtherCountry: (idScope, argumentScope, indicator) =>
    `Код относится к стране «${idScope}», а в аргументе указана страна «${argumentScope}»: оставьте страну пустой или укажите «${indicator}».`,
  reportedPerCountry: (indicator, scopes) =>
    `Показатель «${indicator}» приводится по странам: добавьте страну (${scopes}).`,
  regionOnly: (indicator, period, asked) =>
    `Источник приводит «${indicator}» только для Центральной Азии в целом (${period}), а не для страны «${asked}»: используйте =CA.ПОКАЗАТЕЛЬ_ЦА("${indicator}").`,
  noFigureFor: (indicator, asked, scopes) =>
    `В источнике нет ${FIGURE_NOUNS.get(indicator) ?? `записи «${indicator}»`} ${forScope(asked)}; есть для: ${scopes}.`,
  countryMissing: (scopes) => `Не указана страна: укажите ${scopes} (название или код ISO, например «UZ»).`,
  noRecords: (asked, scope) =>
    `В источнике нет ${asked !== null && "kind" in asked ? KIND_GENITIVES[asked.kind] : "записей"}${asked !== null && "topic" in asked ? ` по теме «${RU_ARGUMENT_WORDS.topics[asked.topic][0]}»` : ""} ${scope === null ? "ни для одной страны" : forScope(scope)}.`,
  unknownCitationField: (typed, parts) =>
    `Неизвестная часть ссылки «${typed}». Допустимые (по-английски): ${parts}.`,
  unknownLanguage: (typed) =>
    `Неизвестный язык «${typed}». Укажите «ru» («рус») или «en» («англ»); пусто — язык интерфейса Excel.`,
  russianNotLoaded: (detail) =>
    `Русские тексты (ru.js) не загрузились: ${detail}. Пересчитайте или укажите «en».`,
  outsideRanges: () =>
    "Здесь нет значения: ячейка вне одного из диапазонов. Задайте диапазоны одного размера или одно значение.",
  cardsNotLoaded: (detail) => `Карточки стран (card.js) не загрузились: ${detail}. Пересчитайте.`,
  unexpected: (detail) => `Непредвиденный ввод: ${detail}`,
  cardNotForRegion: (countries) =>
    `CA.СТРАНА_ЦА принимает одну из пяти стран (${countries}); показатели по региону в целом есть на карточке каждой страны.`,
  sourceHasNoUrl: () =>
    'В документе источника нет URL, и он не выдумывается: это текст, перепечатанный (машинный перевод) сайтом exbulletin.com 23 декабря 2022 года; его отпечаток — =CA.ИСТОЧНИК_ЦА("sha256"). Ссылайтесь на автора, название, издание и дату: =CA.ИСТОЧНИК_ЦА().',
  cardsNeedDataTypes: (code) =>
    `Карточкам стран нужен Excel для Microsoft 365 (типы данных). Те же показатели таблицей: =CA.ПОКАЗАТЕЛИ_ЦА(; "${code}").`,
};
