/*
 * What each action writes into the workbook: values, number formats, formulas, tables, the chart and the
 * source line, at the active cell and on a new sheet. The workbook is office-addin-mock based (see
 * tests/support/excelMock.ts).
 */
import { RECORDS, RECORDS_BY_ID } from "../../src/core/dataset";
import { comparisonChartData, tableBlock } from "../../src/excel/blocks";
import { layoutBlock } from "../../src/excel/layout";
import { formatCitation } from "../../src/core/source";
import type { IndicatorRecord } from "../../src/core/types";
import { parseRect, intersects } from "../../src/excel/a1";
import { createExcelActions } from "../../src/excel/actions";
import { createExcelMock, type SheetState } from "../support/excelMock";
import { expectRectangular } from "../support/rectangular";

const record = (id: string): IndicatorRecord => {
  const found = RECORDS_BY_ID.get(id);
  if (found === undefined) throw new Error(`No record ${id}`);
  return found;
};

function setup(state: SheetState = {}) {
  const mock = createExcelMock(state);
  return { mock, actions: createExcelActions(mock.run, () => true) };
}

const SOURCE = `Source: ${formatCitation()}`;

describe("insertValue", () => {
  test.each([
    ["trade-growth.UZ", 0.4, "0%", "40%"],
    ["putin-meetings", 50, "0", ">50 meetings"],
    ["telescopic-sights-growth.KG", 7, '0"×"', "×7"],
    ["allows-private-mir-use.KZ", true, "General", "Yes"],
    ["supported-invasion.TM", false, "General", "No"],
  ])("%s: the cell holds %p formatted %s", async (id, value, format, shown) => {
    const { mock, actions } = setup({ activeCell: "B3" });
    const outcome = await actions.insertValue(record(id), "active-cell");
    expect(outcome).toMatchObject({ ok: true, address: "Sheet1!B3" });
    expect(outcome.message).toContain(shown);
    expect(outcome.message).toContain("B3");
    expect(mock.cellAt("B3")).toEqual({ value, numberFormat: format });
    expect(typeof mock.cellAt("B3").value).not.toBe("string");
    expect(mock.recorder.tables).toHaveLength(0);
    expect(mock.recorder.charts).toHaveLength(0);
  });

  test("an event's value is its description, written as text", async () => {
    const { mock, actions } = setup({ activeCell: "D7" });
    await actions.insertValue(record("visit-postponed.UZ"), "active-cell");
    expect(mock.cellAt("D7")).toEqual({ value: record("visit-postponed.UZ").label, numberFormat: "@" });
  });

  test("on a new sheet, named after the record, at A1, and the sheet is shown", async () => {
    const { mock, actions } = setup({ sheetNames: ["trade-growth.UZ"] });
    const outcome = await actions.insertValue(record("trade-growth.UZ"), "new-sheet");
    expect(outcome).toMatchObject({ ok: true, address: "trade-growth.UZ (2)!A1" });
    expect(mock.recorder.sheetsAdded).toEqual(["trade-growth.UZ (2)"]);
    expect(mock.recorder.activated).toEqual(["trade-growth.UZ (2)"]);
    expect(mock.cellAt("A1", "trade-growth.UZ (2)")).toEqual({ value: 0.4, numberFormat: "0%" });
    expect(mock.recorder.ranges.every((r) => r.sheet === "trade-growth.UZ (2)")).toBe(true);
  });
});

