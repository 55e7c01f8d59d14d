/*
 * The workbook host without a browser: addresses, number formats, the model's rules, the protocol's answers
 * and the HTTP server. Runs everywhere (node --test tests/excel-host/).
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { parseAreas, parseRect, sheetAddress } from "./a1.mjs";
import { buildWorkbook, changesOutside, diffSnapshots, snapshot } from "./fixtures.mjs";
import { postQuery } from "./harness.mjs";
import { formatValue, parseInput } from "./numfmt.mjs";
import { processQuery } from "./protocol.mjs";
import { startExcelHost } from "./server.mjs";
import { sheetNameProblem, tableNameProblem } from "./rules.mjs";

/**
 * The value, asserted present (a test fails here rather than on a property of null).
 * @template T @param {T | null | undefined} value @returns {T}
 */
function must(value) {
  assert.ok(value !== null && value !== undefined, "expected a value");
  return value;
}

/** A request as the client builds it: paths by id, actions in order. */
function request(paths, actions) {
  return {
    ObjectPaths: Object.fromEntries(
      paths.map(([Id, ObjectPathType, Name, ParentObjectPathId, Arguments]) => [
        Id,
        { Id, ObjectPathType, Name, ParentObjectPathId, ArgumentInfo: { Arguments: Arguments ?? [] } },
      ]),
    ),
    Actions: actions.map(([ActionType, ObjectPathId, Name, extra], i) => ({
      Id: 100 + i,
      ActionType,
      ObjectPathId,
      Name: Name ?? "",
      ...extra,
    })),
  };
}

const SHEET_RANGE = [
  [1, 1, ""],
  [2, 4, "Worksheets", 1],
  [3, 3, "GetActiveWorksheet", 2],
  [4, 3, "GetRange", 3, ["B2:C3"]],
];

test("addresses: sheet edge, whole rows and columns, quoting, areas", () => {
  assert.deepEqual(parseRect("$B$2:C3"), { row: 1, column: 1, rowCount: 2, columnCount: 2 });
  assert.equal(parseRect("XFE1"), null);
  assert.equal(parseRect("A1048577"), null);
  assert.deepEqual(parseRect("XFD1048576"), { row: 1_048_575, column: 16_383, rowCount: 1, columnCount: 1 });
  assert.equal(sheetAddress("My sheet", must(parseRect("A:C"))), "'My sheet'!A:C");
  assert.equal(sheetAddress("Sheet1", must(parseRect("2:5"))), "Sheet1!2:5");
  assert.equal(sheetAddress("A1", must(parseRect("B2"))), "'A1'!B2");
  assert.deepEqual(
    must(parseAreas("'a, b'!A1:B2, Sheet1!D4")).map((a) => a.sheet),
    ["a, b", "Sheet1"],
  );
});

test("number formats and typed input, as Excel en-US shows and reads them", () => {
  /** @type {[any, string, string][]} */
  const cases = [
    [0.4, "0%", "40%"],
    [7, '0"×"', "7×"],
    [0.225, '">"0.0%', ">22.5%"],
    [1234567.891, "#,##0.00", "1,234,567.89"],
    [-3.5, "0.0;(0.0)", "(3.5)"],
    [44918, "yyyy-mm-dd", "2022-12-23"],
    [44918, "d mmm yyyy", "23 Dec 2022"],
    [1 / 3, "General", "0.3333333333"],
    ["2022", "@", "2022"],
    [true, "General", "TRUE"],
    [{ error: "#N/A" }, "0%", "#N/A"],
  ];
  for (const [value, format, text] of cases)
    assert.equal(formatValue(value, format), text, `${JSON.stringify(value)} under ${format}`);
  assert.equal(formatValue(43456, "yyyy-mm-dd", { date1904: true }), "2022-12-23");
  assert.deepEqual(parseInput("40%"), { value: 0.4, format: "0%" });
  assert.deepEqual(parseInput("2022-12-23"), { value: 44918, format: "yyyy-mm-dd" });
  assert.deepEqual(parseInput("'007"), { value: "007" });
  assert.deepEqual(parseInput("#N/A"), { value: { error: "#N/A" } });
});

