/*
 * The CSV the pane downloads, read back by a strict RFC 4180 reader (tests/support/strictCsv.ts) and in exact
 * bytes: a field that needs quotes and has none fails, and so does a cell that reads back differently from
 * what CA.INDICATORS and the record's ISO dates give. Only the public entry point of the export
 * (recordsAsText, what Download CSV saves after its byte-order mark) and the separator-level writer are used.
 */
import { RECORDS } from "../../src/core/dataset";
import { indicatorsSpill } from "../../src/core/spill";
import { recordsAsText } from "../../src/taskpane/ui/exports";
import { toDelimited } from "../../src/taskpane/ui/delimited";
import { CsvSyntaxError, parseStrictCsv } from "../support/strictCsv";
import { record } from "../support/records";

describe("the strict reader refuses what RFC 4180 does not allow", () => {
  test.each([
    ["a\r=1\r\n", "a bare carriage return outside quotes"],
    ['a"b\r\n', "a quote inside an unquoted field"],
    ['"a"b\r\n', "text after a closing quote"],
    ['"a\r\n', "an unclosed quote"],
    ["a,b", "a last record without CRLF"],
    ["a\nb\r\n", "a bare line feed"],
    ["a,b\r\nc\r\n", "rows of different widths"],
  ])("%j: %s", (text) => {
    expect(() => parseStrictCsv(text)).toThrow(CsvSyntaxError);
  });

  test("and reads quoted separators, doubled quotes and line breaks", () => {
    expect(parseStrictCsv('a,"b,""c""\r\nd"\r\n')).toEqual([["a", 'b,"c"\r\nd']]);
  });
});

describe("cells a spreadsheet would run are neutralised and still quoted where RFC 4180 requires", () => {
  test.each([
    ["=1+1", "'=1+1\r\n"],
    ["+SUM(A1)", "'+SUM(A1)\r\n"],
    ["-2+3", "'-2+3\r\n"],
    ['@cmd|"/c calc"!A1', '"\'@cmd|""/c calc""!A1"\r\n'],
    ["\t=1", "'\t=1\r\n"],
    ["\r=1", '"\'\r=1"\r\n'],
    ["a\nb", '"a\nb"\r\n'],
    ["x,y", '"x,y"\r\n'],
    ["plain", "plain\r\n"],
  ])("text %j is written as the bytes %j", (text, bytes) => {
    const csv = toDelimited([[text]], "csv");
    expect(csv).toBe(bytes);
    const [[cell]] = parseStrictCsv(csv);
    // What a spreadsheet shows: the text, behind an apostrophe where it would start a formula.
    expect(cell).toBe(/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
  });
});

describe("Download CSV of every record reads back strictly as CA.INDICATORS with the ISO dates", () => {
  const csv = recordsAsText(RECORDS, "csv");
  const rows = parseStrictCsv(csv);
  const asText = (cell: unknown): string =>
    typeof cell === "boolean" ? (cell ? "TRUE" : "FALSE") : String(cell);

  test("the header, then one row per record", () => {
    expect(rows[0]).toEqual([
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
    ]);
    expect(rows).toHaveLength(RECORDS.length + 1);
  });

  test("each row holds the spill's cells, with the period's start and end after its label", () => {
    const [, ...spilled] = indicatorsSpill(RECORDS);
    RECORDS.forEach((r, i) => {
      const cells = spilled[i].map(asText);
      const expected = [...cells.slice(0, 6), r.period.start ?? "", r.period.end ?? "", ...cells.slice(6)];
      expect(rows[i + 1]).toEqual(expected);
    });
  });

  test("pinned lines: a plain figure, a hedged one with a quoted note, and a quoted label", () => {
    const lines = csv.split("\r\n");
    expect(lines).toContain(
      "trade-growth.TM,Turkmenistan,Growth of Russia’s trade turnover with Turkmenistan,0.45,percent,Q1 2022,2022-01-01,2022-03-31,exact,,,,,,",
    );
    expect(lines).toContain(
      'putin-meetings,Central Asia,Putin’s meetings (online and in person) with Central Asian leaders,50,meetings,2022 (to 23 Dec),2022-01-01,2022-12-23,more than,,,,"The introduction speaks of “a record number of high-level meetings” without a count, a period or who met; the source does not say that these meetings are that record.",,russian-attention-to-region',
    );
    expect(lines).toContain(
      'labour-migration-record,Central Asia,"Labour migration from Central Asia to Russia: highest in 6 years (6 is the look-back window, not a count)",6,years,Q2 2022,2022-04-01,2022-06-30,exact,,,labour-remittances-up,,,',
    );
  });

  test("the meetings' period: 2022 up to publication, as the ISO start and end", () => {
    const meetings = rows.find((row) => row[0] === "putin-meetings");
    expect(meetings?.slice(5, 8)).toEqual(["2022 (to 23 Dec)", "2022-01-01", "2022-12-23"]);
    expect(record("putin-meetings").period).toEqual({
      start: "2022-01-01",
      end: "2022-12-23",
      label: "2022 (to 23 Dec)",
    });
  });
});
