/*
 * What each insert writes at the active cell, read back from the workbook after the pane ran it through
 * Excel's own client: values and number formats of Insert value, formulas of Insert formula, the table of the
 * shown rows and a topic's table (title, header, rows, per-cell formats, the Excel table and its name, the
 * source line), the stance matrix, the timeline and the comparison charts. Every expected text comes from the
 * built product (support/product.mjs), so these tests follow the dataset as it is revised; only the facts the
 * source states plainly (40% for Uzbekistan, more than 22% for Tajikistan, …) are written here.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  cellsUnder,
  columnName,
  NOTE_FONT,
  readBlock,
  rectAddress,
  rectOf,
  valueOf,
} from "./support/grid.mjs";
import { formatValue } from "../excel-host/numfmt.mjs";
import {
  categoryLabel,
  comparisonFigures,
  countries,
  countryCodeOf,
  evaluateCaFormula,
  field,
  figureFormat,
  formulaFormat,
  record,
  records,
  serialOf,
  sourceLine,
  stanceColumns,
  tableValueFormat,
  timelineEvents,
  valueFormat,
} from "./support/product.mjs";
import { describeWorkbook, rowAction, showRows } from "./support/workbook.mjs";

/** A workbook of one sheet, "Data", with the active cell where the insert goes. */
const dataSheet = (activeCell = "B3", extra = {}) => ({ sheets: [{ name: "Data", activeCell, ...extra }] });

/** A cell's number format; General is not stored. */
const formatOf = (/** @type {{ numberFormat?: string }} */ cell) => cell.numberFormat ?? "General";

/** The columns every table of records starts with (CA.INDICATORS-like columns are only ever appended). */
const TABLE_COLUMNS = ["Country", "Indicator", "Value", "Unit", "Period", "Qualifier", "Quote", "Id"];

/** The table name the product gives a title: "CA_" and its first six words of letters and digits. */
const tableNameFor = (/** @type {string} */ title) =>
  `CA_${title
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .slice(0, 6)
    .join("_")}`;

/** Only cells of the block changed, and at most an Excel table and a chart were added on the sheet. */
function assertOnlyBlockChanged(result) {
  const { address, sheet } = result.block;
  const rect = rectOf(address);
  const outside = result.changes.filter((c) => {
    if (c.sheet !== sheet) return true;
    if (c.kind === "sheet") return !["tables", "charts"].includes(c.key);
    if (c.kind !== "cell") return true; // column widths and row heights stay the user's
    const cell = rectOf(c.key);
    return !(
      cell.row >= rect.row &&
      cell.row < rect.row + rect.rowCount &&
      cell.column >= rect.column &&
      cell.column < rect.column + rect.columnCount
    );
  });
  assert.deepEqual(outside, [], `only ${address} changed`);
}

/** The title line bold at 13 pt, notes and source line in grey italics, the source line the citation. */
function assertFrame(block, title) {
  assert.equal(block.title.value, title);
  assert.deepEqual(block.title.font, { bold: true, size: 13 });
  for (const note of block.notes) {
    assert.equal(typeof note.value, "string");
    assert.notEqual(note.value, "");
    assert.deepEqual(note.font, NOTE_FONT);
  }
  assert.equal(block.source.value, sourceLine());
  assert.deepEqual(block.source.font, NOTE_FONT);
}

/**
 * The table of `ids` as written: the header's first columns, one row per record in order with each cell
 * what the functions answer for it, per-cell formats (the value's by unit, text elsewhere), no percentages as
 * text, and an Excel table named after the title over the header and rows.
 */
