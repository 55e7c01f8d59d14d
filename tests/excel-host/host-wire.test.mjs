/*
 * The workbook host on the wire, through Microsoft's Excel client in headless Chromium: calls it does not
 * model, round trips per sync, and Excel.run's clean-up request.
 *
 *   node --test tests/excel-host/
 *
 * Without /usr/bin/chromium these tests are skipped with a notice (REQUIRE_BROWSER=1 makes that a failure).
 */
/* global excelTry -- the functions passed to page.evaluate run in the page (harness.mjs) */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { browserSuite } from "./harness.mjs";

const { skip, withPage } = browserSuite();

describe("Excel host: the wire", { skip }, () => {
  test("an API the host does not implement answers NotImplemented naming the call", () =>
    withPage({}, async (open) => {
      const result = await open.run(() =>
        excelTry(async (context) => {
          const props = context.workbook.worksheets
            .getActiveWorksheet()
            .getRange("A1")
            .getCellProperties({ format: { fill: { color: true } } });
          await context.sync();
          return props.value;
        }),
      );
      assert.equal(result.error?.code, "NotImplemented");
      assert.equal(result.error.message, "Excel host: Range.getCellProperties is not implemented");
    }));

  test("one context.sync() is one POST; Excel.run's clean-up request is counted apart", () =>
    withPage({}, async (open) => {
      await open.run(() =>
        excelTry(async (context) => {
          const sheet = context.workbook.worksheets.getActiveWorksheet();
          sheet.getRange("A1").values = [[1]];
          await context.sync();
          await context.sync(); // nothing queued: no request
          sheet.getRange("A2").load("values");
          await context.sync();
        }),
      );
      await open.host.settled();
      assert.deepEqual(open.host.counts(), { processQuery: 3, sync: 2, cleanup: 1, runtime: 0 });
      assert.match(open.host.requests.at(-1).calls.join("\n"), /_removeReference/i);
    }));

  test("without kept references there is no clean-up request", () =>
    withPage(
      {},
      async (open) => {
        await open.run(() =>
          excelTry(async (context) => {
            context.workbook.worksheets.getActiveWorksheet().getRange("A1").values = [[1]];
            await context.sync();
          }),
        );
        await open.host.settled();
        assert.deepEqual(open.host.counts(), { processQuery: 1, sync: 1, cleanup: 0, runtime: 0 });
      },
      { host: { keepReferences: false } },
    ));
});
