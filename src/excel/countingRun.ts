/** The shape of Excel.run the adapter needs: one batch, one request context. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface SyncCounts {
  /** Excel.run calls made. */
  runs: number;
  /** context.sync() calls made, over all runs. */
  syncs: number;
  /** context.sync() calls of the most recent run. */
  lastRunSyncs: number;
  /** The most context.sync() calls any single run made. */
  maxSyncsPerRun: number;
}

export interface CountingRun {
  readonly run: ExcelRun;
  readonly counts: Readonly<SyncCounts>;
  reset(): void;
}

/**
 * Wraps a run function (Excel.run, or a mock's) so that every context.sync() the batch makes is counted:
 * `createExcelActions(counter.run)`, act, then read `counter.counts`. The tests use it with the mock; on the
 * wire, the workbook host counts the requests themselves.
 */
export function countingRun(run: ExcelRun): CountingRun {
  const counts: SyncCounts = { runs: 0, syncs: 0, lastRunSyncs: 0, maxSyncsPerRun: 0 };
  const counted: ExcelRun = (batch) =>
    run((context) => {
      counts.runs += 1;
      counts.lastRunSyncs = 0;
      const sync = context.sync.bind(context);
      context.sync = (<T>(passThroughValue?: T) => {
        counts.syncs += 1;
        counts.lastRunSyncs += 1;
        counts.maxSyncsPerRun = Math.max(counts.maxSyncsPerRun, counts.lastRunSyncs);
        return sync(passThroughValue);
      }) as typeof context.sync;
      return batch(context);
    });
  return {
    run: counted,
    counts,
    reset() {
      Object.assign(counts, { runs: 0, syncs: 0, lastRunSyncs: 0, maxSyncsPerRun: 0 });
    },
  };
}
