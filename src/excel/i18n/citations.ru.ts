/*
 * What the workbook side says and writes about citations, in Russian (see citationTypes.ts). Quotes and ids
 * stay as the source has them.
 */
import { ruPlural } from "../../core/i18n/ru/plural";
import { SOURCE } from "../../core/source";
import type { CitationTexts, SkippedCells } from "./citationTypes";

const number = (n: number): string => n.toLocaleString("ru-RU");
const cells = (n: number): string => `${number(n)} ${ruPlural(n, "ячейка", "ячейки", "ячеек")}`;
/** After «в»: «в 1 ячейке», «в 214 ячейках». */
const cellsIn = (n: number): string => `${number(n)} ${ruPlural(n, "ячейке", "ячейках", "ячейках")}`;
const sheetsOn = (n: number): string => `${n} ${ruPlural(n, "листе", "листах", "листах")}`;
const quoted = (names: readonly string[]): string => names.map((n) => `«${n}»`).join(", ");
const CITATION_HEAD = `Темур Умаров, “${SOURCE.title}”, Фонд Карнеги за международный мир (Carnegie Politika), декабрь 2022`;

function skippedParts(skipped: SkippedCells): string[] {
  const parts: string[] = [];
  if (skipped.protectedSheets.length > 0) {
    parts.push(
      `${skipped.protectedSheets.length === 1 ? "защищённый лист" : "защищённые листы"} ${quoted(skipped.protectedSheets)} не ${skipped.protectedSheets.length === 1 ? "тронут" : "тронуты"}`,
    );
  }
  if (skipped.changed.length > 0) {
    const shown = skipped.changed.slice(0, 5).join(", ");
    const more = skipped.changed.length > 5 ? ` и ещё ${skipped.changed.length - 5}` : "";
    parts.push(
      `${cells(skipped.changed.length)}, изменённые после фиксации, оставлены как есть (${shown}${more})`,
    );
  }
  if ((skipped.notesLeftOut ?? 0) > 0) {
    const left = skipped.notesLeftOut ?? 0;
    parts.push(
      `в ${cellsIn(left)} примечания не добавлены (больше примечаний замедлили бы Excel): лист источников ссылается на каждую зафиксированную ячейку`,
    );
  }
  if (skipped.ownNotes > 0) {
    parts.push(
      `в ${number(skipped.ownNotes)} ${ruPlural(skipped.ownNotes, "ячейке", "ячейках", "ячейках")} сохранены ваши примечания`,
    );
  }
  return parts;
}

export const RU_CITATIONS: CitationTexts = {
  valueLine: (value, qualifier, period) =>
    value === null ? `${period} (${qualifier})` : `${value} (${qualifier}), ${period}`,
  basisLine: (basis) => `Основание: ${basis}`,
  conditionLine: (condition) => `Условие: ${condition}`,
  noteCitation: `Темур Умаров, “${SOURCE.title}”, Carnegie Politika, декабрь 2022; перепечатано (машинный перевод) сайтом ${SOURCE.republisher} 23 декабря 2022 года.`,
  signature: (ids) => `Показатели Центральной Азии · ${ids}`,
  manyRecords: (count) =>
    `В этой ячейке ${count} ${ruPlural(count, "запись", "записи", "записей")} источника:`,
  andMore: (count) => `… и ещё ${count}`,
  listedInNote: 5,
  seeSourcesSheet: "Цитаты — на листе источников (Показатели Центральной Азии › Лист источников).",
  notesNeedNewerExcel:
    "Примечаниям к ячейкам нужен ExcelApi 1.18 (Excel для Microsoft 365): вставлено без примечания. Цитата и ссылка остаются в панели.",

  fullCitation: `${CITATION_HEAD}; перепечатано (машинный перевод) сайтом ${SOURCE.republisher} 23 декабря 2022 года. URL: нет (в документе источника адреса нет).`,

  quoteWhat: "Цитата с источником",
  quoteSheet: (id) => `${id} цитата`,
  insertedQuote: (id) => `цитата записи ${id} с источником`,

  sourcesSheetName: "Источники",
  sourcesTitle: "Источники показателей Центральной Азии в этой книге",
  sourcesColumns: {
    Id: "Код",
    Indicator: "Показатель",
    Country: "Страна",
    Value: "Значение по источнику",
    Period: "Период",
    Start: "Начало",
    End: "Конец",
    Qualifier: "Оговорка",
    Basis: "Основание",
    Quote: "Цитата",
    Citation: "Ссылка",
    Cells: "Ячеек",
    "First cell": "Где используется",
    "Other cells": "Где ещё",
  },
  scanned: (sheetCount, cellCount, blocks) =>
    `Просмотрено ${sheetCount} ${ruPlural(sheetCount, "лист", "листа", "листов")}: ${cells(cellCount)} с формулами CA и ${blocks} ${ruPlural(blocks, "вставленный блок", "вставленных блока", "вставленных блоков")}.`,
  notScanned: (names) => `Не просмотрены (Excel не дал их прочитать): ${quoted(names)}.`,
  hiddenScanned: (names) => `Просмотрены и скрытые листы: ${quoted(names)}.`,
  otherCells: (addresses, more) => `${addresses.join(", ")}${more > 0 ? ` и ещё ${number(more)}` : ""}`,
  sourcesWhat: "Лист источников",
  builtSources: (records, cellCount, sheetCount, refreshed, sheetName) =>
    `Лист «${sheetName}» ${refreshed ? "обновлён" : "создан"}: ${records} ${ruPlural(records, "запись", "записи", "записей")} источника в ${cellsIn(cellCount)} на ${sheetsOn(sheetCount)}.`,
  nothingToCite:
    "Формул CA и блоков, вставленных надстройкой, не найдено — ссылаться не на что: лист не добавлен.",

  frozenStoreSheet: "CA зафиксированные формулы",
  froze: (cellCount, sheetCount, skipped) => {
    const rest = skippedParts(skipped);
    return `Формулы CA заменены значениями в ${cellsIn(cellCount)} на ${sheetsOn(sheetCount)}${rest.length > 0 ? `; ${rest.join("; ")}` : ""}. Команда «Вернуть формулы CA» вернёт их.`;
  },
  nothingToFreeze: "Здесь нет ячеек с функциями CA, фиксировать нечего.",
  restored: (cellCount, sheetCount, skipped) => {
    const rest = skippedParts(skipped);
    return `Возвращены формулы в ${cellsIn(cellCount)} на ${sheetsOn(sheetCount)}${rest.length > 0 ? `; ${rest.join("; ")}` : ""}.`;
  },
  nothingToRestore: "В этой книге нет зафиксированных формул CA, возвращать нечего.",
  unreadableArgument: (text) =>
    `аргумент ${text === "" ? "" : `${text} `}вычисляется формулой, которую панель не считает: выберите ячейку, на которую он ссылается, или введите значение`,
  needsExcel:
    "Это работает с книгой: откройте надстройку в Excel (классическом или в Интернете). Здесь можно просматривать, копировать и скачивать.",
  progress: (step, done, total) =>
    `${step === "reading" ? "Чтение" : "Запись"}: ${number(done)} из ${number(total)}…`,
};
