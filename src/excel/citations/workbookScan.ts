/*
 * The Office.js edge of reading a workbook's CA.* formulas: queue (never sync) the loads of each step, and
 * read them into the plain shapes scan.ts works on. Each step is queued for every sheet at once, so the
 * number of syncs does not grow with sheets or cells.
 *
 * Requirement sets: Range.getSpecialCellsOrNullObject and RangeAreas.areas (ExcelApi 1.9),
 * getUsedRangeOrNullObject and names with comments (1.4), NamedItem.formula (1.7), Range.getSpillingToRange-
 * OrNullObject (1.12), valuesAsJson (1.16), Workbook.notes (1.18).
 */
import { parseRect, rectAddress, splitSheet, type CellRect } from "../a1";
import { cellBlocks, groupBy } from "./cellRuns";
import { referenceKey } from "./explain";
import type { LoadedName } from "./registry";
import { REGISTRY_PREFIX } from "./registry";
import type { LoadedArea } from "./scan";

/** The hidden names that mark the add-in's own sheets: the Sources sheet, and the store of frozen formulas. */
export const SOURCES_MARK = `${REGISTRY_PREFIX}SOURCES`;
export const FROZEN_MARK = `${REGISTRY_PREFIX}FROZEN`;

/** A sheet as the first sync lists it. */
export interface ListedSheet {
  readonly sheet: Excel.Worksheet;
  readonly name: string;
  readonly visibility: string;
}

/** Step 1: the sheets and the workbook's names (blocks and the add-in's marks among them). */
export function queueWorkbookList(context: Excel.RequestContext): {
  sheets: Excel.WorksheetCollection;
  names: Excel.NamedItemCollection;
} {
  return {
    sheets: context.workbook.worksheets.load("items/name, items/visibility"),
    names: context.workbook.names.load("items/name, items/formula, items/comment"),
  };
}

export function listedSheets(sheets: Excel.WorksheetCollection): ListedSheet[] {
  return sheets.items.map((sheet) => ({ sheet, name: sheet.name, visibility: sheet.visibility }));
}

export function loadedNames(names: Excel.NamedItemCollection): LoadedName[] {
  return names.items.map((n) => ({ name: n.name, formula: n.formula, comment: n.comment }));
}

/** The sheet a mark (a hidden name) points at, or null when it is gone or points nowhere. */
export function markedSheet(names: readonly LoadedName[], mark: string): string | null {
  const item = names.find((n) => n.name.toLowerCase() === mark.toLowerCase());
  if (item === undefined || typeof item.formula !== "string") return null;
  const reference = item.formula.replace(/^=/, "");
  return parseRect(reference) === null ? null : splitSheet(reference).sheet;
}

/** The formula cells of one sheet, queued: the areas of Excel's special cells of type Formulas. */
export interface QueuedFormulas {
  readonly name: string;
  readonly protection: Excel.WorksheetProtection;
  readonly areas: Excel.RangeCollection;
  readonly found: Excel.RangeAreas;
}

/**
 * Step 2, one sheet: its protection and its formula cells (within `within` when given, e.g. the selection),
 * with the grids `properties` names ("formulas", "formulasLocal", "values", "numberFormat").
 */
export function queueFormulas(
  sheet: Excel.Worksheet,
  name: string,
  properties: readonly string[],
  within?: Excel.Range,
): QueuedFormulas {
  const scope = within ?? sheet.getUsedRangeOrNullObject(true);
  const found = scope.getSpecialCellsOrNullObject("Formulas");
  found.load("address");
  const select = ["address", ...properties].map((p) => `items/${p}`);
  // eslint-disable-next-line office-addins/no-empty-load -- the properties are listed, in a variable the rule does not read
  const areas = found.areas.load(select);
  return { name, protection: sheet.protection.load("protected"), areas, found };
}

/** After the sync: one sheet's formula areas (none where the sheet has no formula). */
export function formulaAreas(queued: QueuedFormulas): LoadedArea[] {
  if (queued.found.isNullObject) return [];
  return queued.areas.items.map((area) => ({
    address: area.address,
    formulas: area.formulas,
    formulasLocal: readOptional(() => area.formulasLocal),
    values: readOptional(() => area.values),
    numberFormat: readOptional(() => area.numberFormat),
  }));
}

/** A grid the step did not load reads as absent (the client throws on a property not loaded). */
function readOptional<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/**
 * Step 3: the values of the cells CA.* arguments refer to, by referenceKey. Single cells are read in
 * rectangles (a column of references filled down is one range), ranges one by one.
 */
export function queueReferenced(
  context: Excel.RequestContext,
  references: readonly { sheet: string; address: string }[],
  sheetNames: readonly string[],
): { read(): Map<string, unknown> } {
  const known = new Map(sheetNames.map((n) => [n.toLowerCase(), n]));
  const reads: (() => [string, unknown][])[] = [];
  const bySheet = groupBy(
    references.filter((r) => known.has(r.sheet.toLowerCase()) && parseRect(r.address) !== null),
    (r) => known.get(r.sheet.toLowerCase()) as string,
  );
  for (const [sheetName, list] of bySheet) {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const singles = list.flatMap((reference) => {
      const rect = parseRect(reference.address) as CellRect;
      return rect.rowCount === 1 && rect.columnCount === 1
        ? [{ reference, row: rect.row, column: rect.column }]
        : [];
    });
    for (const { rect, grid } of cellBlocks(singles)) {
      const range = sheet.getRange(rectAddress(rect)).load("values");
      reads.push(() =>
        grid.flatMap((row, r) =>
          row.map((cell, c): [string, unknown] => [referenceKey(cell.reference), range.values[r][c]]),
        ),
      );
    }
    const single = new Set(singles.map((s) => s.reference));
    for (const reference of list.filter((r) => !single.has(r))) {
      const range = sheet.getRange(reference.address).load("values");
      reads.push(() => [[referenceKey(reference), range.values]]);
    }
  }
  return { read: () => new Map(reads.flatMap((read) => read())) };
}
