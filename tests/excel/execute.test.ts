/*
 * The adapter never writes over data: when the target holds a value or a formula, is part of an Excel
 * table, of a spill or of a merged area, or the sheet is protected, nothing is written (no values, formulas
 * or formats, no table or chart) and the pane gets the reason, a message naming the cells, and what to do.
 */
import { RECORDS, RECORDS_BY_ID } from "../../src/core/dataset";
import type { IndicatorRecord } from "../../src/core/types";
import { cellAddress, parseRect } from "../../src/excel/a1";
import { createExcelActions } from "../../src/excel/actions";
import type { InsertOutcome, WorkbookActions } from "../../src/excel/contract";
import { countingRun } from "../../src/excel/countingRun";
import { createExcelMock, type ExcelMock, type SheetState } from "../support/excelMock";

const record = (id: string): IndicatorRecord => {
  const found = RECORDS_BY_ID.get(id);
  if (found === undefined) throw new Error(`No record ${id}`);
  return found;
};

const FOUR = [
  record("trade-growth.KZ"),
  record("trade-growth.TJ"),
  record("putin-meetings"),
  record("population-under-thirty"),
];

/** Each action with the block it needs when started at B3 (title, header, body, notes, source). */
const ACTIONS: readonly {
  readonly name: string;
  readonly area: string;
  readonly act: (a: WorkbookActions) => Promise<InsertOutcome>;
}[] = [
  { name: "insertValue", area: "B3", act: (a) => a.insertValue(record("trade-growth.UZ"), "active-cell") },
  {
    name: "insertFormula",
    area: "B3",
    act: (a) => a.insertFormula(record("poll-war-blame.KZ"), "active-cell"),
  },
  { name: "insertTable", area: "B3:I9", act: (a) => a.insertTable(FOUR, "Four", "active-cell") },
  { name: "insertStanceMatrix", area: "B3:I11", act: (a) => a.insertStanceMatrix("active-cell") },
  { name: "insertTimeline", area: "B3:G26", act: (a) => a.insertTimeline("active-cell") },
  {
    name: "insertComparisonChart",
    area: "B3:C12",
    act: (a) => a.insertComparisonChart("trade-growth", "active-cell"),
  },
];

async function attempt(state: SheetState, act: (a: WorkbookActions) => Promise<InsertOutcome>) {
  const mock = createExcelMock({ activeCell: "B3", ...state });
  const counter = countingRun(mock.run);
  const outcome = await act(createExcelActions(counter.run, () => true));
  return { mock, outcome, syncs: counter.counts.lastRunSyncs };
}

function expectNothingWritten(mock: ExcelMock, syncs: number): void {
  expect(mock.wroteAnything()).toBe(false);
  expect(mock.recorder.ranges).toEqual([]);
  expect(mock.recorder.tables).toEqual([]);
  expect(mock.recorder.charts).toEqual([]);
  // Nor was anything assigned to the target range itself.
  expect(mock.target.values).toBeUndefined();
  expect(mock.target.numberFormat).toBeUndefined();
  // A refusal costs one sync: the one that loaded what the guard reads.
  expect(syncs).toBe(1);
}

describe.each(ACTIONS)("$name at B3 (needs $area)", ({ area, act }) => {
  const last = area.split(":").pop() ?? area;

  test("writes when the area is free, even with data right next to it", async () => {
    const { mock, outcome } = await attempt({ cells: { A3: "left", B2: "above" } }, act);
    expect(outcome).toMatchObject({ ok: true });
    expect(mock.wroteAnything()).toBe(true);
  });

  test("data just past the far corner (below, right) does not matter", async () => {
    const corner = parseRect(last);
    if (corner === null) throw new Error(last);
    const below = cellAddress(corner.row + 1, corner.column);
    const right = cellAddress(corner.row, corner.column + 1);
    const { outcome } = await attempt({ cells: { [below]: 1, [right]: 2 } }, act);
    expect(outcome).toMatchObject({ ok: true, address: `Sheet1!${area}` });
  });

  test("refuses a value in the area (its far corner), naming the cell", async () => {
    const { mock, outcome, syncs } = await attempt({ cells: { [last]: 42 } }, act);
    expect(outcome).toMatchObject({
      ok: false,
      reason: "not-empty",
      alternatives: ["pick-another-cell", "new-sheet"],
    });
    expect(outcome.message).toContain(`${last} holds a value`);
    expect(outcome.message).toContain("Nothing was inserted");
    expectNothingWritten(mock, syncs);
  });

  test("refuses a formula in the area", async () => {
    const { mock, outcome, syncs } = await attempt({ cells: { B3: "=SUM(A1:A2)" } }, act);
    expect(outcome).toMatchObject({ ok: false, reason: "not-empty" });
    expect(outcome.message).toContain("B3 holds a formula");
    expectNothingWritten(mock, syncs);
  });

  test("refuses when the area overlaps an Excel table, even an empty part of it", async () => {
    const { mock, outcome, syncs } = await attempt(
      { tables: [{ name: "Budget", address: `${last}:Z40` }] },
      act,
    );
    expect(outcome).toMatchObject({
      ok: false,
      reason: "table",
      alternatives: ["pick-another-cell", "new-sheet"],
    });
    expect(outcome.message).toContain("“Budget”");
    expectNothingWritten(mock, syncs);
  });

  test("refuses when the area is part of a spill", async () => {
    const { mock, outcome, syncs } = await attempt(
      { spills: [`A1:${last}`], cells: { A1: "=SEQUENCE(50,10)" } },
      act,
    );
    expect(outcome).toMatchObject({
      ok: false,
      reason: "spill",
      alternatives: ["pick-another-cell", "new-sheet"],
    });
    expect(outcome.message).toContain("spill");
    expectNothingWritten(mock, syncs);
  });

  test("refuses merged cells inside the area", async () => {
    const { mock, outcome, syncs } = await attempt({ merged: [`${last}:AA99`] }, act);
    expect(outcome).toMatchObject({
      ok: false,
      reason: "merged",
      alternatives: ["pick-another-cell", "new-sheet"],
    });
    expect(outcome.message).toContain(`${last}:AA99`);
    expectNothingWritten(mock, syncs);
  });

  test("refuses a merged area that starts above and left of the area and reaches into it", async () => {
    // Excel lists a merged area only where its top-left cell lies in the range asked about (office-js #3611).
    const { mock, outcome, syncs } = await attempt({ merged: ["A2:B3"] }, act);
    expect(outcome).toMatchObject({ ok: false, reason: "merged" });
    expect(outcome.message).toContain("A2:B3");
    expectNothingWritten(mock, syncs);
  });

  test("ignores merged cells outside the area", async () => {
    const { outcome } = await attempt({ merged: ["A1:B2", "AA1:AB2"] }, act);
    expect(outcome.ok).toBe(true);
  });

  test("refuses on a protected sheet and offers only a new sheet", async () => {
    const { mock, outcome, syncs } = await attempt({ sheetProtected: true, sheetName: "Budget 2023" }, act);
    expect(outcome).toMatchObject({ ok: false, reason: "protected", alternatives: ["new-sheet"] });
    expect(outcome.message).toContain("“Budget 2023” is protected");
    expectNothingWritten(mock, syncs);
  });
});

