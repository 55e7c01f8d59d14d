/*
 * Pinned expectations for every insert button: a handful of figures, periods and number formats per action,
 * written here as the source states them (Turkmenistan 45% in Q1 2022, Tajikistan more than 22% in Jan–Aug
 * 2022, Kyrgyzstan's poll 70%, more than 50 meetings, a sevenfold increase), not taken from the product.
 * The other workbook tests check that the pane agrees with the built functions (support/product.mjs); a
 * change shared by both bundles (a figure, a format, a label) passes those and fails here.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { cellsUnder } from "../support/grid.mjs";
import { evaluateCaFormula } from "../support/product.mjs";
import { describeWorkbook, rowAction } from "../support/workbook.mjs";
import { dataSheet, formatOf } from "../support/written.mjs";

/**
 * The written cells of the row of `sheet` that holds a cell equal to `key`, as { value, format } in column
 * order; fails when no row holds it.
 * @param {{ cells: Record<string, { value?: unknown, numberFormat?: string }> }} sheet @param {unknown} key
 */
function rowWith(sheet, key) {
  const at = Object.entries(sheet.cells).find(([, cell]) => cell.value === key)?.[0];
  assert.ok(at !== undefined, `no cell holds ${JSON.stringify(key)}`);
  const row = at.replace(/^[A-Z]+/, "");
  return Object.entries(sheet.cells)
    .filter(([address, cell]) => address.replace(/^[A-Z]+/, "") === row && cell.value !== undefined)
    .sort(([a], [b]) => a.length - b.length || (a < b ? -1 : 1))
    .map(([, cell]) => ({ value: cell.value, format: formatOf(cell) }));
}

/** Asserts that the row holding `key` has each of the given cells (value under format), in any column. */
function assertRow(sheet, key, ...cells) {
  const row = rowWith(sheet, key);
  for (const cell of cells)
    assert.ok(
      row.some((c) => c.value === cell.value && c.format === cell.format),
      `${key}: ${JSON.stringify(cell)} not in ${JSON.stringify(row)}`,
    );
}

const TEXT = (/** @type {string} */ value) => ({ value, format: "@" });

