import {
  basisOf,
  conditionOf,
  fieldValue,
  qualifierOf,
  relatedOf,
  unitLabel,
  type CellValue,
} from "./fields";
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
] as const;

/** The value column: numbers and TRUE/FALSE as such; events have no value, their label says what happened. */
function tableValue(record: IndicatorRecord): CellValue {
  return record.kind === "event" ? "" : record.value;
}

/** What CA.INDICATORS spills: the header, then one row per record. Does not touch its input. */
export function indicatorsSpill(records: readonly IndicatorRecord[]): CellValue[][] {
  return [
    [...INDICATORS_HEADER],
    ...records.map((r) => [
      r.id,
      fieldValue(r, "country"),
      r.label,
      tableValue(r),
      unitLabel(r),
      r.period.label,
      qualifierOf(r),
      basisOf(r),
      conditionOf(r),
      relatedOf(r),
      r.note ?? "",
    ]),
  ];
}
