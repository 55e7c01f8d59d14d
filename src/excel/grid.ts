/*
 * The grid builder's block, as Bloomberg's Spreadsheet Builder and Datastream's Request Table lay one out:
 * countries down, the chosen figure indicators (each with the chosen fields) across, a header row and a
 * header column, and in each cell a live formula (the CA function that gives that record's field) or its
 * value. A country the source gives no figure for reads "not in the source": never an invented value, never
 * an unexplained error. Pure: the plan (gridPlan.ts) only copies these cells into a range.
 */
import { comparison, isComparable } from "../core/comparisons";
import { COUNTRIES, type CountryCode } from "../core/countries";
import { RECORDS } from "../core/dataset";
import { FIELDS, type CellValue, type Field } from "../core/fields";
import { fieldText } from "../core/i18n/fieldText";
import { REGION, type FigureRecord } from "../core/types";
import { noteText } from "./citations/citationText";
import { NUMBER_FORMATS, formulaNumberFormatFor, numberFormatFor, type NumberFormat } from "./formats";
import {
  argumentSeparator,
  ENGLISH_FORMULAS,
  formulaFor,
  quoteArgument,
  type FormulaStyle,
} from "./formulas";
import { EN_WORKBOOK, type WorkbookTexts } from "./i18n";

/** Live formulas that recalculate, or the values as the source states them. */
export type GridMode = "formulas" | "values";

/** What the pane's grid builder picked. */
export interface GridChoice {
  readonly countries: readonly CountryCode[];
  /** Figure indicators (`trade-growth`), from gridIndicators(). */
  readonly indicators: readonly string[];
  /** Fields asked of each indicator, as the CA functions name them; none means the value. */
  readonly fields: readonly Field[];
  readonly mode: GridMode;
}

/** The figures reported per country: what a grid can hold. */
const PER_COUNTRY: readonly FigureRecord[] = RECORDS.filter(
  (r): r is FigureRecord => r.kind === "figure" && r.scope !== REGION,
);

/** The figure indicators reported for at least one country, in the dataset's order. */
export function gridIndicators(): readonly string[] {
  return [...new Set(PER_COUNTRY.map((r) => r.indicator))];
}

/** The countries a grid offers: the five, then any other country the figures name, in the dataset's order. */
export function gridCountries(): readonly CountryCode[] {
  const five: CountryCode[] = COUNTRIES.map((c) => c.code);
  const others = PER_COUNTRY.map((r) => r.scope as CountryCode).filter((code) => !five.includes(code));
  return [...new Set([...five, ...others])];
}

/** The indicator's figure for a country, if the source gives one. */
export function gridRecord(indicator: string, country: CountryCode): FigureRecord | undefined {
  return PER_COUNTRY.find((r) => r.indicator === indicator && r.scope === country);
}

/**
 * An indicator's name, for a column heading and the pane's checkbox: a comparison's series ("Growth of trade
 * turnover with Russia"), or the label of the one country's figure it has; else its id, as the functions take it.
 */
export function indicatorHeading(indicator: string, texts: WorkbookTexts = EN_WORKBOOK): string {
  if (isComparable(indicator)) return texts.words.comparisonSeries(indicator);
  const records = PER_COUNTRY.filter((r) => r.indicator === indicator);
  return records.length === 1 ? texts.words.label(records[0]) : indicator;
}

/** One cell of the grid. */
export interface GridCell {
  /** A value, or a formula starting with "=" (formulas mode only). */
  readonly content: CellValue;
  readonly numberFormat: NumberFormat;
  /** What the pane's preview shows: the formula, or the value as the cell displays it (">22%"). */
  readonly shown: string;
  /** The record's citation note, on the first of its cells. */
  readonly note?: string;
  /** No record: the cell says "not in the source". */
  readonly missing?: true;
}

export interface GridBlock {
  /** The header row, then one row per country; column 0 names the country. */
  readonly cells: readonly (readonly GridCell[])[];
  /** "Source: …", written under the grid. */
  readonly sourceLine: string;
  readonly mode: GridMode;
  /** Body rows (countries) and data columns (indicator × field), for the button's "(5 × 2)". */
  readonly rows: number;
  readonly columns: number;
}

const TEXT = NUMBER_FORMATS.text;
const text = (value: string): GridCell => ({ content: value, numberFormat: TEXT, shown: value });

