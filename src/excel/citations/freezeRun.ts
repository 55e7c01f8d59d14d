/*
 * "Freeze CA formulas": every cell of the workbook (or of the selection) whose formula calls CA.* becomes the
 * value it shows, keeps its number format, and gets a citation note where it has none; the formulas are kept
 * in a very hidden sheet the add-in owns, so that "Restore CA formulas" (restoreRun.ts) puts them back. Cells
 * with other formulas, and protected sheets, are never touched. One Excel.run:
 *   1. the sheets, the names (the store's mark), the selection, how many notes the workbook has;
 *   2. every sheet's formula cells with values and formats, and where the existing notes are;
 *   3. only where needed: the spills CA.* formulas fill, the cards' JSON, cells arguments refer to;
 *   4. the writes: one sync, or (Excel on the web's 5 MB request limit) as few as the payload needs.
 */
import { cellAddress, parseRect, rectAddress, splitSheet } from "../a1";
import type { ExcelRun } from "../execute";
import { EN_WORKBOOK, type WorkbookTexts } from "../i18n";
import { cellBlocks, groupBy } from "./cellRuns";
import { syncInChunks, writeBytes, type QueuedWrite } from "./chunks";
import { storeWrites } from "./storeRun";
import { NOTE_LIMIT, freezeCell, isUsersNote, type FreezeInput, type FrozenCell } from "./freeze";
import { argumentReferences, caCells, cellMeanings, type CaCell } from "./scan";
import {
  formulaAreas,
  FROZEN_MARK,
  listedSheets,
  loadedNames,
  queueFormulas,
  queueReferenced,
  queueWorkbookList,
  SOURCES_MARK,
  markedSheet,
} from "./workbookScan";

export interface FreezeOptions {
  readonly run: ExcelRun;
  readonly texts?: WorkbookTexts;
  readonly russianLocal?: boolean;
  /** Whether Excel takes notes (ExcelApi 1.18). */
  readonly notes?: boolean;
  /** Bytes per request (Excel on the web); null: no limit (desktop). */
  readonly payloadBudget?: number | null;
  /** The whole workbook, or only the selected range. */
  readonly scope?: "workbook" | "selection";
  readonly progress?: (message: string) => void;
}

export interface FreezeOutcome {
  readonly ok: boolean;
  readonly offer?: "sources-sheet";
  readonly message: string;
  readonly frozen: number;
  /** context.sync() calls made, for the bench. */
  readonly syncs: number;
}

const SPILLING = new Set(["INDICATORS", "COUNTRIES"]);

