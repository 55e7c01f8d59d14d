/*
 * "Sources sheet": scan every sheet for CA.* formulas and the blocks the add-in inserted, and write (or
 * rewrite) the add-in's own Sources sheet: one row per record used, in an Excel table, with links to where
 * each is used. One Excel.run, with a fixed number of syncs whatever the number of cells or sheets:
 *   1. the sheets and names (the add-in's blocks, and the mark of its Sources sheet), the date system;
 *   2. every sheet's formula cells (special cells), the blocks' cells, the Sources sheet's tables;
 *   3. only where a CA.* argument refers to a cell: those cells' values;
 *   4. the sheet written.
 * The Sources sheet is known by a hidden name the add-in sets on it, never by its name: a sheet of the
 * user's called "Sources" is never touched (the add-in's is then "Sources (2)"). A refresh clears and
 * rewrites only the add-in's sheet.
 */
import { parseRect, rectAddress } from "../a1";
import { blockPlan } from "../plans";
import { EN_WORKBOOK, type WorkbookTexts } from "../i18n";
import { uniqueSheetName } from "../names";
import { layoutBlock } from "../layout";
import type { ExcelRun } from "../execute";
import { blockReference, encodeEntry, registeredBlocks, REGISTRY_PREFIX } from "./registry";
import {
  isPlainCall,
  addBlockUsages,
  addCellUsages,
  argumentReferences,
  caCells,
  cellMeanings,
  type CaCell,
  type Usages,
} from "./scan";
import { sourcesBlock } from "./sources";
import { readStore, type StoredCell } from "./freeze";
import { cellCalls } from "./formulaCalls";
import {
  formulaAreas,
  listedSheets,
  loadedNames,
  markedSheet,
  queueFormulas,
  queueReferenced,
  queueWorkbookList,
  SOURCES_MARK,
  FROZEN_MARK,
} from "./workbookScan";

export interface SourcesOutcome {
  readonly ok: boolean;
  readonly message: string;
  /** The sheet written, when one was. */
  readonly sheet?: string;
  readonly records?: number;
  readonly cells?: number;
}

export interface SourcesOptions {
  readonly run: ExcelRun;
  readonly texts?: WorkbookTexts;
  /** Read formulasLocal too (a Russian Excel, whose local formulas name the functions in Russian). */
  readonly russianLocal?: boolean;
  readonly progress?: (message: string) => void;
}

