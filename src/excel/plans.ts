/*
 * Plans: what each action writes, independent of where. A plan knows its size (for the guard) and queues its
 * writes on Office.js objects once the target is known; it never syncs. This is the Office.js edge for
 * writing; the shaping it copies comes from the pure modules (blocks, layout, formats, formulas, names).
 */
import type { CellValue } from "../core/fields";
import { cellAddress, columnName, rectAddress, type CellRect } from "./a1";
import type { ChartBlock, SheetBlock } from "./blocks";
import type { BlockEntry } from "./citations/registry";
import type { ColumnsToFit } from "./contract";
import { inDateSystem } from "./formats";
import type { PlanSummary } from "./guard";
import { CHART_FRAME, layoutBlock, type BlockLayout } from "./layout";
import { EN_WORKBOOK, type WorkbookTexts } from "./i18n";
import { uniqueTableName } from "./names";

const TABLE_STYLE = "TableStyleMedium2";
/** The grey of a block's notes and source lines. */
export const NOTE_COLOR = "#595959";
/** Width, in points, of columns holding quotes and labels (about 50 characters). */
export const WIDE_COLUMN_POINTS = 280;

/** Where a plan writes, once the target is known. */
export interface Placement {
  readonly sheet: Excel.Worksheet;
  readonly sheetName: string;
  readonly row: number;
  readonly column: number;
  /** Names of the workbook's tables, loaded in the first sync when the plan adds a table. */
  readonly tableNames: readonly string[];
  /**
   * A sheet the add-in just created: it may size its columns and enlarge the title there. On the user's sheet a
   * column width or row height would change cells outside the block too (data above or below could show ####,
   * a larger title font grows its whole row), so none is set.
   */
  readonly newSheet: boolean;
  /** The workbook counts dates from 1904 (loaded in the first sync when the plan writes dates). */
  readonly date1904: boolean;
}

/** A citation note the plan puts on one of its cells, relative to the block's top-left cell. */
export interface PlannedNote {
  readonly row: number;
  readonly column: number;
  readonly text: string;
}

export interface InsertPlan extends PlanSummary {
  /** Citation notes on the block's cells (written where Excel has notes, ExcelApi 1.18). */
  readonly notes: readonly PlannedNote[];
  /** What the workbook remembers of the block, so "explain this cell" knows it (null: nothing to remember). */
  readonly mark: BlockEntry | null;
  /** Cells a chart will cover, from the block's top-left cell: they must hold no data. */
  readonly chart: {
    readonly rowOffset: number;
    readonly columnOffset: number;
    readonly rowCount: number;
    readonly columnCount: number;
  } | null;
  readonly addsTable: boolean;
  /** Whether it writes dates, so the first sync must learn the workbook's date system. */
  readonly writesDates: boolean;
  readonly sheetName: string;
  /** The block's columns to offer widening once written at `rect` of `sheet` (blocks with a header only). */
  readonly fit?: (sheet: string, rect: CellRect) => ColumnsToFit;
  /** Queues every write (no sync) and returns the success message's first words. */
  write(at: Placement): string;
}

/** The range at rows/columns relative to the block's top-left cell. */
export function rangeAt(
  at: Placement,
  row: number,
  column: number,
  rowCount: number,
  columnCount: number,
): Excel.Range {
  return at.sheet.getRange(
    rectAddress({ row: at.row + row, column: at.column + column, rowCount, columnCount }),
  );
}

/** The block's values with its date columns in the workbook's date system. */
function valuesFor(at: Placement, block: SheetBlock, layout: BlockLayout): CellValue[][] {
  if (!at.date1904 || block.dateColumns.length === 0) return layout.values;
  return layout.values.map((row, r) =>
    r < layout.firstBodyRow || r >= layout.firstBodyRow + layout.bodyRowCount
      ? row
      : row.map((cell, c) =>
          block.dateColumns.includes(c) && typeof cell === "number" ? inDateSystem(cell, true) : cell,
        ),
  );
}

/**
 * Writes a block in one values assignment, formats first (so text such as "2022" stays text), then the bold
 * title, the table or bold header, column widths and a 13 pt title (on a new sheet only), and the notes and
 * source line in grey italics.
 */
