/*
 * The pane's words for citations, in Russian (see citations.en.ts).
 */
import { ruPlural } from "../../core/i18n/ru/plural";
import type { CitationUiTexts } from "./citations.en";

export const RU_CITATION_UI: CitationUiTexts = {
  thisCell: "Эта ячейка",
  thisCellLabel: "На что ссылается выбранная ячейка",
  closeExplanation: "Закрыть",
  kinds: {
    formula: "формула",
    spill: "строка таблицы, которую выводит CA.ПОКАЗАТЕЛИ_ЦА",
    block: "вставлено надстройкой",
  },
  changed: (value) => `В ячейке уже не то, что вставила надстройка: её изменили. По источнику — ${value}.`,
  rowChanged: "Эта строка вставленного блока больше не указывает на запись источника: её код изменён.",
  moreRecords: (count) => `… и ещё ${count} ${ruPlural(count, "запись", "записи", "записей")}:`,
  cellUsesCountries: "пять стран и их коды ISO (не запись источника)",
  cellUsesSource: "ссылка на аналитическую статью-источник",
  showInList: (id) => `Показать ${id} в списке`,

  copyCitation: "Копировать ссылку",
  copyCitationTitle: "Скопировать ссылку (автор, название, издание, дата) и цитату",
  citationCopied: (id) => `Ссылка и цитата записи ${id} скопированы: вставьте их в отчёт.`,
  citationSelected: "Ссылка выделена: нажмите Ctrl+C или ⌘C, чтобы скопировать её.",
  insertQuote: "Вставить цитату с источником",
  doingQuote: "вставить цитату",

  group: "Ссылки и передача книги",
  sourcesSheet: "Лист источников",
  sourcesSheetTitle:
    "Создать (или обновить) лист со всеми записями, которые использует книга: цитата, ссылка и ячейки, где они используются",
  freeze: "Зафиксировать формулы CA",
  freezeTitle:
    "Заменить формулы CA их значениями с примечанием-ссылкой, чтобы читатели без надстройки видели числа, а не #ИМЯ?",
  freezeScope: "Что фиксировать",
  freezeWorkbook: "Всю книгу",
  freezeSelection: "Только выделение",
  restore: "Вернуть формулы CA",
  restoreTitle:
    "Вернуть зафиксированные в книге формулы CA там, где в ячейках остались зафиксированные значения",
  doingSources: "создать лист источников",
  doingFreeze: "зафиксировать формулы CA",
  doingRestore: "вернуть формулы CA",
};
