import * as CA from "../../src/functions/functions";
import { RECORDS, RECORDS_BY_ID } from "../../src/core/dataset";
import { recordValue } from "../../src/core/fields";
import {
  NUMBER_FORMATS,
  categoryLabel,
  comparisonChartData,
  excelDateSerial,
  formulaFor,
  formulaNumberFormatFor,
  layoutBlock,
  numberFormatFor,
  stanceHeading,
  stanceMatrix,
  tableBlock,
  timeline,
  uniqueSheetName,
  uniqueTableName,
} from "../../src/core/sheets";
import { scopeLabel } from "../../src/core/scope";
import { formatCitation } from "../../src/core/source";
import type { IndicatorRecord } from "../../src/core/types";
import { evaluate, installCustomFunctionsShim } from "../support/customFunctionsShim";
import { expectRectangular } from "../support/rectangular";

// The functions read the CustomFunctions global only when they fail, so installing it here is early enough.
installCustomFunctionsShim();

const record = (id: string): IndicatorRecord => {
  const found = RECORDS_BY_ID.get(id);
  if (found === undefined) throw new Error(`No record ${id}`);
  return found;
};

type AnyFn = (...args: unknown[]) => unknown;
const FUNCTIONS: Readonly<Record<string, AnyFn>> = {
  RUTRADE: CA.rutrade as unknown as AnyFn,
  RUPOLL: CA.rupoll as unknown as AnyFn,
  INDICATOR: CA.indicator as unknown as AnyFn,
};

/** Evaluates =CA.NAME("a","b") with the real custom functions, as Excel would. */
function evaluateFormula(formula: string): unknown {
  const match = /^=CA\.([A-Z]+)\((.*)\)$/.exec(formula);
  if (match === null) throw new Error(`Not a CA formula: ${formula}`);
  const args = [...match[2].matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replace(/""/g, '"'));
  return evaluate(() => FUNCTIONS[match[1]](...args));
}

describe("formulaFor gives the live formula a user would type", () => {
  test.each([
    ["trade-growth.UZ", '=CA.RUTRADE("UZ")'],
    ["poll-war-blame.KG", '=CA.RUPOLL("KG")'],
    ["putin-meetings", '=CA.INDICATOR("putin-meetings")'],
    ["oil-export-via-russia.KZ", '=CA.INDICATOR("oil-export-via-russia","KZ")'],
    ["allows-private-mir-use.KZ", '=CA.INDICATOR("allows-private-mir-use","KZ")'],
    ["csto-exercises-cancelled.KG", '=CA.INDICATOR("csto-exercises-cancelled","KG")'],
  ])("%s → %s", (id, formula) => {
    expect(formulaFor(record(id))).toBe(formula);
  });

  test("every record's formula, calculated by the CA functions, shows the record's own value", () => {
    for (const r of RECORDS) expect([r.id, evaluateFormula(formulaFor(r))]).toEqual([r.id, recordValue(r)]);
  });
});

describe("number formats follow the unit", () => {
  test.each([
    ["trade-growth.KZ", "0%"],
    ["population-under-thirty", "0%"],
    ["putin-meetings", "0"],
    ["putin-visits", "0"],
    ["labour-migration-record", "0"],
    ["telescopic-sights-growth.KG", '0"×"'],
    ["supported-invasion.UZ", "General"],
    ["visit-postponed.UZ", "@"],
  ])("%s → %s", (id, format) => {
    expect(numberFormatFor(record(id))).toBe(format);
  });

  test("percentages are fractions, so 0% shows 0.4 as 40%", () => {
    expect(record("trade-growth.UZ")).toMatchObject({ value: 0.4, unit: "percent" });
  });

  test("a formula cell is never text-formatted (Excel would not calculate it); other units keep their format", () => {
    for (const r of RECORDS) {
      const expected = r.kind === "event" ? "General" : numberFormatFor(r);
      expect(formulaNumberFormatFor(r)).toBe(expected);
    }
  });

  test("the multiple format puts the × sign in quotes, as Excel requires for literal text", () => {
    expect(NUMBER_FORMATS.times).toMatch(/^0"[^"]+"$/);
  });
});

