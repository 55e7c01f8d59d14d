import { RECORDS } from "../../src/core/dataset";
import {
  excelDateSerial,
  formulaNumberFormatFor,
  NUMBER_FORMATS,
  numberFormatFor,
} from "../../src/excel/formats";
import { record } from "../support/records";

describe("number formats follow the unit", () => {
  test.each([
    ["trade-growth.KZ", "0%"],
    ["population-under-thirty", "0%"],
    ["trade-growth.TJ", '">"0%'],
    ["putin-meetings", '">"0'],
    ["putin-visits", "0"],
    ["labour-migration-record", "0"],
    ["telescopic-sights-growth.KG", '"×"0'],
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

  test("literal text (the × sign, the source's “>”) is in quotes, as Excel requires", () => {
    for (const r of RECORDS) {
      const format = numberFormatFor(r);
      const unquoted = format.replace(/"[^"]*"/g, "");
      expect([r.id, /[×>≈]/.test(unquoted)]).toEqual([r.id, false]);
    }
    expect(NUMBER_FORMATS.percent).toBe("0%");
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
