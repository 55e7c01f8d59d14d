/*
 * A record's field as a cell shows it in one language: the words (label, period, unit, qualifier, basis,
 * country, condition, note, an event's description) from that language's Vocabulary; ids, numbers,
 * TRUE/FALSE, ISO dates, the links and the verbatim quote as they are, the same in every language.
 */
import { basisOf, fieldValue, recordValue, type CellValue, type Field } from "../fields";
import type { IndicatorRecord } from "../types";
import type { Vocabulary } from "./vocabulary";

export function fieldText(record: IndicatorRecord, field: Field, words: Vocabulary): CellValue {
  if (words.locale === "en") return fieldValue(record, field);
  switch (field) {
    case "value":
      return record.kind === "event" ? words.label(record) : recordValue(record);
    case "period":
      return words.period(record.period.label);
    case "qualifier":
      return words.qualifier(record.qualifier);
    case "label":
      return words.label(record);
    case "unit":
      return words.unit(record);
    case "country":
      return words.scope(record.scope);
    case "basis":
      return record.kind === "stance" ? words.basis(record.basis) : basisOf(record);
    case "condition":
      return words.condition(record);
    case "note":
      return words.note(record) ?? "";
    default:
      return fieldValue(record, field);
  }
}
