/*
 * Which record a cell of an inserted block belongs to, read from the block's remembered layout (registry.ts)
 * and the cells' present content, and whether the cell still holds what the add-in wrote there. Pure.
 */
import { cardRecords } from "../../cells/countryCard";
import { recordValue } from "../../core/fields";
import { findRecord } from "../../core/query";
import { resolveIndicator } from "../../core/resolve";
import { tableValue } from "../../core/spill";
import type { IndicatorRecord } from "../../core/types";
import { BODY_ROW, type RegisteredBlock } from "./registry";

/** The record a full id names (an old id a workbook keeps resolves as the functions resolve it), if any. */
export function recordById(id: unknown): IndicatorRecord | undefined {
  if (typeof id !== "string" || id.trim() === "") return undefined;
  const ref = resolveIndicator(id);
  if (!ref.ok) return undefined;
  const record = findRecord(ref.value, null);
  return record.ok ? record.value : undefined;
}

/** What a block's cell stands for: its records, and whether the user changed what was written there. */
export interface BlockCellMeaning {
  readonly block: RegisteredBlock;
  readonly records: readonly IndicatorRecord[];
  /** The cell (or its row's id) no longer holds what the add-in wrote: the user edited, sorted or cleared it. */
  readonly changed: boolean;
}

/** Whether a cell still holds `expected` (numbers compared to Excel's precision). */
function holds(cell: unknown, expected: unknown): boolean {
  if (typeof expected === "number") return typeof cell === "number" && Math.abs(cell - expected) < 1e-12;
  return cell === expected;
}

/** The value the add-in wrote for a record as a single value (an event's text is in the block's language). */
function writtenValueMatches(record: IndicatorRecord, cell: unknown): boolean {
  if (record.kind === "event") return typeof cell === "string" && cell !== "";
  return holds(cell, recordValue(record));
}

/**
 * What the cell at (`row`, `column`) of the sheet means inside `block`: `cell` is its value now, `valueAt`
 * gives the value of any cell of the same row by sheet column. Null for the block's title, header, notes and
 * source lines, which stand for no single record.
 */
export function blockCellMeaning(
  block: RegisteredBlock,
  row: number,
  column: number,
  cell: unknown,
  valueAt: (sheetColumn: number) => unknown,
): BlockCellMeaning | null {
  const r = row - block.rect.row;
  const c = column - block.rect.column;
  const entry = block.entry;
  const meaning = (
    records: readonly (IndicatorRecord | undefined)[],
    changed: boolean,
  ): BlockCellMeaning => ({
    block,
    records: records.filter((x): x is IndicatorRecord => x !== undefined),
    changed,
  });
  switch (entry.kind) {
    case "value": {
      const record = recordById(entry.id);
      return record === undefined ? null : meaning([record], !writtenValueMatches(record, cell));
    }
    case "quote": {
      const record = recordById(entry.id);
      if (record === undefined) return null;
      return meaning([record], r === 1 && cell !== `“${record.quote}”`);
    }
    case "card":
      return meaning(cardRecords(entry.country), false);
    case "table": {
      const i = r - BODY_ROW;
      if (i < 0 || i >= entry.rows) return null;
      const idColumn = entry.columns.indexOf("id");
      const record = recordById(idColumn < 0 ? undefined : valueAt(block.rect.column + idColumn));
      if (record === undefined) return meaning([], true);
      const role = entry.columns[c];
      const changed =
        (role === "value" && !holds(cell, tableValue(record))) || (role === "quote" && cell !== record.quote);
      return meaning([record], changed);
    }
    case "chart": {
      const i = r - BODY_ROW;
      const country = entry.countries[i];
      if (country === undefined) return null;
      const record = recordById(`${entry.indicator}.${country}`);
      if (record === undefined) return null;
      return meaning([record], c === 1 && !holds(cell, recordValue(record)));
    }
    case "matrix": {
      const country = entry.countries[r - BODY_ROW];
      if (country === undefined) return null;
      if (c === 0)
        return meaning(
          entry.stances.map((s) => recordById(`${s}.${country}`)),
          false,
        );
      const record = recordById(`${entry.stances[c - 1]}.${country}`);
      if (record === undefined) return null;
      return meaning([record], !holds(cell, recordValue(record)));
    }
  }
}
