/*
 * Every string the task pane shows, in Russian: typed as UiTexts, so a key missing here (or one English does
 * not have) fails the build. Counts are given after a colon («Показано записей: 5 из 71») or with the plural
 * Russian needs, so that every sentence stays grammatical whatever the number.
 */
import { ruPlural } from "../../core/i18n/ru/plural";
import { RU_CITATION_UI } from "./citations.ru";
import type { UiTexts } from "./en";

const records = (n: number): string => `${n} ${ruPlural(n, "запись", "записи", "записей")}`;

export const RU: UiTexts = {
  documentTitle: "Показатели Центральной Азии",
  loading: "Загрузка надстройки «Показатели Центральной Азии»…",
  couldNotStart: (detail) => `Не удалось запустить панель: ${detail}`,

  title: "Показатели Центральной Азии",
  subtitle: (count) =>
    `Записей: ${count} — показатели, позиции и события о России и Центральной Азии из одной статьи: Темур Умаров, Фонд Карнеги, декабрь 2022 года. У каждой записи — своё предложение источника.`,
  startsLabel: "С чего начать",
  starts: {
    compare: "Сравнить страны",
    cite: "Процитировать предложение",
    card: "Карточка страны",
    events: "События",
  },
  citeHint:
    "Введите слово из предложения, откройте запись и нажмите «Копировать ссылку» или «Вставить цитату с источником».",
  modeExcel: "Excel",
  modePreview: "Просмотр",
  previewNote:
    "Просмотр вне Excel: можно листать, искать, читать цитаты, копировать и скачивать. Для вставки в книгу нужен Excel.",

  searchPlaceholder: "Поиск: страна, показатель, код или цитата",
  searchLabel: "Поиск показателей по стране (любое название или код ISO), описанию, коду или цитате",
  searchAndFilters: "Поиск и фильтры",
  topicFilter: "Фильтр по теме",
  allTopics: "Все темы",
  themesGroup: "Сквозные темы",
  countryFilter: "Фильтр по стране",
  allCountries: "Все страны",
  kindFilter: "Фильтр по виду записи",
  allKinds: "Показатели, позиции, события",
  kindPlural: { figure: "Показатели", stance: "Позиции", event: "События" },
  regionWide: (region) => `${region} (весь регион)`,
  clear: "Сбросить",
  clearAll: "Сбросить поиск и фильтры",
  statusAll: (total) => `Все записи (${total}): показатели, позиции и события`,
  statusShowing: (count, total) => `Показано записей: ${count} из ${total}`,

  shownRecords: "Показанные записи",
  insertTable: "Вставить таблицу",
  insertTableCount: (count) => `Вставить таблицу (${count})`,
  columnsSummary: "Столбцы таблицы",
  columnsLegend: "Столбцы вставляемой таблицы",
  columnsHint: "Выбор запоминается для следующих таблиц.",
  widenColumns: (columns) => `Расширить столбцы ${columns} по содержимому`,
  insertTableLabel: (count) => `Вставить таблицу из показанных записей (${records(count)})`,
  copyTsv: "Копировать как TSV",
  copyTsvTitle: "Скопировать показанные записи как текст с табуляцией",
  downloadCsv: "Скачать CSV",
  // A title cannot mark the file's name as code: it is left out (the message after saving names it).
  downloadCsvTitle: () => "Сохранить показанные записи в файл CSV",
  workbookTables: "Таблицы для книги",
  insertStanceMatrix: "Вставить матрицу позиций",
  insertTimelineCount: (count) => `Вставить хронологию (${count})`,
  insertTimelineLabel: (count) =>
    `Вставить хронологию из показанных событий (${count} ${ruPlural(count, "событие", "события", "событий")})`,
  nothingToInsert: "Вставлять и копировать нечего: ни одна запись не показана. Сбросьте поиск или фильтр.",
  noEventsShown: "Хронологии нет: среди показанных записей нет событий. Сбросьте фильтр по виду или теме.",
  insertTimeline: "Вставить хронологию",
  copied: (count) => `Скопировано: ${records(count)} как текст с табуляцией. Вставьте его на любой лист.`,
  selectedToCopy: "Текст таблицы выделен: нажмите Ctrl+C или ⌘C, чтобы скопировать его.",
  saved: (count, file) => `Сохранено: ${records(count)} в файл ${file}.`,
  clipboardLabel: "Текст таблицы для копирования",

  tableTitleOf: (parts) => `Показатели Центральной Азии: ${parts.join(", ")}`,
  searchPart: (query) => `поиск «${query}»`,

  couldNot: (what, detail) => `Не удалось ${what}: ${detail}`,
  doing: {
    value: "вставить значение",
    formula: "вставить формулу",
    table: "вставить таблицу",
    chart: "вставить диаграмму",
    matrix: "вставить матрицу позиций",
    timeline: "вставить хронологию",
    card: "вставить карточку страны",
    grid: "вставить сетку",
  },

  topicTableLabel: (topic, rows) =>
    `Вставить таблицу: ${topic} (${rows} ${ruPlural(rows, "строка", "строки", "строк")})`,
  noMatch: "Ничего не найдено: нет подходящих показателей, позиций или событий.",
  stance: "позиция",
  conditional: "с условием",
  event: "событие",
  valueTitle: (qualifier, value) => `${qualifier} ${value}`,

  details: (label) => `Подробности: ${label}`,
  quoteIntro: "Предложение источника (на английском, дословно):",
  source: "Источник: ",
  facts: {
    id: "Код",
    period: "Период",
    unit: "Единица",
    qualifier: "Оговорка",
    basis: "Основание",
    condition: "Условие",
    note: "Примечание",
    related: "Связанные записи",
    examples: "Примеры",
    exampleOf: "Пример к записям",
  },
  bases: {
    stated: "прямо указано (предложение называет страну)",
    "region-wide": "сказано обо всём регионе (обо всех странах Центральной Азии, а не о каждой по названию)",
    implied: "подразумевается (следует из исключения вроде «только Казахстан»)",
  },
  until: (period, end) => `${period} (по ${end})`,
  fromTo: (period, start, end) => `${period} (с ${start} по ${end})`,
  dateRange: (start, end) => `с ${start} по ${end}`,
  conditionWithSource: (local) => `${local}; в источнике: `,
  insertValue: "Вставить значение",
  insertFormula: "Вставить формулу",

  charts: "Сравнение стран: рост товарооборота и опросы",
  spokenMoreThan: "более ",
  spokenAbout: "около ",
  moreThanTag: " более",
  spoken: (country, value, period) => `${country}: ${value}, ${period}`,
  spokenMissing: (country, missing) => `${country}: ${missing}`,

  grid: {
    summary: "Собрать сетку",
    intro:
      "Страны по строкам, показатели по столбцам: живые формулы CA, которые пересчитываются, или значения, как их приводит источник. Где источник не даёт показателя для страны, в ячейке — «нет в источнике».",
    countries: "Страны",
    indicators: "Показатели",
    fields: "Поля каждого показателя",
    mode: "Вставить",
    formulas: "Живые формулы",
    values: "Значения",
    insert: "Вставить сетку",
    insertCount: (rows, columns) => `Вставить сетку (${rows} × ${columns})`,
    insertLabel: (rows, columns) =>
      `Вставить сетку: ${rows} ${ruPlural(rows, "страна", "страны", "стран")} × ${columns} ${ruPlural(columns, "столбец", "столбца", "столбцов")}`,
    pickBoth: "Вставлять пока нечего: отметьте хотя бы одну страну и один показатель.",
    pickCountry: "Вставлять пока нечего: отметьте хотя бы одну страну.",
    pickIndicator: "Вставлять пока нечего: отметьте хотя бы один показатель.",
    preview: "Предпросмотр сетки",
  },

  cards: "Карточки стран",
  cardIntro:
    "Карточка, которую Excel показывает для =CA.СТРАНА_ЦА(…): каждое свойство с периодом и источником. Вставьте её как статическую карточку — она читается и без надстройки.",
  cardFormula: "=CA.СТРАНА_ЦА(…)",
  cardCountry: "Страна карточки",
  insertCard: "Вставить карточку страны",
  cardTrue: "ИСТИНА",
  cardFalse: "ЛОЖЬ",

  newSheet: "Вставить на новый лист",
  pickAnotherCell: "Выбрать другую ячейку",
  pickHint: "Выберите пустую ячейку на листе и повторите попытку.",
  insertedAt: (address) => `Вставлено: ${address}.`,
  dismiss: "Закрыть",
  dismissLabel: "Закрыть сообщение",

  exportColumns: {
    id: "код",
    country: "страна",
    label: "описание",
    value: "значение",
    unit: "единица",
    period: "период",
    "period start": "начало периода",
    "period end": "конец периода",
    qualifier: "оговорка",
    basis: "основание",
    condition: "условие",
    related: "связанные записи",
    note: "примечание",
    examples: "примеры",
    "example of": "пример к записям",
  },

  citations: RU_CITATION_UI,
};
