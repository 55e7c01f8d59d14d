import { evaluate, installCustomFunctionsShim } from "../support/customFunctionsShim";
installCustomFunctionsShim();
// The shim must exist before the functions throw their first error, hence the import after it.
import * as CA from "../../src/functions/functions";
import { INDICATORS_HEADER } from "../../src/core/spill";

type AnyArgs = (...args: unknown[]) => unknown;
const call = (fn: AnyArgs, ...args: unknown[]) => evaluate(() => fn(...args));
const rutrade = CA.rutrade as unknown as AnyArgs;
const rupoll = CA.rupoll as unknown as AnyArgs;
const indicator = CA.indicator as unknown as AnyArgs;
const indicators = CA.indicators as unknown as AnyArgs;
const source = CA.source as unknown as AnyArgs;
const country = CA.country as unknown as AnyArgs;

// The expected figures are written out from the source, not read from the dataset, so a wrong entry fails.
describe("CA.RUTRADE returns every country's figure with its own period", () => {
  test.each([
    ["Kazakhstan", 0.1, "Jan–Oct 2022", "exact"],
    ["Uzbekistan", 0.4, "Jan–Sep 2022", "exact"],
    ["Tajikistan", 0.22, "Jan–Aug 2022", "more than"],
    ["Kyrgyzstan", 0.4, "Jan–Jun 2022", "exact"],
    ["Turkmenistan", 0.45, "Q1 2022", "exact"],
  ])("%s: %d over %s (%s)", (country, value, period, qualifier) => {
    expect(call(rutrade, country)).toBe(value);
    expect(call(rutrade, country, "value")).toBe(value);
    expect(call(rutrade, country, "period")).toBe(period);
    expect(call(rutrade, country, "qualifier")).toBe(qualifier);
    expect(call(rutrade, country, "unit")).toBe("percent");
    expect(call(rutrade, country, "quote")).toContain(`with ${country}`);
    expect(call(rutrade, country, "source")).toContain("Temur Umarov");
  });

  test.each(["UZ", "UZB", "uzbekistan", "Узбекистан", "O'zbekiston"])("alias %j works", (alias) => {
    expect(call(rutrade, alias)).toBe(0.4);
  });

  test("the result is synchronous, not a Promise", () => {
    expect(CA.rutrade("UZ" as never)).toBe(0.4);
  });
});

describe("CA.RUPOLL", () => {
  test.each([
    ["Kyrgyzstan", 0.7],
    ["KZ", 0.55],
    ["Uzbekistan", 0.3],
  ])("%s: %d", (country, value) => {
    expect(call(rupoll, country)).toBe(value);
  });

  test.each([
    [
      "Tajikistan",
      "The source reports no poll for Tajikistan; it reports one for Kyrgyzstan, Kazakhstan, Uzbekistan.",
    ],
    [
      "TM",
      "The source reports no poll for Turkmenistan; it reports one for Kyrgyzstan, Kazakhstan, Uzbekistan.",
    ],
  ])("%s has no poll: #N/A", (country, message) => {
    expect(call(rupoll, country)).toEqual({ code: "#N/A", message });
  });
});

