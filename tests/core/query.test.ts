import { answerCacheStats } from "../../src/core/query";
import { lookupIndicatorCell } from "../support/lookups";

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

describe("the answer cache is bounded by size, not only by count", () => {
  test("4,096 distinct 32,767-character inputs leave no long text in the cache", () => {
    const TRADE = { indicator: "trade-growth", scope: null } as const;
    for (let i = 0; i < 4096; i++) {
      const long = `${i}`.padEnd(32_767, "\uFDFA");
      lookupIndicatorCell(TRADE, long, undefined, true);
      lookupIndicatorCell(TRADE, "UZ", long, true);
    }
    const stats = answerCacheStats();
    expect(stats.entries).toBeLessThanOrEqual(4096);
    expect(stats.keyCharacters).toBeLessThanOrEqual(stats.entries * 2 * 64);
  });

  test("short distinct inputs fill it up to its limit and no further", () => {
    const TRADE = { indicator: "trade-growth", scope: null } as const;
    for (let i = 0; i < 10_000; i++) lookupIndicatorCell(TRADE, `c${i}`, undefined, true);
    expect(answerCacheStats().entries).toBeLessThanOrEqual(4096);
    expect(lookupIndicatorCell(TRADE, "UZ", undefined, true)).toEqual({ ok: true, value: 0.4 });
  });
});
