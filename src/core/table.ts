import { fieldValue, qualifierOf, unitLabel, type CellValue } from "./fields";
import type { IndicatorRecord } from "./types";

export const TABLE_HEADER = ["id", "country", "label", "value", "unit", "period", "qualifier"] as const;

/** The value column: numbers and TRUE/FALSE as such; events have no value, their label says what happened. */
function tableValue(record: IndicatorRecord): CellValue {
  return record.kind === "event" ? "" : record.value;
}

/** Rows for a spill or an Excel table: the header, then one row per record. Does not touch its input. */
export function indicatorTable(records: readonly IndicatorRecord[]): CellValue[][] {
  return [
    [...TABLE_HEADER],
    ...records.map((r) => [
      r.id,
      fieldValue(r, "country"),
      r.label,
      tableValue(r),
      unitLabel(r),
      r.period.label,
      qualifierOf(r),
    ]),
  ];
}

/** CSV (RFC 4180: quotes doubled, fields with separators, quotes or line breaks quoted) or tab-separated text. */
export function toDelimited(rows: readonly (readonly CellValue[])[], separator: "," | "\t"): string {
  const escape = (cell: CellValue): string => {
    const text = typeof cell === "boolean" ? (cell ? "TRUE" : "FALSE") : String(cell);
    if (separator === "\t") return text.replace(/[\t\r\n]+/g, " ");
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return rows.map((row) => row.map(escape).join(separator)).join("\r\n") + "\r\n";
}
