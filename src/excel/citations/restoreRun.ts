/*
 * "Restore CA formulas": puts back every frozen formula whose cell still holds exactly what freezing wrote
 * (its value, its spill, its card), with the number format it had, and removes the citation note freezing
 * added (where it is still the add-in's). A cell the user changed since is left alone and reported; its
 * formula stays in the store, so a later restore can still take it. One Excel.run:
 *   1. the sheets and the store of frozen formulas;
 *   2. what each stored cell holds now (values and formulas of each sheet's stored area, cards' JSON, the
 *      notes freezing added), and the sheets' protection;
 *   3. the writes: one sync, or as few as Excel on the web's 5 MB request limit needs.
 */
import { parseRect, rectAddress, type CellRect } from "../a1";
import type { ExcelRun } from "../execute";
import { EN_WORKBOOK, type WorkbookTexts } from "../i18n";
import { cellBlocks, groupBy } from "./cellRuns";
import { syncInChunks, writeBytes, type QueuedWrite } from "./chunks";
import { rewriteStore } from "./storeRun";
import { readStore, removesNote, stillFrozen, type CellNow, type StoredCell } from "./freeze";
import { FROZEN_MARK, listedSheets, queueWorkbookList } from "./workbookScan";

export interface RestoreOptions {
  readonly run: ExcelRun;
  readonly texts?: WorkbookTexts;
  /** Write formulas through formulasLocal (a Russian Excel, where the functions have Russian names). */
  readonly russianLocal?: boolean;
  readonly notes?: boolean;
  readonly payloadBudget?: number | null;
  readonly progress?: (message: string) => void;
}

export interface RestoreOutcome {
  readonly ok: boolean;
  readonly message: string;
  readonly restored: number;
  readonly changed: readonly string[];
  readonly syncs: number;
}

function bounds(rects: readonly CellRect[]): CellRect {
  const top = Math.min(...rects.map((r) => r.row));
  const left = Math.min(...rects.map((r) => r.column));
  const bottom = Math.max(...rects.map((r) => r.row + r.rowCount));
  const right = Math.max(...rects.map((r) => r.column + r.columnCount));
  return { row: top, column: left, rowCount: bottom - top, columnCount: right - left };
}

function slice(grid: readonly (readonly unknown[])[], from: CellRect, part: CellRect): unknown[][] {
  return Array.from({ length: part.rowCount }, (_, r) =>
    Array.from(
      { length: part.columnCount },
      (_, c) => grid[part.row - from.row + r]?.[part.column - from.column + c],
    ),
  );
}

