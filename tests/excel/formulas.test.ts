import { RECORDS } from "../../src/core/dataset";
import { recordValue } from "../../src/core/fields";
import { formulaFor } from "../../src/excel/formulas";
import { evaluateFormula } from "../support/evaluateFormula";
import { record } from "../support/records";

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
