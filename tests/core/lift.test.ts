import { lift } from "../../src/core/lift";

const OUT = "#N/A";
const join = (...values: unknown[]) =>
  values.map((v) => (v === null || v === undefined ? "·" : String(v))).join("+");
const lifted = (...args: unknown[]) => lift(args, join, () => OUT);

describe("lift: one result per cell, broadcast as Excel's own functions do", () => {
  test("single values are left to the caller (no array in between)", () => {
    expect(lifted("UZ", "period", null)).toBeNull();
    expect(lifted()).toBeNull();
  });

  test("a range without cells is left to the caller, as a single value is", () => {
    expect(lifted([[]])).toBeNull();
    expect(lifted([], "period")).toBeNull();
    // The empty range reaches the cell as it is (an empty text here), beside the other range's cells.
    expect(lifted([[]], [["UZ"]])).toEqual([["+UZ"]]);
  });

  test("a 1×1 range gives a 1×1 result", () => {
    expect(lifted([["UZ"]])).toEqual([["UZ"]]);
  });

  test("a column of countries gives a column of results, in order", () => {
    expect(lifted([["KZ"], ["UZ"], ["TJ"]])).toEqual([["KZ"], ["UZ"], ["TJ"]]);
  });

  test("a single value stretches over a range, on either side", () => {
    expect(lifted([["KZ"], ["UZ"]], "period")).toEqual([["KZ+period"], ["UZ+period"]]);
    expect(lifted("trade-growth", [["KZ", "UZ"]])).toEqual([["trade-growth+KZ", "trade-growth+UZ"]]);
    expect(lifted([["KZ"], ["UZ"]], [["quote"]])).toEqual([["KZ+quote"], ["UZ+quote"]]);
  });

  test("two ranges of the same shape go cell by cell", () => {
    expect(lifted([["KZ"], ["UZ"]], [["period"], ["qualifier"]])).toEqual([["KZ+period"], ["UZ+qualifier"]]);
  });

  test("a column and a row give every pair (each stretches along its side of 1)", () => {
    expect(lifted([["KZ"], ["UZ"]], [["value", "period"]])).toEqual([
      ["KZ+value", "KZ+period"],
      ["UZ+value", "UZ+period"],
    ]);
  });

  test("ranges of different shapes give #N/A in the cells outside the smaller one (a row still stretches down)", () => {
    expect(lifted([["KZ"], ["UZ"], ["TJ"]], [["period"], ["quote"]])).toEqual([
      ["KZ+period"],
      ["UZ+quote"],
      [OUT],
    ]);
    expect(
      lifted(
        [["KZ", "UZ", "TJ"]],
        [
          ["a", "b"],
          ["c", "d"],
        ],
      ),
    ).toEqual([
      ["KZ+a", "UZ+b", OUT],
      ["KZ+c", "UZ+d", OUT],
    ]);
  });

  test("empty cells and omitted arguments reach the cell as they are", () => {
    expect(lifted([["KZ"], [null]], undefined)).toEqual([["KZ+·"], ["·+·"]]);
  });
});
