/*
 * The dataset's own vocabulary in Russian: topics, the region, qualifiers, bases, units, period labels, the
 * comparisons, the stance matrix's headings and the citation. Months are abbreviated as Russian style
 * guides do («янв.», «сент.», «июнь»); a non-breaking space keeps a day, month and year on one line.
 */
import { SOURCE } from "../../source";
import { RU_PERIODS } from "./periods";
import type { RuTerms } from "./types";

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
  // Genitive plural, as the unit reads after the dataset's figures: 50 встреч, 5 стран, 6 лет, 7 раз.
  units: {
    percent: "%",
    times: "раз",
    meetings: "встреч",
    countries: "стран",
    years: "лет",
    "yes/no": "да/нет",
    event: "событие",
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
      title: "Возлагают вину за нынешние экономические проблемы на российскую оккупацию Украины",
      series: "Доля возлагающих вину на оккупацию",
      sheetName: "Диаграмма опроса об оккупации",
      buttonLabel: "Вставить диаграмму опроса",
    },
  },
  stanceHeadings: {
    "supported-invasion": "Поддержал вторжение в Украину",
    "abides-by-sanctions": "Соблюдает западные санкции",
    "recognised-annexations":
      "Признал частью России: Донецк, Луганск или территорию, об аннексии которой заявляет Россия",
    "recognised-crimea-annexation": "Признал аннексию Крыма (2014)",
    "banks-accept-mir": "Банки принимают карты «Мир»",
    "allows-private-mir-use": "Разрешает частное использование карт «Мир»",
  },
  citation:
    `Темур Умаров, “${SOURCE.title}”, Фонд Карнеги за международный мир (Carnegie Politika), декабрь 2022; ` +
    `перепечатано сайтом ${SOURCE.republisher} ${SOURCE.republishedOn} (SHA-256 ${SOURCE.sha256.slice(0, 12)}…).`,
} as const satisfies RuTerms;
