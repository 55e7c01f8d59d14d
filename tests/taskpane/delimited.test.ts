import { RECORDS } from "../../src/core/dataset";
import { exportRows, neutralise, toDelimited } from "../../src/taskpane/ui/delimited";
import { record } from "../support/records";
import { parseStrictCsv } from "../support/strictCsv";

describe("toDelimited", () => {
  test("CSV quotes separators and doubles quotes; TSV keeps one line per row", () => {
    const csv = toDelimited(
      [
        ["a", 'say "hi"', 1],
        ["x,y", true, 0.4],
      ],
      ",",
    );
    expect(csv).toBe('a,"say ""hi""",1\r\n"x,y",TRUE,0.4\r\n');
    expect(toDelimited([["a\tb", "c\nd"]], "\t")).toBe("a b\tc d\r\n");
  });
});

describe("no cell is read as a formula when the export is opened or pasted (OWASP CSV injection)", () => {
  test.each([
    ["=1+1", "'=1+1"],
    ["+SUM(A1)", "'+SUM(A1)"],
    ["-2+3", "'-2+3"],
    ['@cmd|"/c calc"!A1', '\'@cmd|"/c calc"!A1'],
    ["\t=1", "'\t=1"],
    ["\r=1", "'\r=1"],
    ["plain", "plain"],
    ["a=b", "a=b"],
  ])("text %j is exported as %j", (text, safe) => {
    expect(neutralise(text)).toBe(safe);
    const csv = toDelimited([[text]], ",");
    // Read strictly (RFC 4180): "\r=1" must come back quoted, not merely with its quotes stripped.
    expect(parseStrictCsv(csv)).toEqual([[safe]]);
    const tsv = toDelimited([[text]], "\t");
    expect(tsv.startsWith("'")).toBe(safe.startsWith("'"));
    expect(tsv.trimEnd().split("\t")).toHaveLength(1);
  });

  test("typed numbers and booleans pass as they are, negatives included", () => {
    expect(toDelimited([[-0.5, 0, true, false]], ",")).toBe("-0.5,0,TRUE,FALSE\r\n");
  });
});

describe("exportRows: the shown records with the period as label and ISO dates", () => {
  test("header: the CA.INDICATORS columns, period start and end right after the period", () => {
    expect(exportRows([])).toEqual([
      [
        "id",
        "country",
        "label",
        "value",
        "unit",
        "period",
        "period start",
        "period end",
        "qualifier",
        "basis",
        "condition",
        "related",
        "note",
        "examples",
        "example of",
      ],
    ]);
  });

  test("a dated record carries its ISO start and end; an open start stays empty", () => {
    const rows = exportRows([record("trade-growth.UZ"), record("putin-meetings")]);
    expect(rows[1].slice(5, 8)).toEqual(["Jan–Sep 2022", "2022-01-01", "2022-09-30"]);
    expect(rows[1][3]).toBe(0.4);
    expect(rows[2].slice(5, 8)).toEqual(["2022 (to 23 Dec)", "2022-01-01", "2022-12-23"]);
  });

  test("a period with no time given exports empty ISO dates", () => {
    const rows = exportRows([record("telescopic-sights-growth.KG")]);
    expect(rows[1].slice(5, 8)).toEqual(["not stated", "", ""]);
  });

  test("every record exports one row as wide as the header", () => {
    const rows = exportRows(RECORDS);
    expect(rows).toHaveLength(RECORDS.length + 1);
    for (const row of rows) expect(row).toHaveLength(rows[0].length);
  });
});
