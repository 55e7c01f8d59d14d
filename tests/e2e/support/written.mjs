/*
 * What the workbook tests check of every inserted block, read back from the workbook host: only the block
 * changed, its frame (title, notes, source line), and a table of records as the functions answer it.
 */
import assert from "node:assert/strict";
import { changesOutside } from "../../excel-host/fixtures.mjs";
import { NOTE_FONT, readBlock, rectAddress, valueOf } from "./grid.mjs";
import { field, records, sourceLine, tableValueFormat } from "./product.mjs";

/**
 * A workbook of one sheet, "Data", with the active cell where the insert goes; `extra` adds to the sheet
 * (cells, tables, merged areas, protection, …).
 */
export const dataSheet = (activeCell = "B3", extra = {}) => ({
  sheets: [{ name: "Data", activeCell, ...extra }],
});

/** A cell's number format; General is not stored. */
export const formatOf = (/** @type {{ numberFormat?: string }} */ cell) => cell.numberFormat ?? "General";

/** The columns every table of records starts with (CA.INDICATORS-like columns are only ever appended). */
/** The columns an analyst reads: what Insert table writes unless the column chooser says otherwise. */
export const DEFAULT_TABLE_COLUMNS = ["Country", "Indicator", "Value", "Period", "Qualifier", "Quote"];
/** Every column a table may have, in the table's order (all ticked in the pane's column chooser). */
export const ALL_TABLE_COLUMNS = [
  "Country",
  "Indicator",
  "Value",
  "Unit",
  "Period",
  "Qualifier",
  "Quote",
  "Id",
  "Basis",
  "Condition",
  "Related",
  "Note",
  "Examples",
  "Example of",
];

/** The table name the product gives a title: "CA_" and its first six words of letters and digits. */
export const tableNameFor = (/** @type {string} */ title) =>
  `CA_${title
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .slice(0, 6)
    .join("_")}`;

/**
 * Only cells of the block changed (tests/excel-host/snapshot.mjs changesOutside: no column width or row height
 * either, not even the block's own, which stay the user's), and on its sheet at most the kinds of sheet-level
 * change named (by default an Excel table and a chart).
 * @param {{ changes: any[], block: { address: string, sheet: string } | null }} result
 * @param {{ block?: { address: string, sheet: string }, sheetChanges?: string[], message?: string }} [options]
 *   block: where the block is, when the message reports none (result.block by default)
 */
/** "Data!$B$3:$M$20" or "='Data'!$B$3" → "data!b3:m20", to compare a name's reference with a block. */
function plainReference(formula) {
  return String(formula)
    .replace(/^=/, "")
    .replace(/\$/g, "")
    .replace(/^'(.*)'!/, (_, name) => `${name.replace(/''/g, "'")}!`)
    .toLowerCase();
}

/**
 * Whether a change is the add-in remembering the block it wrote: the workbook's names gained hidden names of
 * the add-in's own ("_CA_…") that refer to exactly the block, and no other name changed.
 */
export function isBlockMark(change, sheet, address) {
  if (change.kind !== "workbook" || change.key !== "names") return false;
  const before = change.before ?? [];
  const after = change.after ?? [];
  const kept = before.every((b) => after.some((a) => JSON.stringify(a) === JSON.stringify(b)));
  const added = after.filter((a) => !before.some((b) => b.name === a.name));
  const block = `${sheet}!${address}`.toLowerCase();
  return (
    kept &&
    added.length === after.length - before.length &&
    added.every(
      (a) => a.name.startsWith("_CA_") && a.visible === false && plainReference(a.formula) === block,
    )
  );
}

export function assertOnlyBlockChanged(result, options = {}) {
  const { block = result.block, sheetChanges = ["tables", "charts"] } = options;
  assert.ok(block, "the block is known");
  const { address, sheet } = block;
  const unexpected = changesOutside(result.changes, sheet, address).filter(
    (c) =>
      !(c.sheet === sheet && c.kind === "sheet" && sheetChanges.includes(c.key)) &&
      !isBlockMark(c, sheet, address),
  );
  assert.deepEqual(unexpected, [], options.message ?? `only ${address} changed`);
}