describe("tableBlock", () => {
  const records = RECORDS.slice();
  const block = tableBlock(records, "Everything");

  test("header names the period and the qualifier columns", () => {
    expect(block.header).toEqual([
      "Country",
      "Indicator",
      "Value",
      "Unit",
      "Period",
      "Qualifier",
      "Quote",
      "Id",
    ]);
  });

  test("one rectangular row and one format per cell for every record", () => {
    expect(block.rows).toHaveLength(RECORDS.length);
    expectRectangular(block.rows, block.header.length);
    expectRectangular(block.numberFormats, block.header.length);
    expect(block.numberFormats).toHaveLength(block.rows.length);
  });

  test("values are real numbers and booleans, never text such as 40%", () => {
    const value = (id: string) => block.rows[records.findIndex((r) => r.id === id)][2];
    expect(value("trade-growth.UZ")).toBe(0.4);
    expect(value("putin-meetings")).toBe(50);
    expect(value("allows-private-mir-use.KZ")).toBe(true);
    expect(value("csto-exercises-cancelled.KG")).toBe("");
    for (const row of block.rows)
      expect(["number", "boolean"].includes(typeof row[2]) || row[2] === "").toBe(true);
  });

  test("each value cell carries its record's format; text columns are @", () => {
    const at = (id: string) => block.numberFormats[records.findIndex((r) => r.id === id)];
    expect(at("trade-growth.TJ")).toEqual(["@", "@", "0%", "@", "@", "@", "@", "@"]);
    expect(at("telescopic-sights-growth.KG")[2]).toBe('0"×"');
    expect(at("putin-meetings")[2]).toBe("0");
    expect(at("supported-invasion.KZ")[2]).toBe("General");
  });

  test("period and qualifier appear as the source gives them", () => {
    const tj = block.rows[records.findIndex((r) => r.id === "trade-growth.TJ")];
    expect(tj.slice(0, 6)).toEqual([
      "Tajikistan",
      "Growth of Russia’s trade turnover with Tajikistan",
      0.22,
      "percent",
      "Jan–Aug 2022",
      "more than",
    ]);
    expect(tj[6]).toContain("more than 22 percent with Tajikistan");
    expect(tj[7]).toBe("trade-growth.TJ");
  });

  test("the title is kept and the source line carries the citation", () => {
    expect(block.title).toBe("Everything");
    expect(block.sourceLine).toBe(`Source: ${formatCitation()}`);
    expect(tableBlock([], "  ").title).toBe("Central Asia indicators");
  });

  test("deterministic, and the input list is left as it was", () => {
    const input = [record("putin-meetings"), record("trade-growth.KZ")];
    const copy = [...input];
    expect(tableBlock(input, "T")).toEqual(tableBlock(input, "T"));
    expect(input).toEqual(copy);
    expect(tableBlock(input, "T").rows.map((r) => r[7])).toEqual(["putin-meetings", "trade-growth.KZ"]);
  });
});