test("Excel's naming rules for sheets and tables", () => {
  for (const bad of ["", "a/b", "x".repeat(32), "'quoted'", "History"]) assert.ok(sheetNameProblem(bad), bad);
  assert.equal(sheetNameProblem("Trade growth chart"), null);
  for (const bad of ["T1", "XFD1048576", "R1C1", "r", "Q1 figures", "1st", ""])
    assert.ok(tableNameProblem(bad), bad);
  for (const good of ["Trade", "CA_Stances", "T0", "XFE1", "_x.y"])
    assert.equal(tableNameProblem(good), null, good);
});

test("a failing action answers Excel's error body after the results so far, and the actions before it stay", () => {
  const wb = buildWorkbook({ sheets: [{ name: "S" }] });
  const body = request(
    [...SHEET_RANGE, [5, 3, "GetOffsetRange", 4, [0, 16_383]]],
    [
      [1, 4],
      [
        4,
        4,
        "Values",
        {
          ArgumentInfo: {
            Arguments: [
              [
                [1, 2],
                [3, 4],
              ],
            ],
          },
        },
      ],
      [1, 5],
      [2, 5, "", { QueryInfo: { Select: ["address"] } }],
    ],
  );
  const { body: answer, error } = processQuery(wb, body);
  assert.equal(error?.code, "InvalidArgument");
  assert.deepEqual(answer.Error, {
    Code: "InvalidArgument",
    Message: "The argument is invalid or missing or has an incorrect format.",
    HttpStatusCode: 400,
    Location: "Range.getOffsetRange",
    ActionIndex: 2,
  });
  assert.deepEqual(answer.Results, [{ ActionId: 100, Value: {} }]);
  assert.equal(wb.sheets[0].read(2, 2)?.value, 4);
});

test("whatever the host does not model answers NotImplemented naming it", () => {
  const wb = buildWorkbook();
  const ask = (paths, actions) => must(processQuery(wb, request([...SHEET_RANGE, ...paths], actions)).error);
  assert.equal(
    ask([[5, 3, "GetSpecialCells", 4, ["SameDataValidation"]]], [[1, 5]]).message,
    'Excel host: Range.getSpecialCells("SameDataValidation") is not implemented',
  );
  assert.equal(ask([[5, 4, "Fill", 4]], [[1, 5]]).message, "Excel host: Range.fill is not implemented");
  assert.equal(
    ask([], [[2, 4, "", { QueryInfo: { Select: ["formulasR1C1"] } }]]).message,
    "Excel host: Range.formulasR1C1 is not implemented",
  );
  assert.equal(
    ask([], [[4, 4, "Address", { ArgumentInfo: { Arguments: ["A1"] } }]]).message,
    "Excel host: Range.address (set) is not implemented",
  );
  assert.equal(
    ask([[5, 2, "Excel.Something"]], [[1, 5]]).message,
    "Excel host: the service object Excel.Something is not implemented",
  );
  assert.equal(ask([], [[6, 4, ""]]).message, "Excel host: ActionType 6 (unnamed) is not implemented");
  assert.equal(
    ask(
      [
        [5, 4, "AutoFilter", 3],
        [6, 3, "Apply", 5],
      ],
      [[1, 6]],
    ).message,
    "Excel host: Worksheet.autoFilter is not implemented",
  );
});

test("the merged-area limit is Excel's 512 by default, its code configurable", () => {
  const merged = Array.from({ length: 513 }, (_, i) => `A${i * 2 + 1}:B${i * 2 + 1}`);
  const body = request(
    [
      [1, 1, ""],
      [2, 4, "Worksheets", 1],
      [3, 3, "GetActiveWorksheet", 2],
      [4, 3, "GetRange", 3, ["A:B"]],
      [5, 3, "GetMergedAreasOrNullObject", 4],
    ],
    [[1, 5]],
  );
  assert.equal(
    processQuery(buildWorkbook({ sheets: [{ name: "M", merged }] }), body).error?.code,
    "InvalidOperation",
  );
  assert.equal(
    processQuery(
      buildWorkbook({ sheets: [{ name: "M", merged }], mergedAreaLimit: { code: "RangeExceedsLimit" } }),
      body,
    ).error?.code,
    "RangeExceedsLimit",
  );
  assert.equal(
    processQuery(buildWorkbook({ sheets: [{ name: "M", merged: merged.slice(1) }] }), body).error,
    null,
  );
});

