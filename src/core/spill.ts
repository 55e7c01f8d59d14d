import { fieldValue, type CellValue, type Field } from "./fields";
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

/** What CA.INDICATORS spills: the header, then one row per record. Does not touch its input. */
export function indicatorsSpill(records: readonly IndicatorRecord[]): CellValue[][] {
  return [
    [...INDICATORS_HEADER],
    ...records.map((r) => INDICATORS_HEADER.map((f) => (f === "value" ? tableValue(r) : fieldValue(r, f)))),
  ];
}