export async function freezeFormulas({
  run,
  texts = EN_WORKBOOK,
  russianLocal = false,
  notes = false,
  payloadBudget = null,
  scope = "workbook",
  progress = () => undefined,
}: FreezeOptions): Promise<FreezeOutcome> {
  return await run(async (context) => {
    const workbook = context.workbook;
    let syncs = 0;
    const list = queueWorkbookList(context);
    const noteCount = notes ? workbook.notes.getCount() : null;
    const selection = scope === "selection" ? workbook.getSelectedRange().load("address") : null;
    const store = workbook.names
      .getItemOrNullObject(FROZEN_MARK)
      .getRangeOrNullObject()
      .load("address, values");
    await context.sync();
    syncs += 1;

    const names = loadedNames(list.names);
    const owned = new Set(
      [markedSheet(names, SOURCES_MARK), markedSheet(names, FROZEN_MARK)]
        .filter((n): n is string => n !== null)
        .map((n) => n.toLowerCase()),
    );
    const sheets = listedSheets(list.sheets).filter((s) => !owned.has(s.name.toLowerCase()));
    const selected = selection === null ? null : splitSheet(selection.address);
    const inScope = selected === null ? sheets : sheets.filter((s) => s.name === selected.sheet);
    const properties = ["formulas", ...(russianLocal ? ["formulasLocal"] : []), "values", "numberFormat"];
    const queued = inScope.map((s) =>
      queueFormulas(
        s.sheet,
        s.name,
        properties,
        selected === null ? undefined : s.sheet.getRange(selected.cells),
      ),
    );
    const existingNotes = Array.from({ length: noteCount?.value ?? 0 }, (_, i) => {
      const note = workbook.notes.getItemAt(i).load("content");
      return { note, location: note.getLocation().load("address") };
    });
    progress(texts.citations.progress("reading", 0, inScope.length));
    await context.sync();
    syncs += 1;

    const protectedSheets = queued.filter((q) => q.protection.protected).map((q) => q.name);
    const cells: CaCell[] = queued
      .filter((q) => !q.protection.protected)
      .flatMap((q) => caCells(q.name, formulaAreas(q), russianLocal));
    if (cells.length === 0) {
      const message =
        protectedSheets.length > 0
          ? texts.citations.froze(0, 0, { protectedSheets, changed: [], ownNotes: 0 })
          : texts.citations.nothingToFreeze;
      return { ok: false, message, frozen: 0, syncs };
    }
    const noteAt = new Map<string, string>();
    for (const { note, location } of existingNotes) {
      const where = splitSheet(location.address);
      noteAt.set(`${where.sheet ?? ""}!${where.cells.replace(/\$/g, "")}`.toLowerCase(), note.content);
    }

    // Step 3, only what some cells need: spills, cards, referenced cells.
    const sheetOf = (name: string) => workbook.worksheets.getItem(name);
    const spills = new Map(
      cells
        .filter((c) => c.calls.some((call) => SPILLING.has(call.fn)))
        .map((c) => [
          c,
          sheetOf(c.sheet)
            .getRange(cellAddress(c.row, c.column))
            .getSpillingToRangeOrNullObject()
            .load("address, values"),
        ]),
    );
    const cards = new Map(
      cells
        .filter((c) => c.calls.some((call) => call.fn === "COUNTRY"))
        .map((c) => [c, sheetOf(c.sheet).getRange(cellAddress(c.row, c.column)).load("valuesAsJson")]),
    );
    const references = argumentReferences(cells);
    const referenced =
      references.length === 0
        ? null
        : queueReferenced(
            context,
            references,
            sheets.map((s) => s.name),
          );
    // The values of single cells do not depend on step 3: they go in its request (writes are applied in the
    // order queued, before the reads after them), so the rest fits in one more request even at scale.
    const early = cells.filter((c) => !spills.has(c) && !cards.has(c));
    if (spills.size > 0 || cards.size > 0 || referenced !== null) {
      for (const [name, list] of groupBy(early, (c) => c.sheet)) {
        const sheet = sheetOf(name);
        for (const { rect, grid } of cellBlocks(list)) {
          sheet.getRange(rectAddress(rect)).values = grid.map((row) =>
            row.map((c) => c.value),
          ) as Excel.Range["values"];
        }
      }
      await context.sync();
      syncs += 1;
    }
    const written =
      spills.size > 0 || cards.size > 0 || referenced !== null ? new Set(early) : new Set<CaCell>();
    const values = referenced?.read() ?? new Map<string, unknown>();

    const key = (c: CaCell) => `${c.sheet}!${cellAddress(c.row, c.column)}`.toLowerCase();
    let ownNotes = 0;
    let noted = 0;
    let notesLeftOut = 0;
    const frozen: FrozenCell[] = cells.map((cell) => {
      const spill = spills.get(cell);
      const json = cards.get(cell)?.valuesAsJson?.[0]?.[0] as { type: string; text?: string } | undefined;
      const note = notes ? (noteAt.get(key(cell)) ?? null) : undefined;
      if (isUsersNote(note)) ownNotes += 1;
      const input: FreezeInput = {
        cell,
        meanings: cellMeanings(cell, values, (text) => text),
        spill:
          spill === undefined || spill.isNullObject ? null : { address: spill.address, values: spill.values },
        entity: json?.type === "Entity" ? json : null,
        note,
      };
      const frozenCell = freezeCell(input, notes && noted < NOTE_LIMIT, texts);
      if (frozenCell.note !== null) noted += 1;
      else if (notes && note === null && noted >= NOTE_LIMIT) notesLeftOut += 1;
      return frozenCell;
    });

    const writes: QueuedWrite[] = [];
    const bySheet = groupBy(frozen, (f) => f.sheet);
    for (const [name, list] of bySheet) {
      const sheet = sheetOf(name);
      const single = list
        .filter((f) => f.kind === "value")
        .map((f) => ({
          ...f,
          row: parseRect(f.address)?.row ?? 0,
          column: parseRect(f.address)?.column ?? 0,
        }));
      for (const { rect, grid } of cellBlocks(single)) {
        const values = grid.map((row) => row.map((f) => f.values[0][0]));
        const formats = grid.map((row) => row.map((f) => f.numberFormat));
        const valuesWritten = grid.every((row) => row.every((f) => written.has(f.cell)));
        const formatted = formats.some((row) => row.some((f) => f !== null));
        if (valuesWritten && !formatted) continue;
        writes.push({
          bytes: (valuesWritten ? 0 : writeBytes(values)) + (formatted ? writeBytes(formats) : 0),
          queue: () => {
            const range = sheet.getRange(rectAddress(rect));
            if (formatted) range.numberFormat = formats as string[][];
            if (!valuesWritten) range.values = values as Excel.Range["values"];
          },
        });
      }
      for (const f of list.filter((x) => x.kind !== "value")) {
        writes.push({
          bytes: writeBytes(f.kind === "card" ? f.entity : f.values),
          queue: () => {
            const range = sheet.getRange(f.range);
            if (f.kind === "card") range.valuesAsJson = [[f.entity as Excel.CellValue]];
            else range.values = f.values as Excel.Range["values"];
          },
        });
      }
      for (const f of list) {
        if (f.note !== null) {
          const text = f.note;
          writes.push({
            bytes: writeBytes(text) + f.address.length,
            queue: () => sheet.notes.add(f.address, text),
          });
        }
      }
    }
    writes.push(
      ...storeWrites(
        workbook,
        store,
        frozen.map((f) => f.stored),
        names.some((n) => n.name.toLowerCase() === FROZEN_MARK.toLowerCase()),
        sheets.map((s) => s.name),
        texts,
      ),
    );
    syncs += await syncInChunks(context, writes, payloadBudget, (done, total) =>
      progress(texts.citations.progress("writing", done, total)),
    );

    const frozenSheets = new Set(frozen.map((f) => f.sheet)).size;
    return {
      ok: true,
      message: texts.citations.froze(frozen.length, frozenSheets, {
        protectedSheets,
        changed: [],
        ownNotes,
        notesLeftOut,
      }),
      ...(notesLeftOut > 0 ? { offer: "sources-sheet" as const } : {}),
      frozen: frozen.length,
      syncs,
    };
  });
}
