/*
 * What a workbook's CA.* formulas and inserted blocks cite, as a pure function of what the scan loaded: the
 * formula cells of each sheet (Excel's special cells of type Formulas, area by area), the values of cells
 * their arguments refer to, and the contents of the add-in's remembered blocks. The Sources sheet and
 * freezing both start from here.
 */
import { cellAddress, parseRect } from "../a1";
import type { IndicatorRecord } from "../../core/types";
import { blockCellMeaning } from "./blockCell";
import { callMeaning, literalValue, UNKNOWN_ARGUMENT, type CallMeaning } from "./callRecords";
import { referenceKey } from "./explain";
import { cellCalls, type FormulaCall } from "./formulaCalls";
import { BODY_ROW, type RegisteredBlock } from "./registry";

/** One rectangle of formula cells as loaded: its address and grids (formulasLocal and the rest optional). */
export interface LoadedArea {
  readonly address: string;
  readonly formulas: readonly (readonly unknown[])[];
  readonly formulasLocal?: readonly (readonly unknown[])[];
  readonly values?: readonly (readonly unknown[])[];
  readonly numberFormat?: readonly (readonly unknown[])[];
}

/** A cell whose formula calls CA.*. */
export interface CaCell {
  /** The formula is exactly one CA.* call (not wrapped in other functions or arithmetic). */
  readonly plain: boolean;
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly formula: string;
  readonly formulaLocal: string;
  readonly calls: readonly FormulaCall[];
  readonly value: unknown;
  readonly numberFormat: unknown;
}

