/*
 * The workbook host on the wire, through Microsoft's Excel client in headless Chromium: calls it does not
 * model, round trips per sync, Excel.run's clean-up request, and snapshots of what changed.
 *
 *   node --test tests/excel-host/
 *
 * Without /usr/bin/chromium these tests are skipped with a notice (REQUIRE_BROWSER=1 makes that a failure).
 */
/* global excelTry -- the functions passed to page.evaluate run in the page (harness.mjs) */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { browserSuite, withPage as withPageOf } from "./harness.mjs";
import { changesOutside, diffSnapshots, snapshot } from "./fixtures.mjs";

const suite = browserSuite();

const withPage = (description, body, options) => withPageOf(suite, description, body, options);

describe("Excel host: the wire", { skip: suite.skip }, () => {
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
      assert.deepEqual(open.host.counts(), { processQuery: 3, sync: 2, cleanup: 1 });
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
        assert.deepEqual(open.host.counts(), { processQuery: 1, sync: 1, cleanup: 0 });
      },
      { host: { keepReferences: false } },
    ));

  test("changesOutside lists only what changed outside a block", () =>
    withPage({ sheets: [{ name: "B", cells: { A1: "keep", E5: 5 } }] }, async (open) => {
      const before = snapshot(open.workbook);
      await open.run(() =>
        excelTry(async (context) => {
          const sheet = context.workbook.worksheets.getActiveWorksheet();
          sheet.getRange("B2:C3").values = [
            [1, 2],
            [3, 4],
          ];
          sheet.getRange("E5").values = [[6]];
          await context.sync();
        }),
      );
      const outside = changesOutside(diffSnapshots(before, snapshot(open.workbook)), "B", "B2:C3");
      assert.deepEqual(
        outside.map((c) => `${c.kind} ${c.key}`),
        ["cell E5"],
      );
    }));
});
