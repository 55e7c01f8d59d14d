/*
 * Fault injection: host.failNext makes a chosen sync request fail the way Excel fails it, so that code using
 * the Excel client meets Excel's own errors (an OfficeExtension.Error with the code) at the request it chooses:
 * in the first sync, in the second, at one action (the ones before it applied), or as a whole request refused.
 *
 *   node --test tests/excel-host/
 *
 * The wire-level tests need no browser; the others run the Excel client in Chromium and are skipped with a
 * notice without it (REQUIRE_BROWSER=1 makes that a failure).
 */
/* global excelTry -- the functions passed to page.evaluate run in the page (harness.mjs) */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { browserSuite, postQuery } from "./harness.mjs";
import { buildWorkbook, snapshot } from "./fixtures.mjs";
import { startExcelHost } from "./server.mjs";

/** A request adding a sheet named `name`, as the client writes `context.workbook.worksheets.add(name)`. */
function addSheetRequest(name) {
  return {
    AutoKeepReference: false,
    Actions: [
      { Id: 1, ActionType: 1, Name: "", ObjectPathId: 3 },
      { Id: 2, ActionType: 2, Name: "", ObjectPathId: 3, QueryInfo: { Select: ["name"] } },
    ],
    ObjectPaths: {
      1: { Id: 1, ObjectPathType: 1, Name: "" },
      2: { Id: 2, ObjectPathType: 4, Name: "Worksheets", ParentObjectPathId: 1 },
      3: {
        Id: 3,
        ObjectPathType: 3,
        Name: "Add",
        ParentObjectPathId: 2,
        ArgumentInfo: { Arguments: [name] },
      },
    },
  };
}

/** Runs `body(host)` against a fresh host over a one-sheet workbook, and always closes it. */
async function withHost(body) {
  const host = await startExcelHost({ workbook: buildWorkbook({ sheets: [{ name: "Data" }] }) });
  try {
    await body(host);
  } finally {
    await host.close();
  }
}

const sheetNames = (host) => host.workbook.sheets.map((s) => s.name);

describe("Excel host: faults on the wire", () => {
  test("an action fault answers HTTP 200 with Excel's Error after the results so far; nothing after it runs", () =>
    withHost(async (host) => {
      host.failNext({ code: "ItemAlreadyExists", location: "WorksheetCollection.add" });
      const { status, body } = await postQuery(host, addSheetRequest("New"));
      assert.equal(status, 200);
      assert.deepEqual(body, {
        Results: [],
        Error: {
          Code: "ItemAlreadyExists",
          Message: "A resource with the same name or identifier already exists.",
          HttpStatusCode: 409,
          Location: "WorksheetCollection.add",
          ActionIndex: 0,
        },
      });
      assert.deepEqual(sheetNames(host), ["Data"], "the failing action did not run");
      assert.equal(host.requests[0].error.code, "ItemAlreadyExists");
      assert.equal(host.requests[0].error.fault, true);
      assert.deepEqual(host.pendingFaults(), []);
      // It fired once: the same request now succeeds.
      assert.equal((await postQuery(host, addSheetRequest("New"))).body.Error, undefined);
      assert.deepEqual(sheetNames(host), ["Data", "New"]);
    }));

  test("an action matched by its call fails there, after the actions before it ran", () =>
    withHost(async (host) => {
      host.failNext({ code: "GeneralException", action: ".load(name)" });
      const { body } = await postQuery(host, addSheetRequest("New"));
      assert.equal(body.Error.ActionIndex, 1);
      assert.equal(body.Error.Message, "There was an internal error while processing the request.");
      assert.deepEqual(body.Results, [{ ActionId: 1, Value: { Id: host.workbook.sheets[1].id } }]);
      assert.deepEqual(sheetNames(host), ["Data", "New"], "the action before the fault stays applied");
      assert.match(
        host.requests[0].calls.at(-1),
        /workbook\.worksheets\.add\("New"\)\.load\(name\) ✗ GeneralException/,
      );
    }));

  test("a request fault refuses the whole request with an HTTP error the client reads as { error: { code } }", () =>
    withHost(async (host) => {
      host.failNext({ code: "InvalidOperationInCellEditMode", scope: "request" });
      const { status, body } = await postQuery(host, addSheetRequest("New"));
      assert.equal(status, 400);
      assert.deepEqual(body, {
        error: {
          code: "InvalidOperationInCellEditMode",
          message:
            "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
        },
      });
      assert.deepEqual(sheetNames(host), ["Data"]);
    }));

  test('at: "write" is the second sync request after arming, a number the request of that index', () =>
    withHost(async (host) => {
      host.failNext({ code: "AccessDenied", at: "write" });
      assert.equal((await postQuery(host, addSheetRequest("A"))).body.Error, undefined);
      assert.equal((await postQuery(host, addSheetRequest("B"))).body.Error?.Code, "AccessDenied");
      host.reset(); // numbering restarts; armed faults stay
      host.failNext({ code: "InvalidArgument", at: 1 });
      assert.equal((await postQuery(host, addSheetRequest("C"))).body.Error, undefined);
      assert.equal((await postQuery(host, addSheetRequest("D"))).body.Error?.Code, "InvalidArgument");
      assert.deepEqual(sheetNames(host), ["Data", "A", "C"]);
    }));

  test("a fault whose action matches nothing in its request is reported as missed, never fired later", () =>
    withHost(async (host) => {
      host.failNext({ code: "AccessDenied", action: "tables.add(" });
      assert.equal((await postQuery(host, addSheetRequest("A"))).body.Error, undefined);
      assert.deepEqual(
        host.pendingFaults().map((f) => [f.code, f.missed]),
        [["AccessDenied", true]],
      );
      assert.equal((await postQuery(host, addSheetRequest("B"))).body.Error, undefined);
    }));

  test("clean-up requests are never failed, and bad arguments are refused", () =>
    withHost(async (host) => {
      host.failNext({ code: "AccessDenied" });
      const cleanup = {
        Actions: [
          {
            Id: 1,
            ActionType: 3,
            Name: "_RemoveReference",
            ObjectPathId: 1,
            ArgumentInfo: { Arguments: ["x"] },
          },
        ],
        ObjectPaths: { 1: { Id: 1, ObjectPathType: 1, Name: "" } },
      };
      await postQuery(host, cleanup);
      assert.equal(host.requests[0].kind, "cleanup");
      assert.equal(host.pendingFaults().length, 1, "still armed after a clean-up request");
      assert.throws(() => host.failNext({ code: "" }), /error code/);
      assert.throws(() => host.failNext({ code: "X", at: "later" }), /at must be/);
      assert.throws(() => host.failNext({ code: "X", scope: "page" }), /scope must be/);
    }));
});

