/*
 * The no-overwrite guard as a pure function of what the first sync loaded: one row per refusal reason, on
 * plain objects (no Office.js, no mock). The wiring that loads these facts is tested on the wire, in
 * tests/e2e/workbook/guard.e2e.test.mjs.
 */
import { guard, type Inspection, type PlanSummary } from "../../src/excel/guard";

const TABLE: PlanSummary = { what: "The table “Trade” (2 rows)", rowCount: 5, columnCount: 3 };
const VALUE: PlanSummary = { what: "The value", rowCount: 1, columnCount: 1 };

const empty = (rows: number, columns: number): string[][] =>
  Array.from({ length: rows }, () => Array<string>(columns).fill(""));

/** A free 5 × 3 target at B2:D6 on "Data": every check passes. */
const FREE: Inspection = {
  address: "Data!B2:D6",
  formulas: empty(5, 3),
  hasSpill: false,
  sheetName: "Data",
  sheetProtected: false,
  tableNames: [],
  mergedAreas: [],
  chartArea: null,
  // B2:D6 with the default 48 × 15 pt cells.
  blockFrame: { left: 48, top: 15, width: 144, height: 75 },
  chartFrame: null,
  drawings: [],
};

const CHART_AREA = {
  address: "Data!F2:G3",
  formulas: [
    ["", ""],
    ["", ""],
  ],
};
/** F2:G3 in points. */
const CHART_FRAME = { left: 240, top: 15, width: 96, height: 30 };

const withCell = (row: number, column: number, content: string): string[][] => {
  const grid = empty(5, 3);
  grid[row][column] = content;
  return grid;
};

interface Row {
  readonly reason: string;
  readonly seen: Partial<Inspection>;
  readonly plan?: PlanSummary;
  readonly message: RegExp;
  readonly alternatives: readonly string[];
}

const BOTH = ["pick-another-cell", "new-sheet"];

const ROWS: readonly Row[] = [
  {
    reason: "protected",
    seen: { sheetProtected: true },
    message: /^The sheet “Data” is protected, so nothing was inserted\. .*Unprotect Sheet/,
    alternatives: ["new-sheet"],
  },
  {
    reason: "table",
    seen: { tableNames: ["Sales"] },
    message:
      /^The table “Trade” \(2 rows\) needs B2:D6 \(5 rows × 3 columns\), which overlaps the Excel table “Sales”\./,
    alternatives: BOTH,
  },
  {
    reason: "table",
    seen: { tableNames: ["Sales", "Costs"] },
    message: /overlaps the Excel tables “Sales”, “Costs”\./,
    alternatives: BOTH,
  },
  {
    reason: "spill",
    seen: { hasSpill: true },
    message: /which is part of a spilled formula result \(a dynamic array\)\./,
    alternatives: BOTH,
  },
  {
    reason: "spill",
    seen: { hasSpill: null },
    message: /spilled formula result/,
    alternatives: BOTH,
  },
  {
    reason: "merged",
    seen: { mergedAreas: [{ row: 2, column: 1, rowCount: 1, columnCount: 2 }] },
    message: /which contains merged cells \(B3:C3\)\./,
    alternatives: BOTH,
  },
  {
    reason: "not-empty",
    seen: { formulas: withCell(4, 2, "42") },
    message: /, but D6 holds a value\. Nothing was inserted: pick another cell, or insert on a new sheet\.$/,
    alternatives: BOTH,
  },
  {
    reason: "not-empty",
    seen: { formulas: withCell(0, 0, "=SUM(A1:A3)") },
    message: /, but B2 holds a formula\./,
    alternatives: BOTH,
  },
  {
    reason: "not-empty",
    plan: VALUE,
    seen: { address: "Data!B2", formulas: [["x"]] },
    message: /^The value goes in B2, but B2 holds a value\./,
    alternatives: BOTH,
  },
  {
    reason: "not-empty",
    seen: {
      chartArea: {
        address: "Data!F2:G3",
        formulas: [
          ["", ""],
          ["", "7"],
        ],
      },
    },
    message: /^The chart would cover F2:G3, but G3 holds a value\./,
    alternatives: BOTH,
  },
  {
    reason: "floating",
    seen: {
      drawings: [{ kind: "chart", name: "Sales", frame: { left: 100, top: 50, width: 200, height: 100 } }],
    },
    message:
      /needs B2:D6 \(5 rows × 3 columns\), which lies under the chart “Sales”: the insert would be hidden\./,
    alternatives: BOTH,
  },
  {
    reason: "floating",
    seen: {
      drawings: [{ kind: "shape", name: "Arrow 2", frame: { left: 0, top: 0, width: 60, height: 20 } }],
    },
    message: /lies under the shape “Arrow 2”/,
    alternatives: BOTH,
  },
  {
    reason: "floating",
    seen: {
      chartArea: CHART_AREA,
      chartFrame: CHART_FRAME,
      drawings: [{ kind: "chart", name: "Chart 1", frame: { left: 300, top: 20, width: 50, height: 50 } }],
    },
    message: /^The chart would go over F2:G3, where the chart “Chart 1” already sits\./,
    alternatives: BOTH,
  },
];

