/*
 * Writes that may exceed Excel's payload limit for one request, split into as few syncs as the limit allows.
 * Excel on the web refuses a request over 5 MB (Microsoft's "Resource limits and performance optimization for
 * Office Add-ins"); desktop Excel has no such limit, so there everything goes in one sync. Pure except for the
 * context it is given: it queues and syncs, never inside a loop over cells, only once per full chunk.
 */

/**
 * Excel on the web's request limit is 5 MB; the budget keeps a margin for what the estimate leaves out (the
 * request's own framing, object paths shared by several calls).
 */
export const WEB_PAYLOAD_BUDGET = 4_600_000;

/** Roughly what one queued call costs on the wire besides its arguments (object paths, action, ids). */
export const CALL_OVERHEAD_BYTES = 320;

/** One queued write and its estimated size on the wire. */
export interface QueuedWrite {
  readonly bytes: number;
  queue(): void;
}

/** The wire size of a value written as JSON, plus the call around it. */
export function writeBytes(value: unknown): number {
  return CALL_OVERHEAD_BYTES + JSON.stringify(value ?? null).length;
}

/**
 * Queues the writes and syncs each time the next one would pass the budget, then once at the end. Returns how
 * many syncs it made (at least one when there is anything to write). `budget` null: no limit (desktop).
 */
export async function syncInChunks(
  context: { sync(): Promise<unknown> },
  writes: readonly QueuedWrite[],
  budget: number | null,
  progress: (done: number, total: number) => void = () => undefined,
): Promise<number> {
  let syncs = 0;
  let pending = 0;
  let done = 0;
  for (const write of writes) {
    if (budget !== null && pending > 0 && pending + write.bytes > budget) {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per full chunk under Excel on the web's 5 MB request limit, never per cell
      await context.sync();
      syncs += 1;
      pending = 0;
      progress(done, writes.length);
    }
    write.queue();
    pending += write.bytes;
    done += 1;
  }
  if (pending > 0) {
    await context.sync();
    syncs += 1;
  }
  progress(done, writes.length);
  return syncs;
}