describe("insertFormula", () => {
  test.each([
    ["trade-growth.UZ", '=CA.RUTRADE("UZ")', "0%"],
    ["poll-war-blame.KG", '=CA.RUPOLL("KG")', "0%"],
    ["putin-meetings", '=CA.INDICATOR("putin-meetings")', "0"],
    ["oil-export-via-russia.KZ", '=CA.INDICATOR("oil-export-via-russia","KZ")', "0%"],
    ["banks-accept-mir.UZ", '=CA.INDICATOR("banks-accept-mir","UZ")', "General"],
    // A text format would keep the formula from calculating, so an event's formula cell is General.
    ["csto-exercises-cancelled.KG", '=CA.INDICATOR("csto-exercises-cancelled","KG")', "General"],
  ])("%s → %s formatted %s", async (id, formula, format) => {
    const { mock, actions } = setup({ activeCell: "C2" });
    const outcome = await actions.insertFormula(record(id), "active-cell");
    expect(outcome).toMatchObject({ ok: true, address: "Sheet1!C2" });
    expect(outcome.message).toContain(formula);
    expect(mock.rangeAt("C2")?.formulas).toEqual([[formula]]);
    expect(mock.rangeAt("C2")?.values).toBeUndefined();
    expect(mock.cellAt("C2")).toEqual({ value: formula, numberFormat: format });
  });
});

describe("insertTable", () => {
  const records = [
    record("trade-growth.KZ"),
    record("trade-growth.TJ"),
    record("putin-meetings"),
    record("allows-private-mir-use.KZ"),
  ];

  test("title, header, rows with real numbers, per-cell formats, an Excel table and the source line under it", async () => {
    const { mock, actions } = setup({ activeCell: "B3" });
    const outcome = await actions.insertTable(records, "Selected figures", "active-cell");
    // Title B3, header B4, 4 rows B5:B8, source B9; 8 columns B:I.
    expect(outcome).toMatchObject({ ok: true, address: "Sheet1!B3:I9" });
    expect(outcome.message).toContain("Selected figures");

    const block = mock.rangeAt("B3:I9");
    expect(block?.values).toEqual(layoutBlock(tableBlock(records, "Selected figures")).values);
    expectRectangular(block?.values ?? [], 8);
    expectRectangular(block?.numberFormat ?? [], 8);

    expect(mock.cellAt("B3").value).toBe("Selected figures");
    expect(mock.rangeAt("B3")?.format.font.bold).toBe(true);
    expect(["B4", "C4", "D4", "E4", "F4", "G4", "H4", "I4"].map((a) => mock.cellAt(a).value)).toEqual([
      "Country",
      "Indicator",
      "Value",
      "Unit",
      "Period",
      "Qualifier",
      "Quote",
      "Id",
    ]);
    expect(mock.cellAt("B5").value).toBe("Kazakhstan");
    expect(mock.cellAt("D5")).toEqual({ value: 0.1, numberFormat: "0%" });
    expect(mock.cellAt("D6")).toEqual({ value: 0.22, numberFormat: "0%" });
    expect(mock.cellAt("G6").value).toBe("more than");
    expect(mock.cellAt("F6").value).toBe("Jan–Aug 2022");
    expect(mock.cellAt("D7")).toEqual({ value: 50, numberFormat: "0" });
    expect(mock.cellAt("D8")).toEqual({ value: true, numberFormat: "General" });
    expect(mock.cellAt("F5").numberFormat).toBe("@");
    for (const row of block?.values ?? []) {
      for (const cell of row) if (typeof cell === "string") expect(cell).not.toMatch(/^\d+(\.\d+)?%$/);
    }

    expect(mock.recorder.tables).toHaveLength(1);
    const [table] = mock.recorder.tables;
    expect(table).toMatchObject({
      hasHeaders: true,
      name: "CA_Selected_figures",
      style: "TableStyleMedium2",
    });
    expect(table.range.address).toBe("B4:I8");

    expect(mock.cellAt("B9").value).toBe(SOURCE);
    expect(mock.rangeAt("B9")?.format.font).toMatchObject({ italic: true, color: "#595959" });
    // The quote and indicator columns get a fixed width; the others are autofitted.
    expect(mock.rangeAt("B4:I8")?.format.autofitted).toBe(true);
    expect(mock.rangeAt("C4:C8")?.format.columnWidth).toBe(280);
    expect(mock.rangeAt("H4:H8")?.format.columnWidth).toBe(280);
  });

  test("numbers are formatted before values are written, so text such as the period “2022” stays text", async () => {
    const { mock, actions } = setup();
    await actions.insertTable([record("putin-meetings")], "Meetings", "active-cell");
    const block = mock.rangeAt("B3:I6");
    expect(Object.keys(block ?? {}).indexOf("numberFormat")).toBeLessThan(
      Object.keys(block ?? {}).indexOf("values"),
    );
    expect(mock.cellAt("F5")).toEqual({ value: "2022", numberFormat: "@" });
  });

  test("on a new sheet named after the title, at A1, with a table name not yet taken", async () => {
    const { mock, actions } = setup({ sheetNames: ["Trade"], tableNames: ["CA_Trade"] });
    const outcome = await actions.insertTable(records, "Trade", "new-sheet");
    expect(outcome).toMatchObject({ ok: true, address: "Trade (2)!A1:H7" });
    expect(mock.recorder.sheetsAdded).toEqual(["Trade (2)"]);
    expect(mock.recorder.tables[0]).toMatchObject({ sheet: "Trade (2)", name: "CA_Trade_2" });
    expect(mock.recorder.tables[0].range.address).toBe("A2:H6");
    expect(mock.cellAt("A7", "Trade (2)").value).toBe(SOURCE);
    expect(mock.cellAt("C3", "Trade (2)")).toEqual({ value: 0.1, numberFormat: "0%" });
  });

  test("all 70 records: 70 body rows, the source line right under the table", async () => {
    const { mock, actions } = setup({ activeCell: "A1" });
    const outcome = await actions.insertTable(RECORDS, "All", "active-cell");
    expect(outcome).toMatchObject({ ok: true, address: "Sheet1!A1:H73" });
    expect(mock.recorder.tables[0].range.address).toBe("A2:H72");
    expect(mock.cellAt("A73").value).toBe(SOURCE);
  });
});

