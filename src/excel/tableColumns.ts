/*
 * The columns an inserted table may have: what each holds (its role for the workbook's registry), which an
 * analyst reads by default, and each row's cell per column. Pure.
 */
import { exampleOfOf, examplesOf, relatedOf, type CellValue } from "../core/fields";
import { tableValue } from "../core/spill";
import type { IndicatorRecord } from "../core/types";
import type { ColumnRole } from "./citations/registry";
import type { WorkbookTexts } from "./i18n";
import { TABLE_COLUMNS, type TableColumn } from "./columns";

/** What each column of an inserted table holds, for the registry: one entry per column, so none is missed. */
export const TABLE_ROLE: Readonly<Record<(typeof TABLE_COLUMNS)[number], ColumnRole>> = {
  Country: "country",
  Indicator: "label",
  Value: "value",
  Unit: "unit",
  Period: "period",
  Qualifier: "qualifier",
  Quote: "quote",
  Id: "id",
  Basis: "basis",
  Condition: "condition",
  Related: "related",
  Note: "note",
  Examples: "other",
  "Example of": "other",
};
export type { TableColumn };

/**
 * The columns an analyst reads, inserted unless the pane's column chooser says otherwise; the others (id,
 * unit, basis, condition, related, note, examples) are there to choose.
 */
export const DEFAULT_TABLE_COLUMNS: readonly TableColumn[] = [
  "Country",
  "Indicator",
  "Value",
  "Period",
  "Qualifier",
  "Quote",
];

/** Columns holding long text: on a new sheet they get a fixed width instead of autofit. */
export const WIDE_TABLE_COLUMNS: ReadonlySet<TableColumn> = new Set(["Indicator", "Quote", "Note"]);

/** The chosen columns in the table's own order, each once; none chosen means the default. */
export function tableColumnsOf(chosen: readonly string[]): TableColumn[] {
  const columns = TABLE_COLUMNS.filter((column) => chosen.includes(column));
  return columns.length === 0 ? [...DEFAULT_TABLE_COLUMNS] : columns;
}

/** One cell of a table row, by column. */
export function tableCell(r: IndicatorRecord, column: TableColumn, texts: WorkbookTexts): CellValue {
  const words = texts.words;
  switch (column) {
    case "Country":
      return words.scope(r.scope);
    case "Indicator":
      return words.label(r);
    case "Value":
      return tableValue(r);
    case "Unit":
      return words.unit(r);
    case "Period":
      return words.period(r.period.label);
    case "Qualifier":
      return words.qualifier(r.qualifier);
    case "Quote":
      return r.quote;
    case "Id":
      return r.id;
    case "Basis":
      return r.kind === "stance" ? words.basis(r.basis) : "";
    case "Condition":
      return words.condition(r);
    case "Related":
      return relatedOf(r);
    case "Note":
      return words.note(r) ?? "";
    case "Examples":
      return examplesOf(r);
    case "Example of":
      return exampleOfOf(r);
  }
}