describe("comparisonChartData", () => {
  test("trade growth: five countries, each with its own period, the hedge shown, fractions as values", () => {
    const chart = comparisonChartData("trade-growth");
    expect(chart.rows).toEqual([
      ["Kazakhstan (Jan–Oct 2022)", 0.1],
      ["Uzbekistan (Jan–Sep 2022)", 0.4],
      ["Tajikistan (Jan–Aug 2022, more than)", 0.22],
      ["Kyrgyzstan (Jan–Jun 2022)", 0.4],
      ["Turkmenistan (Q1 2022)", 0.45],
    ]);
    expect(chart.chartTitle).toBe(
      "Growth of Russia’s trade turnover with Central Asian countries, 2022 (periods differ)",
    );
    expect(chart.valueFormat).toBe("0%");
    expect(chart.numberFormats).toEqual(chart.rows.map(() => ["@", "0%"]));
    expect(chart.missing).toEqual([]);
    expect(chart.notes.join(" ")).toContain("lower bound");
    expect(chart.sourceLine).toContain(formatCitation());
    expectRectangular([chart.header, ...chart.rows]);
  });

  test("poll: only the three polled countries; Tajikistan and Turkmenistan are named in a note", () => {
    const chart = comparisonChartData("poll-war-blame");
    expect(chart.rows).toEqual([
      ["Kyrgyzstan (as of Dec 2022)", 0.7],
      ["Kazakhstan (as of Dec 2022)", 0.55],
      ["Uzbekistan (as of Dec 2022)", 0.3],
    ]);
    expect(chart.missing).toEqual(["Tajikistan", "Turkmenistan"]);
    expect(chart.notes).toContain("No poll reported for Tajikistan, Turkmenistan.");
    expect(chart.chartTitle).toMatch(/blame/);
  });

  test("category labels mark “about” too", () => {
    const about = { ...record("trade-growth.KZ"), qualifier: "about" } as IndicatorRecord;
    expect(categoryLabel(about)).toBe("Kazakhstan (Jan–Oct 2022, about)");
  });
});

describe("stanceMatrix", () => {
  const matrix = stanceMatrix();

  test("Country and one readable column per stance; five countries of TRUE/FALSE", () => {
    expect(matrix.header[0]).toBe("Country");
    expect(matrix.header).toHaveLength(8);
    expect(matrix.header).toContain("Abides by Western sanctions");
    expect(matrix.header).toContain("Supported the war against Georgia (2008)");
    expect(matrix.rows.map((r) => r[0])).toEqual([
      "Kazakhstan",
      "Uzbekistan",
      "Tajikistan",
      "Kyrgyzstan",
      "Turkmenistan",
    ]);
    expectRectangular([matrix.header, ...matrix.rows]);
    for (const row of matrix.rows) for (const cell of row.slice(1)) expect(typeof cell).toBe("boolean");
    expectRectangular(matrix.numberFormats, 8);
  });

  test("the answers are the source's: all abide by sanctions, none supported the invasion, only Kazakhstan allows private MIR use", () => {
    const column = (heading: string) => matrix.rows.map((r) => r[matrix.header.indexOf(heading)]);
    expect(column("Abides by Western sanctions")).toEqual([true, true, true, true, true]);
    expect(column("Supported the invasion of Ukraine")).toEqual([false, false, false, false, false]);
    expect(column("Allows private use of MIR cards")).toEqual([true, false, false, false, false]);
  });

  test("every cell matches what CA.INDICATOR returns for the same stance", () => {
    const stances = RECORDS.filter((r) => r.kind === "stance");
    expect(stances).toHaveLength(35);
    for (const s of stances) {
      const row = matrix.rows.find((r) => r[0] === scopeLabel(s.scope));
      const column = matrix.header.indexOf(stanceHeading(s.indicator));
      expect([s.id, row?.[column]]).toEqual([s.id, evaluateFormula(formulaFor(s))]);
    }
  });

  test("carries the source line", () => {
    expect(matrix.sourceLine).toContain(formatCitation());
  });
});

describe("timeline", () => {
  const block = timeline();

  test("Date, Start, End, Country, Event, Quote for all 21 events", () => {
    expect(block.header).toEqual(["Date", "Start", "End", "Country", "Event", "Quote"]);
    expect(block.rows).toHaveLength(21);
    expectRectangular(block.rows, 6);
    expectRectangular(block.numberFormats, 6);
  });

  test("dates are Excel serial numbers formatted yyyy-mm-dd; an open start stays empty", () => {
    const csto = block.rows.find((r) => r[4] === record("csto-exercises-cancelled.KG").label);
    expect(csto?.slice(0, 4)).toEqual([
      "Oct 2022",
      excelDateSerial("2022-10-01"),
      excelDateSerial("2022-10-31"),
      "Kyrgyzstan",
    ]);
    const asOf = block.rows.find((r) => r[0] === "as of Dec 2022");
    expect(asOf?.[1]).toBe("");
    expect(asOf?.[2]).toBe(44918);
    expect(block.numberFormats[0]).toEqual(["@", "yyyy-mm-dd", "yyyy-mm-dd", "@", "@", "@"]);
  });

  test("sorted by end date, then start date", () => {
    const keys = block.rows.map((r) => [r[2] as number, r[1] === "" ? -Infinity : (r[1] as number)]);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(keys).toEqual(sorted);
    expect(block.rows[0][0]).toBe("Q2 2022");
    expect(block.rows[block.rows.length - 1][0]).toBe("Dec 2022");
  });

  test("deterministic", () => {
    expect(timeline()).toEqual(block);
  });
});

