/*
 * "Explain this cell", as a pure function of what one sync loaded about the active cell: its formula (in both
 * spellings), the parent of a spill it lies in, the values of its row, and the add-in's remembered blocks. A
 * formula calling CA.* is read call by call; a cell spilled by CA.INDICATORS is found by its row's id; a cell
 * of an inserted block by the block's layout. Any other cell has no explanation (the pane stays as it is).
 *
 * Arguments that refer to cells need those cells' values: `referencesToLoad` names them, the edge loads them
 * in one more sync, and `explainCell` takes them.
 */
import { parseRect, splitSheet } from "../a1";
import type { IndicatorRecord } from "../../core/types";
import { blockAt, registeredBlocks, type LoadedName, type RegisteredBlock } from "./registry";
import { blockCellMeaning, recordById } from "./blockCell";
import { callMeaning, literalValue, recordsOf, UNKNOWN_ARGUMENT, type CallMeaning } from "./callRecords";
import { cellCalls, type FormulaCall } from "./formulaCalls";

/** What one sync loaded about the active cell. */
export interface ActiveCellFacts {
  /** "Data!B3" (or "'My data'!B3"), as Excel gives the active cell's address. */
  readonly address: string;
  readonly formula: unknown;
  readonly formulaLocal: unknown;
  readonly value: unknown;
  /** The anchor of the spill the cell lies in, where it lies in one. */
  readonly spillParent: {
    readonly address: string;
    readonly formula: unknown;
    readonly formulaLocal: unknown;
  } | null;
  /** The used part of the cell's row (values only): its address and values. */
  readonly row: { readonly address: string; readonly values: readonly (readonly unknown[])[] } | null;
  /** The workbook's named items (the add-in's blocks among them). */
  readonly names: readonly LoadedName[];
  /** Whether formulasLocal is spelled as in a Russian Excel (";" between arguments). */
  readonly russianLocal: boolean;
}

export interface CellExplanation {
  readonly address: string;
  readonly source: "formula" | "spill" | "block";
  /** The formula as the user sees it (local spelling), for formulas and spills. */
  readonly formula: string | null;
  readonly calls: readonly CallMeaning[];
  readonly block: RegisteredBlock | null;
  readonly records: readonly IndicatorRecord[];
  /** A block's cell that no longer holds what the add-in wrote there. */
  readonly changed: boolean;
}

/** A cell an argument refers to: the sheet ("" for the formula's own) and the address, as loaded. */
export interface ArgumentReference {
  readonly sheet: string;
  readonly address: string;
}

interface Located {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
}

function locate(address: string): Located | null {
  const { sheet } = splitSheet(address);
  const rect = parseRect(address);
  return sheet === null || rect === null ? null : { sheet, row: rect.row, column: rect.column };
}

/** The calls of a formula, from its English spelling, or its local one where the English has none. */
function callsOf(
  formula: unknown,
  formulaLocal: unknown,
  russianLocal: boolean,
): { calls: FormulaCall[]; shown: string | null } {
  const shown =
    typeof formulaLocal === "string" && formulaLocal.startsWith("=")
      ? formulaLocal
      : typeof formula === "string"
        ? formula
        : null;
  return { calls: cellCalls(formula, formulaLocal, russianLocal), shown };
}

/** The referenced cells a formula's CA.* calls need read before they can be explained (none for literals). */
export function referencesToLoad(facts: ActiveCellFacts): ArgumentReference[] {
  const here = locate(facts.address);
  const { calls } = callsOf(facts.formula, facts.formulaLocal, facts.russianLocal);
  const seen = new Map<string, ArgumentReference>();
  for (const call of calls) {
    for (const argument of call.args) {
      if (argument.kind !== "reference") continue;
      const reference = { sheet: argument.sheet ?? here?.sheet ?? "", address: argument.address };
      seen.set(`${reference.sheet}!${reference.address}`.toLowerCase(), reference);
    }
  }
  return [...seen.values()];
}

/** The key under which a referenced cell's value is passed back to explainCell. */
export function referenceKey(reference: ArgumentReference): string {
  return `${reference.sheet}!${reference.address}`.toLowerCase();
}

