/*
 * The dataset's own vocabulary in Russian: topics, the region, qualifiers, bases, units, period labels, the
 * comparisons, the stance matrix's headings and the citation. Months are abbreviated as Russian style
 * guides do («янв.», «сент.», «июнь»); a non-breaking space keeps a day, month and year on one line.
 */
import { SOURCE } from "../../source";
import { RU_PERIODS } from "./periods";
import type { RuTerms } from "./types";

const GENITIVE_MONTHS = [
  "января",
  "февраля",
  "марта",
  "апреля",
  "мая",
  "июня",
  "июля",
  "августа",
  "сентября",
  "октября",
  "ноября",
  "декабря",
] as const;

/** "2022-12-23" → «23 декабря 2022 года», as a Russian sentence writes a date. */
export function ruLongDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (match === null) return iso;
  return `${Number(match[3])}\u00a0${GENITIVE_MONTHS[Number(match[2]) - 1]} ${match[1]}\u00a0года`;
}

export const RU_TERMS = {
  topics: {
    trade: "Торговля",
    opinion: "Общественное мнение",
    energy: "Энергетика",
    diplomacy: "Дипломатия",
    migration: "Миграция",
    demographics: "Демография",
    security: "Безопасность",
    integration: "Интеграционные проекты",
    politics: "Внутренняя политика",
    stances: "Позиции",
  },
  region: "Центральная Азия",
  qualifiers: {
    exact: "точно",
    "more than": "более",
    about: "около",
    // Not «прямо указано»: a stated record may rest on a region-wide or implied basis, which its basis says.
    stated: "утверждается",
    reported: "по сообщениям",
    accused: "обвинение",
    planned: "планируется",
  },
  bases: {
    stated: "прямо указано",
    "region-wide": "сказано обо всём регионе",
    implied: "подразумевается",
  },
  // A unit column names the unit standing alone, in the nominative; after a number it is counted
  // (countedUnits): 1 встреча, 2 встречи, 50 встреч.
  units: {
    percent: "%",
    times: "кратность",
    meetings: "встречи",
    countries: "страны",
    years: "годы",
    "yes/no": "да/нет",
    event: "событие",
  },
  countedUnits: {
    times: ["раз", "раза", "раз"],
    meetings: ["встреча", "встречи", "встреч"],
    countries: ["страна", "страны", "стран"],
    years: ["год", "года", "лет"],
  },
  periods: RU_PERIODS,
  comparisons: {
    "trade-growth": {
      title: "Рост товарооборота России со странами Центральной Азии, 2022",
      series: "Рост товарооборота с Россией",
      sheetName: "Диаграмма роста товарооборота",
      buttonLabel: "Вставить диаграмму товарооборота",
    },
    "poll-war-blame": {
      // The poll's respondents, as the functions' descriptions say («доля опрошенных»).
      title:
        "Доля опрошенных, возлагающих вину за нынешние экономические проблемы на российскую оккупацию Украины",
      series: "Доля возлагающих вину на оккупацию",
      sheetName: "Диаграмма опроса об оккупации",
      buttonLabel: "Вставить диаграмму опроса",
    },
  },
  stanceHeadings: {
    "supported-invasion": "Поддержал вторжение в Украину",
    "abides-by-sanctions": "Соблюдает западные санкции",
    // The source: "the self-proclaimed people's republics of Donetsk and Luhansk – or another Ukrainian
    // territory that Russia claims to have annexed – as part of Russia": «ДНР», «ЛНР» in quotes, as
    // self-proclaimed; «заявляет» as "claims", as the records' labels say.
    "recognised-annexations":
      "Признал частью России «ДНР», «ЛНР» или другую территорию Украины, об аннексии которой заявляет Россия",
    "recognised-crimea-annexation": "Признал аннексию Крыма (2014)",
    "banks-accept-mir": "Банки принимают карты «Мир»",
    "allows-private-mir-use": "Разрешает частное использование карт «Мир»",
  },
  citation:
    `Темур Умаров, “${SOURCE.title}”, Фонд Карнеги за международный мир (Carnegie Politika), декабрь 2022; ` +
    `перепечатано сайтом ${SOURCE.republisher} ${ruLongDate(SOURCE.republishedOn)} (SHA-256 ${SOURCE.sha256.slice(0, 12)}…).`,
} as const satisfies RuTerms;