/** The fields in the functions' order, each once; none means the value. */
export function gridFields(chosen: readonly Field[]): Field[] {
  const fields = FIELDS.filter((f) => chosen.includes(f));
  return fields.length === 0 ? ["value"] : fields;
}

/** The choice with only what the dataset offers, in its order: countries, then indicators, then fields. */
export function gridChoiceOf(choice: GridChoice): {
  countries: CountryCode[];
  indicators: string[];
  fields: Field[];
} {
  return {
    countries: gridCountries().filter((c) => choice.countries.includes(c)),
    indicators: gridIndicators().filter((i) => choice.indicators.includes(i)),
    fields: gridFields(choice.fields),
  };
}

/** The size of the grid a choice makes: countries × (indicators × fields). */
export function gridSize(choice: GridChoice): { rows: number; columns: number } {
  const { countries, indicators, fields } = gridChoiceOf(choice);
  return { rows: countries.length, columns: indicators.length * fields.length };
}

/**
 * The live formula for one field of a record: the value's formula as "Insert formula" writes it
 * (=CA.RUTRADE("KZ")), a field after the country (=CA.RUTRADE("KZ", "period")), or CA.INDICATOR with the
 * indicator and the country (=CA.INDICATOR("oil-export-via-russia", "KZ", "period")); arguments separated
 * as the style's property expects.
 */
export function fieldFormula(
  record: FigureRecord,
  field: Field,
  style: FormulaStyle = ENGLISH_FORMULAS,
): string {
  if (field === "value") return formulaFor(record, style);
  const [name, args] = isComparable(record.indicator)
    ? [style.names[comparison(record.indicator).functionName], [record.scope, field]]
    : [style.names.INDICATOR, [record.indicator, record.scope, field]];
  return `=CA.${name}(${args.map(quoteArgument).join(argumentSeparator(style))})`;
}

/** The cell of one field of a record: formats keep the figure's own (">"0%), text fields stay text. */
function recordCell(
  record: FigureRecord,
  field: Field,
  mode: GridMode,
  texts: WorkbookTexts,
  style: FormulaStyle,
): GridCell {
  if (mode === "formulas") {
    const formula = fieldFormula(record, field, style);
    const format = field === "value" ? formulaNumberFormatFor(record) : NUMBER_FORMATS.general;
    return { content: formula, numberFormat: format, shown: formula };
  }
  const value = fieldText(record, field, texts.words);
  if (field === "value") {
    return { content: value, numberFormat: numberFormatFor(record), shown: texts.words.value(record) };
  }
  return { content: value, numberFormat: TEXT, shown: String(value) };
}

/** A column's heading: the indicator with its unit for the value, the indicator and the field otherwise. */
function heading(indicator: string, field: Field, texts: WorkbookTexts): string {
  const name = indicatorHeading(indicator, texts);
  if (field !== "value") return texts.grid.fieldHeading(name, texts.grid.field(field));
  const record = PER_COUNTRY.find((r) => r.indicator === indicator);
  return record === undefined ? name : texts.grid.valueHeading(name, texts.words.unit(record));
}

/**
 * The grid for a choice, in the pane's language (headings, countries, text values) and the user's Excel's
 * formula style. Each record's first cell carries its citation note, as the other inserts' cells do.
 */
export function gridBlock(
  choice: GridChoice,
  texts: WorkbookTexts = EN_WORKBOOK,
  style: FormulaStyle = ENGLISH_FORMULAS,
): GridBlock {
  const { countries, indicators, fields } = gridChoiceOf(choice);
  const header = [
    text(texts.countryColumn),
    ...indicators.flatMap((i) => fields.map((f) => text(heading(i, f, texts)))),
  ];
  const body = countries.map((country) => [
    text(texts.words.country(country)),
    ...indicators.flatMap((indicator) => {
      const record = gridRecord(indicator, country);
      if (record === undefined)
        return fields.map(() => ({ ...text(texts.grid.missing), missing: true as const }));
      return fields.map((field, i) => {
        const cell = recordCell(record, field, choice.mode, texts, style);
        return i === 0 ? { ...cell, note: noteText(record, texts) } : cell;
      });
    }),
  ]);
  return {
    cells: [header, ...body],
    sourceLine: texts.sourceLine(texts.words.citation()),
    mode: choice.mode,
    rows: countries.length,
    columns: indicators.length * fields.length,
  };
}
