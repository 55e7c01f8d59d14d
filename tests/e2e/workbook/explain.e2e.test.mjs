/*
 * "This cell": the pane follows the selection and explains what the selected cell cites, through Excel's own
 * client and its selection events on the workbook host. Rows are kinds of cell; each counts the requests one
 * selection change costs.
 *
 * Pinned expectations: record ids and the words of quotes, independent of the bundle.
 */
/* global document -- waitForFunction callbacks run in the page */
import assert from "node:assert/strict";
import { test } from "node:test";
import { selectAndNotify, setPaneVisibility } from "../../excel-host/events.mjs";
import { evaluateCaFormula } from "../support/product.mjs";
import { describeWorkbook, rowAction } from "../support/workbook.mjs";

const TRADE = { formula: '=CA.INDICATORS("trade")' };

/** A workbook with every kind of cell the pane explains, and some it does not. */
function workbook() {
  return {
    sheets: [
      {
        name: "Data",
        activeCell: "A1",
        cells: {
          A2: "Kyrgyzstan",
          B2: { formula: '=CA.RUTRADE("UZ")', value: 0.4 },
          B3: { formula: "=CA.RUTRADE(A2)", value: 0.4 },
          B4: { formula: '=CA.RUTRADE("UZ")*100-CA.RUTRADE("KZ")*100', value: 30 },
          B5: { formula: '=CA.RUPOLL("Tajikistan")', value: { error: "#N/A" } },
          B6: { formula: "=SUM(A1:A3)", value: 0 },
          B7: 0.4,
        },
      },
    ],
    // Plain calls with literal arguments calculate through the built functions; the rest keep the host's answer.
    evaluateFormula: (formula) => {
      try {
        const value = evaluateCaFormula(formula);
        return Array.isArray(value) ? { spill: value } : value;
      } catch {
        return undefined;
      }
    },
  };
}

/**
 * Selects a cell, waits for the pane to settle and reads the panel: hidden, or its address line, calls and
 * records. `requests`: the sync POSTs the change cost.
 */
async function select(session, address, { answered: expectAnswer = true } = {}) {
  const { page, host } = session;
  await host.settled();
  host.reset();
  const answered = Number((await page.getAttribute("#explain", "data-answers")) ?? 0);
  await selectAndNotify(page, host, address);
  // The pane debounces, reads the cell and answers once (data-answers counts its answers).
  if (expectAnswer) {
    await page.waitForFunction(
      (before) => Number(document.getElementById("explain")?.dataset.answers ?? 0) > before,
      answered,
      { timeout: 5000 },
    );
  } else {
    // Longer than the pane's debounce: had it answered, it would have by now.
    await page.waitForTimeout(800);
    assert.equal(Number((await page.getAttribute("#explain", "data-answers")) ?? 0), answered, "no answer");
  }
  await host.settled();
  const panel = page.locator("#explain");
  const hidden = await panel.isHidden();
  return {
    hidden,
    address: hidden ? null : await panel.locator(".cell-line").getAttribute("data-address"),
    calls: hidden
      ? []
      : (await panel.locator(".calls li").allInnerTexts()).map((t) => t.replace(/\s+/g, " ").trim()),
    records: hidden
      ? []
      : await panel.locator(".explained-record").evaluateAll((n) => n.map((x) => x.getAttribute("data-id"))),
    text: hidden ? "" : await panel.innerText(),
    syncs: host.counts().sync,
  };
}

