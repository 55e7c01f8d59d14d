import {
  callsCaFunction,
  formulaCalls,
  RUSSIAN_LOCAL_SPELLING,
} from "../../../src/excel/citations/formulaCalls";

describe("formulaCalls finds each CA.* call with its arguments as written", () => {
  test("a lookup with literal arguments", () => {
    expect(formulaCalls('=CA.RUTRADE("UZ", "period")')).toEqual([
      {
        fn: "RUTRADE",
        text: 'CA.RUTRADE("UZ", "period")',
        args: [
          { kind: "text", value: "UZ" },
          { kind: "text", value: "period" },
        ],
      },
    ]);
  });

  test("omitted arguments in the middle, numbers and booleans", () => {
    const [call] = formulaCalls('=CA.INDICATOR("csto-exercises-cancelled.KG", , "period")');
    expect(call.args).toEqual([
      { kind: "text", value: "csto-exercises-cancelled.KG" },
      { kind: "omitted" },
      { kind: "text", value: "period" },
    ]);
    expect(formulaCalls("=CA.RUTRADE(-1.5, TRUE)")[0].args).toEqual([
      { kind: "number", value: -1.5 },
      { kind: "boolean", value: true },
    ]);
  });

  test("no arguments at all is not one omitted argument", () => {
    expect(formulaCalls("=CA.COUNTRIES()")[0].args).toEqual([]);
    expect(formulaCalls("=CA.INDICATORS(,)")[0].args).toEqual([{ kind: "omitted" }, { kind: "omitted" }]);
  });

  test("references: same sheet, another sheet, a quoted sheet name, absolute and ranges", () => {
    const [call] = formulaCalls("=CA.INDICATOR(A2, Data!$B$3, 'My ''own'' data'!C4:D5)");
    expect(call.args).toEqual([
      { kind: "reference", sheet: null, address: "A2" },
      { kind: "reference", sheet: "Data", address: "B3" },
      { kind: "reference", sheet: "My 'own' data", address: "C4:D5" },
    ]);
  });

  test("a mixed formula lists every call, nested ones too", () => {
    const calls = formulaCalls(
      '=CA.RUTRADE("UZ")*100+IF(CA.RUPOLL(A1)>0.5, CA.INDICATOR("putin-meetings"), 0)',
    );
    expect(calls.map((c) => c.fn)).toEqual(["RUTRADE", "RUPOLL", "INDICATOR"]);
    expect(calls[1].args).toEqual([{ kind: "reference", sheet: null, address: "A1" }]);
  });

  test("an argument computed by an expression is kept as its text", () => {
    expect(formulaCalls('=CA.RUTRADE(TRIM(" UZ "))')[0].args).toEqual([
      { kind: "expression", text: 'TRIM(" UZ ")' },
    ]);
    expect(formulaCalls('=CA.RUTRADE("U"&"Z")')[0].args).toEqual([{ kind: "expression", text: '"U"&"Z"' }]);
  });

  test("quotes inside text and parentheses inside strings do not confuse it", () => {
    const [call] = formulaCalls('=CA.INDICATOR("a""b(c", "KZ")');
    expect(call.args).toEqual([
      { kind: "text", value: 'a"b(c' },
      { kind: "text", value: "KZ" },
    ]);
  });

  test("case does not matter; other namespaces, Cyrillic СА and lookalikes are not CA calls", () => {
    expect(formulaCalls('=ca.rutrade("uz")').map((c) => c.fn)).toEqual(["RUTRADE"]);
    expect(callsCaFunction('=XCA.RUTRADE("UZ")')).toBe(false);
    expect(callsCaFunction('=СА.RUTRADE("UZ")')).toBe(false); // Cyrillic С and А: #NAME? in Excel
    expect(callsCaFunction("=CA1+2")).toBe(false);
    expect(callsCaFunction('="=CA.RUTRADE(1)"')).toBe(false);
    expect(callsCaFunction("CA.RUTRADE(1)")).toBe(false); // text, not a formula
    expect(callsCaFunction(42)).toBe(false);
  });

  test("Russian names in a Russian Excel's local spelling: «;» between arguments, decimal comma", () => {
    const calls = formulaCalls(
      '=CA.ТОРГОВЛЯ_РФ("UZ"; "period")+CA.ПОКАЗАТЕЛЬ_ЦА(A1;;1,5)',
      RUSSIAN_LOCAL_SPELLING,
    );
    expect(calls.map((c) => c.fn)).toEqual(["RUTRADE", "INDICATOR"]);
    expect(calls[0].args).toEqual([
      { kind: "text", value: "UZ" },
      { kind: "text", value: "period" },
    ]);
    expect(calls[1].args).toEqual([
      { kind: "reference", sheet: null, address: "A1" },
      { kind: "omitted" },
      { kind: "number", value: 1.5 },
    ]);
    expect(formulaCalls("=CA.СТРАНА_ЦА(ИСТИНА)", RUSSIAN_LOCAL_SPELLING)[0].args).toEqual([
      { kind: "boolean", value: true },
    ]);
  });

  test("an unfinished formula still gives what it can, never throws", () => {
    expect(formulaCalls('=CA.RUTRADE("UZ"').map((c) => c.args)).toEqual([[{ kind: "text", value: "UZ" }]]);
    for (const text of ["=", "=CA.", "=CA.RUTRADE", '=CA.RUTRADE(")', "=((((", "='sheet", "=#N/A"]) {
      expect(() => formulaCalls(text)).not.toThrow();
    }
  });
});
