import { comparison, isComparable } from "../core/comparisons";
import { REGION, type IndicatorRecord } from "../core/types";

function quoteArgument(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The live formula for one record: a comparison's own function (CA.RUTRADE, CA.RUPOLL) for its per-country
 * figures, CA.INDICATOR with the indicator and ISO code otherwise (without a country for region-wide
 * records). Stances and events work the same way: CA.INDICATOR returns TRUE/FALSE or the event's description.
 */
export function formulaFor(record: IndicatorRecord): string {
  if (record.scope === REGION) return `=CA.INDICATOR(${quoteArgument(record.indicator)})`;
  if (record.kind === "figure" && isComparable(record.indicator)) {
    return `=CA.${comparison(record.indicator).functionName}(${quoteArgument(record.scope)})`;
  }
  return `=CA.INDICATOR(${quoteArgument(record.indicator)},${quoteArgument(record.scope)})`;
}
