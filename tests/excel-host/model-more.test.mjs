/*
 * The workbook host without a browser: the fixtures and snapshots of notes, hyperlinks, fill, names and custom
 * properties; selection on the model; the payload limit and trace ids on the wire.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { selectIn } from "./events.mjs";
import { buildWorkbook, diffSnapshots, snapshot } from "./fixtures.mjs";
import { postQuery } from "./harness.mjs";
import { PAYLOAD_ERRORS, payloadLimits } from "./payload.mjs";
import { processQuery } from "./protocol.mjs";
import { startExcelHost } from "./server.mjs";

test("fixtures: notes, hyperlinks, fill, names and custom properties, as snapshots show them", () => {
  const wb = buildWorkbook({
    sheets: [
      {
        name: "Data",
        cells: {
          B3: { value: 1, note: "text" },
          C3: { note: { content: "theirs", author: "Ann" } },
          D3: { value: "Sources", hyperlink: { documentReference: "Data!B3" } },
        },
        fill: { "A10:B11": ({ row, column, address }) => (column === 0 ? `${address}:${row}` : undefined) },
        customProperties: { owner: "ca" },
      },
    ],
    names: [{ name: "Block", reference: "Data!B3:C4", visible: false }],
    customProperties: { version: 2 },
    userName: "Test Analyst",
  });
  const snap = snapshot(wb);
  const cells = snap.sheets.Data.cells;
  assert.deepEqual(cells.B3, { value: 1, note: "text" });
  assert.deepEqual(cells.C3, { note: "theirs" });
  assert.deepEqual(cells.D3, { value: "Sources", hyperlink: { documentReference: "Data!B3" } });
  assert.deepEqual([cells.A10, cells.A11, cells.B10], [{ value: "A10:9" }, { value: "A11:10" }, undefined]);
  assert.equal(wb.sheets[0].stored(2, 1)?.note?.author, "Test Analyst");
  assert.equal(wb.sheets[0].stored(2, 2)?.note?.author, "Ann");
  assert.deepEqual(snap.sheets.Data.customProperties, { owner: "ca" });
  assert.deepEqual(snap.customProperties, { version: 2 });
  assert.deepEqual(snap.names, [
    { name: "Block", scope: "Workbook", formula: "=Data!$B$3:$C$4", comment: "", visible: false },
  ]);
  // A note-only cell is kept; removing the note removes it, and the change is a cell change.
  delete wb.sheets[0].edit(2, 2).note;
  wb.sheets[0].tidy(2, 2);
  assert.deepEqual(
    diffSnapshots(snap, snapshot(wb)).map((c) => [c.kind, c.key, c.after]),
    [["cell", "C3", null]],
  );
  assert.throws(
    () => buildWorkbook({ sheets: [{ name: "S", fill: { A1: 5 } }] }),
    /fill\["A1"\] must be a function/,
  );
});

test("selection on the model: the sheet becomes active; hidden sheets and active cells outside refuse", () => {
  const wb = buildWorkbook({
    sheets: [{ name: "A" }, { name: "My sheet" }, { name: "H", visibility: "Hidden" }],
  });
  assert.deepEqual(selectIn(wb, "'My sheet'!B2:C5", { activeCell: "C4" }), {
    sheet: "My sheet",
    worksheetId: wb.sheets[1].id,
    address: "B2:C5",
  });
  assert.equal(wb.activeSheet, wb.sheets[1]);
  assert.deepEqual(wb.sheets[1].activeCell, { row: 3, column: 2 });
  assert.equal(snapshot(wb).sheets["My sheet"].activeCell, "C4");
  assert.throws(() => selectIn(wb, "H!A1"), /not visible/);
  assert.throws(() => selectIn(wb, "A!A1:B2", { activeCell: "D9" }), /not in/);
});

test("payload limits: the web's 5,000,000 bytes by default, none on desktop, or as given", () => {
  assert.deepEqual(payloadLimits(undefined, "web"), { request: 5_000_000, response: 5_000_000 });
  assert.deepEqual(payloadLimits(undefined, "desktop"), { request: null, response: null });
  assert.deepEqual(payloadLimits({ response: 10 }, "web"), { request: null, response: 10 });
});

test("over HTTP a request over the limit runs nothing and answers Excel on the web's error", async () => {
  const host = await startExcelHost({ workbook: buildWorkbook(), payloadLimit: 2_000 });
  try {
    const body = {
      ObjectPaths: {
        1: { Id: 1, ObjectPathType: 1, Name: "" },
        2: { Id: 2, ObjectPathType: 4, Name: "Worksheets", ParentObjectPathId: 1 },
        3: { Id: 3, ObjectPathType: 3, Name: "GetActiveWorksheet", ParentObjectPathId: 2 },
        4: {
          Id: 4,
          ObjectPathType: 3,
          Name: "GetRange",
          ParentObjectPathId: 3,
          ArgumentInfo: { Arguments: ["A1"] },
        },
      },
      Actions: [
        {
          Id: 5,
          ActionType: 4,
          ObjectPathId: 4,
          Name: "Values",
          ArgumentInfo: { Arguments: [[["x".repeat(3_000)]]] },
        },
      ],
    };
    const answer = await postQuery(host, body);
    assert.deepEqual(answer, {
      status: 200,
      body: {
        Error: {
          Code: "RequestPayloadSizeLimitExceeded",
          Message: PAYLOAD_ERRORS.request.message,
          HttpStatusCode: 400,
        },
      },
    });
    assert.equal(host.workbook.sheets[0].stored(0, 0), undefined);
    assert.equal(host.requests[0].error?.code, "RequestPayloadSizeLimitExceeded");
  } finally {
    await host.close();
  }
});

test("trace actions come back in TraceIds; the AppRuntimeService answers its state", () => {
  const answer = processQuery(buildWorkbook(), {
    ObjectPaths: { 1: { Id: 1, ObjectPathType: 2, Name: "Microsoft.AppRuntime.AppRuntimeService" } },
    Actions: [
      { Id: 7, ActionType: 5, Name: "Trace", ObjectPathId: 0 },
      { Id: 8, ActionType: 1, ObjectPathId: 1, Name: "" },
      { Id: 9, ActionType: 3, ObjectPathId: 1, Name: "GetAppRuntimeState", ArgumentInfo: {} },
    ],
  });
  assert.equal(answer.error, null);
  assert.deepEqual(answer.body, {
    Results: [
      { ActionId: 7, Value: null },
      { ActionId: 8, Value: {} },
      { ActionId: 9, Value: "Visible" },
    ],
    TraceIds: [7],
  });
});
