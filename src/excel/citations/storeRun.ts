/*
 * The Office.js edge of the store of frozen formulas: a very hidden sheet the add-in owns, found by a hidden
 * name (`_CA_FROZEN`) that refers to its rows, so that a renamed store is still found. Freezing appends its
 * cells' rows; restoring keeps only the cells still frozen, and removes the store when none is left. Each
 * write is queued with its size, for syncInChunks.
 */
import { rectAddress, splitSheet } from "../a1";
import { NUMBER_FORMATS } from "../formats";
import type { WorkbookTexts } from "../i18n";
import { uniqueSheetName } from "../names";
import { writeBytes, type QueuedWrite } from "./chunks";
import { readStore, storeCells, type StoredCell } from "./freeze";
import { blockReference } from "./registry";
import { FROZEN_MARK } from "./workbookScan";

/** The store's writes: its very hidden sheet and mark where new, then the rows appended, in row chunks. */
export function storeWrites(
  workbook: Excel.Workbook,
  store: Excel.Range,
  cells: readonly StoredCell[],
  markExists: boolean,
  sheetNames: readonly string[],
  texts: WorkbookTexts,
): QueuedWrite[] {
  const existing = store.isNullObject ? [] : readStore(store.values);
  const rows = storeCells([...existing, ...cells]);
  const sheetName = store.isNullObject
    ? uniqueSheetName(texts.citations.frozenStoreSheet, sheetNames)
    : (splitSheet(store.address).sheet ?? "");
  const rect = { row: 0, column: 0, rowCount: rows.length, columnCount: rows[0].length };
  const writes: QueuedWrite[] = [];
  let target: Excel.Worksheet | null = null;
  const sheet = (): Excel.Worksheet => {
    if (target !== null) return target;
    if (store.isNullObject) {
      target = workbook.worksheets.add(sheetName);
      // Very hidden: out of the user's way (not even in Unhide), yet part of the workbook it travels with.
      target.visibility = "VeryHidden";
    } else target = workbook.worksheets.getItem(sheetName);
    return target;
  };
  const CHUNK = 2000;
  for (let start = 0; start < rows.length; start += CHUNK) {
    const part = rows.slice(start, start + CHUNK);
    writes.push({
      bytes: writeBytes(part),
      queue: () => {
        const range = sheet().getRange(
          rectAddress({ row: start, column: 0, rowCount: part.length, columnCount: part[0].length }),
        );
        // One format for the whole chunk: text, so that "=CA.…" stays as typed.
        range.numberFormat = NUMBER_FORMATS.text as unknown as string[][];
        range.values = part;
      },
    });
  }
  writes.push({
    bytes: writeBytes(sheetName) * 2,
    queue: () => {
      const reference = blockReference(sheetName, rect);
      if (markExists) workbook.names.getItem(FROZEN_MARK).formula = reference;
      else workbook.names.add(FROZEN_MARK, reference).visible = false;
    },
  });
  return writes;
}

/** The store after a restore: the cells still frozen, or, when none is left, no store at all. */
export function rewriteStore(
  workbook: Excel.Workbook,
  store: Excel.Range,
  keep: readonly StoredCell[],
): QueuedWrite[] {
  const sheetName = splitSheet(store.address).sheet ?? "";
  const sheet = workbook.worksheets.getItem(sheetName);
  if (keep.length === 0) {
    const drop = () => {
      workbook.names.getItem(FROZEN_MARK).delete();
      sheet.delete();
    };
    return [{ bytes: writeBytes(FROZEN_MARK), queue: drop }];
  }
  const rows = storeCells(keep);
  const rect = { row: 0, column: 0, rowCount: rows.length, columnCount: rows[0].length };
  return [
    {
      bytes: writeBytes(rows),
      queue: () => {
        store.clear("Contents");
        const range = sheet.getRange(rectAddress(rect));
        range.numberFormat = NUMBER_FORMATS.text as unknown as string[][];
        range.values = rows;
        workbook.names.getItem(FROZEN_MARK).formula = blockReference(sheetName, rect);
      },
    },
  ];
}