function writeBlock(at: Placement, block: SheetBlock, layout: BlockLayout, asTable: boolean): void {
  const whole = rangeAt(at, 0, 0, layout.rowCount, layout.columnCount);
  whole.numberFormat = layout.numberFormats;
  whole.values = valuesFor(at, block, layout);
  const title = rangeAt(at, layout.titleRow, 0, 1, 1);
  title.format.font.bold = true;
  const grid = rangeAt(at, layout.headerRow, 0, 1 + layout.bodyRowCount, layout.columnCount);
  if (asTable) {
    const table = at.sheet.tables.add(grid, true);
    table.name = uniqueTableName(block.title, at.tableNames);
    table.style = TABLE_STYLE;
  } else {
    rangeAt(at, layout.headerRow, 0, 1, layout.columnCount).format.font.bold = true;
  }
  if (at.newSheet) {
    // A larger font makes Excel grow the row's automatic height, and autofitColumns sizes whole columns:
    // both reach beyond the block, so only on a sheet the add-in created.
    title.format.font.size = 13;
    grid.format.autofitColumns();
    for (const column of block.wideColumns) {
      rangeAt(at, layout.headerRow, column, 1 + layout.bodyRowCount, 1).format.columnWidth =
        WIDE_COLUMN_POINTS;
    }
  }
  for (const row of [...layout.noteRows, layout.sourceRow]) {
    const font = rangeAt(at, row, 0, 1, 1).format.font;
    font.italic = true;
    font.color = NOTE_COLOR;
  }
}

/** A block's cell notes, placed in its layout. */
function blockNotes(block: SheetBlock, layout: BlockLayout): PlannedNote[] {
  return block.cellNotes.map((n) => ({ row: layout.firstBodyRow + n.row, column: n.column, text: n.text }));
}

/** A block's columns, its header and body cells, and its long-text columns' cells, for the widen offer. */
export function blockFit(
  block: SheetBlock,
  layout: BlockLayout,
  sheet: string,
  rect: CellRect,
): ColumnsToFit {
  const first = rect.column;
  const last = rect.column + layout.columnCount - 1;
  const grid = (column: number, columnCount: number) =>
    rectAddress({ row: rect.row + layout.headerRow, column, rowCount: 1 + layout.bodyRowCount, columnCount });
  return {
    sheet,
    columns: `${columnName(first)}:${columnName(last)}`,
    cells: grid(first, layout.columnCount),
    wide: block.wideColumns.map((c) => grid(first + c, 1)),
  };
}

export function blockPlan(
  block: SheetBlock,
  what: string,
  sheetName: string,
  asTable: boolean,
  texts: WorkbookTexts = EN_WORKBOOK,
): InsertPlan {
  const layout = layoutBlock(block);
  return {
    what,
    notes: blockNotes(block, layout),
    mark: block.mark,
    rowCount: layout.rowCount,
    columnCount: layout.columnCount,
    chart: null,
    addsTable: asTable,
    writesDates: block.dateColumns.length > 0,
    sheetName,
    fit: (sheet, rect) => blockFit(block, layout, sheet, rect),
    write(at) {
      writeBlock(at, block, layout, asTable);
      return texts.insertedBlock(what);
    },
  };
}

/** Whether this Excel links data labels to their cells' formats (ExcelApi 1.9); when Office cannot tell, it does. */
function labelsLinkFormats(): boolean {
  try {
    return Office.context.requirements.isSetSupported("ExcelApi", "1.9");
  } catch {
    return true;
  }
}

export function chartPlan(block: ChartBlock, texts: WorkbookTexts = EN_WORKBOOK): InsertPlan {
  const layout = layoutBlock(block);
  const frame = {
    rowOffset: layout.rowCount + CHART_FRAME.gap,
    columnOffset: 0,
    rowCount: CHART_FRAME.rowCount,
    columnCount: CHART_FRAME.columnCount,
  };
  return {
    what: texts.chartWhat,
    notes: blockNotes(block, layout),
    mark: block.mark,
    rowCount: layout.rowCount,
    columnCount: layout.columnCount,
    chart: frame,
    addsTable: false,
    writesDates: false,
    sheetName: texts.words.comparisonSheetName(block.indicator),
    write(at) {
      writeBlock(at, block, layout, false);
      const data = rangeAt(at, layout.headerRow, 0, 1 + layout.bodyRowCount, 2);
      const chart = at.sheet.charts.add("BarClustered", data, "Columns");
      // The attribution is the title's second line: a chart copied into slides keeps it.
      chart.title.text = block.chartTitle;
      chart.legend.visible = false;
      chart.axes.valueAxis.numberFormat = block.valueFormat;
      chart.axes.valueAxis.title.text = block.valueAxisTitle;
      // Bars read top to bottom in the order of the rows.
      chart.axes.categoryAxis.reversePlotOrder = true;
      chart.dataLabels.showValue = true;
      // Each label shows its cell's format (ExcelApi 1.9): Tajikistan's ">22%" keeps its hedge. An older
      // Excel (Office 2019: 1.8) gets the plain percent, as before, rather than a failed insert.
      if (labelsLinkFormats()) chart.dataLabels.linkNumberFormat = true;
      else chart.dataLabels.numberFormat = block.valueFormat;
      const top = at.row + frame.rowOffset;
      const left = at.column + frame.columnOffset;
      chart.setPosition(
        cellAddress(top, left),
        cellAddress(top + frame.rowCount - 1, left + frame.columnCount - 1),
      );
      return texts.insertedChart;
    },
  };
}