describe("CA.INDICATOR reaches every figure of the dataset", () => {
  test.each([
    ["oil-export-via-russia", "KZ", 0.8, "exact"],
    ["oil-export-via-russia.KZ", undefined, 0.8, "exact"],
    ["putin-meetings", undefined, 50, "more than"],
    ["putin-visits", undefined, 5, "exact"],
    ["telescopic-sights-growth", "Kyrgyzstan", 7, "exact"],
    ["population-under-thirty", undefined, 0.5, "exact"],
    ["labour-migration-record", null, 6, "exact"],
    ["trade-growth", "TJ", 0.22, "more than"],
    ["poll-war-blame", "KG", 0.7, "exact"],
  ])("%s %s → %d (%s)", (id, country, value, qualifier) => {
    expect(call(indicator, id, country)).toBe(value);
    expect(call(indicator, id, country, "qualifier")).toBe(qualifier);
  });

  test("stances are TRUE/FALSE; events return their description and date", () => {
    expect(call(indicator, "supported-invasion", "KZ")).toBe(false);
    expect(call(indicator, "abides-by-sanctions", "Uzbekistan")).toBe(true);
    expect(call(indicator, "allows-private-mir-use", "KZ")).toBe(true);
    expect(call(indicator, "allows-private-mir-use", "KG")).toBe(false);
    expect(call(indicator, "csto-exercises-cancelled", "KG")).toBe(
      "Kyrgyzstan cancelled CSTO military exercises on its territory",
    );
    expect(call(indicator, "csto-exercises-cancelled", "KG", "period")).toBe("Oct 2022");
    expect(call(indicator, "visit-postponed.UZ", null, "start")).toBe("2022-12-01");
  });

  test("the period fields of an undated statement", () => {
    expect(call(indicator, "putin-meetings", undefined, "start")).toBe("2022-01-01");
    expect(call(indicator, "oil-export-via-russia", "KZ", "start")).toBe("");
    expect(call(indicator, "oil-export-via-russia", "KZ", "end")).toBe("2022-12-23");
    expect(call(indicator, "putin-meetings", undefined, "end")).toBe("2022-12-23");
  });

  test("no time given: period “not stated”, start and end empty", () => {
    for (const field of ["period", "start", "end"]) {
      expect([field, call(indicator, "telescopic-sights-growth", "KG", field)]).toEqual([
        field,
        field === "period" ? "not stated" : "",
      ]);
    }
  });

  test("basis, condition, related, note and the source's hedges, through CA.INDICATOR", () => {
    expect(call(indicator, "supported-invasion", "UZ", "basis")).toBe("region-wide");
    expect(call(indicator, "allows-private-mir-use", "KZ", "basis")).toBe("stated");
    expect(call(indicator, "allows-private-mir-use", "TM", "basis")).toBe("implied");
    expect(call(indicator, "allows-private-mir-use", "KZ", "condition")).toBe(
      "only after obtaining US approval to do so",
    );
    expect(call(indicator, "allows-private-mir-use", "KZ")).toBe(true);
    expect(call(indicator, "wagner-recruitment-reports", "TM", "qualifier")).toBe("reported");
    expect(call(indicator, "eu-appliance-imports", "KZ", "qualifier")).toBe("reported");
    expect(call(indicator, "drone-supply-accusation", "TJ", "qualifier")).toBe("accused");
    expect(call(indicator, "planned-media-law", "KG", "qualifier")).toBe("planned");
    expect(call(indicator, "supported-invasion", "KG", "qualifier")).toBe("stated");
    expect(call(indicator, "trade-growth", "UZ", "basis")).toBe("");
    expect(call(indicator, "supported-georgia-war")).toBe(false);
    expect(call(indicator, "supported-georgia-war", undefined, "country")).toBe("Central Asia");
    expect(call(indicator, "supported-georgia-war", undefined, "period")).toBe("2008");
    expect(String(call(rupoll, "UZ", "note"))).toMatch(/not a majority/);
  });

  test("related, examples and example of: the links the source makes, and only those", () => {
    expect(call(indicator, "banks-accept-mir", "KZ", "related")).toBe("allows-private-mir-use.KZ");
    expect(call(indicator, "allows-private-mir-use", "KZ", "related")).toBe("banks-accept-mir.KZ");
    expect(String(call(indicator, "banks-accept-mir", "KZ", "note"))).toMatch(/exception/);
    expect(call(indicator, "banks-accept-mir", "UZ", "note")).toBe("");
    expect(call(indicator, "abides-by-sanctions", "KZ", "related")).toBe("");
    expect(call(indicator, "abides-by-sanctions", "KZ", "examples")).toBe("banks-accept-mir.KZ");
    expect(call(indicator, "banks-accept-mir", "KZ", "Example Of")).toBe("abides-by-sanctions.KZ");
    expect(call(indicator, "eu-appliance-imports", "KZ", "related")).toBe("");
    expect(call(indicator, "eu-appliance-imports", "KZ", "example of")).toBe("");
    expect(call(indicator, "integration-distancing", undefined, "examples")).toBe(
      "csto-exercises-cancelled.KG, visit-postponed.UZ, turkic-states-focus",
    );
    expect(call(indicator, "visit-postponed", "UZ", "exampleof")).toBe("integration-distancing");
    expect(call(indicator, "csto-no-expansion", undefined, "related")).toBe(
      "csto-reputation-in-tatters, military-myth-exploded",
    );
  });

  test("a renamed record's former id keeps working, and answers with the new one", () => {
    const current = "eaeu-membership-judgement.UZ";
    expect(call(indicator, "eaeu-membership-ruled-out.UZ")).toBe(call(indicator, current));
    expect(call(indicator, "eaeu-membership-ruled-out", "UZ", "id")).toBe(current);
    expect(call(indicator, "EAEU-membership-ruled-out", "Uzbekistan", "label")).toMatch(
      /^The author’s judgement/,
    );
    expect(call(indicator, "eaeu-membership-ruled-out.UZ", undefined, "quote")).toBe(
      call(indicator, current, undefined, "quote"),
    );
    // The indicator answers for Uzbekistan only, under either name.
    expect(call(indicator, "eaeu-membership-ruled-out", "TJ")).toEqual(
      call(indicator, "eaeu-membership-judgement", "TJ"),
    );
  });
});

