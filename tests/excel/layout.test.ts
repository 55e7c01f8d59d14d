import { DEFAULT_TABLE_COLUMNS } from "../../src/excel/tableColumns";
import { RECORDS } from "../../src/core/dataset";
import { comparisonChartData, stanceMatrix, tableBlock, timeline } from "../../src/excel/blocks";
import { layoutBlock } from "../../src/excel/layout";
import { expectRectangular } from "../support/rectangular";

describe("layoutBlock", () => {
  test("title, header, body, notes and source line in one rectangle, formats alike", () => {
    const chart = comparisonChartData("poll-war-blame");
    const layout = layoutBlock(chart);
    expectRectangular(layout.values, 2);
    expectRectangular(layout.numberFormats, 2);
    expect(layout.values).toHaveLength(1 + 1 + 3 + chart.notes.length + 1);
    expect(layout.values[layout.titleRow][0]).toBe(chart.title);
    expect(layout.values[layout.headerRow]).toEqual(chart.header);
    expect(layout.values[layout.firstBodyRow]).toEqual(["Kyrgyzstan", 0.7]);
    expect(layout.noteRows.map((r) => layout.values[r][0])).toEqual(chart.notes);
    expect(layout.values[layout.sourceRow]).toEqual([chart.sourceLine, ""]);
    expect(layout.numberFormats[layout.firstBodyRow]).toEqual(["@", "0%"]);
  });

  test("an empty table keeps one blank body row (an Excel table needs one) so the source line stays below it", () => {
    const layout = layoutBlock(tableBlock([], "Empty"));
    expect(layout.bodyRowCount).toBe(1);
    expect(layout.values[layout.firstBodyRow].every((c) => c === "")).toBe(true);
    expect(layout.sourceRow).toBe(3);
    expectRectangular(layout.values, DEFAULT_TABLE_COLUMNS.length);
  });

  test("every block of the pane lays out rectangular", () => {
    for (const block of [
      tableBlock(RECORDS, "All"),
      stanceMatrix(),
      timeline(),
      comparisonChartData("trade-growth"),
    ]) {
      const layout = layoutBlock(block);
      expectRectangular(layout.values, block.header.length);
      expectRectangular(layout.numberFormats, block.header.length);
      expect(layout.numberFormats).toHaveLength(layout.values.length);
    }
  });
});
