import { resolveCountry, resolveField, resolveIndicator, resolveTopic } from "../../src/core/resolve";
import { editDistance, foldKey } from "../../src/core/text";

describe("country resolution accepts every alias family", () => {
  test.each([
    // English names, any case, surrounding white space
    ["Kazakhstan", "KZ"],
    ["  uzbekistan ", "UZ"],
    ["TAJIKISTAN", "TJ"],
    ["Kyrgyzstan", "KG"],
    ["turkmenistan", "TM"],
    // ISO 3166 alpha-2 and alpha-3
    ["KZ", "KZ"],
    ["uz", "UZ"],
    ["TJK", "TJ"],
    ["kgz", "KG"],
    ["TKM", "TM"],
    // Variants and transliterations
    ["Kyrgyz Republic", "KG"],
    ["Kirghizia", "KG"],
    ["Kirgizia", "KG"],
    ["Turkmenia", "TM"],
    ["Türkmenistan", "TM"],
    ["Tadzhikistan", "TJ"],
    ["O'zbekiston", "UZ"],
    ["O‘zbekiston", "UZ"],
    ["Kazakstan", "KZ"],
    ["Qazaqstan", "KZ"],
    // Russian and local names
    ["Узбекистан", "UZ"],
    ["Казахстан", "KZ"],
    ["Қазақстан", "KZ"],
    ["Таджикистан", "TJ"],
    ["Кыргызстан", "KG"],
    ["Киргизия", "KG"],
    ["Туркменистан", "TM"],
    ["Туркмения", "TM"],
    ["  узбекистан  ", "UZ"],
    // The region
    ["Central Asia", "REGION"],
    ["central asia", "REGION"],
    ["Центральная Азия", "REGION"],
  ])("%j → %s", (typed, code) => {
    expect(resolveCountry(typed)).toEqual({ ok: true, value: code });
  });

  test("a 1×1 range is read as its one cell", () => {
    expect(resolveCountry([["Uzbekistan"]])).toEqual({ ok: true, value: "UZ" });
  });

  test.each([null, undefined, "", "   ", [[]], []])("an omitted country (%j) resolves to null", (value) => {
    expect(resolveCountry(value)).toEqual({ ok: true, value: null });
  });
});

describe("country resolution explains what is wrong", () => {
  test.each([
    ["Uzbekstan", "Did you mean Uzbekistan?"],
    ["Kazakstann", "Did you mean Kazakhstan?"],
    ["Tajikstan", "Did you mean Tajikistan?"],
    ["Turkmenstan", "Did you mean Turkmenistan?"],
    ["Kyrgystan", "Did you mean Kyrgyzstan?"],
  ])("%s gets a suggestion", (typed, hint) => {
    const result = resolveCountry(typed);
    expect(result).toMatchObject({ ok: false, code: "#VALUE!" });
    if (!result.ok) {
      expect(result.message).toContain(hint);
      expect(result.message).toContain(`“${typed}”`);
    }
  });

  test("an unrelated name gets no suggestion but the list of accepted names", () => {
    const result = resolveCountry("Atlantis");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).not.toContain("Did you mean");
      expect(result.message).toContain("Kazakhstan, Uzbekistan, Tajikistan, Kyrgyzstan, Turkmenistan");
    }
  });

  test("Russia is explained as the counterpart, not an unknown name", () => {
    const result = resolveCountry("Russia");
    expect(result).toMatchObject({ ok: false, code: "#VALUE!" });
    if (!result.ok) expect(result.message).toMatch(/^Russia is the counterpart in every figure/);
  });

  test.each([
    [5, "received the number 5"],
    [true, "received TRUE"],
    [[["UZ", "KZ"]], "received a range of 1×2 cells"],
    [{ type: "Error" }, "received an error or an object"],
    [NaN, "received the number that is not finite"],
  ])("non-text input %j is refused with a message", (value, message) => {
    const result = resolveCountry(value);
    expect(result).toMatchObject({ ok: false, code: "#VALUE!" });
    if (!result.ok) expect(result.message).toContain(message);
  });

  test("a very long input is cut short in the message", () => {
    const result = resolveCountry("x".repeat(10_000));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.length).toBeLessThan(255);
  });
});

describe("fields, topics and indicators", () => {
  test.each([
    [undefined, "value"],
    [null, "value"],
    ["", "value"],
    ["Period", "period"],
    [" QUOTE ", "quote"],
    ["qualifier", "qualifier"],
  ])("field %j → %s", (typed, field) => {
    expect(resolveField(typed)).toEqual({ ok: true, value: field });
  });

  test("an unknown field lists the accepted ones and suggests the nearest", () => {
    const result = resolveField("perod");
    expect(result).toMatchObject({ ok: false, code: "#VALUE!" });
    if (!result.ok) {
      expect(result.message).toContain('Did you mean "period"?');
      expect(result.message).toContain("value, period, qualifier, quote, source, label, unit");
    }
  });

  test.each([
    ["trade", { topic: "trade" }],
    ["Public opinion", { topic: "opinion" }],
    ["EVENTS", { kind: "event" }],
    ["figures", { kind: "figure" }],
    ["all", null],
    [undefined, null],
  ])("topic %j", (typed, filter) => {
    expect(resolveTopic(typed)).toEqual({ ok: true, value: filter });
  });

  test("indicator by key or full id, any case", () => {
    expect(resolveIndicator("Trade-Growth")).toEqual({
      ok: true,
      value: { indicator: "trade-growth", scope: null },
    });
    expect(resolveIndicator("trade-growth.uz")).toEqual({
      ok: true,
      value: { indicator: "trade-growth", scope: "UZ" },
    });
  });

  test("an unknown indicator suggests the nearest id", () => {
    const result = resolveIndicator("trade-grwth");
    expect(result).toMatchObject({ ok: false, code: "#VALUE!" });
    if (!result.ok) expect(result.message).toContain('Did you mean "trade-growth"?');
  });
});

describe("text helpers", () => {
  test("foldKey ignores case, accents, spaces and punctuation", () => {
    expect(foldKey(" Kyrgyz  Republic ")).toBe(foldKey("kyrgyz-republic"));
    expect(foldKey("Türkmenistan")).toBe("turkmenistan");
  });
  test("editDistance counts a transposition as one edit", () => {
    expect(editDistance("uzbekistan", "uzbeksitan")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
  });
});
