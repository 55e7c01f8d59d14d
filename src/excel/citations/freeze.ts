/*
 * Freezing CA formulas into values for a reader without the add-in, and putting them back, as pure functions
 * of what the edge loaded (freezeRun.ts). A frozen cell keeps what it shows: its value (a spill over its own
 * range, a card as the card), its number format (a figure's own where Excel showed the function's format on
 * a General cell) and gets a citation note where it has none. Each frozen cell is remembered in a store the
 * add-in owns (a row per cell: where, the formula as written, the format before, a fingerprint of what was
 * written), so that restoring puts back exactly the formula, and only where the cell still holds the frozen
 * value: a cell the user changed since is left alone and reported.
 */
import { figureNumberFormat } from "../../core/numberFormats";
import type { IndicatorRecord } from "../../core/types";
import { cellAddress, parseRect, rectAddress } from "../a1";
import { EN_WORKBOOK, type WorkbookTexts } from "../i18n";
import { manyRecordsNote, ownNoteIds } from "./citationText";
import { recordsOf, type CallMeaning } from "./callRecords";
import type { CaCell } from "./scan";

const GENERAL = "General";

/**
 * At most this many citation notes per freeze. A note is a drawing object: tens of thousands of them make a
 * workbook slow to open and scroll, and cost Excel seconds to add. Beyond the limit, cells are frozen without
 * one, and the Sources sheet (which reads the frozen formulas) cites every cell; the message says so.
 */
export const NOTE_LIMIT = 1000;

/** What a frozen cell is written as. */
export type FrozenKind = "value" | "spill" | "card";

/** A cell to freeze, with what the scan learnt of it beyond its formula. */
export interface FreezeInput {
  readonly cell: CaCell;
  readonly meanings: readonly CallMeaning[];
  /** The spill the cell anchors, where it spills: its address on the sheet and its values. */
  readonly spill: { readonly address: string; readonly values: readonly (readonly unknown[])[] } | null;
  /** The cell's JSON value where it holds an entity (a country card). */
  readonly entity: { readonly type: string; readonly text?: string } | null;
  /** The cell's note now, if any (ExcelApi 1.18), or undefined where notes cannot be read. */
  readonly note: string | null | undefined;
}

/** One frozen cell: what to write, and the row the store keeps. */
export interface FrozenCell {
  /** The cell as the scan read it. */
  readonly cell: CaCell;
  readonly sheet: string;
  /** The cell ("B3"), and the range written (the spill's, or the cell). */
  readonly address: string;
  readonly range: string;
  readonly kind: FrozenKind;
  readonly values: readonly (readonly unknown[])[];
  readonly entity: FreezeInput["entity"];
  /** The format to set on the cell, or null to leave it. */
  readonly numberFormat: string | null;
  readonly note: string | null;
  readonly stored: StoredCell;
}

/** A row of the store: enough to restore the cell exactly and to know whether it changed since. */
export interface StoredCell {
  readonly sheet: string;
  readonly address: string;
  readonly range: string;
  readonly kind: FrozenKind;
  readonly formula: string;
  readonly formulaLocal: string;
  readonly numberFormat: string;
  readonly fingerprint: string;
  readonly noteAdded: boolean;
}

/**
 * The store's columns, in order; its first row names them. "details" holds the fingerprint, then, separated
 * by tabs, only what differs from the usual: k= kind, r= range, f= number format, n (a note was added) and,
 * last (it may hold anything), l= the local formula.
 */
export const STORE_COLUMNS = ["sheet", "address", "formula", "details"] as const;
const FIELD = "\t";

/**
 * FNV-1a over the text: a fingerprint of what was written, to tell a cell the user changed from one still as
 * frozen (32 bits: a change that keeps the fingerprint is a one in four billion chance). Not a security measure.
 */
