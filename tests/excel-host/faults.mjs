/*
 * Faults armed with host.failNext: later sync requests made to fail as Excel fails them, so the client raises an
 * OfficeExtension.Error with that code.
 *   at      "check" (default): the next sync request; "write": the one after it (an insert's second sync);
 *           a number: the request whose record index is that number (host.requests[n].index; reset() restarts
 *           the numbering). Clean-up requests are never failed.
 *   action  scope "action" only: the first action whose call (as the call log writes it, e.g.
 *           'workbook.worksheets.add("Stances")') contains this string or matches this RegExp fails; the actions
 *           before it stay applied, as in Excel. Without it, the request's first action fails and nothing applies.
 *   scope   "action" (default): an HTTP 200 answer with the results so far and Error { Code, Message,
 *           HttpStatusCode, Location, ActionIndex }, as Excel answers a failing action; "request": Excel refusing
 *           the whole request (as in cell-edit mode), an HTTP error status with { error: { code, message } },
 *           which the client turns into an error with that code; nothing of the request runs.
 * Each fault fires once; pending() lists those that have not (yet) fired, e.g. because no action matched.
 */
import { MESSAGES } from "./errors.mjs";

/**
 * @typedef {{ code: string, message?: string, location?: string, at?: "check" | "write" | number,
 *   action?: string | RegExp | ((call: string) => boolean), scope?: "action" | "request" }} FaultSpec
 */

/** The armed faults of one host. */
export function createFaults() {
  /** Sync requests answered since the host started (reset() does not restart it). */
  let syncsSeen = 0;
  /** @type {(FaultSpec & { armedAfter: number, missed: boolean })[]} */
  let faults = [];
  return {
    /** Counts a sync request (before takeFault for it). */
    countSync() {
      syncsSeen += 1;
    },
    /** The armed fault meant for this sync request, if any (removed from the armed list). @param {number} recordIndex */
    take(recordIndex) {
      const ordinal = syncsSeen;
      const due = faults.find((f) => {
        if (f.missed) return false;
        if (typeof f.at === "number") return f.at === recordIndex;
        return ordinal === f.armedAfter + (f.at === "write" ? 2 : 1);
      });
      if (due !== undefined) faults = faults.filter((f) => f !== due);
      return due;
    },
    /** A fault that was due but matched no action: kept, marked missed. @param {FaultSpec} fault */
    missed(fault) {
      faults.push({ armedAfter: syncsSeen, ...fault, missed: true });
    },
    /** @param {FaultSpec} spec */
    arm(spec) {
      if (typeof spec?.code !== "string" || spec.code === "") throw new Error("failNext needs an error code");
      const at = spec.at ?? "check";
      if (at !== "check" && at !== "write" && !(Number.isInteger(at) && at >= 0))
        throw new Error(`failNext: at must be "check", "write" or a request index, not ${String(at)}`);
      const scope = spec.scope ?? "action";
      if (scope !== "action" && scope !== "request")
        throw new Error(`failNext: scope must be "action" or "request", not ${String(scope)}`);
      faults.push({
        ...spec,
        at,
        scope,
        message: spec.message ?? MESSAGES[spec.code],
        armedAfter: syncsSeen,
        missed: false,
      });
    },
    /** Faults that have not fired: not yet due, or due but no action matched (missed). */
    pending: () =>
      faults.map((f) => {
        /** @type {Partial<typeof f>} */
        const copy = { ...f };
        delete copy.armedAfter;
        return copy;
      }),
  };
}
