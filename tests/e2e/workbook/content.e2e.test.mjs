/*
 * What each insert of records writes at the active cell, read back from the workbook after the pane ran it
 * through Excel's own client: values and number formats of Insert value, formulas of Insert formula, the table
 * of the shown rows and a topic's table (title, header, rows, per-cell formats, the Excel table and its name,
 * the source line). Every expected text comes from the built product (support/product.mjs), so these are
 * agreement checks that follow the dataset as it is revised; only the facts the source states plainly (40% for
 * Uzbekistan, …) are written here, and workbook/pinned.e2e.test.mjs pins a handful per action, independent of
 * the bundle. The comparisons (matrix, timeline, charts) are in workbook/comparisons.e2e.test.mjs.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { readBlock, valueOf } from "../support/grid.mjs";
import { formatValue } from "../../excel-host/numfmt.mjs";
import {
  comparisonFigures,
  countryCodeOf,
  evaluateCaFormula,
  field,
  figureFormat,
  formulaFormat,
  record,
  records,
  valueFormat,
} from "../support/product.mjs";
import { describeWorkbook, rowAction, showRows } from "../support/workbook.mjs";
import {
  ALL_TABLE_COLUMNS,
  assertOnlyBlockChanged,
  assertRecordTable,
  dataSheet,
  formatOf,
} from "../support/written.mjs";

describeWorkbook("What each insert writes, through Excel's own client", (pane) => {
  // ------------------------------------------------------------------------------------------ Insert value

  // The figures' formats are the product's own (figureFormat): 0% for 40%, with the source's hedge (">") where
  // it gives a lower bound; TRUE/FALSE stay under General.
  for (const [id, value, format] of /** @type {[string, number | boolean, string | null][]} */ ([
    ["trade-growth.UZ", 0.4, "0%"],
    ["putin-meetings", 50, null],
    ["telescopic-sights-growth.KG", 7, null],
    ["allows-private-mir-use.KZ", true, "General"],
    ["supported-invasion.TM", false, "General"],
  ])) {
    test(`Insert value of ${id}: B3 holds ${value} as a ${typeof value}, under its number format`, async () => {
      const session = await pane.open(dataSheet("B3"));
      const shown = (await session.page.textContent(`li.row[data-id="${id}"] .row-value`))?.trim() ?? "";
      const result = await pane.act(session, rowAction(id, "value"));
      assert.equal(result.intent, "success", result.text);
      assert.deepEqual(result.block, { address: "B3", sheet: "Data" });
      // The message names what the cell shows: a figure as the pane shows it, a stance as the logical written.
      const said = typeof value === "boolean" ? String(value).toUpperCase() : shown;
      // A period with its own brackets ("2022 (to 23 Dec)") goes between commas, not in a second pair.
      const period = String(record(id).period);
      const phrase = period.includes("(") ? `${said}, ${period}, as` : `${said} (${period}) as`;
      assert.ok(shown !== "" && result.text.includes(phrase), result.text);
      const cell = result.after.sheets.Data.cells.B3;
      const expected = format ?? figureFormat(id);
      assert.deepEqual({ value: cell.value, format: formatOf(cell) }, { value, format: expected });
      assert.equal(value, field(id, "value"), "the value CA.INDICATOR returns");
      assert.equal(expected, valueFormat(record(id)));
      assert.notEqual(typeof cell.value, "string");
      if (typeof value === "number") {
        // Excel shows the cell as the pane shows the figure: 40%, >50 (meetings), ×7.
        const text = formatValue(value, expected);
        assert.ok(shown.startsWith(text), `the cell shows ${text}, the pane ${shown}`);
        if (record(id).qualifier === "more than") assert.match(text, /^>/, "the hedge is shown");
      }
      assert.deepEqual(result.after.sheets.Data.tables, []);
      assert.deepEqual(result.after.sheets.Data.charts, []);
      assertOnlyBlockChanged(result);
    });
  }

  test("Insert value of an event writes its description as text (@)", async () => {
    const id = "visit-postponed.UZ";
    assert.equal(record(id).unit, "event");
    const session = await pane.open(dataSheet("D7"));
    const result = await pane.act(session, rowAction(id, "value"));
    assert.equal(result.intent, "success", result.text);
    assert.deepEqual(result.block, { address: "D7", sheet: "Data" });
    const { note, ...cell } = result.after.sheets.Data.cells.D7;
    assert.deepEqual(cell, { value: field(id, "value"), numberFormat: "@" });
    // Its citation note (tests/e2e/workbook/notes.e2e.test.mjs checks notes in full).
    assert.match(note, /Central Asia Indicators · visit-postponed\.UZ$/);
    assert.equal(typeof field(id, "value"), "string");
  });

  // ---------------------------------------------------------------------------------------- Insert formula

  /** Inserts a row's formula at C2 and checks the cell, the format and that it went in as a formula. */
  async function assertFormula(id, formula, format) {
    const session = await pane.open({ ...dataSheet("C2"), evaluateFormula: evaluateCaFormula });
    const result = await pane.act(session, rowAction(id, "formula"));
    assert.equal(result.intent, "success", result.text);
    assert.deepEqual(result.block, { address: "C2", sheet: "Data" });
    assert.ok(result.text.includes(formula), result.text);
    const cell = result.after.sheets.Data.cells.C2;
    assert.deepEqual(
      { formula: cell.formula, format: formatOf(cell) },
      { formula, format },
      `${id}: the formula and its format`,
    );
    assert.equal(format, formulaFormat(record(id)));
    assert.deepEqual(cell.value, field(id, "value"), "calculated, the formula gives the record's value");
    const writes = result.requests
      .flatMap((r) => r.calls)
      .filter((call) => /getRange\("C2"\)\.\w+ =/.test(call));
    assert.ok(
      writes.some((call) => call.includes(".formulas = ")),
      "written through Range.formulas",
    );
    assert.ok(!writes.some((call) => call.includes(".values = ")), "never as a value");
    assertOnlyBlockChanged(result);
  }

  for (const [id, formula, format] of /** @type {[string, string, string | null][]} */ ([
    ["trade-growth.UZ", '=CA.RUTRADE("UZ")', "0%"],
    ["putin-meetings", '=CA.INDICATOR("putin-meetings")', null],
    // One argument (the id with its country), so the formula needs no list separator in any language.
    ["telescopic-sights-growth.KG", '=CA.INDICATOR("telescopic-sights-growth.KG")', null],
    ["allows-private-mir-use.KZ", '=CA.INDICATOR("allows-private-mir-use.KZ")', "General"],
    // A text format would keep the formula from calculating, so an event's formula cell is General.
    ["csto-exercises-cancelled.KG", '=CA.INDICATOR("csto-exercises-cancelled.KG")', "General"],
  ])) {
    test(`Insert formula of ${id}: ${formula} under ${format ?? "the figure's own format"}`, () =>
      assertFormula(id, formula, format ?? figureFormat(id)));
  }

  test("Insert formula of a poll figure: =CA.RUPOLL with the country's code, under the figure's format", async () => {
    const [poll] = comparisonFigures("poll-war-blame");
    await assertFormula(poll.id, `=CA.RUPOLL("${countryCodeOf(poll.id)}")`, figureFormat(poll.id));
  });

  // ----------------------------------------------------------------------------------------------- Tables

  test("Insert table of all shown rows: title, header, every record with its formats, the Excel table, the source", async () => {
    const session = await pane.open(dataSheet("B3"));
    const shown = await showRows(session.page, {});
    assert.equal(shown.length, records().length, "with no filter every record is shown");
    const result = await pane.act(session, "table");
    assert.equal(result.intent, "success", result.text);
    assert.equal(result.block.address.split(":")[0], "B3");
    const title = result.after.sheets.Data.cells.B3.value;
    assert.ok(result.text.includes(`“${title}” (${shown.length} rows)`), result.text);
    assertRecordTable(result, shown, title);
    // Number formats go in before the values, so that a period such as "2008" stays text.
    const writes = result.requests.flatMap((r) => r.calls);
    const formats = writes.findIndex((call) => /getRange\("B3:[A-Z]+\d+"\)\.numberFormat = /.test(call));
    const values = writes.findIndex((call) => /getRange\("B3:[A-Z]+\d+"\)\.values = /.test(call));
    assert.ok(formats >= 0 && formats < values, "numberFormat, then values");
    // Facts of the source, as written.
    const sheet = result.after.sheets.Data;
    const block = readBlock(sheet, result.block.address, shown.length);
    const row = (id) => block.body[shown.indexOf(id)].map(valueOf);
    const at = (name) => block.header.indexOf(name);
    assert.equal(row("trade-growth.UZ")[at("Value")], 0.4);
    assert.equal(row("trade-growth.TJ")[at("Value")], 0.22);
    assert.equal(row("trade-growth.TJ")[at("Qualifier")], "more than");
    assert.equal(row("putin-meetings")[at("Value")], 50);
    assert.equal(row("allows-private-mir-use.KZ")[at("Value")], true);
    assert.equal(row("supported-invasion.KZ")[at("Value")], false);
    assert.equal(row("visit-postponed.UZ")[at("Quote")], field("visit-postponed.UZ", "quote"));
  });

  test("the column chooser: every column ticked gives the full table, the choice kept for the next insert", async () => {
    const session = await pane.open(dataSheet("B3"));
    const shown = await showRows(session.page, { country: "TJ" });
    await session.page.click(".columns-panel > summary");
    for (const box of await session.page.locator('input[name="table-column"]').all()) {
      // Each checkbox is labelled with its column's heading.
      const label = await session.page.textContent(`label[for="${await box.getAttribute("id")}"]`);
      assert.ok(ALL_TABLE_COLUMNS.includes(String(label)), String(label));
      if (!(await box.isChecked())) await box.check();
    }
    const result = await pane.act(session, "table");
    assert.equal(result.intent, "success", result.text);
    const title = result.after.sheets.Data.cells.B3.value;
    assertRecordTable(result, shown, title, ALL_TABLE_COLUMNS);
    const block = readBlock(result.after.sheets.Data, result.block.address, shown.length);
    const id = shown.find((x) => x.startsWith("trade-growth"));
    assert.equal(block.body[shown.indexOf(String(id))][block.header.indexOf("Id")].value, id);
    const stored = await session.page.evaluate(`localStorage.getItem("ca-indicators.table-columns")`);
    assert.deepEqual(JSON.parse(String(stored)), ALL_TABLE_COLUMNS, "remembered for the user");
  });

  test("after an insert on the user's sheet, Widen columns B:G fits the block's own columns, one sync", async () => {
    const session = await pane.open(dataSheet("B3"));
    const shown = await showRows(session.page, { country: "KZ" });
    const inserted = await pane.act(session, "table");
    assert.equal(inserted.intent, "success", inserted.text);
    assert.deepEqual(inserted.after.sheets.Data.columnWidths, {}, "the insert leaves widths as they were");
    assert.deepEqual(inserted.alternatives, ["widen-columns"]);
    const offer = await session.page.textContent('#messages fluent-button[data-action="widen-columns"]');
    assert.equal(offer?.trim(), "Widen columns B:G to fit");
    const result = await pane.act(session, "widen columns");
    assert.equal(result.intent, "success", result.text);
    assert.match(result.text, /Columns B:G now fit the block\. Excel’s Undo/);
    assert.equal(result.wire.sync, 1);
    const widths = result.after.sheets.Data.columnWidths;
    assert.deepEqual(Object.keys(widths).sort(), ["B", "C", "D", "E", "F", "G"], "only the block's columns");
    assert.equal(widths.C, 280, "the indicator's labels at a readable width");
    assert.equal(widths.G, 280, "the quotes at a readable width, not a page wide");
    // Autofit reads the header and body, not the long title in B3.
    const title = String(result.after.sheets.Data.cells.B3.value);
    assert.ok(widths.B < title.length * 5, `B is ${widths.B} pt, the title ${title.length} characters`);
    assert.ok(widths.B > 48, "Kazakhstan no longer cut");
    const cells = (s) => JSON.stringify(s.sheets.Data.cells);
    assert.equal(cells(result.after), cells(result.before), "no cell changes");
    assert.ok(shown.length > 0);
  });

  test("Insert table of the rows a filter shows: exactly those rows, in the order shown", async () => {
    const session = await pane.open(dataSheet("B3"));
    const shown = await showRows(session.page, { country: "KZ" });
    assert.ok(shown.length > 1 && shown.every((id) => id.endsWith(".KZ")), shown.join());
    const result = await pane.act(session, "table");
    assert.equal(result.intent, "success", result.text);
    const title = result.after.sheets.Data.cells.B3.value;
    assert.match(title, /Kazakhstan/, "the title says which rows");
    assertRecordTable(result, shown, title);
  });

  test("Insert table of a topic: the topic's records", async () => {
    const session = await pane.open(dataSheet("B3"));
    const result = await pane.act(session, "topic table");
    assert.equal(result.intent, "success", result.text);
    const ids = records("trade").map((r) => r.id);
    assert.ok(ids.includes("trade-growth.UZ"));
    assertRecordTable(result, ids, result.after.sheets.Data.cells.B3.value);
  });

  test("the table's name never clashes with an existing table's, whatever its case", async () => {
    const first = await pane.act(await pane.open(dataSheet("B3")), "topic table");
    const [{ name }] = first.after.sheets.Data.tables;
    const session = await pane.open({
      sheets: [
        ...dataSheet("B3").sheets,
        {
          name: "Other",
          cells: { A1: "a", B1: "b", A2: 1, B2: 2 },
          tables: [{ name: name.toUpperCase(), range: "A1:B2" }],
        },
      ],
    });
    const result = await pane.act(session, "topic table");
    assert.equal(result.intent, "success", result.text);
    assert.equal(result.after.sheets.Data.tables[0].name, `${name}_2`);
    assert.deepEqual(result.after.sheets.Other, result.before.sheets.Other, "the other table is untouched");
  });
});
