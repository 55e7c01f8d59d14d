/*
 * What the workbook side says and writes in Russian. Sentences name the insert first and say what it needs
 * after a colon («Таблица «…» (6 строк): нужен диапазон B3:M9…»), so that they stay grammatical whatever
 * the insert's gender and number. TRUE and FALSE are written as a Russian Excel shows them: ИСТИНА, ЛОЖЬ.
 */
import { RU_CARD_LABELS } from "../../cells/cardLabels.ru";
import { RU_ARGUMENT_WORDS } from "../../core/i18n/ru/argumentWords";
import { RU_TERMS } from "../../core/i18n/ru/terms";
import { RU_VOCABULARY } from "../../core/i18n/ru/vocabulary";
import { ruPlural } from "../../core/i18n/ru/plural";
import { REQUIRED_API } from "../requirements";
import { RU_CITATIONS } from "./citations.ru";
import type { WorkbookTexts } from "./types";

const ADVICE = "Ничего не вставлено: выберите другую ячейку или вставьте на новый лист.";
const rows = (n: number): string => `${n} ${ruPlural(n, "строка", "строки", "строк")}`;
const columns = (n: number): string => `${n} ${ruPlural(n, "столбец", "столбца", "столбцов")}`;
const bool = (value: boolean): string => (value ? "ИСТИНА" : "ЛОЖЬ");
const lower = (text: string): string => `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
const OTHER_SHEET = "Выберите другую ячейку или вставьте на новый лист.";

export const RU_WORKBOOK: WorkbookTexts = {
  locale: "ru",
  words: RU_VOCABULARY,

  defaultTableTitle: "Показатели Центральной Азии",
  sourceLine: (citation) => `Источник: ${citation}`,
  tableColumns: {
    Country: "Страна",
    Indicator: "Показатель",
    Value: "Значение",
    Unit: "Единица",
    Period: "Период",
    Qualifier: "Оговорка",
    Quote: "Цитата",
    Id: "Код",
    Basis: "Основание",
    Condition: "Условие",
    Related: "Связанные записи",
    Note: "Примечание",
    Examples: "Примеры",
    "Example of": "Пример к записям",
  },
  timelineColumns: {
    Date: "Дата",
    Start: "Начало",
    End: "Конец",
    Country: "Страна",
    Event: "Событие",
    Quote: "Цитата",
    Id: "Код",
  },
  dateFormat: "dd.mm.yyyy",
  bool,
  chartCategoryColumn: "Страна (период)",
  chartSource: "Источник: Темур Умаров, Carnegie Politika, декабрь 2022",
  countryColumn: "Страна",
  stanceMatrixTitle: `Позиции стран Центральной Азии в отношении войны России (${RU_TERMS.periods["as of 23 Dec 2022"]})`,
  timelineTitle: "События в отношениях России и Центральной Азии, 2022",
  stanceNotes: {
    trueFalse: "ИСТИНА: источник говорит, что страна занимает эту позицию; ЛОЖЬ: что не занимает.",
    regionWide: (headings) =>
      `Для всего региона (источник говорит это обо всех странах Центральной Азии, а не о каждой по названию): ${headings.join("; ")}.`,
    basisFor: (basis, scope, condition) => `${scope} — ${basis}${condition === "" ? "" : `, ${condition}`}`,
    perStance: (heading, parts) => `${heading}: ${parts.join("; ")}.`,
    regional: (label, value, period) =>
      `По Центральной Азии в целом, а не по странам: «${label}» — ${bool(value)}${period === "" ? "" : ` (${period})`}.`,
  },

  valueWhat: "Значение",
  formulaWhat: "Формула",
  chartWhat: "Диаграмма сравнения",
  tableWhat: (title, count) => `Таблица «${title}» (${rows(count)})`,
  stanceMatrixWhat: "Матрица позиций",
  timelineWhat: (events) => `Хронология (${events} ${ruPlural(events, "событие", "события", "событий")})`,
  cardWhat: (country) => `Карточка страны «${country}»`,

  stanceMatrixSheet: "Позиции",
  timelineSheet: "Хронология",
  cardSheet: (country) => `${country} — карточка`,

  grid: {
    what: (countries, columnCount) =>
      `Сетка (${countries} ${ruPlural(countries, "страна", "страны", "стран")} × ${columns(columnCount)})`,
    sheet: "Сетка",
    missing: "нет в источнике",
    field: (field) => RU_ARGUMENT_WORDS.fields[field][0],
    valueHeading: (indicator, unit) => `${indicator}, ${unit}`,
    fieldHeading: (indicator, field) => `${indicator}: ${field}`,
  },

  insertedBlock: lower,
  // A period with its own brackets («дек. 2022 (по 23 дек.)») follows a dash, not more brackets.
  insertedValue: (value, period) =>
    period.includes("(")
      ? `статическое значение ${value} — ${period}`
      : `статическое значение ${value} (${period})`,
  insertedFormula: (formula) => `формула ${formula}`,
  insertedChart: "диаграмма сравнения и её данные",
  insertedCard: (country) => `карточка страны «${country}»`,
  located: (sheet, address) => `${address} на листе «${sheet}»`,
  somewhere: "лист",
  done: (inserted, where, newSheet) => `Вставлено в ${where}${newSheet ? " (новый лист)" : ""}: ${inserted}.`,

  noExcel:
    "Для вставки нужен Excel: откройте эту надстройку в Excel (классическом или в Интернете). Здесь можно просматривать записи, копировать их и скачивать CSV.",
  widened: (columns) =>
    `Ширина столбцов ${columns} подобрана по содержимому. Команда «Отменить» (CTRL+Z) возвращает её там, где ` +
    `Excel запоминает изменения надстроек; где нет, задайте ширину через «Главная» › «Формат» › «Ширина столбца».`,
  widenFailed: (columns, reason) => `Ширина столбцов ${columns} не изменилась: ${reason}`,
  noCards:
    "Карточкам стран нужен Excel для Microsoft 365 (типы данных, ExcelApi 1.16). Вставьте строки страны таблицей: отфильтруйте список по стране и нажмите «Вставить таблицу».",
  needsGuardApi: (api) =>
    `Чтобы вставлять в выбранную ячейку, нужен ${api} (Microsoft 365, Office 2021 или новее либо Excel в Интернете): надстройка сначала проверяет ячейки. Вставьте на новый лист.`,
  structureProtected:
    "Структура книги защищена: новый лист добавить нельзя, ничего не вставлено. Выберите ячейку на существующем листе.",
  mergedLimit: (target) =>
    `Выше и левее ${target} больше 512 объединённых областей — слишком много, чтобы Excel проверил их за один запрос, поэтому ничего не вставлено. Выберите ячейку ближе к левому верхнему углу листа или вставьте на новый лист.`,
  sheetProtected: (sheet) =>
    `Лист «${sheet}» защищён, поэтому ничего не вставлено. Вставьте на новый лист или сначала снимите защиту листа (Рецензирование › Снять защиту листа).`,
  goesIn: (what, area) => `${what}: нужна ячейка ${area}`,
  needs: (what, area, rowCount, columnCount) =>
    `${what}: нужен диапазон ${area} (${rows(rowCount)} × ${columns(columnCount)})`,
  advice: ADVICE,
  tables: (intro, names) =>
    `${intro}. Эта область пересекается с ${names.length === 1 ? "таблицей" : "таблицами"} Excel ${names.map((n) => `«${n}»`).join(", ")}. ${ADVICE}`,
  spill: (intro) =>
    `${intro}. Эта область входит в результат формулы с динамическим массивом (диапазон переноса). ${ADVICE}`,
  merged: (intro, areas) => `${intro}. В этой области есть объединённые ячейки (${areas}). ${ADVICE}`,
  occupied: (first, more) => {
    const held =
      first.holds === "note"
        ? `в ${first.address} есть примечание`
        : first.holds === "format"
          ? `у ${first.address} свой числовой формат (${first.format ?? ""})`
          : `в ${first.address} есть ${first.holds === "formula" ? "формула" : "значение"}`;
    if (more === 0) return held;
    return `${held}, и ещё ${more} ${ruPlural(more, "ячейка занята", "ячейки заняты", "ячеек занято")}`;
  },
  notEmpty: (intro, occupied) => `${intro}, но ${occupied}. ${ADVICE}`,
  chartCovers: (area, occupied) => `Диаграмма заняла бы ${area}, но ${occupied}. ${ADVICE}`,
  drawing: (kind, name) => `${kind === "chart" ? "диаграмма" : "фигура"} «${name}»`,
  underDrawing: (intro, drawing) =>
    `${intro}. Над этой областью лежит ${drawing}: вставка оказалась бы под ней. ${ADVICE}`,
  chartOverDrawing: (area, drawing) =>
    `Диаграмма легла бы на ${area}, где уже находится ${drawing}. ${ADVICE}`,

  errors: {
    InvalidOperationInCellEditMode:
      "Excel занят редактированием ячейки. Нажмите Enter или Esc, чтобы закончить редактирование, и повторите попытку.",
    AccessDenied:
      "Excel не разрешил изменение: лист или книга могут быть защищены, открыты только для чтения или в режиме просмотра.",
    ItemAlreadyExists:
      "Лист или таблица с таким именем уже есть (возможно, их только что добавили). Повторите попытку: будет выбрано новое имя.",
    InvalidArgument:
      "Excel не смог разместить вставку здесь: возможно, она выходит за край листа. Выберите ячейку ближе к левому верхнему углу или вставьте на новый лист.",
    InvalidReference: "Выбранная ячейка или лист больше недоступны. Выберите ячейку и повторите попытку.",
    ItemNotFound: "Выбранная ячейка или лист больше недоступны. Выберите ячейку и повторите попытку.",
    InvalidSelection:
      "Excel не может вставить данные в текущее выделение. Выберите одну ячейку и повторите попытку.",
    InvalidOperation:
      "Excel отклонил операцию в текущем состоянии книги. Повторите попытку или вставьте на новый лист.",
    MergedRangeConflict: `Вставляемые данные задели бы объединённые ячейки. ${OTHER_SHEET}`,
    InsertDeleteConflict: `Вставляемые данные конфликтуют с таблицей или отфильтрованным диапазоном рядом. ${OTHER_SHEET}`,
    FilteredRangeConflict:
      "Вставляемые данные задели бы отфильтрованный диапазон. Снимите фильтр, выберите другую ячейку или вставьте на новый лист.",
    PivotTableRangeConflict: `Вставляемые данные задели бы сводную таблицу. ${OTHER_SHEET}`,
    NonBlankCellOffSheet: `Вставляемые данные вытеснили бы данные за край листа. ${OTHER_SHEET}`,
    RangeExceedsLimit: "Вставляемых данных больше, чем Excel принимает за один запрос.",
    OperationCellsExceedLimit:
      "Вставляемые данные затрагивают больше ячеек, чем Excel принимает за один запрос.",
    ApiNotFound: `В этой версии Excel нет возможности, нужной надстройке (${REQUIRED_API.name} ${REQUIRED_API.version}). Используйте Microsoft 365, Office 2021 или новее либо Excel в Интернете.`,
    UnsupportedFeature: "Эта версия или платформа Excel не поддерживает такую вставку.",
    NotImplemented: "Эта версия или платформа Excel не поддерживает такую вставку.",
    Conflict: "Кто-то одновременно изменил книгу. Повторите попытку.",
    RequestAborted: "Excel прервал запрос (возможно, он был занят). Повторите попытку.",
    InactiveWorkbook: "Книга больше не активна. Щёлкните в ней и повторите попытку.",
    GeneralException:
      "В Excel произошла внутренняя ошибка. Повторите попытку; если ошибка не исчезнет, вставьте на новый лист.",
  },
  excelReported: (code, detail) => `Excel сообщил об ошибке (${code})${detail}.`,
  somethingWrong: (detail) => `Что-то пошло не так${detail}.`,
  nothingInserted: "Ничего не вставлено.",
  mayBeIncomplete: (where) =>
    `Данные могли вставиться не полностью: проверьте ${where} и удалите то, что успело вставиться.`,

  card: RU_CARD_LABELS,
  citations: RU_CITATIONS,
};
