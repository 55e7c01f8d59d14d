/*
 * Events through the Excel client: selection changes played on the host and fired in the page
 * (selectAndNotify), the task pane hidden and shown again (setPaneVisibility), Office.addin's state.
 *
 *   node --test tests/excel-host/
 */
/* global window, document, Excel, Office -- the functions passed to page.evaluate run in the page */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { selectAndNotify, setPaneVisibility } from "./events.mjs";
import { browserSuite } from "./harness.mjs";

const { skip, withPage } = browserSuite();

const BOOK = { sheets: [{ name: "Data", cells: { C4: '=CA.RUTRADE("UZ")' } }, { name: "Other" }] };

/** In the page: the values seen so far, once there are `count` of them. */
const seen = (page, count) =>
  page
    .waitForFunction((n) => (window.seen ?? []).length >= n, count)
    .then(() => page.evaluate(() => window.seen));

describe("Excel host: events", { skip }, () => {
  test("Workbook.onSelectionChanged: a handler that reads the active cell sees each selection; removed, none", () =>
    withPage(BOOK, async (open) => {
      await open.page.evaluate(async () => {
        window.seen = [];
        await Office.onReady();
        window.registration = await Excel.run(async (context) => {
          const registration = context.workbook.onSelectionChanged.add(() =>
            Excel.run(async (inner) => {
              const cell = inner.workbook.getActiveCell().load("address, formulas");
              await inner.sync();
              window.seen.push([cell.address, cell.formulas[0][0]]);
            }),
          );
          await context.sync();
          return registration;
        });
      });
      const first = await selectAndNotify(open.page, open.host, "Data!C4");
      assert.deepEqual(first, {
        sheet: "Data",
        worksheetId: open.workbook.sheets[0].id,
        address: "C4",
        documentHandlers: 1,
        messageHandlers: 0,
      });
      // The handler reads the selection when it runs: wait for it before the next selection.
      await seen(open.page, 1);
      await selectAndNotify(open.page, open.host, "Other!B2:D5", { activeCell: "C3" });
      assert.deepEqual(await seen(open.page, 2), [
        ["Data!C4", '=CA.RUTRADE("UZ")'],
        ["Other!C3", ""],
      ]);
      // Removed in the handler's own context, as the docs remove event handlers.
      await open.page.evaluate(() =>
        Excel.run(window.registration.context, async (context) => {
          window.registration.remove();
          await context.sync();
        }),
      );
      assert.equal((await selectAndNotify(open.page, open.host, "Data!A1")).documentHandlers, 0);
      assert.equal(open.workbook.activeSheet?.name, "Data");
    }));

  test("Worksheet and worksheets onSelectionChanged: registered on the wire, called with address and worksheetId", () =>
    withPage(BOOK, async (open) => {
      await open.page.evaluate(async () => {
        window.seen = [];
        await Office.onReady();
        await Excel.run(async (context) => {
          context.workbook.worksheets.getItem("Data").onSelectionChanged.add(async (event) => {
            window.seen.push(["sheet", event.address, event.type]);
          });
          context.workbook.worksheets.onSelectionChanged.add(async (event) => {
            window.seen.push(["collection", event.address, event.worksheetId]);
          });
          await context.sync();
        });
      });
      const dataId = open.workbook.sheets[0].id;
      assert.deepEqual([...open.host.session.events].sort(), [
        "SelectionChanged:Workbook",
        `SelectionChanged:${dataId}`,
      ]);
      await selectAndNotify(open.page, open.host, "Data!B2:C3");
      await selectAndNotify(open.page, open.host, "Other!A1");
      const events = await seen(open.page, 3);
      assert.deepEqual(
        events.sort((a, b) => String(a).localeCompare(String(b))),
        [
          ["collection", "A1", open.workbook.sheets[1].id],
          ["collection", "B2:C3", dataId],
          ["sheet", "B2:C3", "WorksheetSelectionChanged"],
        ],
      );
    }));

  test("Office.addin.onVisibilityModeChanged: the pane hidden and shown again; the remover stops it", () =>
    withPage(BOOK, async (open) => {
      await open.page.evaluate(async () => {
        window.seen = [];
        window.visibility = [];
        document.addEventListener("visibilitychange", () => window.visibility.push(document.visibilityState));
        await Office.onReady();
        window.remove = await Office.addin.onVisibilityModeChanged((message) =>
          window.seen.push(message.visibilityMode),
        );
      });
      assert.equal(await setPaneVisibility(open.page, "Hidden", { document: true }), 1);
      await setPaneVisibility(open.page, "Taskpane", { document: true });
      assert.deepEqual(await seen(open.page, 2), ["Hidden", "Taskpane"]);
      assert.deepEqual(await open.page.evaluate(() => window.visibility), ["hidden", "visible"]);
      await open.page.evaluate(() => window.remove());
      await setPaneVisibility(open.page, "Hidden");
      await open.host.settled();
      assert.deepEqual(await open.page.evaluate(() => window.seen), ["Hidden", "Taskpane"]);
      assert.equal(await open.page.evaluate(() => document.visibilityState), "visible");
    }));

  test("Office.addin's requests are counted as runtime, apart from the workbook's syncs, and never take a fault", () =>
    withPage(BOOK, async (open) => {
      open.host.failNext({ code: "InvalidOperation" });
      await open.page.evaluate(async () => {
        await Office.onReady();
        await Office.addin.onVisibilityModeChanged(() => undefined);
      });
      await open.host.settled();
      assert.deepEqual(open.host.counts(), { processQuery: 1, sync: 0, cleanup: 0, runtime: 1 });
      assert.equal(open.host.requests[0].error, null);
      // The fault armed before is still there for the workbook's next sync.
      const code = await open.page.evaluate(() =>
        Excel.run(async (context) => {
          context.workbook.getActiveCell().load("address");
          await context.sync();
        }).then(
          () => "no error",
          (error) => error.code,
        ),
      );
      assert.equal(code, "InvalidOperation");
      assert.equal(open.host.counts().sync, 1);
    }));

  test("Office.addin.hide and showAsTaskpane set the add-in's state on the host", () =>
    withPage(BOOK, async (open) => {
      await open.page.evaluate(() => Office.onReady().then(() => Office.addin.hide()));
      assert.equal(open.host.session.appRuntimeState, "Background");
      await open.page.evaluate(() => Office.addin.showAsTaskpane());
      assert.equal(open.host.session.appRuntimeState, "Visible");
    }));
});