describe("error paths give the Excel error and a message that helps", () => {
  test.each([
    [rutrade, ["Uzbekstan"], "#VALUE!", "Did you mean Uzbekistan?"],
    [rutrade, ["Atlantis"], "#VALUE!", "Unknown country “Atlantis”."],
    [rutrade, [undefined], "#VALUE!", "The country is missing"],
    [rutrade, [""], "#VALUE!", "The country is missing"],
    [rutrade, [42], "#VALUE!", "received the number 42"],
    [rutrade, [true], "#VALUE!", "received TRUE"],
    [rutrade, ["Russia"], "#VALUE!", "Russia is the counterpart"],
    [
      rutrade,
      ["Central Asia"],
      "#N/A",
      "The source reports no trade-turnover growth figure for Central Asia",
    ],
    [rutrade, ["UZ", "colour"], "#VALUE!", "Unknown field “colour”."],
    [rupoll, ["TJ"], "#N/A", "no poll for Tajikistan"],
    [indicator, ["no-such-thing"], "#VALUE!", "Unknown indicator “no-such-thing”."],
    [indicator, [undefined], "#VALUE!", "The indicator id is missing."],
    [indicator, ["trade-growth"], "#VALUE!", "is reported per country: add a country"],
    [
      indicator,
      ["putin-meetings", "KZ"],
      "#N/A",
      "only for Central Asia as a whole (2022 (to 23 Dec)), not for Kazakhstan",
    ],
    [
      indicator,
      ["supported-georgia-war", "UZ"],
      "#N/A",
      'The source reports “supported-georgia-war” only for Central Asia as a whole (2008), not for Uzbekistan: use =CA.INDICATOR("supported-georgia-war").',
    ],
    [
      indicator,
      ["supported-georgia-war.UZ"],
      "#N/A",
      "only for Central Asia as a whole (2008), not for Uzbekistan",
    ],
    [
      indicator,
      ["trade-growth.UZ", "KZ"],
      "#VALUE!",
      "The id names Uzbekistan but the country argument is Kazakhstan",
    ],
    [
      indicator,
      ["oil-export-via-russia", "TM"],
      "#N/A",
      "The source reports no oil-export share for Turkmenistan",
    ],
    [indicators, ["weather"], "#VALUE!", "Unknown topic “weather”."],
    [country, [undefined], "#VALUE!", "The country is missing: use Kazakhstan, Uzbekistan"],
    [indicators, ["energy", "TM"], "#N/A", "The source has no “energy” records for Turkmenistan."],
    [indicators, ["trade", "Central Asia"], "#N/A", "no “trade” records for Central Asia as a whole."],
    [rutrade, ["Central Asia"], "#N/A", "for Central Asia as a whole; it reports one for"],
    [rutrade, ["Китай"], "#VALUE!", "China is not one of the five Central Asian countries"],
    [indicators, ["x"], "#VALUE!", "politics, stances, figures, events (or leave it empty"],
    [source, ["isbn"], "#VALUE!", "Unknown citation field “isbn”."],
    [source, ["url"], "#N/A", "The source document carries no URL, and none is made up"],
    [source, [" URL "], "#N/A", 'identified by =CA.SOURCE("sha256")'],
  ] as const)("%p(%j) → %s", (fn, args, code, message) => {
    const shown = call(fn as AnyArgs, ...args) as { code: string; message: string };
    expect(shown.code).toBe(code);
    expect(shown.message).toContain(message);
    expect(shown.message.length).toBeLessThanOrEqual(255);
  });

  // Invisible characters inside a known name are ignored as punctuation is ("period\u200B" is period); an
  // unknown name is echoed. As themselves, a bidi override would show the rest of the message reversed and a
  // zero-width or control character would hide what was typed; each shows as its code point instead.
  test.each([
    ["Unknown country “UZ<U+202E>evil”.", rutrade, ["UZ\u202eevil"]],
    ['Unknown field “perod<U+200B>”. Did you mean "period"?', rutrade, ["UZ", "perod\u200b"]],
    ["Unknown indicator “<U+2066>no-such-id<U+2069>”.", indicator, ["\u2066no-such-id\u2069"]],
    ["Unknown topic “trade<U+0009>topic<U+000A>”.", indicators, ["trade\ttopic\n"]],
    ["Unknown citation field “<U+FEFF>isbn<U+0000>”.", source, ["\ufeffisbn\u0000"]],
  ] as const)("%s", (message, fn, args) => {
    const shown = call(fn as AnyArgs, ...args) as { code: string; message: string };
    expect(shown).toEqual({ code: "#VALUE!", message: expect.stringContaining(message) });
    expect(shown.message).not.toMatch(/[\p{Cc}\p{Cf}]/u);
  });

  test("a long echo is cut after 40 characters as shown, code points included", () => {
    const shown = call(rutrade, `${"\u202e".repeat(30)}Atlantis`) as { message: string };
    expect(shown.message).toContain(`“${"<U+202E>".repeat(5)}…”`);
  });
});

