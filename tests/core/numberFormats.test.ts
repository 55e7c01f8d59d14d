/*
 * The figures' Excel number formats and their words, for every unit and hedge, including the combinations no
 * record of the dataset uses today ("about", and "more than" a number of times). Those are made here from real
 * records with another qualifier, so that the "≈" prefix and the merge of two quoted literals are run.
 */
import { figureNumberFormat } from "../../src/core/numberFormats";
import { EN_VOCABULARY } from "../../src/core/i18n/vocabulary";
import { RU_VOCABULARY } from "../../src/core/i18n/ru/vocabulary";
import type { FigureQualifier, FigureRecord } from "../../src/core/types";
import { record } from "../support/records";

/** A dataset figure with another hedge, as a revision of the source could give it. */
function hedged(id: string, qualifier: FigureQualifier): FigureRecord {
  const figure = record(id);
  if (figure.kind !== "figure") throw new Error(`${id} is not a figure`);
  return { ...figure, qualifier };
}

const PERCENT = "trade-growth.UZ"; // 0.4
const TIMES = "telescopic-sights-growth.KG"; // 7
const COUNT = "putin-meetings"; // 50 meetings

describe("every unit under every hedge: the Excel format, the English and the Russian text", () => {
  test.each([
    [PERCENT, "exact", "0%", "40%", "40%"],
    [PERCENT, "more than", '">"0%', ">40%", ">40%"],
    [PERCENT, "about", '"≈"0%', "≈40%", "≈40%"],
    [TIMES, "exact", '"×"0', "×7", "×7"],
    // Two quoted literals in a row become one: ">" then "×" is ">×", not ">""×" (Excel reads "" as a quote).
    [TIMES, "more than", '">×"0', ">×7", ">×7"],
    [TIMES, "about", '"≈×"0', "≈×7", "≈×7"],
    [COUNT, "exact", "0", "50 meetings", "50\u00a0встреч"],
    [COUNT, "more than", '">"0', ">50 meetings", ">50\u00a0встреч"],
    [COUNT, "about", '"≈"0', "≈50 meetings", "≈50\u00a0встреч"],
  ] as const)("%s, %s: %s, %s, %s", (id, qualifier, format, english, russian) => {
    const figure = hedged(id, qualifier);
    expect(figureNumberFormat(figure)).toBe(format);
    expect(EN_VOCABULARY.value(figure)).toBe(english);
    expect(RU_VOCABULARY.value(figure)).toBe(russian);
  });

  test("a format has whole quoted literals: an even number of quotes, none doubled", () => {
    for (const qualifier of ["exact", "more than", "about"] as const)
      for (const id of [PERCENT, TIMES, COUNT]) {
        const format = figureNumberFormat(hedged(id, qualifier));
        expect([format, format.split('"').length % 2]).toEqual([format, 1]);
        expect(format).not.toContain('""');
      }
  });
});