describe("insertStanceMatrix", () => {
  test("Country plus one column per stance, TRUE/FALSE cells, as an Excel table with the source under it", async () => {
    const { mock, actions } = setup({ activeCell: "B2" });
    const outcome = await actions.insertStanceMatrix("active-cell");
    // Title B2, header B3, five countries B4:B8, note B9, source B10; Country + 7 stances = B:I.
    expect(outcome).toMatchObject({ ok: true, address: "Sheet1!B2:I10" });
    expect(mock.cellAt("B3").value).toBe("Country");
    expect(mock.cellAt("B4").value).toBe("Kazakhstan");
    const header = ["C3", "D3", "E3", "F3", "G3", "H3", "I3"].map((a) => mock.cellAt(a).value);
    const privateMir = String.fromCharCode(67 + header.indexOf("Allows private use of MIR cards"));
    expect([4, 5, 6, 7, 8].map((row) => mock.cellAt(`${privateMir}${row}`))).toEqual([
      { value: true, numberFormat: "General" },
      { value: false, numberFormat: "General" },
      { value: false, numberFormat: "General" },
      { value: false, numberFormat: "General" },
      { value: false, numberFormat: "General" },
    ]);
    expect(mock.recorder.tables[0].range.address).toBe("B3:I8");
    expect(mock.cellAt("B10").value).toBe(SOURCE);
  });
});

describe("insertTimeline", () => {
  test("dated rows: Start and End are real dates (serials formatted yyyy-mm-dd), an open start stays empty", async () => {
    const { mock, actions } = setup({ activeCell: "A1" });
    const outcome = await actions.insertTimeline("active-cell");
    // Title, header, 21 events, source: A1:F24.
    expect(outcome).toMatchObject({ ok: true, address: "Sheet1!A1:F24" });
    expect(outcome.message).toContain("21 events");
    expect(["A2", "B2", "C2", "D2", "E2", "F2"].map((a) => mock.cellAt(a).value)).toEqual([
      "Date",
      "Start",
      "End",
      "Country",
      "Event",
      "Quote",
    ]);
    // The earliest event ends with Q2 2022: 1 April to 30 June 2022.
    expect(mock.cellAt("A3")).toEqual({ value: "Q2 2022", numberFormat: "@" });
    expect(mock.cellAt("B3")).toEqual({ value: 44652, numberFormat: "yyyy-mm-dd" });
    expect(mock.cellAt("C3")).toEqual({ value: 44742, numberFormat: "yyyy-mm-dd" });
    const lastAsOf = mock.cellAt("A22");
    expect(lastAsOf.value).toBe("as of Dec 2022");
    expect(mock.cellAt("B22")).toEqual({ value: "", numberFormat: "yyyy-mm-dd" });
    expect(mock.cellAt("C22")).toEqual({ value: 44918, numberFormat: "yyyy-mm-dd" });
    expect(mock.recorder.tables[0].range.address).toBe("A2:F23");
    expect(mock.cellAt("A24").value).toBe(SOURCE);
  });
});

