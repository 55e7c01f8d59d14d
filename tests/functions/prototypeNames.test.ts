/*
 * Names that live on every JavaScript object ("constructor", "toString", "__proto__"…) are just unknown
 * words to the add-in: in every argument of every function they get the same clear #VALUE! as any other
 * unknown name, never text read from Object.prototype.
 */
import * as CA from "../../src/functions/functions";
import { evaluate, installCustomFunctionsShim } from "../support/customFunctionsShim";

installCustomFunctionsShim();

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);
/** Each name as typed, in capitals, capitalised, and with a hyphen that folding removes ("Con-structor"). */
const VARIANTS = PROTOTYPE_NAMES.flatMap((name) => [
  name,
  name.toUpperCase(),
  name.charAt(0).toUpperCase() + name.slice(1),
  `${name.slice(0, 3)}-${name.slice(3)}`,
]);

type Call = (typed: string) => unknown;
/** Every argument of every function, with valid values in the other arguments. */
const ARGUMENTS: readonly [string, RegExp, Call][] = [
  ["RUTRADE country", /Unknown country/, (t) => CA.rutrade(t as never)],
  ["RUTRADE field", /Unknown field/, (t) => CA.rutrade("UZ" as never, t as never)],
  ["RUPOLL country", /Unknown country/, (t) => CA.rupoll(t as never)],
  ["RUPOLL field", /Unknown field/, (t) => CA.rupoll("KG" as never, t as never)],
  ["INDICATOR id", /Unknown indicator/, (t) => CA.indicator(t as never)],
  ["INDICATOR country", /Unknown country/, (t) => CA.indicator("trade-growth" as never, t as never)],
  [
    "INDICATOR field",
    /Unknown field/,
    (t) => CA.indicator("trade-growth" as never, "UZ" as never, t as never),
  ],
  ["INDICATORS topic", /Unknown topic/, (t) => CA.indicators(t as never)],
  ["INDICATORS country", /Unknown country/, (t) => CA.indicators(undefined, t as never)],
  ["SOURCE field", /Unknown citation field/, (t) => CA.source(t as never)],
];

describe.each(ARGUMENTS)("%s", (_name, unknown, call) => {
  test.each(VARIANTS)("%j is an unknown name, answered with #VALUE!", (typed) => {
    const answer = evaluate(() => call(typed)) as { code?: string; message?: string };
    expect(answer).toMatchObject({ code: "#VALUE!" });
    expect(answer.message).toMatch(unknown);
    expect(answer.message).not.toMatch(/native code|function |\[object/);
  });
});

test("“russian federation”, in any spacing, gets the pointed out-of-scope message", () => {
  for (const typed of ["russian federation", "Russian Federation", " RUSSIAN  FEDERATION ", "Russia"]) {
    const answer = evaluate(() => CA.rutrade(typed as never)) as { code?: string; message?: string };
    expect([typed, answer.message]).toEqual([typed, expect.stringMatching(/^Russia is the counterpart/)]);
  }
});
