/*
 * Special cells through the Excel client: Range and RangeAreas getSpecialCells(OrNullObject), the areas'
 * grid properties, and the areas written in a later sync (what a "freeze" does).
 *
 *   node --test tests/excel-host/
 */
/* global excelTry -- the functions passed to page.evaluate run in the page (harness.mjs) */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { snapshot } from "./fixtures.mjs";
import { browserSuite } from "./harness.mjs";

const { skip, withPage } = browserSuite();

const BOOK = {
  sheets: [
    {
      name: "Data",
      cells: {
        A1: "label",
        "B2:C3": { formula: '=CA.RUTRADE("UZ")', value: 0.4, numberFormat: "0%" },
        E5: { formula: "=CA.SOURCE()", value: "text" },
        F9: 3,
      },
      spills: [{ anchor: "H2", formula: "=CA.INDICATORS()", values: [["kz"], ["uz"]] }],
    },
    { name: "Plain", cells: { A1: 1, B2: "two" } },
  ],
};

describe("Excel host: special cells", { skip }, () => {
  test("formula areas of the used range, each loadable as a Range", () =>
    withPage(BOOK, async (open) => {
      const result = await open.run(() =>
        excelTry(async (context) => {
          const sheet = context.workbook.worksheets.getItem("Data");
          const formulas = sheet.getUsedRange(true).getSpecialCells("Formulas");
          formulas.load("address, areaCount, cellCount");
          formulas.areas.load(
            "items/address, items/formulas, items/formulasLocal, items/values, items/numberFormat, items/valuesAsJson, items/text",
          );
          const numbers = formulas.getSpecialCells("Formulas", "Numbers").load("address");
          const constants = sheet
            .getRange()
            .getSpecialCellsOrNullObject("Constants", "Numbers")
            .load("address");
          await context.sync();
          return {
            address: formulas.address,
            areaCount: formulas.areaCount,
            cellCount: formulas.cellCount,
            // valuesAsJson is a stand-in member: Range.toJSON does not list it.
            areas: formulas.areas.items.map((a) => ({ ...a.toJSON(), valuesAsJson: a.valuesAsJson })),
            numbers: numbers.address,
            constants: constants.address,
          };
        }),
      );
      assert.equal(result.error, undefined, JSON.stringify(result.error));
      const v = result.value;
      assert.equal(v.address, "Data!B2:C3, Data!H2, Data!E5");
      assert.deepEqual([v.areaCount, v.cellCount], [3, 6]);
      assert.deepEqual(v.areas[0], {
        address: "Data!B2:C3",
        formulas: [
          ['=CA.RUTRADE("UZ")', '=CA.RUTRADE("UZ")'],
          ['=CA.RUTRADE("UZ")', '=CA.RUTRADE("UZ")'],
        ],
        formulasLocal: [
          ['=CA.RUTRADE("UZ")', '=CA.RUTRADE("UZ")'],
          ['=CA.RUTRADE("UZ")', '=CA.RUTRADE("UZ")'],
        ],
        values: [
          [0.4, 0.4],
          [0.4, 0.4],
        ],
        numberFormat: [
          ["0%", "0%"],
          ["0%", "0%"],
        ],
        valuesAsJson: [
          [
            { type: "Double", basicType: "Double", basicValue: 0.4, numberFormat: "0%" },
            { type: "Double", basicType: "Double", basicValue: 0.4, numberFormat: "0%" },
          ],
          [
            { type: "Double", basicType: "Double", basicValue: 0.4, numberFormat: "0%" },
            { type: "Double", basicType: "Double", basicValue: 0.4, numberFormat: "0%" },
          ],
        ],
        text: [
          ["40%", "40%"],
          ["40%", "40%"],
        ],
      });
      assert.deepEqual(v.areas[1].formulas, [["=CA.INDICATORS()"]], "the spill's anchor only");
      assert.equal(v.numbers, "Data!B2:C3");
      assert.equal(v.constants, "Data!F9");
    }));

  test("no matching cell: getSpecialCells answers ItemNotFound, getSpecialCellsOrNullObject a null object", () =>
    withPage(BOOK, async (open) => {
      const result = await open.run(async () => ({
        strict: await excelTry(async (context) => {
          context.workbook.worksheets
            .getItem("Plain")
            .getRange("A1:C3")
            .getSpecialCells("Formulas")
            .load("address");
          await context.sync();
        }),
        lenient: await excelTry(async (context) => {
          const none = context.workbook.worksheets
            .getItem("Plain")
            .getRange()
            .getSpecialCellsOrNullObject("Formulas");
          await context.sync();
          return none.isNullObject;
        }),
      }));
      assert.equal(result.strict.error?.code, "ItemNotFound");
      assert.equal(result.strict.error.location, "Range.getSpecialCells");
      assert.equal(result.lenient.value, true);
    }));

  test("the areas found in one sync are written in the next: values over formulas, nothing else changed", () =>
    withPage(BOOK, async (open) => {
      const before = snapshot(open.workbook).sheets.Data.cells;
      const result = await open.run(() =>
        excelTry(async (context) => {
          const formulas = context.workbook.worksheets.getItem("Data").getRange().getSpecialCells("Formulas");
          formulas.areas.load("items/address, items/values, items/rowCount, items/columnCount");
          await context.sync();
          const written = [];
          for (const area of formulas.areas.items) {
            if (area.address === "Data!H2") continue; // a spill is frozen over its spill range, not here
            area.values = area.values.map((row) => [...row]);
            written.push(area.address);
          }
          await context.sync();
          return written;
        }),
      );
      assert.deepEqual(result.value, ["Data!B2:C3", "Data!E5"]);
      const after = snapshot(open.workbook).sheets.Data.cells;
      assert.deepEqual(after.B2, { value: 0.4, numberFormat: "0%" });
      assert.deepEqual(after.E5, { value: "text" });
      assert.deepEqual(after.H2, before.H2);
      assert.deepEqual(after.A1, before.A1);
    }));
});
