/*
 * Plans of the one-cell and one-column inserts: a value or a live formula (with its citation note), a country
 * card (an entity), and a quote with its source. Like the block plans (plans.ts), each knows its size for the
 * guard and queues its writes once the target is known; it never syncs.
 */
import { recordValue, type CellValue } from "../core/fields";
import type { CountryCode, IndicatorRecord } from "../core/types";
import { noteText, statedValueLine } from "./citations/citationText";
import { formulaNumberFormatFor, NUMBER_FORMATS, numberFormatFor } from "./formats";
import { ENGLISH_FORMULAS, formulaFor, type FormulaStyle } from "./formulas";
import { EN_WORKBOOK, type WorkbookTexts } from "./i18n";
import { NOTE_COLOR, rangeAt, WIDE_COLUMN_POINTS, type InsertPlan } from "./plans";

/** A country card (an entity value) in one cell, written with valuesAsJson (ExcelApi 1.16). */
export function cardPlan(
  country: CountryCode,
  card: Excel.EntityCellValue,
  texts: WorkbookTexts = EN_WORKBOOK,
): InsertPlan {
  const countryName = texts.words.country(country);
  return {
    what: texts.cardWhat(countryName),
    notes: [],
    mark: { kind: "card", lang: texts.locale, country },
    rowCount: 1,
    columnCount: 1,
    chart: null,
    addsTable: false,
    writesDates: false,
    sheetName: texts.cardSheet(countryName),
    write(at) {
      rangeAt(at, 0, 0, 1, 1).valuesAsJson = [[card]];
      return texts.insertedCard(countryName);
    },
  };
}

/**
 * What "Insert value" writes: the number or the logical, or an event's text in the pane's language (the
 * label the pane shows; blockCell.ts accepts it in any language).
 */
export function staticValue(record: IndicatorRecord, texts: WorkbookTexts = EN_WORKBOOK): CellValue {
  return record.kind === "event" ? texts.words.label(record) : recordValue(record);
}

/** The written value as the cell shows it, for the success message: 40%, FALSE (ЛОЖЬ), “an event”. */
function shownValue(record: IndicatorRecord, value: CellValue, texts: WorkbookTexts): string {
  if (typeof value === "boolean") return texts.bool(value);
  if (record.kind === "event") return texts.locale === "ru" ? `«${String(value)}»` : `“${String(value)}”`;
  return texts.words.value(record);
}

/**
 * A value or a live formula in one cell. A formula is written through the property its style names
 * (formulasLocal, with the functions' local names, in a Russian Excel): see formulas.ts.
 */
export function singleCellPlan(
  record: IndicatorRecord,
  kind: "value" | "formula",
  texts: WorkbookTexts = EN_WORKBOOK,
  style: FormulaStyle = ENGLISH_FORMULAS,
): InsertPlan {
  return {
    what: kind === "value" ? texts.valueWhat : texts.formulaWhat,
    notes: [{ row: 0, column: 0, text: noteText(record, texts) }],
    // A formula explains itself; a static value is remembered so that "explain this cell" finds its record.
    mark: kind === "value" ? { kind: "value", lang: texts.locale, id: record.id } : null,
    rowCount: 1,
    columnCount: 1,
    chart: null,
    addsTable: false,
    writesDates: false,
    sheetName: record.id,
    write(at) {
      const cell = rangeAt(at, 0, 0, 1, 1);
      if (kind === "value") {
        const value = staticValue(record, texts);
        cell.numberFormat = [[numberFormatFor(record)]];
        cell.values = [[value]];
        return texts.insertedValue(shownValue(record, value, texts), texts.words.period(record.period.label));
      }
      const formula = formulaFor(record, style);
      cell.numberFormat = [[formulaNumberFormatFor(record)]];
      if (style.property === "formulasLocal") cell.formulasLocal = [[formula]];
      else cell.formulas = [[formula]];
      return texts.insertedFormula(formula);
    },
  };
}

/**
 * The quote with its source, for citing in a report: the record's label (bold), the quote verbatim in
 * quotation marks, the value as stated with period and qualifier, and the full citation (grey italics), one
 * column of text cells. The block is the citation, so it carries no note; it is remembered as the record's.
 */
export function quotePlan(record: IndicatorRecord, texts: WorkbookTexts = EN_WORKBOOK): InsertPlan {
  const lines = [
    texts.words.label(record),
    `“${record.quote}”`,
    statedValueLine(record, texts),
    texts.citations.fullCitation,
  ];
  return {
    what: texts.citations.quoteWhat,
    notes: [],
    mark: { kind: "quote", lang: texts.locale, id: record.id },
    rowCount: lines.length,
    columnCount: 1,
    chart: null,
    addsTable: false,
    writesDates: false,
    sheetName: texts.citations.quoteSheet(record.id),
    write(at) {
      const block = rangeAt(at, 0, 0, lines.length, 1);
      block.numberFormat = lines.map(() => [NUMBER_FORMATS.text]);
      block.values = lines.map((line) => [line]);
      rangeAt(at, 0, 0, 1, 1).format.font.bold = true;
      const source = rangeAt(at, lines.length - 1, 0, 1, 1).format.font;
      source.italic = true;
      source.color = NOTE_COLOR;
      if (at.newSheet) rangeAt(at, 0, 0, lines.length, 1).format.columnWidth = WIDE_COLUMN_POINTS * 2;
      return texts.citations.insertedQuote(record.id);
    },
  };
}
