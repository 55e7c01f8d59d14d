import { RECORDS_BY_ID } from "../../src/core/dataset";
import type { IndicatorRecord } from "../../src/core/types";

/** A record by id; throws when the dataset has none, so a test never runs on undefined. */
export function record(id: string): IndicatorRecord {
  const found = RECORDS_BY_ID.get(id);
  if (found === undefined) throw new Error(`No record ${id}`);
  return found;
}
