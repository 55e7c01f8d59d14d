import { lookupIndicatorCell } from "../../src/core/query";

describe("repeated lookups (answered from a bounded cache)", () => {
  const TRADE = { indicator: "trade-growth", scope: null } as const;
  test("the same arguments give the same answer, and different ones are not confused", () => {
    expect(lookupIndicatorCell(TRADE, "UZ", undefined, true)).toEqual({ ok: true, value: 0.4 });
    expect(lookupIndicatorCell(TRADE, "UZ", "period", true)).toEqual({ ok: true, value: "Jan–Sep 2022" });
    expect(lookupIndicatorCell(TRADE, "UZ", undefined, true)).toEqual({ ok: true, value: 0.4 });
    expect(lookupIndicatorCell(TRADE, undefined, undefined, true)).toMatchObject({
      ok: false,
      code: "#VALUE!",
    });
    expect(lookupIndicatorCell(TRADE, undefined, undefined, false)).toMatchObject({
      ok: false,
      code: "#VALUE!",
    });
    expect(lookupIndicatorCell(TRADE, "TJ", "qualifier", true)).toEqual({ ok: true, value: "more than" });
  });

  test("answers stay right after thousands of distinct inputs fill the cache", () => {
    for (let i = 0; i < 10_000; i++) lookupIndicatorCell(TRADE, `country ${i}`, undefined, true);
    expect(lookupIndicatorCell(TRADE, "Kyrgyzstan", undefined, true)).toEqual({ ok: true, value: 0.4 });
    expect(lookupIndicatorCell(TRADE, "Turkmenistan", "period", true)).toEqual({
      ok: true,
      value: "Q1 2022",
    });
  });

  test("a range argument is not cached by identity: its new contents are read", () => {
    const cell = [["UZ"]];
    expect(lookupIndicatorCell(TRADE, cell, undefined, true)).toEqual({ ok: true, value: 0.4 });
    cell[0][0] = "KZ";
    expect(lookupIndicatorCell(TRADE, cell, undefined, true)).toEqual({ ok: true, value: 0.1 });
  });
});