describeWorkbook(
  "This cell: the pane explains the selected cell, through Excel's selection events",
  (pane) => {
    test("a CA formula with literal arguments: its call, its record, quote and citation; one sync", async () => {
      const session = await pane.open(workbook());
      const seen = await select(session, "Data!B2");
      assert.equal(seen.hidden, false);
      assert.equal(seen.address, "Data!B2");
      assert.deepEqual(seen.calls, ['CA.RUTRADE("UZ") → trade-growth.UZ']);
      assert.deepEqual(seen.records, ["trade-growth.UZ"]);
      assert.match(seen.text, /40 percent with Uzbekistan in the first nine months/);
      assert.match(seen.text, /Temur Umarov/);
      assert.equal(seen.syncs, 1, "one sync per selection change");
    });

    test("an argument that refers to a cell is read (a second sync) and resolves", async () => {
      const session = await pane.open(workbook());
      const seen = await select(session, "Data!B3");
      assert.deepEqual(seen.records, ["trade-growth.KG"]);
      assert.equal(seen.syncs, 2);
    });

    test("a mixed formula lists every record it uses", async () => {
      const session = await pane.open(workbook());
      const seen = await select(session, "Data!B4");
      assert.deepEqual(seen.records, ["trade-growth.UZ", "trade-growth.KZ"]);
      assert.equal(seen.calls.length, 2);
    });

    test("a call the source cannot answer says why, in the function's words", async () => {
      const session = await pane.open(workbook());
      const seen = await select(session, "Data!B5");
      assert.match(seen.calls[0], /no poll for Tajikistan/);
      assert.deepEqual(seen.records, []);
    });

    test("other cells (a value, another formula, an empty cell) leave the panel hidden", async () => {
      const session = await pane.open(workbook());
      await select(session, "Data!B2");
      for (const address of ["Data!B6", "Data!B7", "Data!F9"]) {
        const seen = await select(session, address);
        assert.equal(seen.hidden, true, address);
      }
    });

    test("a row of a CA.INDICATORS spill is explained by its id", async () => {
      const values = /** @type {unknown[][]} */ (evaluateCaFormula(TRADE.formula));
      const session = await pane.open({
        sheets: [
          { name: "Data", activeCell: "A1", spills: [{ anchor: "D2", formula: TRADE.formula, values }] },
        ],
      });
      const seen = await select(session, "Data!F4");
      assert.equal(seen.hidden, false, "the spilled cell is explained");
      assert.equal(seen.records.length, 1);
      assert.match(seen.records[0], /^trade-growth\./);
      assert.match(seen.text, /a row of the table CA\.INDICATORS spills/);
      const header = await select(session, "Data!E2");
      assert.equal(header.hidden, true, "the header row names no record");
    });

    test("a cell the add-in inserted: its record; once the user edits it, said to have changed", async () => {
      const session = await pane.open({ sheets: [{ name: "Data", activeCell: "C3" }] });
      const inserted = await pane.act(session, rowAction("trade-growth.TJ", "value"));
      assert.equal(inserted.intent, "success", inserted.text);
      const seen = await select(session, "Data!C3");
      assert.deepEqual(seen.records, ["trade-growth.TJ"]);
      assert.match(seen.text, /inserted by the add-in/);
      assert.doesNotMatch(seen.text, /changed/);
      session.host.workbook.sheetByName("Data").edit(2, 2).value = 0.5;
      const edited = await select(session, "Data!C3");
      assert.match(edited.text, /no longer holds what the add-in inserted.*The source says >22%/s);
    });

    test("a row of an inserted table names its record, without an id column (the default columns)", async () => {
      const session = await pane.open({ sheets: [{ name: "Data", activeCell: "B3" }] });
      await session.page.fill("input[type=search]", "Kazakhstan");
      const shown = await session.page
        .locator("li.row")
        .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-id")));
      const inserted = await pane.act(session, "table");
      assert.equal(inserted.intent, "success", inserted.text);
      const values = Object.values(inserted.after.sheets.Data.cells).map((c) => c.value);
      assert.ok(!values.some((v) => shown.includes(v)), "no id column written");
      for (const { row, at } of [
        { row: 0, at: "D5" },
        { row: 2, at: "G7" },
      ]) {
        const seen = await select(session, `Data!${at}`);
        assert.deepEqual(seen.records, [shown[row]], at);
      }
    });

    test("while the pane is hidden, selection changes cost nothing; shown again, it explains the selection", async () => {
      const session = await pane.open(workbook());
      await setPaneVisibility(session.page, "Hidden", { document: true });
      const hidden = await select(session, "Data!B2", { answered: false });
      assert.equal(hidden.syncs, 0, "no request while hidden");
      session.host.reset();
      await setPaneVisibility(session.page, "Taskpane", { document: true });
      await session.page.locator("#explain:not([hidden])").waitFor({ timeout: 5000 });
      await session.host.settled();
      assert.equal(session.host.counts().sync, 1);
      assert.deepEqual(
        await session.page
          .locator("#explain .explained-record")
          .evaluateAll((n) => n.map((x) => x.getAttribute("data-id"))),
        ["trade-growth.UZ"],
      );
    });

    test("a quick run of selections is debounced: only the last is read", async () => {
      const session = await pane.open(workbook());
      session.host.reset();
      for (const address of ["Data!B7", "Data!B6", "Data!B5", "Data!B4", "Data!B2"]) {
        await selectAndNotify(session.page, session.host, address);
      }
      await session.page.locator("#explain .cell-line[data-address='Data!B2']").waitFor({ timeout: 5000 });
      await session.host.settled();
      assert.equal(session.host.counts().sync, 1);
    });
  },
);

describeWorkbook("This cell in a Russian Excel", (pane) => {
  test("a formula with the functions' Russian names, read through formulasLocal", async () => {
    const session = await pane.open(
      {
        sheets: [
          {
            name: "Лист1",
            activeCell: "A1",
            cells: { B2: { formula: '=CA.ТОРГОВЛЯ_РФ("KG"; "period")', value: "Jan–Jun 2022" } },
          },
        ],
      },
      { displayLanguage: "ru-RU" },
    );
    const seen = await select(session, "Лист1!B2");
    assert.deepEqual(seen.records, ["trade-growth.KG"]);
    assert.match(seen.text, /Эта ячейка/);
    assert.match(seen.text, /40 percent with Kyrgyzstan/);
  });
});