test("fixtures build what they describe; snapshots and diffs find every change", () => {
  const wb = buildWorkbook({
    sheets: [
      {
        name: "F",
        cells: {
          A1: 1,
          "B1:C1": { value: "x", numberFormat: "@", font: { bold: true } },
          D1: { formula: "=X()", value: 9 },
        },
        columnWidths: { B: 100 },
        merged: ["E5:F6"],
        spills: [{ anchor: "H1", values: [[1], [2]] }],
        tables: [{ name: "Trade", range: "A3:B5" }],
        charts: [{ type: "Line", source: "A3:B5", position: ["D8", "E9"] }],
        protection: { protected: true, unlocked: ["Z1"] },
      },
    ],
  });
  const snap = snapshot(wb).sheets.F;
  assert.deepEqual(snap.cells.C1, { value: "x", numberFormat: "@", font: { bold: true } });
  assert.deepEqual(snap.cells.D1, { value: 9, formula: "=X()" });
  assert.deepEqual(snap.cells.H2, { value: 2, spilledFrom: "H1" });
  assert.deepEqual(snap.charts[0], { ...snap.charts[0], top: 105, left: 196, width: 96, height: 30 });
  assert.equal(snap.protection.protected, true);
  const before = snapshot(wb);
  wb.sheets[0].edit(0, 0).value = 2;
  wb.sheets[0].columnWidths.set(9, 20);
  wb.sheets[0].rowHeights.set(1, 30);
  const changes = diffSnapshots(before, snapshot(wb));
  assert.deepEqual(
    changes.map((c) => `${c.kind} ${c.key}`),
    ["cell A1", "columnWidth J", "rowHeight 2"],
  );
  // A width or height is the whole column's or row's: outside the block even where the block has a cell.
  assert.deepEqual(
    changesOutside(changes, "F", "A1:B2").map((c) => c.key),
    ["J", "2"],
  );
  // Cells written inside a block are not listed; a cell changed outside it is.
  const written = snapshot(wb);
  wb.sheets[0].edit(1, 1).value = 1; // B2
  wb.sheets[0].edit(2, 2).value = 4; // C3
  wb.sheets[0].edit(0, 0).value = 3; // A1
  assert.deepEqual(
    changesOutside(diffSnapshots(written, snapshot(wb)), "F", "B2:C3").map((c) => `${c.kind} ${c.key}`),
    ["cell A1"],
  );
});

test("the HTTP host answers ProcessQuery, records requests, and refuses what it cannot read", async () => {
  const host = await startExcelHost({ workbook: buildWorkbook() });
  try {
    const ok = await postQuery(
      host,
      request(SHEET_RANGE, [[2, 4, "", { QueryInfo: { Select: ["address"] } }]]),
    );
    assert.deepEqual(ok.body, { Results: [{ ActionId: 100, Value: { Address: "Sheet1!B2:C3" } }] });
    const bad = await postQuery(host, "{not json");
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.code, "GeneralException");
    const cleanup = await postQuery(
      host,
      request(
        [[1, 1, ""]],
        [
          [1, 1],
          [3, 1, "_RemoveReference", { ArgumentInfo: { Arguments: ["x"] } }],
        ],
      ),
    );
    assert.equal(cleanup.status, 200);
    assert.deepEqual(host.counts(), { processQuery: 3, sync: 2, cleanup: 1, runtime: 0 });
    assert.deepEqual(host.requests[0].calls, [
      'workbook.worksheets.getActiveWorksheet().getRange("B2:C3").load(address)',
    ]);
    assert.equal((await fetch(`${host.url}/ProcessQuery`, { method: "OPTIONS" })).status, 204);
    assert.equal((await fetch(`${host.origin}/elsewhere`)).status, 404);
  } finally {
    await host.close();
  }
});
