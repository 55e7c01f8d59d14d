import { RECORDS } from "../../src/core/dataset";
import { ENGLISH } from "../../src/taskpane/i18n";
import { RU } from "../../src/taskpane/i18n/ru";
import { RUSSIAN } from "../../src/taskpane/i18n/russian";
import { exportRows, neutralise, toDelimited } from "../../src/taskpane/ui/delimited";
import { recordsAsText } from "../../src/taskpane/ui/exports";
import { record } from "../support/records";
import { parseStrictCsv } from "../support/strictCsv";

describe("toDelimited", () => {
  test("CSV quotes separators and doubles quotes; TSV keeps one line per row", () => {
    const csv = toDelimited(
      [
        ["a", 'say "hi"', 1],
        ["x,y", true, 0.4],
      ],
      "csv",
    );
    expect(csv).toBe('a,"say ""hi""",1\r\n"x,y",TRUE,0.4\r\n');
    expect(toDelimited([["a\tb", "c\nd"]], "tsv")).toBe("a b\tc d\r\n");
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
    for (const [locale, separator] of [
      ["en", ","],
      ["ru", ";"],
    ] as const) {
      expect(parseStrictCsv(toDelimited([[text, "x"]], "csv", locale), separator)).toEqual([[safe, "x"]]);
      const tsv = toDelimited([[text]], "tsv", locale);
      expect(tsv.startsWith("'")).toBe(safe.startsWith("'"));
      expect(tsv.trimEnd().split("\t")).toHaveLength(1);
    }
  });

  test("typed numbers and booleans pass as they are, negatives included", () => {
    expect(toDelimited([[-0.5, 0, true, false]], "csv")).toBe("-0.5,0,TRUE,FALSE\r\n");
    expect(toDelimited([[-0.5, 0, true, false]], "csv", "ru")).toBe("-0,5;0;ИСТИНА;ЛОЖЬ\r\n");
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

describe("RFC 4180 must-quote cells, in each language's CSV", () => {
  const cells = ["\r=1", "a;b", "a,b", 'say "hi"', "line\nbreak", "plain"];

  test("English quotes a carriage return, a line break, a quote and a comma; a semicolon is plain text", () => {
    expect(toDelimited([cells], "csv")).toBe('"\'\r=1",a;b,"a,b","say ""hi""","line\nbreak",plain\r\n');
  });

  test("Russian quotes a carriage return, a line break, a quote and a semicolon; a comma is plain text", () => {
    expect(toDelimited([cells], "csv", "ru")).toBe('"\'\r=1";"a;b";a,b;"say ""hi""";"line\nbreak";plain\r\n');
  });
});

/** Latin letters other than the Roman numerals of quarters («I кв. 2022»). */
const LATIN_BUT_ROMAN_NUMERALS = /[A-HJ-UWYZa-z]/;

describe("Download CSV and Copy as TSV in each language", () => {
  const en = (locale: "en" | "ru") => (locale === "en" ? ENGLISH : RUSSIAN);
  const shown = [record("trade-growth.UZ"), record("supported-invasion.UZ")];

  test("English: comma-separated, 0.4 and FALSE, the functions' words (unchanged)", () => {
    expect(recordsAsText(shown, "csv", ENGLISH)).toBe(
      "id,country,label,value,unit,period,period start,period end,qualifier,basis,condition,related,note,examples,example of\r\n" +
        "trade-growth.UZ,Uzbekistan,Growth of Russia’s trade turnover with Uzbekistan,0.4,percent,Jan–Sep 2022,2022-01-01,2022-09-30,exact,,,,,,\r\n" +
        "supported-invasion.UZ,Uzbekistan,Uzbekistan supported Russia’s invasion of Ukraine,FALSE,yes/no,as of 23 Dec 2022,,2022-12-23,stated,region-wide,,,,,\r\n",
    );
  });

  test("Russian: semicolon-separated, 0,4 and ЛОЖЬ, Russian words under the Russian header; ids and ISO dates as they are", () => {
    expect(recordsAsText(shown, "csv", RUSSIAN)).toBe(
      "код;страна;описание;значение;единица;период;начало периода;конец периода;оговорка;основание;условие;связанные записи;примечание;примеры;пример к записям\r\n" +
        "trade-growth.UZ;Узбекистан;Рост товарооборота России с Узбекистаном;0,4;%;янв.–сент.\u00a02022;2022-01-01;2022-09-30;точно;;;;;;\r\n" +
        "supported-invasion.UZ;Узбекистан;Узбекистан поддержал вторжение России в Украину;ЛОЖЬ;да/нет;на 23\u00a0дек.\u00a02022;;2022-12-23;утверждается;сказано обо всём регионе;;;;;\r\n",
    );
    expect(recordsAsText(shown, "tsv", RUSSIAN).split("\r\n")[1].split("\t").slice(2, 5)).toEqual([
      "Рост товарооборота России с Узбекистаном",
      "0,4",
      "%",
    ]);
  });

  test.each(["en", "ru"] as const)(
    "%s: every record's file reads back strictly to the same numbers and Booleans",
    (locale) => {
      const language = en(locale);
      const separator = locale === "en" ? "," : ";";
      const rows = parseStrictCsv(recordsAsText(RECORDS, "csv", language), separator);
      expect(rows).toHaveLength(RECORDS.length + 1);
      const value = rows[0].indexOf(language.t.exportColumns.value);
      const id = rows[0].indexOf(language.t.exportColumns.id);
      const [yes, no] = locale === "en" ? ["TRUE", "FALSE"] : ["ИСТИНА", "ЛОЖЬ"];
      RECORDS.forEach((r, i) => {
        const row = rows[i + 1];
        expect(row[id]).toBe(r.id);
        if (r.kind === "figure") {
          // A Russian Excel reads 0,55 as a number; 0.55 would stay text.
          expect(row[value]).toMatch(locale === "en" ? /^-?\d+(\.\d+)?$/ : /^-?\d+(,\d+)?$/);
          expect(Number(row[value].replace(",", "."))).toBe(r.value);
        } else if (r.kind === "stance") expect(row[value]).toBe(r.value ? yes : no);
        else expect(row[value]).toBe("");
      });
      const tsv = recordsAsText(RECORDS, "tsv", language)
        .split("\r\n")
        .slice(0, -1)
        .map((line) => line.split("\t"));
      expect(tsv.map((row) => row[value])).toEqual(rows.map((row) => row[value]));
    },
  );

  test("Russian text values match the Russian header: the country, period and qualifier columns are Russian", () => {
    const rows = parseStrictCsv(recordsAsText(RECORDS, "csv", RUSSIAN), ";");
    const column = (name: keyof typeof RU.exportColumns) =>
      rows.slice(1).map((row) => row[rows[0].indexOf(RU.exportColumns[name])]);
    for (const name of ["country", "period", "qualifier", "unit"] as const) {
      for (const text of column(name))
        expect([name, text]).toEqual([name, expect.not.stringMatching(LATIN_BUT_ROMAN_NUMERALS)]);
    }
    expect(column("label").filter((text) => /^[A-Za-z]/.test(text))).toEqual([]);
  });
});
