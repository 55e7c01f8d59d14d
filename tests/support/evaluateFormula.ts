import * as CA from "../../src/functions/functions";
import { evaluate, installCustomFunctionsShim } from "./customFunctionsShim";

// The functions read the CustomFunctions global only when they fail, so installing it here is early enough.
installCustomFunctionsShim();

type AnyFn = (...args: unknown[]) => unknown;
const FUNCTIONS: Readonly<Record<string, AnyFn>> = {
  RUTRADE: CA.rutrade as unknown as AnyFn,
  RUPOLL: CA.rupoll as unknown as AnyFn,
  INDICATOR: CA.indicator as unknown as AnyFn,
};

/** Evaluates =CA.NAME("a","b") with the real custom functions, as Excel would. */
export function evaluateFormula(formula: string): unknown {
  const match = /^=CA\.([A-Z]+)\((.*)\)$/.exec(formula);
  if (match === null) throw new Error(`Not a CA formula: ${formula}`);
  const fn = FUNCTIONS[match[1]];
  if (fn === undefined) throw new Error(`Unknown function CA.${match[1]}`);
  const args = [...match[2].matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replace(/""/g, '"'));
  return evaluate(() => fn(...args));
}
