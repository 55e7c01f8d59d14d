/*
 * Each action is one Excel.run with at most two context.sync() calls, whatever the number of rows: the
 * count is measured with countingRun (also usable against real Excel for a benchmark). The measurements are
 * written to test-results/sync-counts.json, which `npm run bench` reports.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { RECORDS } from "../../src/core/dataset";
import { createExcelActions } from "../../src/taskpane/excel/adapter";
import type { InsertOutcome, InsertTarget, WorkbookActions } from "../../src/taskpane/excel/contract";
import { countingRun } from "../../src/taskpane/excel/countingRun";
import { createExcelMock } from "../support/excelMock";

interface Measurement {
  readonly action: string;
  readonly rows: number;
  readonly syncs: number;
  readonly runs: number;
  readonly outcome: "inserted" | "refused";
}
const measurements: Measurement[] = [];

afterAll(() => {
  const dir = join(__dirname, "..", "..", "test-results");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "sync-counts.json"), `${JSON.stringify(measurements, null, 2)}\n`);
});

/** Runs one action on a fresh workbook with the active cell at B3, counting syncs; records it for the bench. */
async function measure(
  act: (a: WorkbookActions) => Promise<InsertOutcome>,
  cells: Record<string, unknown>,
  report: { action: string; rows: number },
) {
  const mock = createExcelMock({ activeCell: "B3", cells });
  const counter = countingRun(mock.run);
  const outcome = await act(createExcelActions(counter.run, () => true));
  const counts = { ...counter.counts };
  const result = outcome.ok ? "inserted" : "refused";
  measurements.push({ ...report, syncs: counts.syncs, runs: counts.runs, outcome: result });
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
    const { outcome, counts } = await measure(
      (a) => a.insertTable(recordsOf(n), "Rows", target),
      {},
      {
        action: `insertTable (${target})`,
        rows: n,
      },
    );
    expect(outcome.ok).toBe(true);
    expect(counts).toEqual({ runs: 1, syncs: 2, lastRunSyncs: 2, maxSyncsPerRun: 2 });
  });
});

describe("every action stays within two syncs", () => {
  // Name, body rows, action.
  const ACTS: readonly [string, number, (a: WorkbookActions, t: InsertTarget) => Promise<InsertOutcome>][] = [
    ["insertValue", 1, (a, t) => a.insertValue(RECORDS[0], t)],
    ["insertFormula", 1, (a, t) => a.insertFormula(RECORDS[0], t)],
    ["insertStanceMatrix", 5, (a, t) => a.insertStanceMatrix(t)],
    ["insertTimeline", 21, (a, t) => a.insertTimeline(t)],
    ["insertComparisonChart (trade)", 5, (a, t) => a.insertComparisonChart("trade-growth", t)],
    ["insertComparisonChart (poll)", 3, (a, t) => a.insertComparisonChart("poll-war-blame", t)],
  ];

  test.each(ACTS)("%s: two syncs when it writes, one when it refuses", async (name, rows, act) => {
    for (const target of ["active-cell", "new-sheet"] as const) {
      const written = await measure((a) => act(a, target), {}, { action: `${name} (${target})`, rows });
      expect([target, written.outcome.ok, written.counts.runs, written.counts.syncs]).toEqual([
        target,
        true,
        1,
        2,
      ]);
    }
    const refused = await measure(
      (a) => act(a, "active-cell"),
      { B3: "taken" },
      { action: `${name} (refused)`, rows },
    );
    expect([refused.outcome.ok, refused.counts.runs, refused.counts.syncs]).toEqual([false, 1, 1]);
  });
});

test("a refused table of 71 rows costs one sync", async () => {
  const report = { action: "insertTable (refused)", rows: 71 };
  const { outcome, counts } = await measure(
    (a) => a.insertTable(recordsOf(71), "Rows", "active-cell"),
    { I70: 1 },
    report,
  );
  expect(outcome).toMatchObject({ ok: false, reason: "not-empty" });
  expect(counts.syncs).toBe(1);
});
