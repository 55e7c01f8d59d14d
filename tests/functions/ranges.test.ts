/*
 * Functions over ranges, on the built bundle: Excel passes a range to a custom function as a 2-D array, and
 * =CA.RUTRADE(A2:A6) gives one result per country cell, as Excel's own functions do; the field, id and
 * language arguments spread the same way. Errors stay in their own cells, with their message.
 */
import { describeBuilt } from "../support/build";
import { loadFunctions } from "../support/builtFunctions.cjs";

type Fn = (...args: unknown[]) => unknown;
type Cell = number | string | boolean | { code: string; message: string };
const OLDER_EXCEL = { ExcelApi: "1.12", CustomFunctionsRuntime: "1.3" };

/** Calls a function; a thrown Excel error comes back as its { code, message }. */
function answer(fn: Fn, ...args: unknown[]): unknown {
  try {
    return fn(...args);
  } catch (error) {
    return { code: (error as Cell & { code: string }).code, message: (error as { message: string }).message };
  }
}
const code = (cell: unknown) => (cell as { code?: string }).code;
const message = (cell: unknown) => (cell as { message?: string }).message ?? "";

describeBuilt("functions over ranges (built functions.js)", ["functions.js"], () => {
  const fns = loadFunctions(OLDER_EXCEL, "en-US");
  const rutrade = fns.get("RUTRADE") as Fn;
  const rupoll = fns.get("RUPOLL") as Fn;
  const indicator = fns.get("INDICATOR") as Fn;

  test("a column of the five countries gives their five figures, in order", () => {
    const countries = [["Kazakhstan"], ["Uzbekistan"], ["Tajikistan"], ["Kyrgyzstan"], ["Turkmenistan"]];
    expect(answer(rutrade, countries)).toEqual([[0.1], [0.4], [0.22], [0.4], [0.45]]);
  });

  test("a single call answers as before; a 1×1 range (what Excel passes) answers in a 1×1 array", () => {
    expect(answer(rutrade, "UZ")).toBe(0.4);
    expect(answer(rutrade, [["UZ"]], [["period"]])).toEqual([["Jan–Sep 2022"]]);
    // A 1×1 error is thrown, so the cell shows its message as a single call's would.
    expect(code(answer(rutrade, [["Uzbekstan"]]))).toBe("#VALUE!");
    expect(message(answer(rutrade, [["Uzbekstan"]]))).toContain("Did you mean Uzbekistan?");
  });

  test("a single field spreads over a range of countries; a row of fields over one country", () => {
    expect(answer(rutrade, [["KZ"], ["TJ"]], "qualifier")).toEqual([["exact"], ["more than"]]);
    expect(answer(rutrade, "TJ", [["value", "qualifier", "period"]])).toEqual([
      [0.22, "more than", "Jan–Aug 2022"],
    ]);
  });

  test("a column of countries and a row of fields give a table", () => {
    expect(answer(rutrade, [["KZ"], ["UZ"]], [["value", "period"]])).toEqual([
      [0.1, "Jan–Oct 2022"],
      [0.4, "Jan–Sep 2022"],
    ]);
  });

  test("a bad or empty cell gets its own error with its message; the others answer", () => {
    const result = answer(rutrade, [["KZ"], ["Atlantis"], [null], [42], ["Central Asia"]]) as unknown[][];
    expect(result[0][0]).toBe(0.1);
    expect([code(result[1][0]), message(result[1][0])]).toEqual([
      "#VALUE!",
      expect.stringContaining("Atlantis"),
    ]);
    expect([code(result[2][0]), message(result[2][0])]).toEqual([
      "#VALUE!",
      expect.stringContaining("missing"),
    ]);
    expect(message(result[3][0])).toContain("received the number 42");
    expect(code(result[4][0])).toBe("#N/A");
    const polls = answer(rupoll, [["KG"], ["TJ"]]) as unknown[][];
    expect(polls[0][0]).toBe(0.7);
    expect([code(polls[1][0]), message(polls[1][0])]).toEqual([
      "#N/A",
      expect.stringContaining("no poll for Tajikistan"),
    ]);
  });

  test("an error value in a cell of the range answers that cell with a message", () => {
    const excelError = { type: "Error", errorType: "Div0" }; // what a data-types Excel hands over for #DIV/0!
    const result = answer(rutrade, [["UZ"], [excelError]]) as unknown[][];
    expect(result[0][0]).toBe(0.4);
    expect([code(result[1][0]), message(result[1][0])]).toEqual([
      "#VALUE!",
      expect.stringContaining("received an error"),
    ]);
  });

  test("ranges of different shapes give #N/A outside the overlap, as Excel's own functions do", () => {
    const result = answer(rutrade, [["KZ"], ["UZ"], ["TJ"]], [["value"], ["period"]]) as unknown[][];
    expect(result.slice(0, 2)).toEqual([[0.1], ["Jan–Sep 2022"]]);
    expect([code(result[2][0]), message(result[2][0])]).toEqual([
      "#N/A",
      expect.stringContaining("outside one of the ranges"),
    ]);
  });

  test("a range without cells answers as an empty cell does; a 1×1 or plain call never spills", () => {
    expect([code(answer(rutrade, [[]])), message(answer(rutrade, [[]]))]).toEqual([
      "#VALUE!",
      expect.stringContaining("missing"),
    ]);
    expect(answer(rutrade, [["UZ"]], "period", "en")).toEqual([["Jan–Sep 2022"]]);
  });

  test("CA.INDICATOR spreads over ids and countries", () => {
    expect(answer(indicator, [["putin-meetings"], ["oil-export-via-russia.KZ"]])).toEqual([[50], [0.8]]);
    expect(answer(indicator, "trade-growth", [["KZ", "UZ"]], "period")).toEqual([
      ["Jan–Oct 2022", "Jan–Sep 2022"],
    ]);
  });

  test("a range of languages pins each cell's language", async () => {
    const result = await Promise.resolve(answer(rutrade, "UZ", "period", [["en"], ["ru"]]));
    expect(result).toEqual([["Jan–Sep 2022"], ["янв.–сент.\u00a02022"]]);
  });
});
