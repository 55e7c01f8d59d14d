/*
 * What a CA.* call in a formula stands for: the records whose values it returns, resolved the way the
 * functions resolve their arguments (the same core code), from the arguments' values. Pure.
 */
import { COMPARISONS } from "../../core/comparisons";
import { cardRecords } from "../../cells/countryCard";
import type { FunctionId } from "../../core/functionNames";
import type { Field } from "../../core/fields";
import { lift } from "../../core/lift";
import { findRecord, selectFromArguments } from "../../core/query";
import { resolveCountry, resolveField, resolveIndicator } from "../../core/resolve";
import { REGION, type IndicatorRecord } from "../../core/types";
import type { FormulaArgument, FormulaCall } from "./formulaCalls";

/** What one call stands for. */
export type CallMeaning =
  | {
      readonly kind: "records";
      readonly call: FormulaCall;
      readonly records: readonly IndicatorRecord[];
      /** The field a lookup returns ("value" unless asked); null for tables and cards. */
      readonly field: Field | null;
      /** "card" for CA.COUNTRY, "table" for CA.INDICATORS, "lookup" otherwise. */
      readonly shape: "lookup" | "table" | "card";
    }
  | { readonly kind: "countries"; readonly call: FormulaCall }
  | { readonly kind: "source"; readonly call: FormulaCall }
  /** The call cannot be read: an argument the pane cannot evaluate, or one the function would refuse. */
  | { readonly kind: "unresolved"; readonly call: FormulaCall; readonly reason: string };

/** An argument's value for the functions: a literal's own, a referenced cell's, or undefined when omitted. */
export type ArgumentValue = unknown;

/** Marks an argument whose value the pane cannot know (an expression, or a reference it could not read). */
export const UNKNOWN_ARGUMENT: unique symbol = Symbol("unknown argument");

/** The value of a literal argument; UNKNOWN_ARGUMENT for references and expressions. */
export function literalValue(argument: FormulaArgument): ArgumentValue {
  switch (argument.kind) {
    case "omitted":
      return undefined;
    case "text":
    case "number":
    case "boolean":
      return argument.value;
    default:
      return UNKNOWN_ARGUMENT;
  }
}

const COMPARED: ReadonlyMap<string, string> = new Map(COMPARISONS.map((c) => [c.functionName, c.indicator]));

type Outcome =
  { ok: true; records: readonly IndicatorRecord[]; field: Field | null } | { ok: false; reason: string };

function lookup(indicatorArg: unknown, countryArg: unknown, fieldArg: unknown, fixed?: string): Outcome {
  const ref =
    fixed === undefined
      ? resolveIndicator(indicatorArg)
      : { ok: true as const, value: { indicator: fixed, scope: null } };
  if (!ref.ok) return { ok: false, reason: ref.message };
  const scope = resolveCountry(countryArg);
  if (!scope.ok) return { ok: false, reason: scope.message };
  const field = resolveField(fieldArg);
  if (!field.ok) return { ok: false, reason: field.message };
  const record = findRecord(ref.value, scope.value);
  if (!record.ok) return { ok: false, reason: record.message };
  return { ok: true, records: [record.value], field: field.value };
}

/**
 * A lookup over ranges (=CA.RUTRADE(A2:A6)) answers one record per cell, as the functions do (core/lift): it
 * stands for the records of its cells, each once; cells that fail are left out unless every cell fails.
 */
function lookupOverRanges(args: readonly unknown[], cell: (...values: unknown[]) => Outcome): Outcome {
  const grid = lift(args, cell, () => null);
  if (grid === null) return cell(...args);
  const outcomes = grid.flat().filter((outcome) => outcome !== null);
  const found = outcomes.filter((outcome) => outcome.ok);
  if (found.length === 0) return outcomes[0] ?? { ok: false, reason: "no cell" };
  const records = [...new Map(found.flatMap((outcome) => outcome.records).map((r) => [r.id, r])).values()];
  return { ok: true, records, field: found[0].field };
}

function resolveCall(fn: FunctionId, values: readonly ArgumentValue[]): Outcome | "countries" | "source" {
  const [a, b, c] = values;
  switch (fn) {
    case "RUTRADE":
    case "RUPOLL": {
      const fixed = COMPARED.get(fn);
      return lookupOverRanges([a, b], (country, field) => lookup(undefined, country, field, fixed));
    }
    case "INDICATOR":
      return lookupOverRanges([a, b, c], (id, country, field) => lookup(id, country, field));
    case "INDICATORS": {
      const records = selectFromArguments(a, b);
      return records.ok
        ? { ok: true, records: records.value, field: null }
        : { ok: false, reason: records.message };
    }
    case "COUNTRY": {
      const scope = resolveCountry(a);
      if (!scope.ok) return { ok: false, reason: scope.message };
      if (scope.value === null || scope.value === REGION) return { ok: false, reason: "no country" };
      return { ok: true, records: cardRecords(scope.value), field: null };
    }
    case "COUNTRIES":
      return "countries";
    case "SOURCE":
      return "source";
  }
}

/**
 * What a call stands for, given its arguments' values (`values[i]` for `call.args[i]`; UNKNOWN_ARGUMENT where
 * the pane cannot know one). `unknownArgument(text)` words the reason an expression cannot be read.
 */
export function callMeaning(
  call: FormulaCall,
  values: readonly ArgumentValue[],
  unknownArgument: (text: string) => string,
): CallMeaning {
  const unknown = call.args.findIndex((_, i) => values[i] === UNKNOWN_ARGUMENT);
  if (unknown >= 0) {
    const argument = call.args[unknown];
    const text =
      argument.kind === "expression" ? argument.text : argument.kind === "reference" ? argument.address : "";
    return { kind: "unresolved", call, reason: unknownArgument(text) };
  }
  const outcome = resolveCall(call.fn, values);
  if (outcome === "countries") return { kind: "countries", call };
  if (outcome === "source") return { kind: "source", call };
  if (!outcome.ok) return { kind: "unresolved", call, reason: outcome.reason };
  const shape = call.fn === "INDICATORS" ? "table" : call.fn === "COUNTRY" ? "card" : "lookup";
  return { kind: "records", call, records: outcome.records, field: outcome.field, shape };
}

/** Every record the meanings name, once each, in the order they first appear. */
export function recordsOf(meanings: readonly CallMeaning[]): IndicatorRecord[] {
  const seen = new Set<string>();
  const records: IndicatorRecord[] = [];
  for (const meaning of meanings) {
    if (meaning.kind !== "records") continue;
    for (const record of meaning.records) {
      if (seen.has(record.id)) continue;
      seen.add(record.id);
      records.push(record);
    }
  }
  return records;
}
