/**
 * Lookups reduced to the cell value they answer (the record it came from is checked in the functions'
 * tests), so a test compares what the cell would show.
 */
import type { Answer } from "../../src/core/query";
import { lookupAnswer, lookupIndicatorAnswer } from "../../src/core/query";
import type { Result } from "../../src/core/result";

function toCell(result: Result<Answer>): unknown {
  return result.ok ? { ok: true, value: result.value.value } : result;
}

export const lookupIndicatorCell = (...args: Parameters<typeof lookupIndicatorAnswer>) =>
  toCell(lookupIndicatorAnswer(...args));

export const lookupCell = (...args: Parameters<typeof lookupAnswer>) => toCell(lookupAnswer(...args));
