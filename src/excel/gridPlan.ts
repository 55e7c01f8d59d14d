/*
 * The grid builder's plan: the grid's size for the guard, and its writes queued on Office.js objects once the
 * target is known (no sync), through the same execute() as every other insert. Formats go first, so that
 * text stays text; formulas go through the property the user's Excel expects (formulasLocal in a Russian one).
 */
import { columnName, rectAddress } from "./a1";
import { encodeEntry, type BlockEntry } from "./citations/registry";
import { gridBlock, gridChoiceOf, type GridChoice } from "./grid";
import { ENGLISH_FORMULAS, type FormulaStyle } from "./formulas";
import { NUMBER_FORMATS } from "./formats";
import { EN_WORKBOOK, type WorkbookTexts } from "./i18n";
import { NOTE_COLOR, rangeAt, type InsertPlan, type PlannedNote } from "./plans";

/** What the workbook remembers of a grid of values, or null (formulas; a choice too long for a name's comment). */
function gridMark(choice: GridChoice, texts: WorkbookTexts): BlockEntry | null {
  if (choice.mode !== "values") return null;
  const { countries, indicators, fields } = gridChoiceOf(choice);
  const entry: BlockEntry = { kind: "grid", lang: texts.locale, countries, indicators, fields };
  try {
    encodeEntry(entry);
    return entry;
  } catch {
    // Past Excel's 255 characters: the grid goes in all the same, its cells cited by their notes.
    return null;
  }
}

export function gridPlan(
  choice: GridChoice,
  texts: WorkbookTexts = EN_WORKBOOK,
  style: FormulaStyle = ENGLISH_FORMULAS,
): InsertPlan {
  const block = gridBlock(choice, texts, style);
  const gridRows = block.cells.length;
  const columnCount = block.cells[0].length;
  const notes: PlannedNote[] = block.cells.flatMap((row, r) =>
    row.flatMap((cell, column) => (cell.note === undefined ? [] : [{ row: r, column, text: cell.note }])),
  );
  const what = texts.grid.what(block.rows, block.columns);
  return {
    what,
    notes,
    // Formulas explain themselves; a grid of values is remembered so that "explain this cell" and the Sources
    // sheet find its records.
    mark: gridMark(choice, texts),
    rowCount: gridRows + 1,
    columnCount,
    chart: null,
    addsTable: false,
    writesDates: false,
    sheetName: texts.grid.sheet,
    fit: (sheet, rect) => ({
      sheet,
      columns: `${columnName(rect.column)}:${columnName(rect.column + columnCount - 1)}`,
      cells: rectAddress({ row: rect.row, column: rect.column, rowCount: gridRows, columnCount }),
      wide: [],
    }),
    write(at) {
      const grid = rangeAt(at, 0, 0, gridRows, columnCount);
      grid.numberFormat = block.cells.map((row) => row.map((cell) => cell.numberFormat));
      const contents = block.cells.map((row) => row.map((cell) => cell.content));
      if (block.mode === "values") grid.values = contents;
      else if (style.property === "formulasLocal") grid.formulasLocal = contents;
      else grid.formulas = contents;
      rangeAt(at, 0, 0, 1, columnCount).format.font.bold = true;
      if (gridRows > 1) rangeAt(at, 1, 0, gridRows - 1, 1).format.font.bold = true;
      block.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell.missing) {
            const font = rangeAt(at, r, c, 1, 1).format.font;
            font.italic = true;
            font.color = NOTE_COLOR;
          }
        }),
      );
      const source = rangeAt(at, gridRows, 0, 1, 1);
      source.numberFormat = [[NUMBER_FORMATS.text]];
      source.values = [[block.sourceLine]];
      source.format.font.italic = true;
      source.format.font.color = NOTE_COLOR;
      // Column widths change whole columns: only on a sheet the add-in created (see Placement.newSheet).
      if (at.newSheet) grid.format.autofitColumns();
      return texts.insertedBlock(what);
    },
  };
}