describe("the block's exact size is checked", () => {
  test("a table of 4 records at B3 needs B3:I9: a value at I9 refuses, at J9 or B10 it does not", async () => {
    const act = (a: WorkbookActions) => a.insertTable(FOUR, "Four", "active-cell");
    expect((await attempt({ cells: { I9: "x" } }, act)).outcome).toMatchObject({
      ok: false,
      reason: "not-empty",
    });
    expect((await attempt({ cells: { J9: "x", B10: "y" } }, act)).outcome).toMatchObject({
      ok: true,
      address: "Sheet1!B3:I9",
    });
  });

  test("the message counts further occupied cells", async () => {
    const act = (a: WorkbookActions) => a.insertTable(RECORDS, "All", "active-cell");
    const { outcome } = await attempt({ cells: { C5: 1, D6: "=A1", E7: true } }, act);
    expect(outcome.message).toContain("C5 holds a value and 2 more cells hold data");
    expect(outcome.message).toContain("B3:I75 (73 rows × 8 columns)");
  });

  test("a partly spilled area (hasSpill null) is refused too", async () => {
    const act = (a: WorkbookActions) => a.insertTable(FOUR, "Four", "active-cell");
    const { outcome } = await attempt({ spills: ["H8:K12"], cells: { H8: "=SEQUENCE(5,4)" } }, act);
    expect(outcome).toMatchObject({ ok: false, reason: "spill" });
  });
});

describe("the chart's area", () => {
  const act = (a: WorkbookActions) => a.insertComparisonChart("trade-growth", "active-cell");

  test("the chart would cover data beside the block: refused, nothing written", async () => {
    const { mock, outcome, syncs } = await attempt({ cells: { G10: "notes" } }, act);
    expect(outcome).toMatchObject({ ok: false, reason: "not-empty" });
    expect(outcome.message).toContain("The chart would cover E3:L18");
    expect(outcome.message).toContain("G10 holds a value");
    expectNothingWritten(mock, syncs);
  });

  test("data beyond the chart's area does not matter", async () => {
    const { outcome } = await attempt({ cells: { M3: 1, E19: 2 } }, act);
    expect(outcome.ok).toBe(true);
  });
});

describe("new sheet", () => {
  test("a protected workbook structure refuses and offers an existing sheet instead", async () => {
    const mock = createExcelMock({ workbookProtected: true });
    const outcome = await createExcelActions(mock.run, () => true).insertTimeline("new-sheet");
    expect(outcome).toMatchObject({ ok: false, reason: "protected", alternatives: ["pick-another-cell"] });
    expect(mock.wroteAnything()).toBe(false);
    expect(mock.recorder.sheetsAdded).toEqual([]);
  });

  test("a new sheet needs no check of the active cell: a full, protected active sheet does not matter", async () => {
    const mock = createExcelMock({ sheetProtected: true, cells: { B3: 1 } });
    const outcome = await createExcelActions(mock.run, () => true).insertStanceMatrix("new-sheet");
    expect(outcome).toMatchObject({ ok: true, address: "Stances!A1:H9" });
    expect(mock.recorder.calls.map((c) => c.method)).not.toContain("getActiveCell");
  });
});
