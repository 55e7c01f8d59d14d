/*
 * The round-trip budget, counted on the wire: every insert is one Excel.run with two sync POSTs (check, then
 * write) whatever the number of rows, at the active cell and on a new sheet, and one when it refuses.
 * Excel.run's clean-up POST (releasing the ranges it kept) comes after the batch and is counted apart.
 * Table sizes come from the pane's own search box and filters.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { records } from "../support/product.mjs";
import { ACTIONS, describeWorkbook, showRows } from "../support/workbook.mjs";
import { dataSheet } from "../support/written.mjs";

const EMPTY = dataSheet();
const TAKEN = dataSheet("B3", { cells: { B3: "taken" } });

/** Sync POSTs as counted, with the clean-up POSTs apart (at most one, after the batch). */
function assertSyncs(result, syncs, what) {
  assert.equal(result.wire.sync, syncs, `${what}: ${syncs} sync POST(s)`);
  assert.ok(result.wire.cleanup <= 1, `${what}: at most one clean-up POST`);
  assert.equal(result.wire.processQuery, result.wire.sync + result.wire.cleanup + result.wire.runtime);
}

/**
 * Filters showing about `size` rows: a single row (topic and country), the topic or country whose row count is
 * nearest ten, or every row. The counts are read from the pane, so they follow the dataset.
 */
async function filtersFor(page, size) {
  if (size === "1") return { topic: "trade", country: "UZ" };
  if (size === "all") return {};
  const options = (name) =>
    page.$$eval(`select[name=${name}] option`, (nodes) =>
      nodes.map((o) => o.getAttribute("value") ?? "").filter((v) => v !== ""),
    );
  const candidates = [
    ...(await options("topic")).map((topic) => ({ topic })),
    ...(await options("country")).map((country) => ({ country })),
  ];
  let best = { filters: {}, count: Infinity };
  for (const filters of candidates) {
    const count = (await showRows(page, filters)).length;
    if (Math.abs(count - 10) < Math.abs(best.count - 10)) best = { filters, count };
  }
  return best.filters;
}

describeWorkbook("Round trips per insert, on the wire", (pane) => {
  for (const size of ["1", "about 10", "all"]) {
    test(`a table of ${size} shown row(s): two sync POSTs at the active cell and on a new sheet`, async (t) => {
      const session = await pane.open(EMPTY);
      const filters = await filtersFor(session.page, size);
      const shown = await showRows(session.page, filters);
      if (size === "1") assert.deepEqual(shown, ["trade-growth.UZ"]);
      if (size === "all") assert.equal(shown.length, records().length);
      else assert.ok(shown.length >= 1 && shown.length < records().length);
      t.diagnostic(`${shown.length} rows shown`);
      const result = await pane.act(session, "table");
      assert.equal(result.intent, "success", result.text);
      assert.ok(result.text.includes(`(${shown.length} rows)`), result.text);
      assertSyncs(result, 2, `${shown.length} rows at the active cell`);

      const elsewhere = await pane.open(TAKEN);
      await showRows(elsewhere.page, filters);
      assertSyncs(await pane.act(elsewhere, "table"), 1, `${shown.length} rows refused`);
      const onNewSheet = await pane.act(elsewhere, "new sheet");
      assert.equal(onNewSheet.intent, "success", onNewSheet.text);
      assert.ok(onNewSheet.text.includes(`(${shown.length} rows)`), onNewSheet.text);
      assertSyncs(onNewSheet, 2, `${shown.length} rows on a new sheet`);
    });
  }

  for (const action of Object.keys(ACTIONS)) {
    test(`${action}: two sync POSTs when it writes (at the active cell, on a new sheet), one when refused`, async () => {
      const written = await pane.act(await pane.open(EMPTY), action);
      assert.equal(written.intent, "success", written.text);
      assertSyncs(written, 2, `${action} at the active cell`);
      assert.equal(written.wire.cleanup, 1, "Excel.run releases the ranges it kept, once");

      const session = await pane.open(TAKEN);
      const refused = await pane.act(session, action);
      assert.equal(refused.intent, "warning", refused.text);
      assertSyncs(refused, 1, `${action} refused`);
      const onNewSheet = await pane.act(session, "new sheet");
      assert.equal(onNewSheet.intent, "success", onNewSheet.text);
      assertSyncs(onNewSheet, 2, `${action} on a new sheet`);
    });
  }

  test("a refused table of every row costs one sync POST", async () => {
    const clean = await pane.act(await pane.open(EMPTY), "table");
    const corner = clean.block.address.split(":")[1];
    const session = await pane.open(dataSheet("B3", { cells: { [corner]: 1 } }));
    const result = await pane.act(session, "table");
    assert.equal(result.intent, "warning", result.text);
    assert.ok(result.text.includes(`${corner} holds a value`), result.text);
    assertSyncs(result, 1, "refused");
  });
});