describe("excelDateSerial", () => {
  test.each([
    ["1900-03-01", 61],
    ["2022-01-01", 44562],
    ["2022-12-23", 44918],
  ])("%s → %d", (date, serial) => {
    expect(excelDateSerial(date)).toBe(serial);
  });

  test("rejects what is not an ISO date", () => {
    expect(() => excelDateSerial("23/12/2022")).toThrow(/ISO/);
  });
});

describe("layoutBlock", () => {
  test("title, header, body, notes and source line in one rectangle, formats alike", () => {
    const chart = comparisonChartData("poll-war-blame");
    const layout = layoutBlock(chart);
    expectRectangular(layout.values, 2);
    expectRectangular(layout.numberFormats, 2);
    expect(layout.values).toHaveLength(1 + 1 + 3 + chart.notes.length + 1);
    expect(layout.values[layout.titleRow][0]).toBe(chart.title);
    expect(layout.values[layout.headerRow]).toEqual(chart.header);
    expect(layout.values[layout.firstBodyRow]).toEqual(["Kyrgyzstan (as of Dec 2022)", 0.7]);
    expect(layout.noteRows.map((r) => layout.values[r][0])).toEqual(chart.notes);
    expect(layout.values[layout.sourceRow]).toEqual([chart.sourceLine, ""]);
    expect(layout.numberFormats[layout.firstBodyRow]).toEqual(["@", "0%"]);
  });

  test("an empty table keeps one blank body row (an Excel table needs one) so the source line stays below it", () => {
    const layout = layoutBlock(tableBlock([], "Empty"));
    expect(layout.bodyRowCount).toBe(1);
    expect(layout.values[layout.firstBodyRow].every((c) => c === "")).toBe(true);
    expect(layout.sourceRow).toBe(3);
    expectRectangular(layout.values, 8);
  });

  test("every block of the pane lays out rectangular", () => {
    for (const block of [
      tableBlock(RECORDS, "All"),
      stanceMatrix(),
      timeline(),
      comparisonChartData("trade-growth"),
    ]) {
      const layout = layoutBlock(block);
      expectRectangular(layout.values, block.header.length);
      expectRectangular(layout.numberFormats, block.header.length);
      expect(layout.numberFormats).toHaveLength(layout.values.length);
    }
  });
});

describe("names", () => {
  test("sheet names: forbidden characters removed, 31 characters at most, numbered when taken", () => {
    expect(uniqueSheetName("Trade: Q1/Q2 [2022]?", [])).toBe("Trade Q1 Q2 2022");
    expect(uniqueSheetName("Timeline", ["timeline"])).toBe("Timeline (2)");
    expect(uniqueSheetName("Timeline", ["Timeline", "Timeline (2)"])).toBe("Timeline (3)");
    const long = uniqueSheetName("x".repeat(40), ["x".repeat(31)]);
    expect(long).toHaveLength(31);
    expect(long.endsWith(" (2)")).toBe(true);
    expect(uniqueSheetName("History", [])).toBe("History (2)");
    expect(uniqueSheetName("???", [])).toBe("Central Asia");
  });

  test("table names: CA_ and the title's words, numbered when taken", () => {
    expect(uniqueTableName("Trade & energy, 2022", [])).toBe("CA_Trade_energy_2022");
    expect(uniqueTableName("Trade", ["CA_Trade"])).toBe("CA_Trade_2");
    expect(uniqueTableName("Позиции", [])).toBe("CA_Table");
  });
});
