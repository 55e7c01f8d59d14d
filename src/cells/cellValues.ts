/*
 * Figures as Excel cell values that carry their number format (40%, >22%, ×7, >50) while staying numbers in
 * arithmetic. Shared by both bundles; typed against @types/office-js, with no Office.js at run time (plain
 * JSON objects). Which shape Excel understands depends on the host, decided by the caller:
 *   "plain"             no data types (before CustomFunctionsRuntime 1.4): the bare number;
 *   "formatted-number"  ExcelApi 1.16 to 1.18: { type: "FormattedNumber", basicValue, numberFormat };
 *   "double"            ExcelApi 1.19 on: { type: "Double", basicValue, numberFormat }.
 */
import { figureNumberFormat } from "../core/numberFormats";
import type { FigureRecord } from "../core/types";

export type DataTypeSupport = "plain" | "formatted-number" | "double";

export type FormattedFigure = number | Excel.DoubleCellValue | Excel.FormattedNumberCellValue;

/** One frozen value per record and shape: a sheet asks for the same few figures over and over. */
const cache: Record<Exclude<DataTypeSupport, "plain">, WeakMap<FigureRecord, FormattedFigure>> = {
  "formatted-number": new WeakMap(),
  double: new WeakMap(),
};

function build(record: FigureRecord, support: Exclude<DataTypeSupport, "plain">): FormattedFigure {
  const numberFormat = figureNumberFormat(record);
  return Object.freeze(
    support === "double"
      ? ({ type: "Double", basicValue: record.value, numberFormat } satisfies Excel.DoubleCellValue)
      : ({
          type: "FormattedNumber",
          basicValue: record.value,
          numberFormat,
        } satisfies Excel.FormattedNumberCellValue),
  ) as FormattedFigure;
}

/** The figure as the host can show it: the bare number, or a number cell value with its format. */
export function figureCellValue(record: FigureRecord, support: DataTypeSupport): FormattedFigure {
  if (support === "plain") return record.value;
  const byRecord = cache[support];
  let value = byRecord.get(record);
  if (value === undefined) byRecord.set(record, (value = build(record, support)));
  return value;
}