describe("spilled tables", () => {
  test("CA.INDICATORS() spills a header and every record", () => {
    const rows = call(indicators) as unknown[][];
    expect(rows[0]).toEqual([...INDICATORS_HEADER]); // its columns are pinned in tests/core/spill.test.ts
    expect(rows).toHaveLength(80);
    expect(rows.every((row) => row.length === 13)).toBe(true);
  });

  test('CA.INDICATORS("trade", "UZ") keeps Uzbekistan\'s trade row only', () => {
    expect(call(indicators, "trade", "UZ")).toEqual([
      [...INDICATORS_HEADER],
      [
        "trade-growth.UZ",
        "Uzbekistan",
        "Growth of Russia’s trade turnover with Uzbekistan",
        0.4,
        "percent",
        "Jan–Sep 2022",
        "exact",
        "",
        "",
        "",
        "",
        "",
        "",
      ],
    ]);
  });

  test('CA.INDICATORS("stances") gives 32 rows of TRUE/FALSE: six per country and two for the region', () => {
    const rows = call(indicators, "stances") as unknown[][];
    expect(rows).toHaveLength(33);
    expect(rows.slice(1).every((row) => typeof row[3] === "boolean")).toBe(true);
  });

  test("CA.COUNTRIES() spills the five countries with codes", () => {
    expect(CA.countries()).toEqual([
      ["Kazakhstan", "KZ"],
      ["Uzbekistan", "UZ"],
      ["Tajikistan", "TJ"],
      ["Kyrgyzstan", "KG"],
      ["Turkmenistan", "TM"],
    ]);
  });

  test("CA.SOURCE() cites the analysis and its parts", () => {
    expect(call(source)).toBe(
      "Temur Umarov, “Russia and Central Asia: Never Closer, or Drifting Apart?”, Carnegie Endowment for International Peace (Carnegie Politika), December 2022; republished by exbulletin.com on 2022-12-23 (SHA-256 2f2e32c961dd…).",
    );
    expect(call(source, "date")).toBe("2022-12-23");
    expect(call(source, "SHA256")).toBe("2f2e32c961dd1722ae21172e2093b21c5811a477419717707266f45fc6c4d7d4");
  });
});