const { skip, withPage } = browserSuite();

describe("Excel host: faults through the Excel client", { skip }, () => {
  test("a fault in the first sync raises an OfficeExtension.Error with Excel's code, message and location", () =>
    withPage({ sheets: [{ name: "Data", cells: { A1: 1 } }] }, async (open) => {
      open.host.failNext({ code: "AccessDenied", location: "Range.values" });
      const result = await open.run(() =>
        excelTry(async (context) => {
          const sheet = context.workbook.worksheets.getActiveWorksheet();
          const a1 = sheet.getRange("A1").load("values");
          await context.sync();
          sheet.getRange("B1").values = [[a1.values[0][0] + 1]];
          await context.sync();
        }),
      );
      assert.deepEqual(result.error, {
        code: "AccessDenied",
        message: "You cannot perform the requested operation.",
        location: "Range.values",
        isOfficeError: true,
      });
      assert.equal(snapshot(open.workbook).sheets.Data.cells.B1, undefined, "nothing was written");
    }));

  test('at: "write" with an action: the writes queued before it are applied, the rest are not', () =>
    withPage({ sheets: [{ name: "Data" }] }, async (open) => {
      open.host.failNext({ code: "GeneralException", at: "write", action: /getRange\("B1"\)\.values =/ });
      const result = await open.run(() =>
        excelTry(async (context) => {
          const sheet = context.workbook.worksheets.getActiveWorksheet();
          sheet.load("name");
          await context.sync();
          sheet.getRange("A1").values = [["first"]];
          sheet.getRange("B1").values = [["second"]];
          sheet.getRange("C1").values = [["third"]];
          await context.sync();
        }),
      );
      assert.equal(result.error?.code, "GeneralException");
      assert.equal(result.error.isOfficeError, true);
      const cells = snapshot(open.workbook).sheets.Data.cells;
      assert.deepEqual(Object.keys(cells), ["A1"]);
      await open.host.settled();
      assert.equal(open.host.counts().sync, 2);
    }));

  test("an action fault matches a call with an object argument as the call log writes it: <Range>", () =>
    withPage({ sheets: [{ name: "Data", charts: [{ source: "A1:B3" }] }] }, async (open) => {
      open.host.failNext({ code: "InvalidArgument", action: 'setData(<Range>, "Columns")' });
      const result = await open.run(() =>
        excelTry(async (context) => {
          const sheet = context.workbook.worksheets.getActiveWorksheet();
          sheet.charts.getItemAt(0).setData(sheet.getRange("A1:B2"), "Columns");
          await context.sync();
        }),
      );
      assert.equal(result.error?.code, "InvalidArgument");
      assert.equal(result.error.isOfficeError, true);
      assert.deepEqual(open.host.pendingFaults(), [], "the fault fired");
      assert.match(open.host.requests[0].calls.at(-1), /\.setData\(<Range>, "Columns"\) ✗ InvalidArgument$/);
      assert.equal(snapshot(open.workbook).sheets.Data.charts[0].source, "Data!A1:B3", "the data stays");
    }));

  test("a request fault (cell-edit mode) rejects Excel.run with that code; nothing of the request runs", () =>
    withPage({ sheets: [{ name: "Data" }] }, async (open) => {
      open.host.failNext({ code: "InvalidOperationInCellEditMode", scope: "request" });
      const result = await open.run(() =>
        excelTry(async (context) => {
          context.workbook.worksheets.getActiveWorksheet().getRange("A1").values = [[1]];
          await context.sync();
        }),
      );
      assert.equal(result.error?.code, "InvalidOperationInCellEditMode");
      assert.equal(result.error.isOfficeError, true);
      assert.deepEqual(snapshot(open.workbook).sheets.Data.cells, {});
    }));
});