/** "Data!B3", or "'My data'!B3" where the sheet's name needs quoting, as Excel writes a reference. */
export function cellReference(sheet: string, row: number, column: number): string {
  const plain =
    /^[A-Za-z_\u0400-\u04FF][A-Za-z0-9_.\u0400-\u04FF]*$/.test(sheet) && parseRect(sheet) === null;
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${cellAddress(row, column)}`;
}

// Every CA.* name, English or Russian, is typed after the Latin "CA.": a formula without it calls none.
const MAY_CALL_CA = /CA\./i;

/** The cells of loaded formula areas that call CA.*, read in both spellings. */
export function caCells(sheet: string, areas: readonly LoadedArea[], russianLocal: boolean): CaCell[] {
  const cells: CaCell[] = [];
  for (const area of areas) {
    const origin = parseRect(area.address);
    if (origin === null) continue;
    area.formulas.forEach((row, r) =>
      row.forEach((formula, c) => {
        const local = area.formulasLocal?.[r]?.[c] ?? formula;
        if (
          !(typeof formula === "string" && MAY_CALL_CA.test(formula)) &&
          !(typeof local === "string" && MAY_CALL_CA.test(local))
        )
          return;
        const calls = cellCalls(formula, local, russianLocal);
        if (calls.length === 0) return;
        cells.push({
          plain: isPlainCall(String(formula), calls),
          sheet,
          row: origin.row + r,
          column: origin.column + c,
          formula: String(formula),
          formulaLocal: String(local),
          calls,
          value: area.values?.[r]?.[c],
          numberFormat: area.numberFormat?.[r]?.[c],
        });
      }),
    );
  }
  return cells;
}

const PLAIN = new WeakMap<readonly FormulaCall[], boolean>();
const bare = (text: string): string => text.replace(/\s/g, "").replace(/^=/, "").toUpperCase();

/** Whether a formula is exactly its one CA.* call; remembered per read (formulas repeat). */
export function isPlainCall(formula: string, calls: readonly FormulaCall[]): boolean {
  const known = PLAIN.get(calls);
  if (known !== undefined) return known;
  const plain = calls.length === 1 && bare(formula) === bare(calls[0].text);
  PLAIN.set(calls, plain);
  return plain;
}

/** The cells CA.* arguments refer to, once each (sheet "" never: a reference without one is the cell's own). */
export function argumentReferences(cells: readonly CaCell[]): { sheet: string; address: string }[] {
  const found = new Map<string, { sheet: string; address: string }>();
  for (const cell of cells) {
    for (const call of cell.calls) {
      for (const argument of call.args) {
        if (argument.kind !== "reference") continue;
        const reference = { sheet: argument.sheet ?? cell.sheet, address: argument.address };
        found.set(referenceKey(reference), reference);
      }
    }
  }
  return [...found.values()];
}

/** What each call of a cell stands for, its references read from `referenced` (by referenceKey). */
export function cellMeanings(
  cell: CaCell,
  referenced: ReadonlyMap<string, unknown>,
  unknownArgument: (text: string) => string,
): CallMeaning[] {
  // Literal arguments mean the same in every cell: answer each read once.
  const literal = cell.calls.every((call) =>
    call.args.every(
      (a) => a.kind === "omitted" || a.kind === "text" || a.kind === "number" || a.kind === "boolean",
    ),
  );
  const known = literal ? LITERAL_MEANINGS.get(cell.calls) : undefined;
  if (known !== undefined) return known;
  const meanings = cell.calls.map((call) =>
    callMeaning(
      call,
      call.args.map((argument) => {
        if (argument.kind !== "reference") return literalValue(argument);
        const key = referenceKey({ sheet: argument.sheet ?? cell.sheet, address: argument.address });
        return referenced.has(key) ? referenced.get(key) : UNKNOWN_ARGUMENT;
      }),
      unknownArgument,
    ),
  );
  if (literal) LITERAL_MEANINGS.set(cell.calls, meanings);
  return meanings;
}

const LITERAL_MEANINGS = new WeakMap<readonly FormulaCall[], CallMeaning[]>();

/** Where each record is used: record → cells ("Data!B3"), in the order met. */
export type Usages = Map<IndicatorRecord, string[]>;

function use(usages: Usages, record: IndicatorRecord, where: string): void {
  const list = usages.get(record);
  if (list === undefined) usages.set(record, [where]);
  else if (list[list.length - 1] !== where) list.push(where);
}

/**
 * Adds a formula cell's records: a lookup or card at the cell; a plain CA.INDICATORS spill record by record at
 * its row (header first, then one row per record); anything wrapped in another function at the cell.
 */
export function addCellUsages(usages: Usages, cell: CaCell, meanings: readonly CallMeaning[]): void {
  const plainSpill = cell.plain;
  for (const meaning of meanings) {
    if (meaning.kind !== "records") continue;
    meaning.records.forEach((record, i) => {
      const row = meaning.shape === "table" && plainSpill ? cell.row + 1 + i : cell.row;
      use(usages, record, cellReference(cell.sheet, row, cell.column));
    });
  }
}

/** A remembered block's cells as loaded: its grid of values now. */
export interface LoadedBlock {
  readonly block: RegisteredBlock;
  readonly values: readonly (readonly unknown[])[];
}

/** Adds the records a block's cells hold now (a row whose id was changed counts no more). */
export function addBlockUsages(usages: Usages, { block, values }: LoadedBlock): void {
  const { rect } = block;
  const rows =
    block.entry.kind === "value" || block.entry.kind === "quote" || block.entry.kind === "card"
      ? [0]
      : values.map((_, r) => r).filter((r) => r >= (block.entry.kind === "grid" ? 1 : BODY_ROW));
  for (const r of rows) {
    const columns =
      block.entry.kind === "matrix" || block.entry.kind === "grid"
        ? values[r].map((_, c) => c).filter((c) => c > 0)
        : [block.entry.kind === "chart" ? 1 : 0];
    for (const c of columns) {
      const meaning = blockCellMeaning(
        block,
        rect.row + r,
        rect.column + c,
        values[r]?.[c],
        (column) => values[r]?.[column - rect.column],
      );
      if (meaning === null || meaning.changed) continue;
      for (const record of meaning.records)
        use(usages, record, cellReference(block.sheet, rect.row + r, rect.column + c));
    }
  }
}