export async function restoreFormulas({
  run,
  texts = EN_WORKBOOK,
  russianLocal = false,
  notes = false,
  payloadBudget = null,
  progress = () => undefined,
}: RestoreOptions): Promise<RestoreOutcome> {
  return await run(async (context) => {
    const workbook = context.workbook;
    let syncs = 0;
    const list = queueWorkbookList(context);
    const store = workbook.names
      .getItemOrNullObject(FROZEN_MARK)
      .getRangeOrNullObject()
      .load("address, values");
    await context.sync();
    syncs += 1;
    const stored = store.isNullObject ? [] : readStore(store.values);
    if (stored.length === 0)
      return { ok: false, message: texts.citations.nothingToRestore, restored: 0, changed: [], syncs };

    const sheets = new Map(listedSheets(list.sheets).map((s) => [s.name.toLowerCase(), s]));
    const bySheet = groupBy(stored, (cell) => cell.sheet.toLowerCase());
    progress(texts.citations.progress("reading", 0, stored.length));
    const reads = [...bySheet].flatMap(([key, cells]) => {
      const listed = sheets.get(key);
      if (listed === undefined) return [];
      const area = bounds(cells.map((c) => parseRect(c.range) as CellRect));
      const grid = listed.sheet.getRange(rectAddress(area)).load("values, formulas");
      const protection = listed.sheet.protection.load("protected");
      const cards = new Map(
        cells
          .filter((c) => c.kind === "card")
          .map((c) => [c, listed.sheet.getRange(c.address).load("valuesAsJson")]),
      );
      const noted = new Map(
        cells
          .filter((c) => notes && c.noteAdded)
          .map((c) => [c, listed.sheet.notes.getItemOrNullObject(c.address).load("content")]),
      );
      return [{ listed, cells, area, grid, protection, cards, noted }];
    });
    await context.sync();
    syncs += 1;

    const restore: { sheet: Excel.Worksheet; cell: StoredCell; dropNote: boolean }[] = [];
    const keep: StoredCell[] = stored.filter((c) => !sheets.has(c.sheet.toLowerCase()));
    const changed: string[] = keep.map((c) => `${c.sheet}!${c.address}`);
    const protectedSheets: string[] = [];
    for (const read of reads) {
      if (read.protection.protected) {
        protectedSheets.push(read.listed.name);
        keep.push(...read.cells);
        continue;
      }
      for (const cell of read.cells) {
        const rect = parseRect(cell.range) as CellRect;
        const json = read.cards.get(cell)?.valuesAsJson?.[0]?.[0] as { text?: string } | undefined;
        const note = read.noted.get(cell);
        const now: CellNow = {
          values: slice(read.grid.values, read.area, rect),
          formulas: slice(read.grid.formulas, read.area, rect),
          entityText: json?.text,
          note: note === undefined ? undefined : note.isNullObject ? null : note.content,
        };
        if (stillFrozen(cell, now))
          restore.push({ sheet: read.listed.sheet, cell, dropNote: removesNote(cell, now) });
        else {
          keep.push(cell);
          changed.push(`${read.listed.name}!${cell.address}`);
        }
      }
    }

    const writes: QueuedWrite[] = [];
    const formulaOf = (cell: StoredCell): string => (russianLocal ? cell.formulaLocal : cell.formula);
    // Single cells go back in rectangles, a grid of formulas and one of formats each; spills and cards alone.
    const singles = groupBy(
      restore.filter((r) => r.cell.kind === "value"),
      (r) => r.sheet,
    );
    for (const [sheet, entries] of singles) {
      const placed = entries.map(({ cell }) => ({ cell, ...(parseRect(cell.address) as CellRect) }));
      for (const { rect, grid } of cellBlocks(placed)) {
        const formulas = grid.map((row) => row.map(({ cell }) => formulaOf(cell)));
        const formats = grid.map((row) => row.map(({ cell }) => cell.numberFormat));
        writes.push({
          bytes: writeBytes(formulas) + writeBytes(formats),
          queue: () => {
            const range = sheet.getRange(rectAddress(rect));
            range.numberFormat = formats;
            if (russianLocal) range.formulasLocal = formulas;
            else range.formulas = formulas;
          },
        });
      }
    }
    for (const { sheet, cell } of restore.filter((r) => r.cell.kind !== "value")) {
      writes.push({
        bytes: writeBytes(cell.formula) * 2 + writeBytes(cell.numberFormat),
        queue: () => {
          // A spill needs its cells empty, or its anchor shows #SPILL!.
          if (cell.kind === "spill") sheet.getRange(cell.range).clear("Contents");
          const target = sheet.getRange(cell.address);
          target.numberFormat = [[cell.numberFormat]];
          if (russianLocal) target.formulasLocal = [[formulaOf(cell)]];
          else target.formulas = [[formulaOf(cell)]];
        },
      });
    }
    for (const { sheet, cell, dropNote } of restore) {
      if (dropNote)
        writes.push({
          bytes: writeBytes(cell.address),
          queue: () => sheet.notes.getItem(cell.address).delete(),
        });
    }
    writes.push(...rewriteStore(workbook, store, keep));
    syncs += await syncInChunks(context, writes, payloadBudget, (done, total) =>
      progress(texts.citations.progress("writing", done, total)),
    );
    const restoredSheets = new Set(restore.map((r) => r.cell.sheet.toLowerCase())).size;
    return {
      ok: restore.length > 0,
      message: texts.citations.restored(restore.length, restoredSheets, {
        protectedSheets,
        changed,
        ownNotes: 0,
      }),
      restored: restore.length,
      changed,
      syncs,
    };
  });
}