export async function buildSourcesSheet({
  run,
  texts = EN_WORKBOOK,
  russianLocal = false,
  progress = () => undefined,
}: SourcesOptions): Promise<SourcesOutcome> {
  return await run(async (context) => {
    const workbook = context.workbook;
    const list = queueWorkbookList(context);
    const date1904 = workbook.functions.date(1904, 1, 1).load("value");
    const tables = workbook.tables.load("items/name");
    // Frozen cells hold values now: their formulas, kept in the store, still say what they cite.
    const store = workbook.names.getItemOrNullObject(FROZEN_MARK).getRangeOrNullObject().load("values");
    await context.sync();

    const names = loadedNames(list.names);
    const sheets = listedSheets(list.sheets);
    const ownSources = markedSheet(names, SOURCES_MARK);
    const owned = new Set(
      [ownSources, markedSheet(names, FROZEN_MARK)]
        .filter((n): n is string => n !== null)
        .map((n) => n.toLowerCase()),
    );
    const scanned = sheets.filter((s) => !owned.has(s.name.toLowerCase()));
    progress(texts.citations.progress("reading", 0, scanned.length));
    const properties = russianLocal ? ["formulas", "formulasLocal"] : ["formulas"];
    const formulas = scanned.map((s) => queueFormulas(s.sheet, s.name, properties));
    const blocks = registeredBlocks(names).filter(
      (b) =>
        !owned.has(b.sheet.toLowerCase()) &&
        sheets.some((s) => s.name.toLowerCase() === b.sheet.toLowerCase()),
    );
    const blockCells = blocks.map((block) => ({
      block,
      range: workbook.worksheets.getItem(block.sheet).getRange(rectAddress(block.rect)).load("values"),
    }));
    const ownSheet =
      ownSources === null
        ? null
        : (sheets.find((s) => s.name.toLowerCase() === ownSources.toLowerCase()) ?? null);
    const ownTables = ownSheet === null ? null : ownSheet.sheet.tables.load("items/name");
    await context.sync();

    const cells: CaCell[] = [
      ...formulas.flatMap((q) => caCells(q.name, formulaAreas(q), russianLocal)),
      ...(store.isNullObject ? [] : frozenCells(readStore(store.values), russianLocal)),
    ];
    const references = argumentReferences(cells);
    const referenced =
      references.length === 0
        ? null
        : queueReferenced(
            context,
            references,
            sheets.map((s) => s.name),
          );
    if (referenced !== null) await context.sync();
    const values = referenced?.read() ?? new Map<string, unknown>();

    const usages: Usages = new Map();
    for (const cell of cells)
      addCellUsages(
        usages,
        cell,
        cellMeanings(cell, values, (text) => text),
      );
    for (const { block, range } of blockCells) addBlockUsages(usages, { block, values: range.values });
    if (usages.size === 0) return { ok: false, message: texts.citations.nothingToCite };

    const usedSheets = new Set(
      [...usages.values()].flat().map((cell) => cell.slice(0, cell.lastIndexOf("!"))),
    );
    const report = {
      sheets: scanned.length,
      cells: cells.length,
      blocks: blockCells.length,
      hidden: scanned.filter((s) => s.visibility !== "Visible").map((s) => s.name),
      unreadable: [],
    };
    const { block, links } = sourcesBlock(usages, report, texts);
    progress(texts.citations.progress("writing", 0, links.length));

    // The add-in's own sheet is cleared and rewritten; otherwise a new sheet, named so as not to take a user's.
    const refreshed = ownSheet !== null;
    const sheetName =
      ownSheet?.name ??
      uniqueSheetName(
        texts.citations.sourcesSheetName,
        sheets.map((s) => s.name),
      );
    const sheet = ownSheet?.sheet ?? workbook.worksheets.add(sheetName);
    if (ownSheet !== null) {
      for (const table of ownTables?.items ?? []) table.delete();
      sheet.getRange().clear("All");
    }
    const layout = layoutBlock(block);
    const plan = blockPlan(block, texts.citations.sourcesWhat, sheetName, true, texts);
    const replaced = new Set((ownTables?.items ?? []).map((t) => t.name.toLowerCase()));
    const tableNames = tables.items.map((t) => t.name).filter((n) => !replaced.has(n.toLowerCase()));
    plan.write({
      sheet,
      sheetName,
      row: 0,
      column: 0,
      tableNames,
      newSheet: true,
      date1904: date1904.value === 0,
    });
    for (const link of links) {
      const cell = sheet.getRange(
        rectAddress({
          row: layout.firstBodyRow + link.row,
          column: link.column,
          rowCount: 1,
          columnCount: 1,
        }),
      );
      cell.hyperlink = { documentReference: link.reference, textToDisplay: link.text, screenTip: link.text };
    }
    // The mark is also the block's remembered layout, so "explain this cell" reads the Sources sheet's rows.
    const reference = blockReference(sheetName, {
      row: 0,
      column: 0,
      rowCount: layout.rowCount,
      columnCount: layout.columnCount,
    });
    const comment = encodeEntry(block.mark);
    if (names.some((n) => n.name.toLowerCase() === SOURCES_MARK.toLowerCase())) {
      const mark = workbook.names.getItem(SOURCES_MARK);
      mark.formula = reference;
      mark.comment = comment;
    } else {
      workbook.names.add(SOURCES_MARK, reference, comment).visible = false;
    }
    sheet.activate();
    await context.sync();
    return {
      ok: true,
      sheet: sheetName,
      records: usages.size,
      cells: cells.length + blockCells.length,
      message: texts.citations.builtSources(
        usages.size,
        [...usages.values()].reduce((n, list) => n + list.length, 0),
        usedSheets.size,
        refreshed,
        sheetName,
      ),
    };
  });
}

/** Whether a name is one of the add-in's own (blocks and marks alike). */
export function isOwnName(name: string): boolean {
  return name.startsWith(REGISTRY_PREFIX);
}

/** Frozen cells as the scan reads formula cells: where they are and the formula they held. */
function frozenCells(stored: readonly StoredCell[], russianLocal: boolean): CaCell[] {
  return stored.flatMap((cell) => {
    const at = parseRect(cell.address);
    if (at === null) return [];
    const calls = cellCalls(cell.formula, cell.formulaLocal, russianLocal);
    return calls.length === 0
      ? []
      : [
          {
            plain: isPlainCall(cell.formula, calls),
            sheet: cell.sheet,
            row: at.row,
            column: at.column,
            formula: cell.formula,
            formulaLocal: cell.formulaLocal,
            calls,
            value: undefined,
            numberFormat: undefined,
          },
        ];
  });
}
