/*
 * Citation notes on inserted cells, and the cells the guard now counts as the user's (a note, a number
 * format), through Excel's own client on the workbook host. Rows are starting workbooks.
 *
 * Pinned expectations (not read from the bundle): the note's lines for trade-growth.TJ as the source states
 * it, and the guard's words.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { describeWorkbook, REQUIREMENTS, rowAction } from "../support/workbook.mjs";
import { assertOnlyBlockChanged, dataSheet } from "../support/written.mjs";

const TJ = rowAction("trade-growth.TJ", "value");
const TJ_FORMULA = rowAction("trade-growth.TJ", "formula");

describeWorkbook("Citation notes on inserted cells, through Excel's own client", (pane) => {
  test("Insert value: the cell's note gives label, value as stated, period, quote and citation", async () => {
    const session = await pane.open(dataSheet("B3"));
    const result = await pane.act(session, TJ);
    assert.equal(result.intent, "success", result.text);
    const cell = result.after.sheets.Data.cells.B3;
    assert.equal(cell.value, 0.22);
    assert.equal(cell.numberFormat, '">"0%');
    const lines = cell.note.split("\n");
    assert.deepEqual(lines.slice(0, 2), [
      "Growth of Russia’s trade turnover with Tajikistan",
      ">22% (more than), Jan–Aug 2022",
    ]);
    assert.match(lines[2], /^“.*more than 22 percent with Tajikistan in the first eight months.*”$/);
    assert.match(lines[3], /^Temur Umarov, “Russia and Central Asia: Never Closer, or Drifting Apart\?”/);
    assert.match(lines[3], /republished \(machine translation\) by exbulletin\.com on 2022-12-23/);
    assert.equal(lines[4], "Central Asia Indicators · trade-growth.TJ");
    // A long quote is cut only between words, and says so.
    const quote = lines[2].slice(1, -1);
    for (const piece of quote.split("…").filter((p) => p.trim() !== "")) {
      assert.ok(quote.length < 400, "short enough for the note box");
      assert.ok(
        piece
          .trim()
          .split(" ")
          .every((word) => word.length > 0),
      );
    }
    assert.equal(result.wire.sync, 2, "the note costs no round trip");
    assertOnlyBlockChanged(result);
  });

  test("Insert formula: the formula cell carries the same note", async () => {
    const session = await pane.open(dataSheet("C5"));
    const result = await pane.act(session, TJ_FORMULA);
    assert.equal(result.intent, "success", result.text);
    const cell = result.after.sheets.Data.cells.C5;
    assert.equal(cell.formula, '=CA.RUTRADE("TJ")');
    assert.match(cell.note, /^Growth of Russia’s trade turnover with Tajikistan\n>22% \(more than\)/);
    assertOnlyBlockChanged(result);
  });

  test("a note the user wrote in the target is the user's: refused, never replaced", async () => {
    const session = await pane.open(
      dataSheet("B3", { cells: { B3: { note: "Checked against customs data" } } }),
    );
    const result = await pane.act(session, TJ);
    assert.equal(result.intent, "warning");
    assert.match(result.text, /B3 has a note\. Nothing was inserted/);
    assert.deepEqual(result.changes, []);
    assert.equal(result.after.sheets.Data.cells.B3.note, "Checked against customs data");
    assert.deepEqual(result.alternatives, ["pick-another-cell", "new-sheet"]);
  });

  test("a note elsewhere on the sheet costs one round trip to locate, and does not stand in the way", async () => {
    const session = await pane.open(dataSheet("B3", { cells: { H20: { value: 1, note: "mine" } } }));
    const result = await pane.act(session, TJ);
    assert.equal(result.intent, "success", result.text);
    assert.equal(result.wire.sync, 3, "check, locate the sheet's notes, write");
    assert.equal(result.after.sheets.Data.cells.H20.note, "mine");
    assertOnlyBlockChanged(result);
  });

  test("a table carries its quote column and no notes", async () => {
    const session = await pane.open(dataSheet("B3"));
    const result = await pane.act(session, "table");
    assert.equal(result.intent, "success", result.text);
    const noted = Object.values(result.after.sheets.Data.cells).filter((c) => c.note !== undefined);
    assert.deepEqual(noted, []);
    assert.ok(Object.values(result.after.sheets.Data.cells).some((c) => c.value === "Quote"));
  });

  test("Excel without notes (before ExcelApi 1.18): inserted as before, and said once", async () => {
    const session = await pane.open(dataSheet("B3"), {
      requirements: REQUIREMENTS.excel117,
      excelApi: "1.17",
    });
    const first = await pane.act(session, TJ);
    assert.equal(first.intent, "success", first.text);
    assert.equal(first.after.sheets.Data.cells.B3.note, undefined);
    assert.match(first.text, /Notes on cells need ExcelApi 1\.18/);
    assert.equal(first.errors.length, 0, "no request for notes was made");
    await session.page.click('li.row[data-id="trade-growth.TJ"] button.row-head');
    session.host.workbook.sheetByName("Data").activeCell = { row: 9, column: 1 };
    const second = await pane.act(session, TJ_FORMULA);
    assert.equal(second.intent, "success", second.text);
    assert.doesNotMatch(second.text, /Notes on cells need/, "said once per session");
  });
});

describeWorkbook("A formatted empty cell is the user's, through Excel's own client", (pane) => {
  for (const [name, format, cell] of [
    ["a number format in the target", "0.00", "C4"],
    ["text format (@) in the target", "@", "D5"],
  ]) {
    test(`${name} is refused with the format named; nothing changes`, async () => {
      const session = await pane.open(dataSheet("B3", { cells: { [cell]: { numberFormat: format } } }));
      const result = await pane.act(session, "table");
      assert.equal(result.intent, "warning");
      assert.ok(result.text.includes(`${cell} has its own number format (${format})`), result.text);
      assert.deepEqual(result.changes, []);
    });
  }

  test("a format outside the block is no obstacle, and stays as it was", async () => {
    const session = await pane.open(dataSheet("B3", { cells: { A1: { numberFormat: "0.00" } } }));
    const result = await pane.act(session, "stance matrix");
    assert.equal(result.intent, "success", result.text);
    assert.equal(result.after.sheets.Data.cells.A1.numberFormat, "0.00");
  });
});
