/*
 * Every insert button of the pane, through Microsoft's Excel client, against starting workbooks: the block is
 * written exactly where the pane says and nothing outside it changes (values, formats, widths, heights,
 * tables, charts), refusals write nothing, and the round trips are counted on the wire.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { ACTIONS, describeWorkbook } from "../support/workbook.mjs";
import { assertOnlyBlockChanged, dataSheet } from "../support/written.mjs";

/** Merged 2 × 2 labels down A1:B1200, as a long form's captions would be. */
const MERGED_LABELS = Array.from({ length: 600 }, (_, k) => `A${2 * k + 1}:B${2 * k + 2}`);

const ONE_CELL = new Set(["value", "formula"]);
const CHARTS = new Set(["trade chart", "poll chart"]);
/** The record tables are six columns wide by default (B:G from B3). */
const TABLES = new Set(["table", "topic table"]);

/**
 * Starting workbooks and what each action should do there: "write" or a refusal whose message matches.
 * The chart at G3:M10 is in the way of the six-column record tables (B:G), the matrix (B:H) and the timeline
 * (B:H), not of the comparison charts (their data is B:C, their chart under it from row 13 on); the chart at
 * I26:I27 is in the way of the comparison charts only (the tables end at G, the matrix and timeline at H). Where more than 512 merged areas lie above and left,
 * the check asks again in tiles: three round trips instead of two.
 */
const STATES = [
  { name: "an empty sheet", workbook: dataSheet(), expect: () => "write" },
  {
    name: "data above, below and beside the block's columns, with the user's column widths",
    workbook: dataSheet("B3", {
      cells: { B1: "above", D2: 7, B400: "below", I400: { value: 0.5, numberFormat: "0.0%" }, Z3: "beside" },
      columnWidths: { B: 100, C: 20, I: 60 },
      rowHeights: { 3: 30 },
    }),
    expect: () => "write",
  },
  {
    name: "a value in the target",
    workbook: dataSheet("B3", { cells: { B3: "mine" } }),
    expect: () => /B3 holds a value/,
  },
  {
    name: "a formula in the target",
    workbook: dataSheet("B3", { cells: { B3: { formula: "=1+1", value: 2 } } }),
    expect: () => /B3 holds a formula/,
  },
  {
    name: "an Excel table over the target",
    workbook: dataSheet("B3", { cells: { B2: "h" }, tables: [{ name: "Mine", range: "B2:C4" }] }),
    expect: () => /overlaps the Excel table “Mine”/,
  },
  {
    name: "a spill over the target",
    workbook: dataSheet("B3", { spills: [{ anchor: "A3", formula: "=SEQUENCE(1,3)", values: [[1, 2, 3]] }] }),
    expect: () => /spilled formula result/,
  },
  {
    name: "a merged area reaching into the target from above and left",
    workbook: dataSheet("B3", { merged: ["A2:B3"] }),
    expect: () => /merged cells \(A2:B3\)/,
  },
  {
    name: "a protected sheet",
    workbook: dataSheet("B3", { protection: true }),
    expect: () => /is protected/,
  },
  {
    name: "the sheet's last cell",
    workbook: dataSheet("XFD1048576"),
    expect: (action) => (ONE_CELL.has(action) ? "write" : /edge of the sheet/),
  },
  {
    name: "600 merged areas above and left of the target",
    workbook: dataSheet("D1250", { merged: MERGED_LABELS }),
    expect: () => "write",
    syncs: 3,
  },
  {
    name: "a chart over the target",
    workbook: dataSheet("B3", {
      cells: { X1: "x", X2: 1 },
      charts: [{ type: "Pie", source: "X1:X2", position: ["C4", "F12"] }],
    }),
    expect: (action) => (ONE_CELL.has(action) ? "write" : /chart “Chart 1”/),
  },
  {
    name: "a chart beside the target, where a table, the matrix or the timeline would go",
    workbook: dataSheet("B3", {
      cells: { X1: "x", X2: 1 },
      charts: [{ type: "Pie", source: "X1:X2", position: ["G3", "M10"] }],
    }),
    expect: (action) =>
      TABLES.has(action) || action === "stance matrix" || action === "timeline" ? /chart “Chart 1”/ : "write",
  },
  {
    name: "a chart under the target, where a comparison chart would go",
    workbook: dataSheet("B3", {
      cells: { X1: "x", X2: 1 },
      charts: [{ type: "Pie", source: "X1:X2", position: ["I26", "I27"] }],
    }),
    expect: (action) => (CHARTS.has(action) ? /chart “Chart 1”/ : "write"),
  },
  {
    name: "a shape over the target",
    workbook: dataSheet("B3", {
      shapes: [{ name: "Note", type: "Rectangle", left: 60, top: 40, width: 100, height: 60 }],
    }),
    expect: () => /shape “Note”/,
  },
];

function assertWrittenInside(result, action, state, syncs = 2) {
  assert.equal(result.intent, "success", `${action} on ${state}: ${result.text}`);
  assert.ok(result.block, `the message names the block: ${result.text}`);
  const { address, sheet: sheetName } = result.block;
  assert.equal(sheetName, "Data");
  const [first] = address.split(":");
  // Its table and its chart are the only sheet-level changes an insert may make.
  assertOnlyBlockChanged(result, { message: `${action} on ${state}: nothing outside ${address} changes` });
  const written = result.changes.filter((c) => c.kind === "cell");
  assert.ok(
    written.some((c) => c.key === first),
    `the block starts at ${first}`,
  );
  assert.equal(result.wire.sync, syncs, "round trips: check, then write");
  assert.ok(result.wire.cleanup <= 1, "at most one clean-up request");
  if (syncs === 2) assert.deepEqual(result.errors, []);
  else {
    // The first check met Excel's 512-area limit; the tiled check and the write then succeeded.
    assert.equal(result.errors.length, 1);
    assert.match(JSON.stringify(result.errors[0]), /getMergedAreasOrNullObject/);
  }
}

describeWorkbook("Insert actions on starting workbooks, through Excel's own client", (pane) => {
  for (const state of STATES) {
    test(`${state.name}: every action writes its block or refuses, and nothing else changes`, async () => {
      let session = await pane.open(state.workbook);
      for (const action of Object.keys(ACTIONS)) {
        const expected = state.expect(action);
        const result = await pane.act(session, action);
        if (expected === "write") {
          assertWrittenInside(result, action, state.name, state.syncs);
          // The next action starts afresh: a new host with the same workbook.
          session = await pane.open(state.workbook);
          continue;
        }
        assert.equal(result.intent, "warning", `${action} on ${state.name}: ${result.text}`);
        assert.match(result.text, /** @type {RegExp} */ (expected), `${action} on ${state.name}`);
        assert.match(result.text, /nothing was inserted/i);
        assert.deepEqual(result.changes, [], `${action} on ${state.name}: a refusal writes nothing`);
        assert.equal(result.wire.sync, 1, `${action} on ${state.name}: one round trip to refuse`);
      }
    });
  }
});
