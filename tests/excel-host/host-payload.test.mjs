/*
 * Excel on the web's 5 MB payload limit through the Excel client: a request or a response over it fails with
 * Excel's code and message; chunked requests pass; desktop (payloadLimit null) has no limit.
 *
 *   node --test tests/excel-host/
 */
/* global excelTry -- the functions passed to page.evaluate run in the page (harness.mjs) */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { snapshot } from "./fixtures.mjs";
import { browserSuite } from "./harness.mjs";
import { PAYLOAD_ERRORS } from "./payload.mjs";

const { skip, withPage } = browserSuite();

/** In the page: writes rows × 10 cells of 40-character text, in `chunks` syncs. */
const write = ({ rows, chunks }) =>
  excelTry(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Data");
    const per = rows / chunks;
    for (let chunk = 0; chunk < chunks; chunk++) {
      const values = Array.from({ length: per }, (_, r) =>
        Array.from({ length: 10 }, (_, c) => `${chunk}-${r}-${c}`.padEnd(40, ".")),
      );
      sheet.getRangeByIndexes(chunk * per, 0, per, 10).values = values;
      await context.sync();
    }
    return chunks;
  });

describe("Excel host: the payload limit of Excel on the web", { skip }, () => {
  test("a request over 5 MB fails as Excel on the web fails it and writes nothing; the same in two chunks passes", () =>
    withPage({ sheets: [{ name: "Data" }] }, async (open) => {
      const whole = await open.run(write, { rows: 12_000, chunks: 1 });
      assert.deepEqual(whole.error, {
        code: "RequestPayloadSizeLimitExceeded",
        message: PAYLOAD_ERRORS.request.message,
        location: undefined,
        isOfficeError: true,
      });
      assert.deepEqual(snapshot(open.workbook).sheets.Data.cells, {});
      const record = open.host.requests.at(-1);
      assert.ok(record.bytes.request > 5_000_000, `${record.bytes.request} bytes`);
      assert.equal(open.host.payloadLimits.request, 5_000_000);
      const chunked = await open.run(write, { rows: 12_000, chunks: 2 });
      assert.equal(chunked.error, undefined, JSON.stringify(chunked.error));
      assert.ok(
        open.host.requests
          .filter((r) => r.kind === "sync")
          .slice(-2)
          .every((r) => r.bytes.request < 5e6),
      );
      assert.equal(Object.keys(snapshot(open.workbook).sheets.Data.cells).length, 120_000);
      // Over 1,500 cells the client checks the grid's size, then writes it in chunks of rows.
      const calls = open.host.requests.filter((r) => r.kind === "sync").at(-1)?.calls ?? [];
      assert.ok(
        calls.some((c) => c.endsWith("._ValidateArraySize(6000, 10)")),
        calls.slice(0, 3).join("\n"),
      );
      assert.equal(calls.filter((c) => c.includes(".values = ")).length, 40);
    }));

  test("a response over the limit fails with ResponsePayloadSizeLimitExceeded; a smaller limit is a host option", () =>
    withPage(
      { sheets: [{ name: "Data", fill: { "A1:J2000": ({ address }) => `${address}`.padEnd(30, "-") } }] },
      async (open) => {
        const read = (address) =>
          open.run(
            (a) =>
              excelTry(async (context) => {
                const range = context.workbook.worksheets.getItem("Data").getRange(a).load("values");
                await context.sync();
                return range.values.length;
              }),
            address,
          );
        const big = await read("A1:J2000");
        assert.equal(big.error?.code, "ResponsePayloadSizeLimitExceeded");
        assert.equal(big.error.message, PAYLOAD_ERRORS.response.message);
        assert.equal((await read("A1:J500")).value, 500);
      },
      { host: { payloadLimit: 300_000 } },
    ));

  test("desktop Excel has no such limit (payloadLimit null)", () =>
    withPage(
      { sheets: [{ name: "Data" }] },
      async (open) => {
        const whole = await open.run(write, { rows: 12_000, chunks: 1 });
        assert.equal(whole.error, undefined, JSON.stringify(whole.error));
      },
      { host: { platform: "desktop" } },
    ));
});
