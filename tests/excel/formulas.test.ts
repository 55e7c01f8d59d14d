import { RECORDS } from "../../src/core/dataset";
import { recordValue } from "../../src/core/fields";
import { ENGLISH_FORMULAS, formulaFor, formulaStyle } from "../../src/excel/formulas";
import { RUSSIAN_FUNCTION_NAMES } from "../../src/taskpane/i18n/russian";
import { evaluateFormula } from "../support/evaluateFormula";
import { record } from "../support/records";

describe("formulaFor gives the live formula a user would type", () => {
  test.each([
    ["trade-growth.UZ", '=CA.RUTRADE("UZ")'],
    ["poll-war-blame.KG", '=CA.RUPOLL("KG")'],
    ["putin-meetings", '=CA.INDICATOR("putin-meetings")'],
    ["oil-export-via-russia.KZ", '=CA.INDICATOR("oil-export-via-russia.KZ")'],
    ["allows-private-mir-use.KZ", '=CA.INDICATOR("allows-private-mir-use.KZ")'],
    ["csto-exercises-cancelled.KG", '=CA.INDICATOR("csto-exercises-cancelled.KG")'],
  ])("%s → %s", (id, formula) => {
    expect(formulaFor(record(id))).toBe(formula);
  });

  test("every record's formula, calculated by the CA functions, shows the record's own value", () => {
    for (const r of RECORDS) expect([r.id, evaluateFormula(formulaFor(r))]).toEqual([r.id, recordValue(r)]);
  });

  test("every formula takes one argument, so no list separator (“,” or “;”) is needed in any language", () => {
    for (const r of RECORDS) {
      for (const style of [ENGLISH_FORMULAS, formulaStyle("ru-RU", RUSSIAN_FUNCTION_NAMES)]) {
        const formula = formulaFor(r, style);
        const outsideQuotes = formula.replace(/"(?:[^"]|"")*"/g, '""');
        expect([r.id, /[,;]/.test(outsideQuotes)]).toEqual([r.id, false]);
      }
    }
  });
});

describe("formulaStyle: written so that the formula works in the user's Excel", () => {
  test.each(["ru-RU", "RU-ru", "ru-ru", " ru-RU "])(
    "%s: through formulasLocal, with the Russian names Excel shows",
    (displayLanguage) => {
      const style = formulaStyle(displayLanguage, RUSSIAN_FUNCTION_NAMES);
      expect(style.property).toBe("formulasLocal");
      expect(formulaFor(record("trade-growth.UZ"), style)).toBe('=CA.ТОРГОВЛЯ_РФ("UZ")');
      expect(formulaFor(record("poll-war-blame.KG"), style)).toBe('=CA.ОПРОС_ЦА("KG")');
      expect(formulaFor(record("putin-meetings"), style)).toBe('=CA.ПОКАЗАТЕЛЬ_ЦА("putin-meetings")');
      expect(formulaFor(record("oil-export-via-russia.KZ"), style)).toBe(
        '=CA.ПОКАЗАТЕЛЬ_ЦА("oil-export-via-russia.KZ")',
      );
    },
  );

  test.each([["en-US"], ["ru"], ["ru-KZ"], ["uk-UA"], [""], [undefined], [null]])(
    "%s: through formulas, with the English names",
    (displayLanguage) => {
      const style = formulaStyle(displayLanguage, RUSSIAN_FUNCTION_NAMES);
      expect(style).toBe(ENGLISH_FORMULAS);
      expect(style.property).toBe("formulas");
      expect(formulaFor(record("trade-growth.UZ"), style)).toBe('=CA.RUTRADE("UZ")');
    },
  );

  test("the Russian names are those of the Russian metadata; the English ones the functions' ids", () => {
    expect(RUSSIAN_FUNCTION_NAMES).toEqual({
      RUTRADE: "ТОРГОВЛЯ_РФ",
      RUPOLL: "ОПРОС_ЦА",
      INDICATOR: "ПОКАЗАТЕЛЬ_ЦА",
    });
    expect(ENGLISH_FORMULAS.names).toEqual({ RUTRADE: "RUTRADE", RUPOLL: "RUPOLL", INDICATOR: "INDICATOR" });
  });
});
