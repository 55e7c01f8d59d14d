/*
 * Each action is one Excel.run with at most two context.sync() calls, whatever the number of rows, counted
 * with countingRun against the mock. (The browser tests count the same on the wire, through Excel's client.)
 */
import { RECORDS } from "../../src/core/dataset";
import { createExcelActions } from "../../src/excel/actions";
import type { InsertOutcome, InsertTarget, WorkbookActions } from "../../src/excel/contract";
import { countingRun } from "../../src/excel/countingRun";
import { createExcelMock } from "../support/excelMock";

/** Runs one action on a fresh workbook with the active cell at B3, counting syncs. */
async function measure(act: (a: WorkbookActions) => Promise<InsertOutcome>, cells: Record<string, unknown>) {
  const mock = createExcelMock({ activeCell: "B3", cells });
  const counter = countingRun(mock.run);
  const outcome = await act(createExcelActions(counter.run, () => true));
  const counts = { ...counter.counts };
  return { outcome, counts };
}

// 71 and 100 rows: every record, then repeated, to go past the dataset's 70.
const SIZES: readonly [string, number][] = [
  ["1", 1],
  ["10", 10],
  ["70", 70],
  ["71", 71],
  ["100", 100],
];
const recordsOf = (n: number) => Array.from({ length: n }, (_, i) => RECORDS[i % RECORDS.length]);

describe.each<InsertTarget>(["active-cell", "new-sheet"])("insertTable to %s", (target) => {
  test.each(SIZES)("%s rows: one Excel.run, two syncs (check, then write)", async (_, n) => {
    const { outcome, counts } = await measure((a) => a.insertTable(recordsOf(n), "Rows", target), {});
    expect(outcome.ok).toBe(true);
    expect(counts).toEqual({ runs: 1, syncs: 2, lastRunSyncs: 2, maxSyncsPerRun: 2 });
  });
});

describe("every action stays within two syncs", () => {
  const ACTS: readonly [string, (a: WorkbookActions, t: InsertTarget) => Promise<InsertOutcome>][] = [
    ["insertValue", (a, t) => a.insertValue(RECORDS[0], t)],
    ["insertFormula", (a, t) => a.insertFormula(RECORDS[0], t)],
    ["insertStanceMatrix", (a, t) => a.insertStanceMatrix(t)],
    ["insertTimeline", (a, t) => a.insertTimeline(t)],
    ["insertComparisonChart (trade)", (a, t) => a.insertComparisonChart("trade-growth", t)],
    ["insertComparisonChart (poll)", (a, t) => a.insertComparisonChart("poll-war-blame", t)],
  ];

  test.each(ACTS)("%s: two syncs when it writes, one when it refuses", async (_name, act) => {
    for (const target of ["active-cell", "new-sheet"] as const) {
      const written = await measure((a) => act(a, target), {});
      expect([target, written.outcome.ok, written.counts.runs, written.counts.syncs]).toEqual([
        target,
        true,
        1,
        2,
      ]);
    }
    const refused = await measure((a) => act(a, "active-cell"), { B3: "taken" });
    expect([refused.outcome.ok, refused.counts.runs, refused.counts.syncs]).toEqual([false, 1, 1]);
  });
});

test("a refused table of 71 rows costs one sync", async () => {
  const { outcome, counts } = await measure((a) => a.insertTable(recordsOf(71), "Rows", "active-cell"), {
    I70: 1,
  });
  expect(outcome).toMatchObject({ ok: false, reason: "not-empty" });
  expect(counts.syncs).toBe(1);
});
