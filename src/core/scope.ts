import { COUNTRIES, REGION_LABEL } from "./countries";
import { REGION, type Scope } from "./types";

/** The English name of a record's scope: a country's name, or "Central Asia" for region-wide records. */
export function scopeLabel(scope: Scope): string {
  return scope === REGION ? REGION_LABEL : (COUNTRIES.find((c) => c.code === scope)?.name ?? scope);
}
