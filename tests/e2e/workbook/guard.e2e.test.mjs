/*
 * The guard's wiring, through Excel's own client: each insert at B3 checks exactly the block it writes (and a
 * chart's area beside it). A value at the block's far corner refuses, one cell past it does not; formulas,
 * Excel tables (even their empty cells), spills (whole or partial), merged areas inside or reaching in from
 * above and left, and sheet protection refuse; merged areas outside do not. A refusal names the cells, counts
 * the further occupied ones, offers the ways out, writes nothing and costs one round trip. Block sizes are
 * learnt from the product itself (an insert on an empty sheet), never written here.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { cellAddress, cellsUnder, columnName, rectAddress, rectOf } from "../support/grid.mjs";
import { describeWorkbook } from "../support/workbook.mjs";
import { dataSheet } from "../support/written.mjs";

/** The actions of the guard's tests, each started at B3. */
const GUARDED = ["value", "formula", "table", "stance matrix", "timeline", "trade chart"];

describeWorkbook("The guard's wiring at the active cell, through Excel's own client", (pane) => {
  /** @type {Map<string, { address: string, chart: string | null }>} */
  const learnt = new Map();

  /** The block (and chart area) an action writes at B3 on an empty sheet, as the product reports it. */
  async function areaOf(action) {
    if (!learnt.has(action)) {
      const session = await pane.open(dataSheet());
      const result = await pane.act(session, action);
      assert.equal(result.intent, "success", result.text);
      const chart = result.after.sheets.Data.charts[0];
      learnt.set(action, {
        address: result.block.address,
        chart: chart ? cellsUnder(session.workbook.sheetByName("Data"), chart) : null,
      });
    }
    return /** @type {{ address: string, chart: string | null }} */ (learnt.get(action));
  }

  /** Runs `action` on a fresh workbook. */
  async function attempt(description, action) {
    return pane.act(await pane.open(description), action);
  }

  /** A refusal: the reason's words, the ways out, nothing written, one round trip. */
  function assertRefused(result, pattern, alternatives = ["pick-another-cell", "new-sheet"]) {
    assert.equal(result.intent, "warning", result.text);
    assert.match(result.text, pattern);
    assert.match(result.text, /nothing was inserted/i);
    assert.deepEqual(result.alternatives, alternatives);
    assert.deepEqual(result.changes, [], "nothing written");
    assert.equal(result.wire.sync, 1, `one round trip to refuse: ${JSON.stringify(result.requests)}`);
  }

  for (const action of GUARDED) {
    test(`${action} at B3: written when its block is free, even with data right next to it or just past it`, async () => {
      const { address } = await areaOf(action);
      const block = rectOf(address);
      const last = { row: block.row + block.rowCount - 1, column: block.column + block.columnCount - 1 };
      const nextTo = await attempt(dataSheet("B3", { cells: { A3: "left", B2: "above" } }), action);
      assert.equal(nextTo.intent, "success", nextTo.text);
      assert.equal(nextTo.block.address, address);
      const past = {
        [cellAddress(last.row + 1, last.column)]: 1,
        [cellAddress(last.row, last.column + 1)]: 2,
        [cellAddress(last.row + 1, block.column)]: 3,
      };
      const pastCorner = await attempt(dataSheet("B3", { cells: past }), action);
      assert.equal(pastCorner.intent, "success", pastCorner.text);
      assert.deepEqual(pastCorner.block, { address, sheet: "Data" });
    });

    test(`${action} at B3: a value at the far corner, a formula, an Excel table or a spill refuses`, async () => {
      const { address } = await areaOf(action);
      const block = rectOf(address);
      const lastRow = block.row + block.rowCount - 1;
      const lastColumn = block.column + block.columnCount - 1;
      const corner = cellAddress(lastRow, lastColumn);
      const needs = block.rowCount * block.columnCount === 1 ? "goes in B3" : `needs ${address} (`;

      const value = await attempt(dataSheet("B3", { cells: { [corner]: 42 } }), action);
      assertRefused(value, new RegExp(`${corner} holds a value\\b`));
      assert.ok(value.text.includes(needs), value.text);

      assertRefused(
        await attempt(dataSheet("B3", { cells: { B3: "=SUM(A1:A2)" } }), action),
        /B3 holds a formula/,
      );

      // A table whose header row lies above the block: only its empty body cells overlap.
      const table = `${columnName(lastColumn)}2:${columnName(lastColumn + 2)}${lastRow + 3}`;
      assertRefused(
        await attempt(dataSheet("B3", { tables: [{ name: "Budget", range: table }] }), action),
        /overlaps the Excel table “Budget”/,
      );

      const values = Array.from({ length: lastRow + 1 }, (_, r) =>
        Array.from({ length: lastColumn + 1 }, (_, c) => r * 100 + c),
      );
      assertRefused(
        await attempt(
          dataSheet("B3", {
            spills: [{ anchor: "A1", formula: `=SEQUENCE(${lastRow + 1},${lastColumn + 1})`, values }],
          }),
          action,
        ),
        /part of a spilled formula result/,
      );
    });

    test(`${action} at B3: merged cells inside or reaching in refuse, merged cells outside do not`, async () => {
      const { address } = await areaOf(action);
      const block = rectOf(address);
      const lastRow = block.row + block.rowCount - 1;
      const lastColumn = block.column + block.columnCount - 1;
      const inside = rectAddress({ row: lastRow, column: lastColumn, rowCount: 2, columnCount: 2 });
      assertRefused(
        await attempt(dataSheet("B3", { merged: [inside] }), action),
        new RegExp(`contains merged cells \\(${inside}\\)`),
      );
      // Excel lists a merged area only where its top-left cell lies in the range asked about (office-js #3611).
      assertRefused(
        await attempt(dataSheet("B3", { merged: ["A2:B3"] }), action),
        /contains merged cells \(A2:B3\)/,
      );
      const right = rectAddress({ row: 0, column: lastColumn + 2, rowCount: 2, columnCount: 2 });
      const outside = await attempt(dataSheet("B3", { merged: ["A1:B2", right] }), action);
      assert.equal(outside.intent, "success", outside.text);
    });

    test(`${action} at B3: a protected sheet refuses and offers only a new sheet`, async () => {
      const result = await attempt(
        { sheets: [{ name: "Budget 2023", activeCell: "B3", protection: true }] },
        action,
      );
      assertRefused(result, /The sheet “Budget 2023” is protected/, ["new-sheet"]);
    });
  }

  test("the message counts the further occupied cells: “and 1 more cell holds data”, “and N more cells hold data”", async () => {
    const { address } = await areaOf("table");
    const block = rectOf(address);
    const size = `${address} (${block.rowCount} rows × ${block.columnCount} columns)`;
    const one = await attempt(dataSheet("B3", { cells: { C5: 1 } }), "table");
    assertRefused(one, /but C5 holds a value\. Nothing/);
    assert.ok(one.text.includes(size), one.text);
    const two = await attempt(dataSheet("B3", { cells: { C5: 1, D6: "=A1" } }), "table");
    assertRefused(two, /C5 holds a value and 1 more cell holds data\./);
    const three = await attempt(dataSheet("B3", { cells: { C5: 1, D6: "=A1", E7: true } }), "table");
    assertRefused(three, /C5 holds a value and 2 more cells hold data\./);
    assert.ok(three.text.includes(size), three.text);
  });

  test("a partly spilled block (hasSpill null) is refused too", async () => {
    const { address } = await areaOf("table");
    const block = rectOf(address);
    const anchor = { row: block.row + block.rowCount - 2, column: block.column + block.columnCount - 2 };
    const values = [0, 1, 2, 3].map((r) => [0, 1, 2, 3].map((c) => r * 4 + c));
    const result = await attempt(
      dataSheet("B3", {
        spills: [{ anchor: cellAddress(anchor.row, anchor.column), formula: "=SEQUENCE(4,4)", values }],
      }),
      "table",
    );
    assertRefused(result, /part of a spilled formula result/);
  });

  test("the chart's area under the block: a value under it refuses, data just beyond it does not", async () => {
    const { address, chart } = await areaOf("trade chart");
    assert.ok(chart, "the trade chart has an area");
    const area = rectOf(chart);
    const block = rectOf(address);
    assert.equal(area.row, block.row + block.rowCount + 1, "under the block, one empty row between");
    assert.equal(area.column, block.column, "from the block's first column");
    const middle = cellAddress(area.row + Math.floor(area.rowCount / 2), area.column + 2);
    const under = await attempt(dataSheet("B3", { cells: { [middle]: "notes" } }), "trade chart");
    assertRefused(under, new RegExp(`The chart would cover ${chart}, but ${middle} holds a value`));
    const beyond = {
      [cellAddress(area.row, area.column + area.columnCount)]: 1,
      [cellAddress(area.row + area.rowCount, area.column)]: 2,
    };
    const free = await attempt(dataSheet("B3", { cells: beyond }), "trade chart");
    assert.equal(free.intent, "success", free.text);
  });
});