function assertRecordTable(result, ids, title) {
  const sheet = result.after.sheets[result.block.sheet];
  const block = readBlock(sheet, result.block.address, ids.length);
  assert.equal(block.rect.rowCount, ids.length + 3, "title, header, one row per record, source line");
  assertFrame(block, title);
  assert.deepEqual(block.header.slice(0, TABLE_COLUMNS.length), TABLE_COLUMNS);
  assert.equal(new Set(block.header).size, block.header.length, "distinct column names");
  assert.ok(block.header.every((name) => typeof name === "string" && name !== ""));
  const all = new Map(records().map((r) => [r.id, r]));
  block.body.forEach((cells, i) => {
    const r = all.get(ids[i]);
    assert.ok(r, `CA.INDICATORS() lists ${ids[i]}`);
    const expected = {
      Country: r.country,
      Indicator: r.label,
      Value: r.value,
      Unit: r.unit,
      Period: r.period,
      Qualifier: r.qualifier,
      Quote: field(r.id, "quote"),
      Id: r.id,
    };
    block.header.forEach((heading, c) => {
      const cell = cells[c];
      const name = String(heading);
      const key = name.toLowerCase();
      const want = Object.hasOwn(expected, name)
        ? expected[name]
        : Object.hasOwn(r, key)
          ? r[key]
          : undefined;
      if (want !== undefined) assert.deepEqual(valueOf(cell), want, `${r.id}: ${name}`);
      assert.equal(formatOf(cell), name === "Value" ? tableValueFormat(r) : "@", `${r.id}: ${name}'s format`);
      if (typeof cell.value === "string")
        assert.doesNotMatch(cell.value, /^\d+(\.\d+)?%$/, "no percent as text");
    });
    const value = cells[block.header.indexOf("Value")].value;
    if (r.unit === "yes/no") assert.equal(typeof value, "boolean", `${r.id}: TRUE/FALSE`);
    else if (r.unit === "event") assert.equal(value, undefined, `${r.id}: an event has no value`);
    else assert.equal(typeof value, "number", `${r.id}: a real number`);
    assert.equal(typeof cells[block.header.indexOf("Period")].value, "string", "periods stay text");
  });
  const { row, column, columnCount } = block.rect;
  assert.deepEqual(sheet.tables, [
    {
      name: tableNameFor(title),
      id: sheet.tables[0]?.id,
      range: rectAddress({ row: row + 1, column, rowCount: ids.length + 1, columnCount }),
      style: "TableStyleMedium2",
      headers: block.header,
    },
  ]);
  assert.deepEqual(block.notes, [], "a table of records has no notes");
  assertOnlyBlockChanged(result);
  assert.deepEqual(result.after.sheets[result.block.sheet].charts, []);
}

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
      assert.ok(shown !== "" && result.text.includes(`${shown} (${record(id).period})`), result.text);
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
    assert.deepEqual(result.after.sheets.Data.cells.D7, { value: field(id, "value"), numberFormat: "@" });
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
    assert.equal(row("visit-postponed.UZ")[at("Unit")], "event");
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
        { name: "Data", active: true, activeCell: "B3" },
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

  // ---------------------------------------------------------------------------------------- Stance matrix

  test("Insert stance matrix: Country and one column per stance, TRUE/FALSE per country, an Excel table, notes, source", async () => {
    const session = await pane.open(dataSheet("B2"));
    const result = await pane.act(session, "stance matrix");
    assert.equal(result.intent, "success", result.text);
    const columns = stanceColumns();
    const nations = countries();
    const sheet = result.after.sheets.Data;
    const block = readBlock(sheet, result.block.address, nations.length);
    assert.equal(result.block.address.split(":")[0], "B2");
    assert.equal(block.rect.columnCount, 1 + columns.length, "Country, then one column per stance");
    assertFrame(block, sheet.cells.B2.value);
    assert.equal(block.header[0], "Country");
    assert.equal(new Set(block.header).size, block.header.length);
    assert.ok(block.header.every((h) => typeof h === "string" && h !== ""));
    block.body.forEach((cells, i) => {
      assert.deepEqual(cells[0], { value: nations[i].name, numberFormat: "@" });
      columns.forEach(({ indicator, answers }, j) => {
        const cell = cells[1 + j];
        assert.equal(cell.value, answers.get(nations[i].code), `${indicator}.${nations[i].code}`);
        assert.equal(typeof cell.value, "boolean");
        assert.equal(formatOf(cell), "General");
      });
    });
    const column = (indicator) =>
      block.body.map((cells) => cells[1 + columns.findIndex((c) => c.indicator === indicator)].value);
    assert.deepEqual(
      column("allows-private-mir-use"),
      nations.map((n) => n.code === "KZ"),
    );
    assert.deepEqual(
      column("supported-invasion"),
      nations.map(() => false),
    );
    assert.ok(block.notes.length >= 1, "the matrix says what TRUE and FALSE mean");
    const { row, column: first, columnCount } = block.rect;
    assert.equal(sheet.tables.length, 1);
    assert.deepEqual(
      { ...sheet.tables[0], id: null },
      {
        name: tableNameFor(String(block.title.value)),
        id: null,
        range: rectAddress({ row: row + 1, column: first, rowCount: 1 + nations.length, columnCount }),
        style: "TableStyleMedium2",
        headers: block.header,
      },
    );
    assertOnlyBlockChanged(result);
  });

  // ------------------------------------------------------------------------------------------- Timeline

  test("Insert timeline: every event with its dates as Excel dates, an Excel table, the source", async () => {
    const session = await pane.open(dataSheet("A1"));
    const result = await pane.act(session, "timeline");
    assert.equal(result.intent, "success", result.text);
    const events = timelineEvents();
    assert.ok(result.text.includes(`(${events.length} events)`), result.text);
    const sheet = result.after.sheets.Data;
    assert.equal(result.block.address, `A1:F${events.length + 3}`);
    const block = readBlock(sheet, result.block.address, events.length);
    assertFrame(block, sheet.cells.A1.value);
    assert.deepEqual(block.header, ["Date", "Start", "End", "Country", "Event", "Quote"]);
    block.body.forEach((cells, i) => {
      const e = events[i];
      assert.deepEqual(
        cells.map((c) => [valueOf(c), formatOf(c)]),
        [
          [e.period, "@"],
          [serialOf(e.start), "yyyy-mm-dd"],
          [serialOf(e.end), "yyyy-mm-dd"],
          [e.country, "@"],
          [e.label, "@"],
          [e.quote, "@"],
        ],
        e.id,
      );
    });
    const october = block.body[events.findIndex((e) => e.id === "csto-exercises-cancelled.KG")].map(valueOf);
    assert.deepEqual(october.slice(0, 3), ["Oct 2022", serialOf("2022-10-01"), serialOf("2022-10-31")]);
    assert.deepEqual(
      sheet.tables.map((t) => [t.range, t.style, t.name]),
      [[`A2:F${events.length + 2}`, "TableStyleMedium2", tableNameFor(String(block.title.value))]],
    );
    assertOnlyBlockChanged(result);
  });

  // --------------------------------------------------------------------------------------------- Charts

  /**
   * A comparison chart's data block (title, header, one row per figure, notes, source) and the bar chart
   * beside it: one empty column between, eight columns wide, at least sixteen rows tall (the product's frame).
   */
  async function assertComparison(session, result, indicator) {
    assert.equal(result.intent, "success", result.text);
    const figures = comparisonFigures(indicator);
    const sheet = result.after.sheets.Data;
    const block = readBlock(sheet, result.block.address, figures.length);
    assert.equal(block.rect.columnCount, 2);
    const title = (
      await session.page.textContent(`figure[data-indicator="${indicator}"] .chart-title`)
    )?.trim();
    assertFrame(block, title);
    assert.ok(block.header.every((h) => typeof h === "string" && h !== ""));
    assert.ok(
      block.rows[1].every((cell) => cell.font?.bold === true),
      "a bold header",
    );
    block.body.forEach((cells, i) => {
      assert.deepEqual(cells, [
        { value: categoryLabel(figures[i]), numberFormat: "@" },
        { value: figures[i].value, numberFormat: "0%" },
      ]);
    });
    const { row, column } = block.rect;
    const data = { row: row + 1, column, rowCount: 1 + figures.length, columnCount: 2 };
    assert.equal(sheet.charts.length, 1);
    const [chart] = sheet.charts;
    assert.deepEqual(
      {
        type: chart.type,
        seriesBy: chart.seriesBy,
        source: chart.source,
        title: chart.title.text,
        legend: chart.legend.visible,
        valueAxis: chart.axes.valueAxis.numberFormat,
        reversed: chart.axes.categoryAxis.reversePlotOrder,
        labels: [chart.dataLabels.showValue, chart.dataLabels.numberFormat],
      },
      {
        type: "BarClustered",
        seriesBy: "Columns",
        source: `Data!${rectAddress(data)}`,
        title,
        legend: false,
        valueAxis: "0%",
        reversed: true,
        labels: [true, "0%"],
      },
    );
    const beside = {
      row,
      column: column + 2 + 1,
      rowCount: Math.max(16, block.rect.rowCount),
      columnCount: 8,
    };
    const under = cellsUnder(session.workbook.sheetByName("Data"), chart);
    assert.equal(under, rectAddress(beside), "beside the data, one empty column between");
    assert.ok(rectOf(under).column > column + 1, "never over the data");
    assert.deepEqual(sheet.tables, [], "no Excel table");
    assertOnlyBlockChanged(result);
    return block;
  }

  test("Insert trade chart: the five countries with each period in the label, a bar chart beside the data", async () => {
    const session = await pane.open(dataSheet("B3"));
    const result = await pane.act(session, "trade chart");
    const block = await assertComparison(session, result, "trade-growth");
    assert.equal(block.body.length, countries().length, "every country has a trade figure");
    assert.equal(result.block.address.split(":")[0], "B3");
    const tj = block.body.find((cells) => String(cells[0].value).startsWith("Tajikistan"));
    assert.match(String(tj?.[0].value), /, more than\)$/);
    assert.equal(tj?.[1].value, 0.22);
    assert.equal(block.body.find((cells) => String(cells[0].value).startsWith("Uzbekistan"))?.[1].value, 0.4);
    assert.ok(block.notes.length >= 1, "the lower bound is explained");
  });

  test("Insert poll chart: the three polled countries, and a note naming those without a poll", async () => {
    const session = await pane.open(dataSheet("A1"));
    const result = await pane.act(session, "poll chart");
    const block = await assertComparison(session, result, "poll-war-blame");
    assert.equal(block.body.length, 3);
    const polled = new Set(comparisonFigures("poll-war-blame").map((r) => r.country));
    const unpolled = countries().filter((c) => !polled.has(c.name));
    assert.equal(unpolled.length, 2);
    assert.ok(
      block.notes.some((note) => unpolled.every((c) => String(note.value).includes(c.name))),
      "a note names the countries without a poll",
    );
    assert.equal(result.after.sheets.Data.charts[0].source, `Data!A2:B${2 + block.body.length}`);
    assert.equal(columnName(block.rect.column), "A");
  });
});
