/*
 * Which record a cell of an inserted block belongs to, read from the block's remembered layout (registry.ts)
 * and the cells' present content, and whether the cell still holds what the add-in wrote there. Pure.
 */
import { cardRecords } from "../../cells/countryCard";
import { COUNTRIES } from "../../core/countries";
import { RECORDS } from "../../core/dataset";
import { fieldValue, recordValue, type Field } from "../../core/fields";
import type { Locale } from "../../core/i18n/locale";
import { EN_VOCABULARY } from "../../core/i18n/vocabulary";
import { findRecord } from "../../core/query";
import { resolveIndicator } from "../../core/resolve";
import { tableValue } from "../../core/spill";
import { REGION, type IndicatorRecord } from "../../core/types";
import { BODY_ROW, type ColumnRole, type RegisteredBlock } from "./registry";

/** The record a full id names (an old id a workbook keeps resolves as the functions resolve it), if any. */
export function recordById(id: unknown): IndicatorRecord | undefined {
  if (typeof id !== "string" || id.trim() === "") return undefined;
  const ref = resolveIndicator(id);
  if (!ref.ok) return undefined;
  const record = findRecord(ref.value, null);
  return record.ok ? record.value : undefined;
}

/** Whether a table's country cell names the record's scope (a country in either language, or the region). */
function scopeMatches(record: IndicatorRecord, cell: unknown): boolean {
  const country = COUNTRIES.find((c) => c.name === cell || c.russianName === cell);
  return record.scope === REGION ? country === undefined : country?.code === record.scope;
}

/**
 * The records a table row without an id column stands for, read from its cells: the quote (verbatim in every
 * language) and the country must match; the English label and the value then narrow the choice where they
 * can. Several records remain only where the row's cells cannot tell them apart (two stances on one sentence).
 */
function recordsByRow(
  columns: readonly ColumnRole[],
  cellOf: (column: number) => unknown,
): IndicatorRecord[] {
  const cellFor = (role: ColumnRole): unknown => {
    const column = columns.indexOf(role);
    return column < 0 ? undefined : cellOf(column);
  };
  const quote = cellFor("quote");
  const country = cellFor("country");
  let found = RECORDS.filter(
    (r) => (quote === undefined || r.quote === quote) && (country === undefined || scopeMatches(r, country)),
  );
  if (quote === undefined && country === undefined) return [];
  const narrow = (keep: (r: IndicatorRecord) => boolean): void => {
    const kept = found.filter(keep);
    if (kept.length > 0) found = kept;
  };
  const label = cellFor("label");
  if (label !== undefined) narrow((r) => EN_VOCABULARY.label(r) === label);
  const value = cellFor("value");
  if (value !== undefined) narrow((r) => holds(value, tableValue(r)));
  return found;
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
 * Whether a grid's cell still holds the field written there: the value exactly; an English field as the
 * functions give it; a Russian one (words of the pane's language, not loaded here) as long as it is text.
 */
function gridCellHolds(record: IndicatorRecord, field: Field, lang: Locale, cell: unknown): boolean {
  if (field === "value") return writtenValueMatches(record, cell);
  const written = fieldValue(record, field);
  return lang === "en"
    ? holds(cell, written)
    : typeof cell === typeof written && (cell === "") === (written === "");
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
      if (idColumn < 0) {
        const found = recordsByRow(entry.columns, (role) => valueAt(block.rect.column + role));
        const valueColumn = entry.columns.indexOf("value");
        const changed =
          found.length === 0 ||
          (found.length === 1 && valueColumn === c && !holds(cell, tableValue(found[0])));
        return meaning(found, changed);
      }
      const record = recordById(valueAt(block.rect.column + idColumn));
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
    case "grid": {
      // Row 0 is the header; the source line under the countries stands for no record.
      const country = r >= 1 ? entry.countries[r - 1] : undefined;
      if (country === undefined) return null;
      const ofCountry = (indicator: string) => recordById(`${indicator}.${country}`);
      if (c === 0) return meaning(entry.indicators.map(ofCountry), false);
      const record = ofCountry(entry.indicators[Math.floor((c - 1) / entry.fields.length)] ?? "");
      const field = entry.fields[(c - 1) % entry.fields.length];
      if (record === undefined || field === undefined) return null;
      return meaning([record], !gridCellHolds(record, field, entry.lang, cell));
    }
  }
}
