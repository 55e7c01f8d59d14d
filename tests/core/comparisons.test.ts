/*
 * The comparison registry: every comparison is complete, its function answers its figures, and everything
 * derived from it (title, notes, category labels) says the same in every place.
 */
import {
  categoryLabel,
  COMPARISONS,
  comparisonFigures,
  comparisonNotes,
  comparisonTitle,
  isComparable,
  missingCountries,
  sharedPeriod,
} from "../../src/core/comparisons";
import { COUNTRIES } from "../../src/core/countries";
import type { FigureRecord } from "../../src/core/types";
import { evaluateFormula } from "../support/evaluateFormula";
import { record } from "../support/records";

describe("the registry", () => {
  test.each(COMPARISONS.map((c) => [c.indicator, c] as const))("%s is complete", (_id, c) => {
    for (const text of Object.values(c)) expect(String(text).trim()).not.toBe("");
    expect(comparisonFigures(c.indicator).length).toBeGreaterThan(1);
    expect(c.buttonName).toMatch(/^insert-[a-z-]+-chart$/);
    expect(c.sheetName.length).toBeLessThanOrEqual(31);
  });

  test("names are unique: no two comparisons share a function, sheet, button or title", () => {
    for (const key of ["functionName", "sheetName", "buttonLabel", "buttonName", "title"] as const) {
      expect(new Set(COMPARISONS.map((c) => c[key])).size).toBe(COMPARISONS.length);
    }
  });

  test("each comparison's function returns its figures, country by country", () => {
    for (const c of COMPARISONS) {
      for (const figure of comparisonFigures(c.indicator)) {
        expect([figure.id, evaluateFormula(`=CA.${c.functionName}("${figure.scope}")`)]).toEqual([
          figure.id,
          figure.value,
        ]);
      }
    }
  });

  test("isComparable knows the registry and nothing else", () => {
    expect(COMPARISONS.every((c) => isComparable(c.indicator))).toBe(true);
    expect(isComparable("putin-meetings")).toBe(false);
  });
});

describe("what is derived from it", () => {
  test("trade: periods differ, so the title says so and each category carries its period", () => {
    expect(sharedPeriod("trade-growth")).toBeNull();
    expect(comparisonTitle("trade-growth")).toBe(
      "Growth of Russia’s trade turnover with Central Asian countries, 2022 (periods differ)",
    );
    expect(comparisonNotes("trade-growth")).toEqual([
      "“>” or “more than”: the source gives the figure as a lower bound.",
      "Periods differ by country; compare with care.",
    ]);
    expect(missingCountries("trade-growth")).toEqual([]);
  });

  test("poll: one shared period in the title, the countries without a poll named", () => {
    const period = sharedPeriod("poll-war-blame");
    expect(period).toBe("date not stated; published 23 Dec 2022");
    expect(comparisonTitle("poll-war-blame")).toBe(
      `People who blame the current economic problems on the Russian occupation of Ukraine (${period})`,
    );
    expect(missingCountries("poll-war-blame").map((c) => c.name)).toEqual(["Tajikistan", "Turkmenistan"]);
    // The records' caveat, once (Uzbekistan's note contains the poll-wide one): no date, no pollster.
    expect(comparisonNotes("poll-war-blame")).toEqual([
      "The source reports no poll for Tajikistan, Turkmenistan.",
      "The source introduces the three figures as “most people in Central Asia”, though 30 percent is not a majority. The source gives neither the date nor the pollster of the polls (“polls show”).",
    ]);
  });

  test("every country is either compared or named as missing, never both", () => {
    for (const c of COMPARISONS) {
      const compared = comparisonFigures(c.indicator).map((r) => r.scope as string);
      const missingCodes = missingCountries(c.indicator).map((k) => k.code as string);
      expect([...compared, ...missingCodes].sort()).toEqual(COUNTRIES.map((k) => k.code).sort());
    }
  });

  test("category labels carry the period and the source's hedge", () => {
    expect(categoryLabel(record("trade-growth.TJ") as FigureRecord)).toBe(
      "Tajikistan (Jan–Aug 2022, more than 22%)",
    );
    const about = { ...record("trade-growth.KZ"), qualifier: "about" } as FigureRecord;
    expect(categoryLabel(about)).toBe("Kazakhstan (Jan–Oct 2022, about 10%)");
  });
});