describeWorkbook("Pinned figures and formats of every insert, independent of the built functions", (pane) => {
  for (const [id, value, format] of /** @type {[string, number, string][]} */ ([
    ["trade-growth.TM", 0.45, "0%"],
    ["trade-growth.TJ", 0.22, '">"0%'],
    ["putin-meetings", 50, '">"0'],
    ["telescopic-sights-growth.KG", 7, '"×"0'],
  ])) {
    test(`Insert value of ${id}: ${value} under ${format}`, async () => {
      const session = await pane.open(dataSheet("B3"));
      const result = await pane.act(session, rowAction(id, "value"));
      assert.equal(result.intent, "success", result.text);
      const cell = result.after.sheets.Data.cells.B3;
      assert.deepEqual({ value: cell.value, format: formatOf(cell) }, { value, format });
    });
  }

  test('Insert formula of trade-growth.TM: =CA.RUTRADE("TM") under 0%, calculating to 0.45', async () => {
    const session = await pane.open({ ...dataSheet("B3"), evaluateFormula: evaluateCaFormula });
    const result = await pane.act(session, rowAction("trade-growth.TM", "formula"));
    assert.equal(result.intent, "success", result.text);
    const cell = result.after.sheets.Data.cells.B3;
    assert.deepEqual(
      { formula: cell.formula, value: cell.value, format: formatOf(cell) },
      { formula: '=CA.RUTRADE("TM")', value: 0.45, format: "0%" },
    );
  });

  /**
   * @typedef {[string, ...{ value: unknown, format: string }[]]} PinnedRow a record's label (the default
   *   table's columns have no id), then cells of its row
   */
  /** The rows both record tables hold: the trade figures of Turkmenistan and Tajikistan. */
  const TRADE_ROWS = /** @type {PinnedRow[]} */ ([
    [
      "Growth of Russia’s trade turnover with Turkmenistan",
      TEXT("Turkmenistan"),
      { value: 0.45, format: "0%" },
      TEXT("Q1 2022"),
    ],
    [
      "Growth of Russia’s trade turnover with Tajikistan",
      { value: 0.22, format: '">"0%' },
      TEXT("Jan–Aug 2022"),
      TEXT("more than"),
    ],
  ]);
  const MEETINGS = "Putin’s meetings (online and in person) with Central Asian leaders";
  for (const [action, rows] of /** @type {[string, PinnedRow[]][]} */ ([
    ["table", [...TRADE_ROWS, [MEETINGS, { value: 50, format: '">"0' }, TEXT("2022 (to 23 Dec)")]]],
    ["topic table", TRADE_ROWS],
  ])) {
    test(`${action}: ${rows.length} pinned rows, each with its value, format and period`, async () => {
      const session = await pane.open(dataSheet("B3"));
      const result = await pane.act(session, action);
      assert.equal(result.intent, "success", result.text);
      for (const [id, ...cells] of rows) assertRow(result.after.sheets.Data, id, ...cells);
    });
  }

  test('trade chart: its data is the five countries with their periods, Tajikistan 0.22 under ">"0%', async () => {
    const session = await pane.open(dataSheet("B3"));
    const result = await pane.act(session, "trade chart");
    assert.equal(result.intent, "success", result.text);
    const sheet = result.after.sheets.Data;
    assertRow(sheet, "Turkmenistan (Q1 2022)", { value: 0.45, format: "0%" });
    assertRow(sheet, "Tajikistan (Jan–Aug 2022, more than 22%)", { value: 0.22, format: '">"0%' });
    assertRow(sheet, "Kazakhstan (Jan–Oct 2022)", { value: 0.1, format: "0%" });
    assert.equal(sheet.charts.length, 1);
    assert.equal(sheet.charts[0].source, "Data!B4:C9");
    rowWith(sheet, "“>” or “more than”: the source gives the figure as a lower bound.");
    const [chart] = sheet.charts;
    assert.equal(
      chart.title.text,
      "Growth of Russia’s trade turnover with Central Asian countries, 2022 (periods differ)\n" +
        "Source: Temur Umarov, Carnegie Politika, December 2022",
    );
    assert.deepEqual(chart.axes.valueAxis.title, {
      text: "Growth of trade turnover with Russia",
      visible: true,
    });
    assert.equal(chart.dataLabels.linkNumberFormat, true);
    // B3:C12 is the block (title, header, five rows, two notes, source); the chart starts a row below it.
    assert.equal(cellsUnder(session.workbook.sheetByName("Data"), chart), "B14:I29");
  });

  test("poll chart: Kyrgyzstan 0.7 under 0%, and the two countries without a poll named", async () => {
    const session = await pane.open(dataSheet("B3"));
    const result = await pane.act(session, "poll chart");
    assert.equal(result.intent, "success", result.text);
    const sheet = result.after.sheets.Data;
    assertRow(sheet, "Kyrgyzstan", { value: 0.7, format: "0%" });
    assertRow(sheet, "Uzbekistan", { value: 0.3, format: "0%" });
    rowWith(sheet, "The source reports no poll for Tajikistan, Turkmenistan.");
    rowWith(
      sheet,
      "The source introduces the three figures as “most people in Central Asia”, though 30 percent is not a majority. The source gives neither the date nor the pollster of the polls (“polls show”).",
    );
    assert.equal(sheet.charts.length, 1);
    assert.equal(
      sheet.charts[0].title.text,
      "People who blame the current economic problems on the Russian occupation of Ukraine (date not stated; published 23 Dec 2022)\n" +
        "Source: Temur Umarov, Carnegie Politika, December 2022",
    );
    assert.deepEqual(sheet.charts[0].axes.valueAxis.title, {
      text: "Share who blame the occupation",
      visible: true,
    });
  });

  test("stance matrix: Kazakhstan and Turkmenistan, column by column", async () => {
    const session = await pane.open(dataSheet("B3"));
    const result = await pane.act(session, "stance matrix");
    assert.equal(result.intent, "success", result.text);
    const sheet = result.after.sheets.Data;
    const answers = (/** @type {string} */ country) => rowWith(sheet, country).map((c) => c.value);
    // Invasion supported, sanctions kept, annexations recognised, Crimea recognised, banks take MIR, private MIR use.
    assert.deepEqual(answers("Kazakhstan"), ["Kazakhstan", false, true, false, false, false, true]);
    assert.deepEqual(answers("Turkmenistan"), ["Turkmenistan", false, true, false, false, false, false]);
  });

  test("timeline: Kyrgyzstan's cancelled CSTO exercises, Oct 2022, as dates 2022-10-01 to 2022-10-31", async () => {
    const session = await pane.open(dataSheet("B3"));
    const result = await pane.act(session, "timeline");
    assert.equal(result.intent, "success", result.text);
    assertRow(
      result.after.sheets.Data,
      "csto-exercises-cancelled.KG",
      TEXT("Oct 2022"),
      { value: 44835, format: "d mmm yy" },
      { value: 44865, format: "d mmm yy" },
      TEXT("Kyrgyzstan"),
    );
  });
});
