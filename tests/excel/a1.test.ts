import {
  cellAddress,
  columnIndex,
  columnName,
  displayAddress,
  intersects,
  parseAreas,
  parseRect,
  rectAddress,
  splitSheet,
} from "../../src/excel/a1";

describe("A1 addresses", () => {
  test.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("column %d is %s and back", (index, name) => {
    expect(columnName(index)).toBe(name);
    expect(columnIndex(name)).toBe(index);
  });

  test("cells and rectangles", () => {
    expect(cellAddress(2, 1)).toBe("B3");
    expect(rectAddress({ row: 2, column: 1, rowCount: 1, columnCount: 1 })).toBe("B3");
    expect(rectAddress({ row: 2, column: 1, rowCount: 73, columnCount: 8 })).toBe("B3:I75");
  });

  test("parses what Excel returns as Range.address", () => {
    expect(parseRect("Sheet1!$B$3:$I$75")).toEqual({ row: 2, column: 1, rowCount: 73, columnCount: 8 });
    expect(parseRect("'My sheet'!C4")).toEqual({ row: 3, column: 2, rowCount: 1, columnCount: 1 });
    expect(parseRect("Sheet1!A:A")).toBeNull();
    expect(splitSheet("'It''s, here'!B2")).toEqual({ sheet: "It's, here", cells: "B2" });
    expect(displayAddress("Sheet1!$B$3:$I$75")).toBe("B3:I75");
  });

  test("parses RangeAreas addresses, even with commas in a quoted sheet name", () => {
    expect(parseAreas("Sheet1!A1:B2, Sheet1!D4:E5")).toEqual([
      { row: 0, column: 0, rowCount: 2, columnCount: 2 },
      { row: 3, column: 3, rowCount: 2, columnCount: 2 },
    ]);
    expect(parseAreas("'a, B2'!C3:D4, 'a, B2'!F6:G7").map(rectAddress)).toEqual(["C3:D4", "F6:G7"]);
    expect(parseAreas("")).toEqual([]);
  });

  test("intersection", () => {
    const block = { row: 2, column: 1, rowCount: 3, columnCount: 3 };
    expect(intersects(block, { row: 4, column: 3, rowCount: 1, columnCount: 1 })).toBe(true);
    expect(intersects(block, { row: 5, column: 1, rowCount: 1, columnCount: 1 })).toBe(false);
    expect(intersects(block, { row: 0, column: 0, rowCount: 3, columnCount: 2 })).toBe(true);
  });
});
