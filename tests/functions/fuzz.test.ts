import fc from "fast-check";
import { ShimError, installCustomFunctionsShim } from "../support/customFunctionsShim";
installCustomFunctionsShim();
// The shim must exist before the functions throw their first error, hence the import after it.
import * as CA from "../../src/functions/functions";

/**
 * Whatever Excel hands a function, it returns a value of its declared type or throws CustomFunctions.Error
 * with #VALUE! or #N/A and a message that shows every character (no control or bidi character echoed as
 * itself); nothing else escapes.
 */
// npm test runs 10,000 cases; `npm run test:unit` runs fewer (FUZZ_RUNS) to stay fast.
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);

const knownWords = fc.constantFrom(
  "Uzbekistan",
  "UZ",
  "kgz",
  "Узбекистан",
  "Central Asia",
  "Russia",
  "value",
  "period",
  "quote",
  "trade-growth",
  "putin-meetings",
  "trade-growth.UZ",
  "stances",
  "events",
  "citation",
  "sha256",
);
/** Characters that show as nothing or reorder what follows them; a message must show them as code points. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]|\p{Cs}/u;
const withInvisibles = fc.string({
  unit: fc.constantFrom(
    "U",
    "Z",
    "e",
    "\u202e",
    "\u2066",
    "\u200f",
    "\u200b",
    "\ufeff",
    "\u0000",
    "\n",
    "\u2028",
    "\ud800",
  ),
  maxLength: 30,
});
const scalar = fc.oneof(
  knownWords,
  fc.string(),
  fc.string({ unit: "binary", maxLength: 30 }),
  withInvisibles,
  fc.string({ unit: "grapheme", maxLength: 50 }),
  fc.string({ minLength: 1000, maxLength: 5000 }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant(""),
  fc.constant({ type: "Error", errorType: "Div0" }),
  fc.constant(new Error("#REF!")),
);
const cellArg = fc.oneof(scalar, fc.array(fc.array(scalar, { maxLength: 3 }), { maxLength: 3 }));

type Check = (result: unknown) => boolean;
const isCell: Check = (r) => typeof r === "number" || typeof r === "string" || typeof r === "boolean";
const isText: Check = (r) => typeof r === "string";
const isMatrix: Check = (r) =>
  Array.isArray(r) &&
  r.length > 0 &&
  r.every((row) => Array.isArray(row) && row.length === (r[0] as unknown[]).length && row.every(isCell));

/** An Excel error a cell of a spilled result holds: #VALUE! or #N/A, with a readable message. */
const isCellError: Check = (r) =>
  r instanceof ShimError &&
  ["#VALUE!", "#N/A"].includes(r.code) &&
  r.message.length > 0 &&
  r.message.length <= 255 &&
  !INVISIBLE.test(r.message);
/** A function over ranges: one cell for single values, else one cell or cell error per cell of the ranges. */
const isCellOrGrid: Check = (r) =>
  isCell(r) ||
  (Array.isArray(r) &&
    r.length > 0 &&
    r.every(
      (row) =>
        Array.isArray(row) &&
        row.length === (r[0] as unknown[]).length &&
        row.length > 0 &&
        row.every((cell) => isCell(cell) || isCellError(cell)),
    ));

function expectWellBehaved(call: () => unknown, check: Check): void {
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    expect(error).toBeInstanceOf(ShimError);
    const { code, message } = error as ShimError;
    expect(["#VALUE!", "#N/A"]).toContain(code);
    expect(typeof message).toBe("string");
    expect(message.length).toBeGreaterThan(0);
    expect(message.length).toBeLessThanOrEqual(255);
    expect(message).not.toMatch(INVISIBLE);
    return;
  }
  expect(result).not.toBeInstanceOf(Promise);
  expect(check(result)).toBe(true);
  if (typeof result === "number") expect(Number.isFinite(result)).toBe(true);
}

type Loose = (...args: unknown[]) => unknown;
const cases: [string, Loose, number, Check][] = [
  ["RUTRADE", CA.rutrade as unknown as Loose, 2, isCellOrGrid],
  ["RUPOLL", CA.rupoll as unknown as Loose, 2, isCellOrGrid],
  ["INDICATOR", CA.indicator as unknown as Loose, 3, isCellOrGrid],
  ["INDICATORS", CA.indicators as unknown as Loose, 2, isMatrix],
  ["SOURCE", CA.source as unknown as Loose, 1, isText],
  ["COUNTRIES", CA.countries as unknown as Loose, 0, isMatrix],
];

describe.each(cases)("CA.%s never crashes on generated input", (_name, fn, arity, check) => {
  test(`${RUNS} calls`, () => {
    fc.assert(
      fc.property(fc.array(cellArg, { minLength: 0, maxLength: arity }), (args) => {
        expectWellBehaved(() => fn(...args), check);
      }),
      { numRuns: RUNS },
    );
  });
});
