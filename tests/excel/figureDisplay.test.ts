/*
 * One table says how a figure is shown (core/figureDisplay.ts): these tests check that its four readers, the
 * cells' number formats, the English words, the Russian words and the charts' number format, take it from
 * there. The first part reads the table as it is; the second changes an entry (a module stand-in) and checks
 * that the change reaches all four alike, so that no reader can go back to a copy of its own.
 */
import type * as FigureDisplay from "../../src/core/figureDisplay";
import { FIGURES } from "../../src/core/data/figures";
import { FIGURE_QUALIFIERS, type FigureQualifier, type FigureRecord, type Unit } from "../../src/core/types";
import { record } from "../support/records";

const UNITS: readonly Unit[] = ["percent", "times", "meetings", "countries", "years"];

/** A figure of the given unit and hedge, made for the test: no record combines every unit with every hedge. */
const figure = (unit: Unit, qualifier: FigureRecord["qualifier"], value = 7): FigureRecord => ({
  ...(record(FIGURES[0].id) as FigureRecord),
  unit,
  qualifier,
  value,
});

/** The readers of the table, loaded afresh (after any stand-in for the table is registered). */
function readers() {
  /* eslint-disable @typescript-eslint/no-require-imports -- loaded after jest.doMock, so import cannot be used */
  const display = require("../../src/core/figureDisplay") as typeof FigureDisplay;
  const { numberFormatFor, NUMBER_FORMATS } =
    require("../../src/excel/formats") as typeof import("../../src/excel/formats");
  const { comparisonChartData } =
    require("../../src/excel/blocks") as typeof import("../../src/excel/blocks");
  const { RU_WORKBOOK } = require("../../src/excel/i18n/ru") as typeof import("../../src/excel/i18n/ru");
  const { figureNumberFormat } =
    require("../../src/core/numberFormats") as typeof import("../../src/core/numberFormats");
  const { displayValue } = require("../../src/core/fields") as typeof import("../../src/core/fields");
  const { RU_VOCABULARY } =
    require("../../src/core/i18n/ru/vocabulary") as typeof import("../../src/core/i18n/ru/vocabulary");
  /* eslint-enable @typescript-eslint/no-require-imports */
  return {
    display,
    cell: (r: FigureRecord) => [figureNumberFormat(r), numberFormatFor(r)],
    english: displayValue,
    russian: RU_VOCABULARY.value,
    chart: () => [NUMBER_FORMATS.percent, comparisonChartData("trade-growth", RU_WORKBOOK).valueFormat],
  };
}

describe("the display table is what every reader shows", () => {
  const { display, cell, english, russian, chart } = readers();

  test.each(UNITS.flatMap((unit) => FIGURE_QUALIFIERS.map((q) => [unit, q] as const)))(
    "%s, %s: the cell format, the English and the Russian words carry the table's signs",
    (unit, qualifier) => {
      const [before, after] = display.UNIT_DISPLAY[unit];
      const named = before + after === "";
      const signs = display.QUALIFIER_PREFIXES[qualifier] + before;
      const r = figure(unit, qualifier, 7);
      const excelAfter = after === "" ? "" : after === "%" ? "%" : `"${after}"`;
      expect(cell(r)).toEqual(Array(2).fill(`${signs === "" ? "" : `"${signs}"`}0${excelAfter}`));
      const number = after === "%" ? "700" : "7";
      expect(english(r)).toBe(`${signs}${number}${after}${named ? ` ${unit}` : ""}`);
      expect(russian(r).startsWith(`${signs}${number}`)).toBe(true);
      expect(russian(r).endsWith(after)).toBe(true);
    },
  );

  test("the charts show shares in the percent unit's own format", () => {
    expect(chart()).toEqual(Array(2).fill(cell(figure("percent", "exact"))[0]));
  });
});

/** The readers, loaded afresh in a registry of their own after `change` has altered the table they share. */
function readersAfter(change: (tables: Tables) => void): ReturnType<typeof readers> {
  let loaded: ReturnType<typeof readers> | undefined;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the isolated registry's own instance
    change(require("../../src/core/figureDisplay") as Tables);
    loaded = readers();
  });
  if (loaded === undefined) throw new Error("readers not loaded");
  return loaded;
}

/** The two tables as the test alters them (in the program they are read-only). */
interface Tables {
  readonly UNIT_DISPLAY: Record<Unit, [before: string, after: string]>;
  readonly QUALIFIER_PREFIXES: Record<FigureQualifier, string>;
}

describe("a change in the table reaches cells, English, Russian and charts alike", () => {
  test("a sign before percentages and a new hedge sign show in all four", () => {
    const { cell, english, russian, chart } = readersAfter((display) => {
      display.UNIT_DISPLAY.percent[0] = "+";
      display.QUALIFIER_PREFIXES["more than"] = "≥";
    });
    const hedged = figure("percent", "more than", 0.4);
    expect(cell(hedged)).toEqual(['"≥+"0%', '"≥+"0%']);
    expect(english(hedged)).toBe("≥+40%");
    expect(russian(hedged)).toBe("≥+40%");
    expect(chart()).toEqual(['"+"0%', '"+"0%']);
  });

  test("a unit whose sign moves after the number shows it there in all four", () => {
    const { cell, english, russian } = readersAfter((display) => {
      display.UNIT_DISPLAY.times = ["", "x"];
    });
    const times = figure("times", "exact", 7);
    expect(cell(times)).toEqual(['0"x"', '0"x"']);
    expect(english(times)).toBe("7x");
    expect(russian(times)).toBe("7x");
  });

  test("the table in the rest of the suite is the original one", () => {
    expect(readers().english(figure("percent", "more than", 0.4))).toBe(">40%");
  });
});
