import { scopeLabel } from "../../src/core/countries";
import { RECORDS } from "../../src/core/dataset";
import { formatCitation } from "../../src/core/source";
import {
  comparisonChartData,
  stanceMatrix,
  tableBlock,
  tableColumnsOf,
  timeline,
} from "../../src/excel/blocks";
import { excelDateSerial } from "../../src/excel/formats";
import { formulaFor } from "../../src/excel/formulas";
import { EN_WORKBOOK } from "../../src/excel/i18n";
import { TABLE_COLUMNS } from "../../src/excel/columns";
import { evaluateFormula } from "../support/evaluateFormula";
import { expectRectangular } from "../support/rectangular";
import { record } from "../support/records";

describe("tableBlock by default: the columns an analyst reads", () => {
  const block = tableBlock(RECORDS, "Everything");

  test("country, indicator, value, period, qualifier and quote, in that order", () => {
    expect(block.header).toEqual(["Country", "Indicator", "Value", "Period", "Qualifier", "Quote"]);
    expectRectangular(block.rows, 6);
    expectRectangular(block.numberFormats, 6);
  });

  test("a row keeps the value's hedge in its format and the quote verbatim", () => {
    const i = RECORDS.findIndex((r) => r.id === "trade-growth.TJ");
    expect(block.rows[i].slice(0, 5)).toEqual([
      "Tajikistan",
      "Growth of Russia’s trade turnover with Tajikistan",
      0.22,
      "Jan–Aug 2022",
      "more than",
    ]);
    expect(block.rows[i][5]).toBe(RECORDS[i].quote);
    expect(block.numberFormats[i]).toEqual(["@", "@", '">"0%', "@", "@", "@"]);
  });

  test("the registry learns each column's role, so a row is explained without an id column", () => {
    expect(block.mark).toEqual({
      kind: "table",
      lang: "en",
      columns: ["country", "label", "value", "period", "qualifier", "quote"],
      rows: RECORDS.length,
    });
    expect(block.wideColumns).toEqual([1, 5]);
  });

  test("chosen columns come in the table's own order, once; none chosen means the default", () => {
    expect(tableColumnsOf(["Id", "Country", "Id", "Nonsense"])).toEqual(["Country", "Id"]);
    expect(tableColumnsOf([])).toEqual(["Country", "Indicator", "Value", "Period", "Qualifier", "Quote"]);
    const chosen = tableBlock([record("putin-meetings")], "T", EN_WORKBOOK, ["Id", "Value"]);
    expect(chosen.header).toEqual(["Value", "Id"]);
    expect(chosen.rows).toEqual([[50, "putin-meetings"]]);
    expect(chosen.mark).toMatchObject({ columns: ["value", "id"] });
  });
});

describe("tableBlock with every column chosen", () => {
  const records = RECORDS.slice();
  const block = tableBlock(records, "Everything", EN_WORKBOOK, TABLE_COLUMNS);

  test("header names the period, the qualifier, and what each record rests on", () => {
    expect(block.header).toEqual([
      "Country",
      "Indicator",
      "Value",
      "Unit",
      "Period",
      "Qualifier",
      "Quote",
      "Id",
      "Basis",
      "Condition",
      "Related",
      "Note",
      "Examples",
      "Example of",
    ]);
  });

  test("a stance row carries its basis and condition, an event its hedge", () => {
    const row = (id: string) => block.rows[records.findIndex((r) => r.id === id)];
    expect(row("allows-private-mir-use.KZ").slice(8, 10)).toEqual([
      "stated",
      "only after obtaining US approval to do so",
    ]);
    expect(row("allows-private-mir-use.UZ")[8]).toBe("implied");
    expect(row("wagner-recruitment-reports.TM")[5]).toBe("reported");
    expect(row("banks-accept-mir.KZ")[10]).toBe("allows-private-mir-use.KZ");
    expect(row("abides-by-sanctions.KG").slice(10)).toEqual(["", "", "banks-accept-mir.KG", ""]);
    expect(row("banks-accept-mir.KG")[13]).toBe("abides-by-sanctions.KG");
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
    expect(at("trade-growth.TJ")).toEqual([
      "@",
      "@",
      '">"0%',
      "@",
      "@",
      "@",
      "@",
      "@",
      "@",
      "@",
      "@",
      "@",
      "@",
      "@",
    ]);
    expect(at("telescopic-sights-growth.KG")[2]).toBe('"×"0');
    expect(at("putin-meetings")[2]).toBe('">"0');
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
    const all = (rs: typeof input) => tableBlock(rs, "T", EN_WORKBOOK, TABLE_COLUMNS);
    expect(all(input)).toEqual(all(input));
    expect(input).toEqual(copy);
    expect(all(input).rows.map((r) => r[7])).toEqual(["putin-meetings", "trade-growth.KZ"]);
  });
});