describe("guard: one row per refusal reason", () => {
  test.each(ROWS.map((row) => [row.reason, row.message.source, row] as const))(
    "%s (%s)",
    (_reason, _pattern, row) => {
      const outcome = guard(row.plan ?? TABLE, { ...FREE, ...row.seen });
      expect(outcome).not.toBeNull();
      expect(outcome).toMatchObject({ ok: false, reason: row.reason, alternatives: row.alternatives });
      expect(outcome?.ok === false ? outcome.message : "").toMatch(row.message);
    },
  );

  test("a free target passes: null, nothing to refuse", () => {
    expect(guard(TABLE, FREE)).toBeNull();
    expect(guard(VALUE, { ...FREE, address: "Data!B2", formulas: [[""]] })).toBeNull();
  });

  test("an empty chart area passes", () => {
    expect(guard(TABLE, { ...FREE, chartArea: { address: "Data!F2:G3", formulas: empty(2, 2) } })).toBeNull();
  });

  test("a drawing that only touches the block's edge, or lies elsewhere, does not refuse", () => {
    const touching = { left: 192, top: 15, width: 48, height: 50 }; // from where D ends to where F begins
    const elsewhere = { left: 500, top: 500, width: 10, height: 10 };
    const drawings = [
      { kind: "chart" as const, name: "A", frame: touching },
      { kind: "shape" as const, name: "B", frame: elsewhere },
    ];
    expect(guard(TABLE, { ...FREE, drawings })).toBeNull();
    expect(guard(TABLE, { ...FREE, chartArea: CHART_AREA, chartFrame: CHART_FRAME, drawings })).toBeNull();
  });

  test("one more occupied cell: “1 more cell holds data”", () => {
    const grid = withCell(0, 0, "1");
    grid[1][1] = "2";
    const outcome = guard(TABLE, { ...FREE, formulas: grid });
    expect(outcome?.ok === false ? outcome.message : "").toMatch(
      /B2 holds a value and 1 more cell holds data\./,
    );
  });

  test("protection is reported first, before anything else that is wrong", () => {
    const everything: Inspection = {
      ...FREE,
      sheetProtected: true,
      tableNames: ["Sales"],
      hasSpill: true,
      mergedAreas: [{ row: 1, column: 1, rowCount: 2, columnCount: 1 }],
      formulas: withCell(0, 0, "1"),
    };
    expect(guard(TABLE, everything)).toMatchObject({ reason: "protected" });
    expect(guard(TABLE, { ...everything, sheetProtected: false })).toMatchObject({ reason: "table" });
  });

  test("further occupied cells are counted in the message", () => {
    const grid = withCell(0, 0, "1");
    grid[1][1] = "2";
    grid[2][2] = "3";
    const outcome = guard(TABLE, { ...FREE, formulas: grid });
    expect(outcome?.ok === false ? outcome.message : "").toMatch(
      /B2 holds a value and 2 more cells hold data/,
    );
  });

  test("a template's formatted empty cell is the user's: its number format is named, General is free", () => {
    const formats = empty(5, 3).map((row) => row.map(() => "General"));
    expect(guard(TABLE, { ...FREE, numberFormats: formats })).toBeNull();
    formats[2][1] = "0.00";
    const outcome = guard(TABLE, { ...FREE, numberFormats: formats });
    expect(outcome).toMatchObject({ reason: "not-empty", alternatives: BOTH });
    expect(outcome?.ok === false ? outcome.message : "").toMatch(/C4 has its own number format \(0\.00\)\./);
  });

  test("a cell with a note is the user's, even when empty; a value is named before a note", () => {
    const noteCells = [{ row: 3, column: 3, rowCount: 1, columnCount: 1 }];
    const outcome = guard(TABLE, { ...FREE, noteCells });
    expect(outcome?.ok === false ? outcome.message : "").toMatch(/D4 has a note\./);
    const both = guard(TABLE, { ...FREE, noteCells, formulas: withCell(4, 0, "7") });
    expect(both?.ok === false ? both.message : "").toMatch(/D4 has a note and 1 more cell holds data\./);
    // A note outside the target is not in the way.
    expect(
      guard(TABLE, { ...FREE, noteCells: [{ row: 9, column: 0, rowCount: 1, columnCount: 1 }] }),
    ).toBeNull();
  });

  test("does not change what it is given", () => {
    const seen = { ...FREE, formulas: withCell(1, 1, "5") };
    const before = JSON.stringify(seen);
    guard(TABLE, seen);
    expect(JSON.stringify(seen)).toBe(before);
  });
});
