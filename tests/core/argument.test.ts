/*
 * Worst-case input: Excel lets a cell hold 32,767 characters, and `=CA.RUTRADE(A1&ROW())` down a column
 * sends a different one per call. Such text is refused by its length before anything folds or scans it, so
 * the work per call does not grow with the input (the bench prints the time; here the work is counted).
 */
import { argumentText, MAX_NAME_LENGTH } from "../../src/core/argument";
import { lookupCell, lookupIndicatorCell } from "../support/lookups";

const CELL_MAX = 32_767;
const WORST = {
  "U+FDFA (one character that folds to eighteen)": "\uFDFA".repeat(CELL_MAX),
  Hangul: "한".repeat(CELL_MAX),
  letters: "a".repeat(CELL_MAX),
  "a name then padding letters": `Uzbekistan${"x".repeat(CELL_MAX - 10)}`,
};

describe("text longer than any name", () => {
  let normalised: number[];
  let spy: jest.SpyInstance;
  beforeEach(() => {
    normalised = [];
    const original = String.prototype.normalize;
    spy = jest.spyOn(String.prototype, "normalize").mockImplementation(function (this: string, form) {
      normalised.push(this.length);
      return original.call(this, form);
    });
  });
  afterEach(() => spy.mockRestore());

  test.each(Object.entries(WORST))("%s: #VALUE! naming the length, and never folded", (_name, text) => {
    const TRADE = { indicator: "trade-growth", scope: null } as const;
    for (const answer of [
      lookupIndicatorCell(TRADE, text, undefined, true),
      lookupIndicatorCell(TRADE, "UZ", text, true),
      lookupCell(text, undefined, undefined),
    ]) {
      expect(answer).toMatchObject({ ok: false, code: "#VALUE!" });
      expect((answer as { message?: string }).message).toMatch(
        new RegExp(`at most ${MAX_NAME_LENGTH} characters\\), but received text of 32,767 characters`),
      );
    }
    expect(Math.max(0, ...normalised)).toBeLessThanOrEqual(MAX_NAME_LENGTH);
  });

  test("a valid name padded with spaces to the cell's maximum still works", () => {
    const padded = `${" ".repeat(20_000)}UZ${" ".repeat(CELL_MAX - 20_002)}`;
    expect(padded).toHaveLength(CELL_MAX);
    expect(lookupIndicatorCell({ indicator: "trade-growth", scope: null }, padded, undefined, true)).toEqual({
      ok: true,
      value: 0.4,
    });
    expect(argumentText(padded, "country")).toEqual({ ok: true, value: "UZ" });
  });

  test("at the limit is accepted as text, one over is refused", () => {
    expect(argumentText("x".repeat(MAX_NAME_LENGTH), "country")).toMatchObject({ ok: true });
    expect(argumentText("x".repeat(MAX_NAME_LENGTH + 1), "country")).toMatchObject({
      ok: false,
      code: "#VALUE!",
    });
  });
});
