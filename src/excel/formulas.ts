/*
 * The live formulas the pane writes, and how to write them so that they work in the user's Excel. Pure.
 *
 * Excel separates arguments with "," in Range.formulas and with the local separator (";" in a Russian Excel)
 * in Range.formulasLocal: a formula with a field (the grid's) takes the one its style's property expects.
 * A function whose name Excel localizes (the Russian metadata, functions.ru.json, names CA.RUTRADE
 * CA.ТОРГОВЛЯ_РФ) must be written under its localized name through Range.formulasLocal: written through
 * Range.formulas under its English name it reads #NAME? in that Excel (OfficeDev/office-js#891).
 */
import { comparison, isComparable, type Comparison } from "../core/comparisons";
import { REGION, type IndicatorRecord } from "../core/types";

/** The functions a written formula calls. */
export type FormulaFunction = Comparison["functionName"] | "INDICATOR";

/** Each function's name as the user's Excel knows it. */
export type FunctionNames = Readonly<Record<FormulaFunction, string>>;

/** How to write formulas: the Range property, and the functions' names that go with it. */
export interface FormulaStyle {
  readonly property: "formulas" | "formulasLocal";
  readonly names: FunctionNames;
}

export const ENGLISH_FORMULAS: FormulaStyle = {
  property: "formulas",
  names: { RUTRADE: "RUTRADE", RUPOLL: "RUPOLL", INDICATOR: "INDICATOR" },
};

/**
 * The display language whose Excel shows the functions' Russian names: the manifest's Russian metadata
 * override is declared for ru-RU only, so any other language (ru-KZ included) keeps the English names.
 */
const RUSSIAN_EXCEL = "ru-ru";

/** Whether an Excel of this display language (Office.context.displayLanguage) names the functions in Russian. */
export function isRussianExcel(displayLanguage: string | null | undefined): boolean {
  return typeof displayLanguage === "string" && displayLanguage.trim().toLowerCase() === RUSSIAN_EXCEL;
}

/**
 * How to write formulas in an Excel of this display language: through formulasLocal with the Russian names in
 * a ru-RU Excel, through formulas with the English names otherwise.
 */
export function formulaStyle(
  displayLanguage: string | null | undefined,
  russianNames: FunctionNames,
): FormulaStyle {
  return isRussianExcel(displayLanguage)
    ? { property: "formulasLocal", names: russianNames }
    : ENGLISH_FORMULAS;
}

/** What goes between arguments through this style's property: ", " as English help writes it, ";" in Russian. */
export function argumentSeparator(style: FormulaStyle): string {
  return style.property === "formulasLocal" ? ";" : ", ";
}

export function quoteArgument(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The live formula for one record: a comparison's own function (CA.RUTRADE, CA.RUPOLL) with the country's
 * code for its per-country figures, CA.INDICATOR with the record's id otherwise (the id carries the country,
 * "oil-export-via-russia.KZ", and is the indicator itself for region-wide records). Stances and events work
 * the same way: CA.INDICATOR returns TRUE/FALSE or the event's description.
 */
export function formulaFor(record: IndicatorRecord, style: FormulaStyle = ENGLISH_FORMULAS): string {
  if (record.kind === "figure" && isComparable(record.indicator) && record.scope !== REGION) {
    return `=CA.${style.names[comparison(record.indicator).functionName]}(${quoteArgument(record.scope)})`;
  }
  return `=CA.${style.names.INDICATOR}(${quoteArgument(record.id)})`;
}
