/*
 * What each comparison writes at the active cell, read back from the workbook after the pane ran it through
 * Excel's own client: the stance matrix, the timeline (dates as Excel dates) and the comparison charts, each
 * with its table, notes and source line. Expected texts come from the built product (support/product.mjs):
 * these are agreement checks (the pane writes what the functions answer); the pinned figures and formats,
 * independent of the bundle, are in workbook/pinned.e2e.test.mjs.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { cellsUnder, columnName, readBlock, rectAddress, rectOf, valueOf } from "../support/grid.mjs";
import {
  categoryLabel,
  comparisonFigures,
  countries,
  serialOf,
  stanceColumns,
  tableValueFormat,
  timelineEvents,
} from "../support/product.mjs";
import { describeWorkbook, showRows } from "../support/workbook.mjs";
import {
  dataSheet,
  formatOf,
  tableNameFor,
  assertOnlyBlockChanged,
  assertFrame,
} from "../support/written.mjs";

/** The record id a citation note names on its last line ("Central Asia Indicators · trade-growth.KZ"). */
const noteRecord = (/** @type {string} */ note) => /· (\S+)$/.exec(note)?.[1] ?? null;

describeWorkbook("What each comparison writes, through Excel's own client", (pane) => {
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
    // No quote column: each TRUE/FALSE carries its record's citation note, the country cells none.
    assert.deepEqual(
      block.cellNotes.map(({ row, column, note }) => [row, column, noteRecord(note)]),
      block.body.flatMap((_, r) =>
        columns.map(({ indicator }, j) => [r, 1 + j, `${indicator}.${nations[r].code}`]),
      ),
    );
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
    assert.equal(result.block.address, `A1:G${events.length + 3}`);
    const block = readBlock(sheet, result.block.address, events.length);
    assertFrame(block, sheet.cells.A1.value);
    assert.deepEqual(block.header, ["Date", "Start", "End", "Country", "Event", "Quote", "Id"]);
    // The quote column gives each row its sentence, so the timeline carries no notes.
    assert.deepEqual(block.cellNotes, []);
    block.body.forEach((cells, i) => {
      const e = events[i];
      assert.deepEqual(
        cells.map((c) => [valueOf(c), formatOf(c)]),
        [
          [e.period, "@"],
          [serialOf(e.start), "d mmm yy"],
          [serialOf(e.end), "d mmm yy"],
          [e.country, "@"],
          [e.label, "@"],
          [e.quote, "@"],
          [e.id, "@"],
        ],
        e.id,
      );
    });
    const october = block.body[events.findIndex((e) => e.id === "csto-exercises-cancelled.KG")].map(valueOf);
    assert.deepEqual(october.slice(0, 3), ["Oct 2022", serialOf("2022-10-01"), serialOf("2022-10-31")]);
    assert.deepEqual(
      sheet.tables.map((t) => [t.range, t.style, t.name]),
      [[`A2:G${events.length + 2}`, "TableStyleMedium2", tableNameFor(String(block.title.value))]],
    );
    assertOnlyBlockChanged(result);
  });

  test("Insert timeline follows the search and filters: its count on the button, only the events shown", async () => {
    const session = await pane.open(dataSheet("A1"));
    const { page } = session;
    const shown = await showRows(page, { country: "KG" });
    const events = timelineEvents().filter((e) => shown.includes(e.id));
    assert.ok(events.length >= 2 && events.length < timelineEvents().length, String(events.length));
    const timelineButton = page.locator('fluent-button[data-action="insert-timeline"]');
    assert.equal((await timelineButton.textContent())?.trim(), `Insert timeline (${events.length})`);
    const result = await pane.act(session, "timeline");
    assert.equal(result.intent, "success", result.text);
    assert.ok(result.text.includes(`(${events.length} events)`), result.text);
    const block = readBlock(result.after.sheets.Data, result.block.address, events.length);
    assert.deepEqual(
      block.body.map((cells) => valueOf(cells[6])),
      events.map((e) => e.id),
    );
    assertOnlyBlockChanged(result);

    // With no event shown, the timeline is disabled and the pane says why; the table still inserts.
    await page.selectOption("select[name=kind]", "stance");
    assert.equal((await timelineButton.textContent())?.trim(), "Insert timeline (0)");
    assert.equal(await timelineButton.getAttribute("disabled"), "");
    assert.match(await page.textContent("#command-hint"), /none of the records shown is an event/);
    assert.equal(await timelineButton.getAttribute("aria-describedby"), "command-hint");
    assert.equal(await page.getAttribute('fluent-button[data-action="insert-table"]', "disabled"), null);
    // Nothing shown at all: every command on the shown records is disabled, and the hint says so.
    await showRows(page, { query: "no such words anywhere" });
    for (const action of ["insert-table", "copy-tsv", "download-csv", "insert-timeline"])
      assert.equal(await page.getAttribute(`fluent-button[data-action="${action}"]`, "disabled"), "", action);
    assert.match(await page.textContent("#command-hint"), /no record is shown/);
  });

  // --------------------------------------------------------------------------------------------- Charts

  /** The attribution the chart carries inside itself, as its title's second line. */
  const CHART_SOURCE = "Source: Temur Umarov, Carnegie Politika, December 2022";

  /**
   * A comparison chart's data block (title, header, one row per figure, notes, source) and the bar chart
   * under it: one empty row after the source line, from the block's first column, eight columns wide and
   * sixteen rows tall (the product's frame), so that it hides none of the block's long lines.
   */
  async function assertComparison(session, result, indicator) {
    assert.equal(result.intent, "success", result.text);
    const figures = comparisonFigures(indicator);
    const periodPerRow = new Set(figures.map((f) => f.period)).size > 1;
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
    // No quote column: each value carries its record's citation note, quoting the words that state it.
    assert.deepEqual(
      block.cellNotes.map(({ row, column, note }) => [row, column, noteRecord(note)]),
      figures.map((f, i) => [i, 1, f.id]),
    );
    for (const { row: i, note } of block.cellNotes) {
      assert.ok(note.includes(`${Math.round(Number(figures[i].value) * 100)} percent`), note);
    }
    // Each value under its figure's own format, as in an inserted table: a lower bound shows ">22%".
    block.body.forEach((cells, i) => {
      assert.deepEqual(cells, [
        { value: categoryLabel(figures[i], periodPerRow), numberFormat: "@" },
        { value: figures[i].value, numberFormat: tableValueFormat(figures[i]) },
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
        valueAxisTitle: chart.axes.valueAxis.title,
        reversed: chart.axes.categoryAxis.reversePlotOrder,
        labels: [chart.dataLabels.showValue, chart.dataLabels.linkNumberFormat],
      },
      {
        type: "BarClustered",
        seriesBy: "Columns",
        source: `Data!${rectAddress(data)}`,
        // The attribution inside the chart: copied into slides, it keeps its source.
        title: `${title}\n${CHART_SOURCE}`,
        legend: false,
        valueAxis: "0%",
        // The value axis says what the bars measure: the value column's heading.
        valueAxisTitle: { text: block.header[1], visible: true },
        reversed: true,
        // Each label shows its cell's format, so a lower bound's label reads ">22%" too.
        labels: [true, true],
      },
    );
    const below = { row: row + block.rect.rowCount + 1, column, rowCount: 16, columnCount: 8 };
    const under = cellsUnder(session.workbook.sheetByName("Data"), chart);
    assert.equal(under, rectAddress(below), "under the block, one empty row between");
    assert.ok(rectOf(under).row > row + block.rect.rowCount - 1, "never over the block or its long lines");
    assert.deepEqual(sheet.tables, [], "no Excel table");
    assertOnlyBlockChanged(result);
    return block;
  }

  test("Insert trade chart: the five countries with each period in the label, a bar chart under the block", async () => {
    const session = await pane.open(dataSheet("B3"));
    const result = await pane.act(session, "trade chart");
    const block = await assertComparison(session, result, "trade-growth");
    assert.equal(block.body.length, countries().length, "every country has a trade figure");
    assert.equal(result.block.address.split(":")[0], "B3");
    const tj = block.body.find((cells) => String(cells[0].value).startsWith("Tajikistan"));
    assert.match(String(tj?.[0].value), /, more than 22%\)$/);
    assert.deepEqual(tj?.[1], { value: 0.22, numberFormat: '">"0%' }, "the cell keeps the hedge: >22%");
    assert.ok(
      block.notes.some((note) => String(note.value).includes("“>”")),
      "a note explains the “>” the cell and its label show",
    );
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
    // The rows name the country only (the one period is in the title); the records' caveat is a note.
    assert.deepEqual(
      block.body.map((cells) => cells[0].value),
      ["Kyrgyzstan", "Kazakhstan", "Uzbekistan"],
    );
    assert.equal(block.header[0], "Country");
    assert.ok(
      block.notes.some((note) => String(note.value).includes("neither the date nor the pollster")),
      "the caveat: no poll date, no pollster",
    );
    const written = JSON.stringify(result.after.sheets.Data);
    assert.doesNotMatch(written, /as of 23 Dec|Russia’s war/);
    assert.match(String(block.title.value), /the Russian occupation of Ukraine/);
  });
});
