/*
 * Excel-native values: where Excel supports custom-function data types (CustomFunctionsRuntime 1.4, asked at
 * call time and remembered), figures come back as numbers that carry their format, and CA.COUNTRY returns a
 * card; elsewhere, exactly the plain numbers of before, and CA.COUNTRY explains what it needs.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { cardPropertyName, propertyName } from "../../src/cells/countryCard";
import { RECORDS } from "../../src/core/dataset";
import { forgetDataTypeSupport } from "../../src/functions/capabilities";
import { loadCards } from "../../src/functions/card";
import * as CA from "../../src/functions/functions";
import { DIST, describeBuilt } from "../support/build";
import { loadFunctions, officeReporting } from "../support/builtFunctions.cjs";
import { evaluate, installCustomFunctionsShim } from "../support/customFunctionsShim";

installCustomFunctionsShim();

type Sets = Readonly<Record<string, string>>;
const PLAIN: Sets = { ExcelApi: "1.13", CustomFunctionsRuntime: "1.3" };
const EXCEL_2208: Sets = { ExcelApi: "1.16", CustomFunctionsRuntime: "1.4" };
const EXCEL_2504: Sets = { ExcelApi: "1.19", CustomFunctionsRuntime: "1.5" };

const asked: string[] = [];
const officeWith = (sets: Sets) => officeReporting(sets, { asked });

function useExcel(sets: Sets | null): void {
  forgetDataTypeSupport();
  const global = globalThis as { Office?: unknown };
  if (sets === null) delete global.Office;
  else global.Office = officeWith(sets);
}

afterAll(() => useExcel(null));

type Fn = (...args: unknown[]) => unknown;
const call = (fn: unknown, ...args: unknown[]) => evaluate(() => (fn as Fn)(...args));

describe("formatted numbers", () => {
  test("older Excel: exactly the plain numbers", () => {
    useExcel(PLAIN);
    expect(call(CA.rutrade, "Uzbekistan")).toBe(0.4);
    expect(call(CA.rupoll, "KG")).toBe(0.7);
    expect(call(CA.indicator, "putin-meetings")).toBe(50);
  });

  test.each([
    ["ExcelApi 1.19: Double with numberFormat", EXCEL_2504, "Double"],
    ["ExcelApi 1.16–1.18: FormattedNumber", EXCEL_2208, "FormattedNumber"],
  ])("%s; 40%, >22%, ×7, >50, the number unchanged", (_name, sets, type) => {
    useExcel(sets);
    expect(call(CA.rutrade, "Uzbekistan")).toEqual({ type, basicValue: 0.4, numberFormat: "0%" });
    expect(call(CA.rutrade, "TJ")).toEqual({ type, basicValue: 0.22, numberFormat: '">"0%' });
    expect(call(CA.indicator, "telescopic-sights-growth", "KG")).toEqual({
      type,
      basicValue: 7,
      numberFormat: '"×"0',
    });
    expect(call(CA.indicator, "putin-meetings")).toEqual({ type, basicValue: 50, numberFormat: '">"0' });
  });

  test("text fields stay text, stances TRUE/FALSE, events their description", () => {
    useExcel(EXCEL_2504);
    expect(call(CA.rutrade, "UZ", "period")).toBe("Jan–Sep 2022");
    expect(call(CA.rutrade, "TJ", "qualifier")).toBe("more than");
    expect(call(CA.indicator, "supported-invasion", "UZ")).toBe(false);
    expect(typeof call(CA.indicator, "visit-postponed", "UZ")).toBe("string");
  });

  test("asked at call time, not at load, and remembered", () => {
    useExcel(null);
    // Before Office.js reports, nothing is remembered: plain numbers.
    expect(call(CA.rutrade, "UZ")).toBe(0.4);
    (globalThis as { Office?: unknown }).Office = officeWith(EXCEL_2504);
    asked.length = 0;
    expect(call(CA.rutrade, "UZ")).toMatchObject({ type: "Double" });
    const questions = asked.length;
    expect(questions).toBeGreaterThan(0);
    for (let i = 0; i < 100; i++) call(CA.rutrade, "KZ");
    expect(asked).toHaveLength(questions);
  });

  test("the same immutable value is handed out on every call", () => {
    useExcel(EXCEL_2504);
    const first = call(CA.rutrade, "UZ");
    expect(call(CA.rutrade, "Uzbekistan")).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });
});

describe("CA.COUNTRY's first card", () => {
  test("waits for the card builder (loaded on demand); the next comes at once", async () => {
    useExcel(EXCEL_2504);
    const first = call(CA.country, "TM");
    expect(first).toBeInstanceOf(Promise);
    const card = (await first) as Excel.EntityCellValue;
    expect(card).toMatchObject({ type: "Entity", text: "Turkmenistan" });
    expect(call(CA.country, "TM")).toBe(card);
  });
});

describe("CA.COUNTRY", () => {
  beforeAll(() => loadCards());

  test("where data types are missing: #N/A saying what they need and what gives the same figures", () => {
    useExcel(PLAIN);
    expect(call(CA.country, "UZ")).toEqual({
      code: "#N/A",
      message:
        'Country cards need Excel for Microsoft 365 (data types). =CA.INDICATORS(, "UZ") gives the same figures as a table.',
    });
  });

  test("bad input: #VALUE! with a suggestion; the region is not a country", () => {
    useExcel(EXCEL_2504);
    expect(call(CA.country, "Uzbekstan")).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/Did you mean Uzbekistan\?/),
    });
    expect(call(CA.country, "Central Asia")).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/one of the five countries/),
    });
    expect(call(CA.country, undefined)).toMatchObject({ code: "#VALUE!" });
  });

  test.each(["Uzbekistan", "UZ", "UZB", "Узбекистан", "O'zbekiston"])(
    "%s gives Uzbekistan's card",
    (name) => {
      useExcel(EXCEL_2504);
      expect(call(CA.country, name)).toMatchObject({ type: "Entity", text: "Uzbekistan" });
    },
  );

  describe.each([
    ["ExcelApi 1.19", EXCEL_2504, "Double"],
    ["ExcelApi 1.16", EXCEL_2208, "FormattedNumber"],
  ])("the card (%s)", (_name, sets, numberType) => {
    const card = () => {
      useExcel(sets);
      return call(CA.country, "KZ") as Excel.EntityCellValue;
    };

    test("every figure, stance and event of the country, and every region-wide figure, as typed cell values", () => {
      const properties = card().properties ?? {};
      const expected = RECORDS.filter(
        (r) => r.scope === "KZ" || (r.scope === "REGION" && r.kind === "figure"),
      ).map(cardPropertyName);
      for (const name of expected) expect(Object.keys(properties)).toContain(name);
      const trade = properties["Trade growth"] as Excel.DoubleCellValue & {
        propertyMetadata: Excel.CellValuePropertyMetadata;
      };
      expect(trade).toMatchObject({ type: numberType, basicValue: 0.1, numberFormat: "0%" });
      expect(trade.propertyMetadata.sublabel).toBe("Jan–Oct 2022");
      expect(properties["Allows private MIR use"]).toMatchObject({
        type: "Boolean",
        basicValue: true,
        propertyMetadata: {
          sublabel: "stated, only after obtaining US approval to do so, as of 23 Dec 2022",
        },
      });
      expect(properties["Supported invasion"]).toMatchObject({
        type: "Boolean",
        basicValue: false,
        propertyMetadata: { sublabel: "region-wide, as of 23 Dec 2022" },
      });
      expect(properties["Region Putin meetings"]).toMatchObject({
        type: numberType,
        basicValue: 50,
        numberFormat: '">"0" meetings"',
      });
      expect(properties["Anti war protests"]).toMatchObject({ type: "String" });
      for (const [name, value] of Object.entries(properties)) {
        if (name === "Sources") continue;
        expect([name, ["String", "Boolean", numberType]]).toEqual([
          name,
          expect.arrayContaining([(value as { type: string }).type]),
        ]);
      }
    });

    test("each property cites the analysis, linking the help page's source section", () => {
      for (const [name, value] of Object.entries(card().properties ?? {})) {
        const meta = (value as { propertyMetadata?: Excel.CellValuePropertyMetadata }).propertyMetadata;
        if (["Country", "IsoCode", "RussianName", "Source", "Sources"].includes(name)) continue;
        expect([name, meta?.attribution?.[0]?.sourceText]).toEqual([
          name,
          expect.stringContaining("Temur Umarov"),
        ]);
        expect(meta?.attribution?.[0]?.sourceAddress).toMatch(/^https:\/\/.+\/help\.html#source$/);
        expect(meta?.sublabel).toBeTruthy();
      }
    });

    test("names a person reads, the same in any language: words, ≤ 255, nothing a bracketed name cannot hold", () => {
      const value = card();
      const listed = (value.layouts?.card?.sections ?? []).flatMap((s) => s.properties);
      expect(listed).toEqual(expect.arrayContaining(["Trade growth", "Supported invasion", "Sources"]));
      for (const name of Object.keys(value.properties ?? {})) {
        expect(name).toMatch(/^[A-Za-z][A-Za-z0-9 ]*$/);
        expect(name).not.toMatch(/ {2}| $/);
        expect(name.length).toBeLessThanOrEqual(255);
      }
    });

    test("region-wide figures are named as the region's and sit in their own section, not the country's", () => {
      const value = card();
      const properties = value.properties ?? {};
      const region = (value.layouts?.card?.sections ?? []).find((s) => s.title === "Central Asia as a whole");
      const regionWide = RECORDS.filter((r) => r.scope === "REGION" && r.kind === "figure");
      expect(region?.properties).toEqual(regionWide.map(cardPropertyName));
      expect(region?.properties).toEqual(
        expect.arrayContaining(["Region population under thirty", "Region labour migration record"]),
      );
      for (const name of region?.properties ?? []) expect(name).toMatch(/^Region /);
      // No visible name of the card passes a region-wide figure off as the country's own.
      const otherSections = (value.layouts?.card?.sections ?? []).filter((s) => s !== region);
      expect(otherSections.flatMap((s) => s.properties)).not.toContain("Population under thirty");
      expect(properties["Region labour migration record"]).toMatchObject({
        basicValue: 6,
        numberFormat: '0" years"',
      });
    });

    test("every number shows its unit: a percent sign, a multiple sign or the unit's word", () => {
      const properties = card().properties ?? {};
      const numbers = Object.entries(properties).filter(
        ([, v]) => (v as { type: string }).type === numberType,
      );
      expect(numbers.length).toBeGreaterThanOrEqual(4);
      for (const [name, v] of numbers) {
        const format = (v as Excel.DoubleCellValue).numberFormat ?? "";
        expect([name, /%|×|"[^"]*[a-z][^"]*"$/.test(format)]).toEqual([name, true]);
      }
    });

    test("each property's quote is reachable as Sources.[name], and the numbers stay numbers", () => {
      const properties = card().properties ?? {};
      const sources = properties.Sources as Excel.EntityCellValue;
      expect(sources).toMatchObject({ type: "Entity", text: "Sources" });
      const quoted = RECORDS.filter((r) => r.scope === "KZ" || (r.scope === "REGION" && r.kind === "figure"));
      expect(Object.keys(sources.properties ?? {}).sort()).toEqual(quoted.map(cardPropertyName).sort());
      for (const record of quoted) {
        expect(sources.properties?.[cardPropertyName(record)]).toMatchObject({
          type: "String",
          basicValue: record.quote,
        });
      }
      expect(typeof (properties["Trade growth"] as Excel.DoubleCellValue).basicValue).toBe("number");
    });

    test("the former names (=A1.TradeGrowth) still answer, hidden from the card and autocomplete", () => {
      const properties = card().properties ?? {};
      for (const record of RECORDS.filter((r) => r.scope === "KZ")) {
        const former = properties[propertyName(record.indicator)] as { propertyMetadata?: object };
        expect(former).toMatchObject({
          propertyMetadata: { excludeFrom: { cardView: true, autoComplete: true } },
        });
      }
      expect((properties.TradeGrowth as Excel.DoubleCellValue).basicValue).toBe(0.1);
      expect((properties.PopulationUnderThirty as Excel.DoubleCellValue).basicValue).toBe(0.5);
    });

    test("a card layout with a title, sections covering every property, a compact icon and the provider", () => {
      const value = card();
      const properties = Object.keys(value.properties ?? {});
      const sections = value.layouts?.card?.sections ?? [];
      expect(value.layouts?.card?.title).toEqual({ property: "Country" });
      expect(sections.map((s) => s.title)).toEqual(
        expect.arrayContaining(["Trade", "Stances", "Events", "Central Asia as a whole"]),
      );
      // Every property is in a section, but the one that titles the card and the hidden former names.
      const hidden = (name: string) =>
        (value.properties?.[name] as { propertyMetadata?: Excel.CellValuePropertyMetadata })?.propertyMetadata
          ?.excludeFrom?.cardView === true;
      expect(sections.flatMap((s) => s.properties).sort()).toEqual(
        properties.filter((p) => p !== "Country" && !hidden(p)).sort(),
      );
      expect(value.layouts?.compact?.icon).toBe("Globe");
      expect(value.provider?.description).toMatch(/Central Asia Indicators/);
      expect(value.provider?.logoSourceAddress).toMatch(/^https:\/\/.+\/assets\/icon-64\.png$/);
    });

    test("a renamed record answers to its former name too, hidden from the card and autocomplete", () => {
      useExcel(sets);
      const uz = call(CA.country, "UZ") as Excel.EntityCellValue;
      type Text = Excel.StringCellValue & { propertyMetadata: Excel.CellValuePropertyMetadata };
      const current = uz.properties?.["EAEU membership judgement"] as Text;
      const former = uz.properties?.EaeuMembershipRuledOut as Text;
      expect(current.basicValue).toMatch(/^The author’s judgement: there is no chance of Uzbekistan/);
      expect(current.propertyMetadata.excludeFrom).toBeUndefined();
      expect(former).toMatchObject({
        type: "String",
        basicValue: current.basicValue,
        propertyMetadata: { excludeFrom: { cardView: true, autoComplete: true } },
      });
      const listed = (uz.layouts?.card?.sections ?? []).flatMap((section) => section.properties);
      expect(listed).toContain("EAEU membership judgement");
      expect(listed).not.toContain("EaeuMembershipRuledOut");
    });

    test("no nested arrays and no referencedValues (known Excel bugs)", () => {
      const json = JSON.stringify(card());
      expect(json).not.toMatch(/"type":"Array"|referencedValues/);
      expect(Object.isFrozen(card())).toBe(true);
    });
  });
});

describeBuilt(
  "the built bundle, with Office.js reporting either kind of Excel",
  ["functions.js", "card.js"],
  () => {
    function load(sets: Sets) {
      const associated = loadFunctions(sets);
      const run = (id: string, ...args: unknown[]) => {
        try {
          return (associated.get(id) as Fn)(...args);
        } catch (error) {
          return { ...(error as object) };
        }
      };
      return run;
    }

    test("without data types: plain numbers, and COUNTRY answers #N/A", () => {
      const run = load(PLAIN);
      expect(run("RUTRADE", "UZ")).toBe(0.4);
      expect(run("COUNTRY", "UZ")).toMatchObject({ code: "#N/A" });
    });

    test("with data types: formatted numbers, and COUNTRY a card linking the built host", async () => {
      const run = load(EXCEL_2504);
      expect(run("RUTRADE", "TJ")).toEqual({ type: "Double", basicValue: 0.22, numberFormat: '">"0%' });
      // The first card of a session waits for card.js, the builder's on-demand file.
      const card = (await run("COUNTRY", "Kyrgyzstan")) as Excel.EntityCellValue;
      expect(card).toMatchObject({ type: "Entity", text: "Kyrgyzstan" });
      const host = /"helpUrl":\s*"(https:\/\/[^"]*?)help\.html/.exec(
        readFileSync(join(DIST, "functions.json"), "utf8"),
      )?.[1];
      expect(card.provider?.logoTargetAddress).toBe(`${host}help.html`);
    });
  },
);