describe("insertComparisonChart", () => {
  test("trade growth: data with periods in the labels, a bar chart beside it, percent axis, title and source", async () => {
    const { mock, actions } = setup({ activeCell: "B3" });
    const outcome = await actions.insertComparisonChart("trade-growth", "active-cell");
    const data = comparisonChartData("trade-growth");
    const rows = 1 + 1 + 5 + data.notes.length + 1;
    expect(outcome).toMatchObject({ ok: true, address: `Sheet1!B3:C${2 + rows}` });
    expect(mock.cellAt("B5")).toEqual({ value: "Kazakhstan (Jan–Oct 2022)", numberFormat: "@" });
    expect(mock.cellAt("C5")).toEqual({ value: 0.1, numberFormat: "0%" });
    expect(mock.cellAt("B7").value).toBe("Tajikistan (Jan–Aug 2022, more than)");
    expect(mock.cellAt(`B${2 + rows}`).value).toBe(SOURCE);

    expect(mock.recorder.charts).toHaveLength(1);
    const [chart] = mock.recorder.charts;
    expect(chart).toMatchObject({
      type: "BarClustered",
      seriesBy: "Columns",
      title: {
        text: "Growth of Russia’s trade turnover with Central Asian countries, 2022 (periods differ)",
      },
      legend: { visible: false },
      axes: { valueAxis: { numberFormat: "0%" }, categoryAxis: { reversePlotOrder: true } },
      dataLabels: { showValue: true, numberFormat: "0%" },
    });
    expect(chart.source.address).toBe("B4:C9");
    // Beside the data (one empty column between), never over it.
    expect(chart.position).toEqual(["E3", "L18"]);
    const chartRect = parseRect(`${chart.position?.[0]}:${chart.position?.[1]}`);
    const dataRect = parseRect(outcome.ok ? outcome.address : "");
    expect(chartRect && dataRect && intersects(chartRect, dataRect)).toBe(false);
    expect(mock.recorder.tables).toHaveLength(0);
  });

  test("poll: the three polled countries, and a note naming those without a poll", async () => {
    const { mock, actions } = setup({ activeCell: "A1" });
    await actions.insertComparisonChart("poll-war-blame", "active-cell");
    expect(["A3", "A4", "A5"].map((a) => mock.cellAt(a).value)).toEqual([
      "Kyrgyzstan (as of Dec 2022)",
      "Kazakhstan (as of Dec 2022)",
      "Uzbekistan (as of Dec 2022)",
    ]);
    expect(["B3", "B4", "B5"].map((a) => mock.cellAt(a).value)).toEqual([0.7, 0.55, 0.3]);
    expect(mock.cellAt("A6").value).toBe("The source reports no poll for Tajikistan, Turkmenistan.");
    expect(mock.recorder.charts[0].source.address).toBe("A2:B5");
  });

  test("on a new sheet", async () => {
    const { mock, actions } = setup();
    const outcome = await actions.insertComparisonChart("trade-growth", "new-sheet");
    expect(outcome.ok).toBe(true);
    expect(mock.recorder.sheetsAdded).toEqual(["Trade growth chart"]);
    expect(mock.recorder.charts[0]).toMatchObject({ sheet: "Trade growth chart", position: ["D1", "K16"] });
  });
});