/** A range's loaded values as a function argument: one cell is its value, more cells stay a grid. */
export function argumentFromValues(values: readonly (readonly unknown[])[]): unknown {
  return values.length === 1 && values[0].length === 1 ? values[0][0] : values;
}

function explainFormula(
  facts: ActiveCellFacts,
  calls: readonly FormulaCall[],
  shown: string | null,
  referenced: ReadonlyMap<string, unknown>,
  unknownArgument: (text: string) => string,
): CellExplanation {
  const here = locate(facts.address);
  const meanings = calls.map((call) =>
    callMeaning(
      call,
      call.args.map((argument) => {
        if (argument.kind !== "reference") return literalValue(argument);
        const key = referenceKey({ sheet: argument.sheet ?? here?.sheet ?? "", address: argument.address });
        return referenced.has(key) ? referenced.get(key) : UNKNOWN_ARGUMENT;
      }),
      unknownArgument,
    ),
  );
  return {
    address: facts.address,
    source: "formula",
    formula: shown,
    calls: meanings,
    block: null,
    records: recordsOf(meanings),
    changed: false,
  };
}

/** A known record id in the row, from the spill's first column on (a sorted or filtered spill keeps its ids). */
function idInRow(facts: ActiveCellFacts, fromColumn: number): IndicatorRecord | undefined {
  if (facts.row === null) return undefined;
  const rowRect = parseRect(facts.row.address);
  const values = facts.row.values[0] ?? [];
  if (rowRect === null) return undefined;
  for (let i = Math.max(0, fromColumn - rowRect.column); i < values.length; i++) {
    const record = recordById(values[i]);
    if (record !== undefined && values[i] === record.id) return record;
  }
  return undefined;
}

function explainSpill(
  facts: ActiveCellFacts,
  here: Located,
  unknownArgument: (text: string) => string,
): CellExplanation | null {
  const parent = facts.spillParent;
  if (parent === null) return null;
  const anchor = locate(parent.address);
  const { calls, shown } = callsOf(parent.formula, parent.formulaLocal, facts.russianLocal);
  if (anchor === null || !calls.some((c) => c.fn === "INDICATORS")) return null;
  const record = here.row === anchor.row ? undefined : idInRow(facts, anchor.column);
  if (record === undefined) return null;
  const table = calls.map((call) => callMeaning(call, call.args.map(literalValue), unknownArgument));
  return {
    address: facts.address,
    source: "spill",
    formula: shown,
    calls: table,
    block: null,
    records: [record],
    changed: false,
  };
}

/**
 * The explanation of the active cell, or null when it holds nothing the add-in can explain. `referenced` holds
 * the values of the cells `referencesToLoad` named (by referenceKey); `unknownArgument` words why an argument
 * cannot be read.
 */
export function explainCell(
  facts: ActiveCellFacts,
  referenced: ReadonlyMap<string, unknown>,
  unknownArgument: (text: string) => string,
): CellExplanation | null {
  const here = locate(facts.address);
  if (here === null) return null;
  const { calls, shown } = callsOf(facts.formula, facts.formulaLocal, facts.russianLocal);
  if (calls.length > 0) return explainFormula(facts, calls, shown, referenced, unknownArgument);
  const spilled = explainSpill(facts, here, unknownArgument);
  if (spilled !== null) return spilled;
  const block = blockAt(registeredBlocks(facts.names), here.sheet, here.row, here.column);
  if (block === null) return null;
  const rowRect = facts.row === null ? null : parseRect(facts.row.address);
  const rowValues = facts.row?.values[0] ?? [];
  const valueAt = (column: number): unknown =>
    rowRect === null ? undefined : rowValues[column - rowRect.column];
  const meaning = blockCellMeaning(block, here.row, here.column, facts.value, valueAt);
  if (meaning === null) return null;
  return {
    address: facts.address,
    source: "block",
    formula: null,
    calls: [],
    block,
    records: meaning.records,
    changed: meaning.changed,
  };
}