/**
 * The title line bold, at the sheet's own size (a larger font would grow its whole row's automatic height, which
 * the user's other cells share); notes and source line in grey italics, the source line the citation.
 */
export function assertFrame(block, title) {
  assert.equal(block.title.value, title);
  assert.deepEqual(block.title.font, { bold: true });
  for (const note of block.notes) {
    assert.equal(typeof note.value, "string");
    assert.notEqual(note.value, "");
    assert.deepEqual(note.font, NOTE_FONT);
  }
  assert.equal(block.source.value, sourceLine());
  assert.deepEqual(block.source.font, NOTE_FONT);
}

/**
 * The table of `ids` as written: the header's first columns, one row per record in order with each cell
 * what the functions answer for it, per-cell formats (the value's by unit, text elsewhere), no percentages as
 * text, and an Excel table named after the title over the header and rows.
 */
export function assertRecordTable(result, ids, title, columns = DEFAULT_TABLE_COLUMNS) {
  const sheet = result.after.sheets[result.block.sheet];
  const block = readBlock(sheet, result.block.address, ids.length);
  assert.equal(block.rect.rowCount, ids.length + 3, "title, header, one row per record, source line");
  assertFrame(block, title);
  assert.deepEqual(block.header, columns);
  assert.equal(new Set(block.header).size, block.header.length, "distinct column names");
  assert.ok(block.header.every((name) => typeof name === "string" && name !== ""));
  const all = new Map(records().map((r) => [r.id, r]));
  block.body.forEach((cells, i) => {
    const r = all.get(ids[i]);
    assert.ok(r, `CA.INDICATORS() lists ${ids[i]}`);
    const expected = {
      Country: r.country,
      Indicator: r.label,
      Value: r.value,
      Unit: r.unit,
      Period: r.period,
      Qualifier: r.qualifier,
      Quote: field(r.id, "quote"),
      Id: r.id,
    };
    block.header.forEach((heading, c) => {
      const cell = cells[c];
      const name = String(heading);
      const key = name.toLowerCase();
      const want = Object.hasOwn(expected, name)
        ? expected[name]
        : Object.hasOwn(r, key)
          ? r[key]
          : undefined;
      if (want !== undefined) assert.deepEqual(valueOf(cell), want, `${r.id}: ${name}`);
      assert.equal(formatOf(cell), name === "Value" ? tableValueFormat(r) : "@", `${r.id}: ${name}'s format`);
      if (typeof cell.value === "string")
        assert.doesNotMatch(cell.value, /^\d+(\.\d+)?%$/, "no percent as text");
    });
    if (!block.header.includes("Value")) return;
    const value = cells[block.header.indexOf("Value")].value;
    if (r.unit === "yes/no") assert.equal(typeof value, "boolean", `${r.id}: TRUE/FALSE`);
    else if (r.unit === "event") assert.equal(value, undefined, `${r.id}: an event has no value`);
    else assert.equal(typeof value, "number", `${r.id}: a real number`);
    if (block.header.includes("Period"))
      assert.equal(typeof cells[block.header.indexOf("Period")].value, "string", "periods stay text");
  });
  const { row, column, columnCount } = block.rect;
  assert.deepEqual(sheet.tables, [
    {
      name: tableNameFor(title),
      id: sheet.tables[0]?.id,
      range: rectAddress({ row: row + 1, column, rowCount: ids.length + 1, columnCount }),
      style: "TableStyleMedium2",
      headers: block.header,
    },
  ]);
  assert.deepEqual(block.notes, [], "a table of records has no notes");
  assertOnlyBlockChanged(result);
  assert.deepEqual(result.after.sheets[result.block.sheet].charts, []);
}
