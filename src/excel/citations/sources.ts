/*
 * The Sources sheet's block: one row per record a workbook uses (in the dataset's order), with its value as
 * the source states it, period, qualifier, basis, quote and citation, and where it is used: a link to the
 * first cell, the next ones by address, and the count. Pure; the edge writes it (sourcesRun.ts).
 */
import { RECORDS } from "../../core/dataset";
import type { IndicatorRecord } from "../../core/types";
import type { SheetBlock } from "../blocks";
import { excelDateSerial, NUMBER_FORMATS } from "../formats";
import { EN_WORKBOOK, type WorkbookTexts } from "../i18n";
import { SOURCES_COLUMNS } from "../i18n/citationTypes";
import type { ColumnRole } from "./registry";
import type { Usages } from "./scan";

/** How many further cells the "Also in" column names before "and N more". */
export const OTHER_CELLS_LISTED = 10;

const ROLES: readonly ColumnRole[] = [
  "id",
  "label",
  "country",
  "other",
  "period",
  "start",
  "end",
  "qualifier",
  "basis",
  "quote",
  "other",
  "other",
  "other",
  "other",
];
const FIRST_CELL = SOURCES_COLUMNS.indexOf("First cell");

/** What the scan found, for the lines under the table. */
export interface ScanReport {
  readonly sheets: number;
  readonly cells: number;
  readonly blocks: number;
  readonly hidden: readonly string[];
  readonly unreadable: readonly string[];
}

/** A link the edge sets on a body cell: `reference` for Excel ("'Data'!B3"), `text` as shown. */
export interface BodyLink {
  readonly row: number;
  readonly column: number;
  readonly reference: string;
  readonly text: string;
}

/** The reference a hyperlink into the workbook takes: the sheet always quoted. */
export function linkReference(cell: string): string {
  const bang = cell.lastIndexOf("!");
  const sheet = cell.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
  return `'${sheet.replace(/'/g, "''")}'!${cell.slice(bang + 1)}`;
}

export function sourcesBlock(
  usages: Usages,
  report: ScanReport,
  texts: WorkbookTexts = EN_WORKBOOK,
): { block: SheetBlock; links: BodyLink[] } {
  const words = texts.words;
  const say = texts.citations;
  const records = RECORDS.filter((r) => usages.has(r));
  const cellsOf = (r: IndicatorRecord): readonly string[] => usages.get(r) ?? [];
  const date = (iso: string | null) => (iso === null ? "" : excelDateSerial(iso));
  const rows = records.map((r) => {
    const cells = cellsOf(r);
    const others = cells.slice(1, 1 + OTHER_CELLS_LISTED);
    return [
      r.id,
      words.label(r),
      words.scope(r.scope),
      r.kind === "event" ? "" : words.value(r),
      words.period(r.period.label),
      date(r.period.start),
      date(r.period.end),
      words.qualifier(r.qualifier),
      r.kind === "stance" ? words.basis(r.basis) : "",
      r.quote,
      words.citation(),
      cells.length,
      cells[0] ?? "",
      others.length === 0 ? "" : say.otherCells(others, cells.length - 1 - others.length),
    ];
  });
  const text = NUMBER_FORMATS.text;
  const formats = records.map(() =>
    SOURCES_COLUMNS.map((column) =>
      column === "Start" || column === "End" ? texts.dateFormat : column === "Cells" ? "0" : text,
    ),
  );
  const notes = [
    say.scanned(report.sheets, report.cells, report.blocks),
    ...(report.hidden.length > 0 ? [say.hiddenScanned(report.hidden)] : []),
    ...(report.unreadable.length > 0 ? [say.notScanned(report.unreadable)] : []),
  ];
  const block: SheetBlock = {
    title: say.sourcesTitle,
    header: SOURCES_COLUMNS.map((column) => say.sourcesColumns[column]),
    rows,
    numberFormats: formats,
    wideColumns: [1, 9, 10, 13],
    dateColumns: [5, 6],
    notes,
    sourceLine: texts.sourceLine(words.citation()),
    cellNotes: [],
    mark: { kind: "table", lang: texts.locale, columns: ROLES, rows: records.length },
  };
  const links = records.flatMap((r, row) => {
    const first = cellsOf(r)[0];
    return first === undefined
      ? []
      : [{ row, column: FIRST_CELL, reference: linkReference(first), text: first }];
  });
  return { block, links };
}