function fnv(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/** A fingerprint of what a frozen cell shows: its values (numbers to Excel's precision), or its card's text. */
export function fingerprint(
  kind: FrozenKind,
  values: readonly (readonly unknown[])[],
  entityText?: string,
): string {
  // One value (most cells): its type and text, without building JSON.
  if (kind === "value" && values.length === 1 && values[0].length === 1) {
    const v = values[0][0];
    const text = `v:${typeof v}:${typeof v === "number" ? Number(v.toPrecision(15)) : String(v)}`;
    return fnv(text, 0x811c9dc5);
  }
  const text =
    kind === "card"
      ? `card:${entityText ?? ""}`
      : JSON.stringify(
          values.map((row) => row.map((v) => (typeof v === "number" ? Number(v.toPrecision(15)) : v))),
        );
  return fnv(text, 0x811c9dc5);
}

/** The format a frozen value needs to look as it did: the cell's own, or a figure's where Excel showed it. */
function formatToKeep(input: FreezeInput): string | null {
  const own = typeof input.cell.numberFormat === "string" ? input.cell.numberFormat : GENERAL;
  if (own !== GENERAL || !input.cell.plain) return null;
  const [meaning] = input.meanings;
  if (meaning?.kind !== "records" || meaning.shape !== "lookup" || meaning.field !== "value") return null;
  const [record] = meaning.records;
  return record?.kind === "figure" ? figureNumberFormat(record) : null;
}

/** The records a cell's note cites. */
export function citedRecords(meanings: readonly CallMeaning[]): IndicatorRecord[] {
  return recordsOf(meanings);
}

/**
 * What freezing one cell writes. `notes`: whether Excel takes notes; a cell that has a note keeps it (the
 * user's, or the add-in's from when it was inserted) and gets none added.
 */
export function freezeCell(
  input: FreezeInput,
  notes: boolean,
  texts: WorkbookTexts = EN_WORKBOOK,
): FrozenCell {
  const { cell } = input;
  const address = cellAddress(cell.row, cell.column);
  const kind: FrozenKind =
    input.entity !== null && input.entity.type === "Entity"
      ? "card"
      : input.spill !== null
        ? "spill"
        : "value";
  const values = kind === "spill" && input.spill !== null ? input.spill.values : [[cell.value]];
  const spillRect = input.spill === null ? null : parseRect(input.spill.address);
  const range = kind === "spill" && spillRect !== null ? rectAddress(spillRect) : address;
  const records = citedRecords(input.meanings);
  const note = notes && input.note === null && records.length > 0 ? manyRecordsNote(records, texts) : null;
  const numberFormat = formatToKeep(input);
  const stored: StoredCell = {
    sheet: cell.sheet,
    address,
    range,
    kind,
    formula: cell.formula,
    formulaLocal: cell.formulaLocal,
    numberFormat: typeof cell.numberFormat === "string" ? cell.numberFormat : GENERAL,
    fingerprint: fingerprint(kind, values, input.entity?.text),
    noteAdded: note !== null,
  };
  return {
    cell,
    sheet: cell.sheet,
    address,
    range,
    kind,
    values,
    entity: input.entity,
    numberFormat,
    note,
    stored,
  };
}

/** Whether a note is one the user wrote (not the add-in's own). */
export function isUsersNote(content: string | null | undefined): boolean {
  return typeof content === "string" && ownNoteIds(content) === null;
}

/**
 * The store's rows as cell values (a header row first), kept small since a workbook may keep tens of
 * thousands: the sheet only where it changes, the details only where they differ from the usual.
 */
export function storeRows(cells: readonly StoredCell[]): string[][] {
  let sheet: string | null = null;
  const rows = cells.map((c): string[] => {
    const details = [
      c.fingerprint,
      c.kind === "value" ? "" : `k=${c.kind}`,
      c.range === c.address ? "" : `r=${c.range}`,
      c.numberFormat === GENERAL ? "" : `f=${c.numberFormat}`,
      c.noteAdded ? "n" : "",
      c.formulaLocal === c.formula ? "" : `l=${c.formulaLocal}`,
    ].filter((part, i) => i === 0 || part !== "");
    const row = [c.sheet === sheet ? "" : c.sheet, c.address, c.formula, details.join(FIELD)];
    sheet = c.sheet;
    return row;
  });
  return [[...STORE_COLUMNS], ...rows];
}

/**
 * The store's rows as written, under the text format (@), so that "=CA.…" stays text: a formula typed into a
 * text-formatted cell is kept as typed, never calculated.
 */
export function storeCells(cells: readonly StoredCell[]): string[][] {
  return storeRows(cells);
}

/** The stored cells a store's values hold (its header row and malformed rows skipped). */
export function readStore(values: readonly (readonly unknown[])[]): StoredCell[] {
  const kinds: readonly string[] = ["value", "spill", "card"];
  // A quote prefix (') some Excel versions may report is not part of what was stored.
  const text = (v: unknown): string => (typeof v === "string" ? v.replace(/^'/, "") : "");
  let sheet = "";
  return values.slice(1).flatMap((raw) => {
    const [rowSheet, address, formula, details] = STORE_COLUMNS.map((_, i) => text(raw[i]));
    if (rowSheet !== "") sheet = rowSheet;
    const [print, ...parts] = details.split(FIELD);
    const local = details.indexOf(`${FIELD}l=`);
    const part = (prefix: string): string | undefined =>
      parts.find((p) => p.startsWith(prefix) && prefix !== "l=")?.slice(prefix.length);
    const kind = part("k=") ?? "value";
    const range = part("r=") ?? address;
    if (sheet === "" || parseRect(address) === null || parseRect(range) === null) return [];
    if (!kinds.includes(kind) || !formula.startsWith("=") || print === "") return [];
    return [
      {
        sheet,
        address,
        range,
        kind: kind as FrozenKind,
        formula,
        formulaLocal: local < 0 ? formula : details.slice(local + FIELD.length + 2),
        numberFormat: part("f=") ?? GENERAL,
        fingerprint: print,
        noteAdded: parts.includes("n"),
      },
    ];
  });
}

/** What a stored cell holds now, as the edge loaded it. */
export interface CellNow {
  /** Values of the stored range now. */
  readonly values: readonly (readonly unknown[])[];
  /** Formulas of the stored range now: any formula means the user (or a restore) put one back. */
  readonly formulas: readonly (readonly unknown[])[];
  readonly entityText?: string;
  /** The cell's note now (undefined where notes cannot be read). */
  readonly note: string | null | undefined;
}

/** Whether a stored cell still holds exactly what freezing wrote there. */
export function stillFrozen(stored: StoredCell, now: CellNow): boolean {
  const typedFormula = now.formulas.some((row) =>
    row.some((f) => typeof f === "string" && f.startsWith("=")),
  );
  if (typedFormula) return false;
  return fingerprint(stored.kind, now.values, now.entityText) === stored.fingerprint;
}

/** Whether restoring should delete the note on the cell: the add-in added it, and it is still the add-in's. */
export function removesNote(stored: StoredCell, now: CellNow): boolean {
  return stored.noteAdded && typeof now.note === "string" && ownNoteIds(now.note) !== null;
}
