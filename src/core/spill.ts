import { fieldValue, type CellValue, type Field } from "./fields";
import { fieldText } from "./i18n/fieldText";
import type { Vocabulary } from "./i18n/vocabulary";
import type { IndicatorRecord } from "./types";

/**
 * The columns CA.INDICATORS spills (and the pane exports as CSV/TSV). The first seven are fixed: workbooks
 * refer to them by position; later columns are only ever appended.
 */
export const INDICATORS_HEADER = [
  "id",
  "country",
  "label",
  "value",
  "unit",
  "period",
  "qualifier",
  "basis",
  "condition",
  "related",
  "note",
  "examples",
  "example of",
] as const satisfies readonly Field[];

/**
 * The value column of CA.INDICATORS and of an inserted table: numbers and TRUE/FALSE as such; events have no
 * value (their label says what happened), so the cell stays empty.
 */
export function tableValue(record: IndicatorRecord): CellValue {
  return record.kind === "event" ? "" : record.value;
}

/** The spill in another language than English: its words, and the column names of its header. */
export interface SpillLanguage {
  readonly words: Vocabulary;
  readonly column: (field: Field) => string;
}

/**
 * What CA.INDICATORS spills: the header, then one row per record, in English or in the language given (the
 * header and the words; ids, numbers, TRUE/FALSE and the links stay). Does not touch its input.
 */
export function indicatorsSpill(
  records: readonly IndicatorRecord[],
  language?: SpillLanguage,
): CellValue[][] {
  const cell =
    language === undefined
      ? (r: IndicatorRecord, f: Field) => fieldValue(r, f)
      : (r: IndicatorRecord, f: Field) => fieldText(r, f, language.words);
  return [
    language === undefined ? [...INDICATORS_HEADER] : INDICATORS_HEADER.map(language.column),
    ...records.map((r) => INDICATORS_HEADER.map((f) => (f === "value" ? tableValue(r) : cell(r, f)))),
  ];
}
