/*
 * The host in a Russian Excel's terms, through the Excel client: Range.formulasLocal, with which the pane writes
 * formulas under the functions' Russian names there, and the shim's display language.
 *
 *   node --test tests/excel-host/
 */
/* global excelTry, Office -- page.evaluate functions run in the page */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { browserSuite } from "./harness.mjs";

const { skip, withPage } = browserSuite();

describe("Excel host: local formulas", { skip }, () => {
  test("formulasLocal writes and reads like formulas, and travels as FormulasLocal (a Russian Excel's way)", () =>
    withPage(
      { sheets: [{ name: "Лист1", activeCell: "B2", cells: { A1: 7 } }] },
      async (open) => {
        const result = await open.run(() =>
          excelTry(async (context) => {
            const range = context.workbook.worksheets.getActiveWorksheet().getRange("B2:D2");
            range.formulasLocal = [['=CA.ТОРГОВЛЯ_РФ("UZ")', "=A1", 5]];
            range.load("formulas, formulasLocal, values");
            await context.sync();
            return {
              formulas: range.formulas,
              formulasLocal: range.formulasLocal,
              values: range.values,
              language: Office.context.displayLanguage,
            };
          }),
        );
        assert.equal(result.error, undefined, JSON.stringify(result.error));
        const written = ['=CA.ТОРГОВЛЯ_РФ("UZ")', "=A1", 5];
        assert.deepEqual(result.value, {
          // The host keeps a formula as written: it translates no function name (Excel would).
          formulas: [written],
          formulasLocal: [written],
          values: [["#NAME?", 7, 5]],
          language: "ru-RU",
        });
        assert.equal(open.workbook.sheets[0].read(1, 1)?.formula, '=CA.ТОРГОВЛЯ_РФ("UZ")');
        const calls = open.host.requests.flatMap((r) => r.calls);
        assert.ok(
          calls.some((call) => call.includes('getRange("B2:D2").formulasLocal = ')),
          calls.join("\n"),
        );
        assert.ok(
          calls.some((call) => call.includes(".load(formulas,formulasLocal,values)")),
          calls.join("\n"),
        );
      },
      { shim: { displayLanguage: "ru-RU" } },
    ));
});