describe("comparisonChartData", () => {
  test("trade growth: five countries, each with its own period, the hedge shown, fractions as values", () => {
    const chart = comparisonChartData("trade-growth");
    expect(chart.rows).toEqual([
      ["Kazakhstan (Jan–Oct 2022)", 0.1],
      ["Uzbekistan (Jan–Sep 2022)", 0.4],
      ["Tajikistan (Jan–Aug 2022, more than 22%)", 0.22],
      ["Kyrgyzstan (Jan–Jun 2022)", 0.4],
      ["Turkmenistan (Q1 2022)", 0.45],
    ]);
    expect(chart.title).toBe(
      "Growth of Russia’s trade turnover with Central Asian countries, 2022 (periods differ)",
    );
    expect(chart.valueFormat).toBe("0%");
    // Tajikistan's lower bound keeps its hedge in the cell, as the inserted table does: >22%.
    expect(chart.numberFormats).toEqual([
      ["@", "0%"],
      ["@", "0%"],
      ["@", '">"0%'],
      ["@", "0%"],
      ["@", "0%"],
    ]);
    expect(chart.notes.join(" ")).not.toContain("reports no");
    // The note explains the ">" the cell and its label show.
    expect(chart.notes).toContain("“>” or “more than”: the source gives the figure as a lower bound.");
    expect(chart.header).toEqual(["Country (period)", "Growth of trade turnover with Russia"]);
    expect(chart.valueAxisTitle).toBe("Growth of trade turnover with Russia");
    expect(chart.chartTitle).toBe(`${chart.title}\nSource: Temur Umarov, Carnegie Politika, December 2022`);
    expect(chart.sourceLine).toContain(formatCitation());
    expectRectangular([chart.header, ...chart.rows]);
  });

  test("poll: only the three polled countries; Tajikistan and Turkmenistan are named in a note", () => {
    const chart = comparisonChartData("poll-war-blame");
    // One period for all: the title gives it, with what it is (no poll date, only publication); no row
    // repeats it. The records' caveat (no date, no pollster) is a note; the source's words in title and series.
    expect(chart.rows).toEqual([
      ["Kyrgyzstan", 0.7],
      ["Kazakhstan", 0.55],
      ["Uzbekistan", 0.3],
    ]);
    expect(chart.header).toEqual(["Country", "Share who blame the occupation"]);
    expect(chart.notes).toEqual([
      "The source reports no poll for Tajikistan, Turkmenistan.",
      "The source introduces the three figures as “most people in Central Asia”, though 30 percent is not a majority. The source gives neither the date nor the pollster of the polls (“polls show”).",
    ]);
    expect(chart.title).toBe(
      "People who blame the current economic problems on the Russian occupation of Ukraine (date not stated; published 23 Dec 2022)",
    );
    expect(JSON.stringify(chart)).not.toMatch(/as of 23 Dec|Russia’s war|Russia's war/);
    expect(chart.chartTitle.length).toBeLessThanOrEqual(255);
  });
});

describe("stanceMatrix", () => {
  const matrix = stanceMatrix();

  test("Country and one readable column per stance; five countries of TRUE/FALSE", () => {
    expect(matrix.header[0]).toBe("Country");
    expect(matrix.header).toHaveLength(7);
    expect(matrix.header).toContain("Abides by Western sanctions");
    // Georgia, 2008, is the region's stance, not a country's: a note, not a column.
    expect(matrix.header).not.toContain("Supported the war against Georgia (2008)");
    // One colon, the label quoted, its year once.
    expect(matrix.notes).toContain(
      "For Central Asia as a whole, not per country: “Then-President Medvedev gathered support from Central Asia for Russia’s war against Georgia (2008)” — FALSE.",
    );
    expect(matrix.rows.map((r) => r[0])).toEqual([
      "Kazakhstan",
      "Uzbekistan",
      "Tajikistan",
      "Kyrgyzstan",
      "Turkmenistan",
    ]);
    expectRectangular([matrix.header, ...matrix.rows]);
    for (const row of matrix.rows) for (const cell of row.slice(1)) expect(typeof cell).toBe("boolean");
    expectRectangular(matrix.numberFormats, 7);
  });

  test("the notes say what the answers rest on: region-wide, stated, implied, and the condition", () => {
    const notes = matrix.notes.join("\n");
    expect(notes).toMatch(
      /Region-wide \(the source says it of all the Central Asian countries, not of each by name\): Supported the invasion of Ukraine; Abides by Western sanctions/,
    );
    expect(notes).toMatch(
      /Allows private use of MIR cards: stated for Kazakhstan, only after obtaining US approval to do so; implied for Uzbekistan/,
    );
    expect(matrix.title).toMatch(/as of 23 Dec 2022/);
  });

  test("the answers are the source's: all abide by sanctions, none supported the invasion, only Kazakhstan allows private MIR use", () => {
    const column = (heading: string) => matrix.rows.map((r) => r[matrix.header.indexOf(heading)]);
    expect(column("Abides by Western sanctions")).toEqual([true, true, true, true, true]);
    expect(column("Supported the invasion of Ukraine")).toEqual([false, false, false, false, false]);
    expect(column("Allows private use of MIR cards")).toEqual([true, false, false, false, false]);
  });

  test("every cell matches what CA.INDICATOR returns for the same stance", () => {
    const stances = RECORDS.filter((r) => r.kind === "stance" && r.scope !== "REGION");
    expect(stances).toHaveLength(30);
    for (const s of stances) {
      const row = matrix.rows.find((r) => r[0] === scopeLabel(s.scope));
      const column = matrix.header.indexOf(EN_WORKBOOK.words.stanceHeading(s.indicator));
      expect([s.id, row?.[column]]).toEqual([s.id, evaluateFormula(formulaFor(s))]);
    }
  });

  test("carries the source line", () => {
    expect(matrix.sourceLine).toContain(formatCitation());
  });
});

describe("timeline", () => {
  const block = timeline();

  test("Date, Start, End, Country, Event, Quote, Id for every event", () => {
    expect(block.header).toEqual(["Date", "Start", "End", "Country", "Event", "Quote", "Id"]);
    expect(block.rows).toHaveLength(RECORDS.filter((r) => r.kind === "event").length);
    expectRectangular(block.rows, 7);
    expectRectangular(block.numberFormats, 7);
    // The id names each row's record: CA.INDICATOR takes it, and "explain this cell" reads it.
    for (const row of block.rows) expect(record(String(row[6])).quote).toBe(row[5]);
  });

  test("dates are Excel serial numbers formatted d mmm yy; an open start stays empty", () => {
    const csto = block.rows.find((r) => r[4] === record("csto-exercises-cancelled.KG").label);
    expect(csto?.slice(0, 4)).toEqual([
      "Oct 2022",
      excelDateSerial("2022-10-01"),
      excelDateSerial("2022-10-31"),
      "Kyrgyzstan",
    ]);
    const asOf = block.rows.find((r) => r[0] === "as of 23 Dec 2022");
    expect(asOf?.[1]).toBe("");
    expect(asOf?.[2]).toBe(44918);
    // No time given: no dates at all, rather than invented ones.
    const undated = block.rows.find((r) => r[4] === record("drone-supply-accusation.TJ").label);
    expect(undated?.slice(0, 3)).toEqual(["not stated", "", ""]);
    expect(block.numberFormats[0]).toEqual(["@", "d mmm yy", "d mmm yy", "@", "@", "@", "@"]);
  });

  test("sorted by end date, then start date; events without a stated time last", () => {
    const keys = block.rows.map((r) => [
      r[2] === "" ? Infinity : (r[2] as number),
      r[1] === "" ? -Infinity : (r[1] as number),
    ]);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(keys).toEqual(sorted);
    expect(block.rows[0][0]).toBe("Oct 2022");
    expect(block.rows[block.rows.length - 1][0]).toBe("not stated");
  });

  test("deterministic", () => {
    expect(timeline()).toEqual(block);
  });
});
