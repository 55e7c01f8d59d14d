/*
 * More of the host through the Excel client: JSON cell values, requirement sets, the Office environment of the
 * shim, shapes, geometry, used ranges, sheets, and objects reused across syncs.
 *
 *   node --test tests/excel-host/
 */
/* global excelTry, Office, CustomFunctions, window -- page.evaluate functions run in the page */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { browserSuite } from "./harness.mjs";
import { REQUIREMENTS } from "./shim.mjs";

const { skip, withPage } = browserSuite();

describe("Excel host: more of the API", { skip }, () => {
  test("valuesAsJson writes entities and formatted numbers; values, text and valueTypes read them as Excel does", () =>
    withPage({}, async (open) => {
      const result = await open.run(() =>
        excelTry(async (context) => {
          const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1:B2");
          range.valuesAsJson = [
            [
              {
                type: "Entity",
                text: "Kazakhstan",
                properties: { Trade: { type: "Double", basicValue: 0.1 } },
              },
              { type: "FormattedNumber", basicValue: 0.4, numberFormat: "0%" },
            ],
            [
              { type: "Boolean", basicValue: true },
              { type: "String", basicValue: "x" },
            ],
          ];
          range.load("values, text, valueTypes, valuesAsJson");
          await context.sync();
          return {
            values: range.values,
            text: range.text,
            valueTypes: range.valueTypes,
            json: range.valuesAsJson,
          };
        }),
      );
      assert.equal(result.error, undefined, JSON.stringify(result.error));
      const v = result.value;
      assert.deepEqual(v.values, [
        ["#VALUE!", 0.4],
        [true, "x"],
      ]);
      assert.deepEqual(v.text, [
        ["Kazakhstan", "40%"],
        ["TRUE", "x"],
      ]);
      assert.deepEqual(v.valueTypes, [
        ["Error", "Double"],
        ["Boolean", "String"],
      ]);
      assert.equal(v.json[0][0].type, "Entity");
      assert.equal(v.json[0][0].properties.Trade.basicValue, 0.1);
      assert.deepEqual(v.json[0][1], {
        type: "FormattedNumber",
        basicValue: 0.4,
        numberFormat: "0%",
        basicType: "Double",
      });
      assert.deepEqual(v.json[1][1], { type: "String", basicType: "String", basicValue: "x" });
    }));

  test("an older Excel (host limit ExcelApi 1.12) answers ApiNotFound for newer members; the shim reports the sets", () =>
    withPage(
      {},
      async (open) => {
        const results = await open.run(async () => ({
          json: await excelTry(async (context) => {
            context.workbook.worksheets.getActiveWorksheet().getRange("A1").valuesAsJson = [
              [{ type: "String", basicValue: "x" }],
            ];
            await context.sync();
          }),
          merged: await excelTry(async (context) => {
            context.workbook.worksheets
              .getActiveWorksheet()
              .getRange("A1")
              .getMergedAreasOrNullObject()
              .load("address");
            await context.sync();
          }),
          spill: await excelTry(async (context) => {
            const r = context.workbook.worksheets.getActiveWorksheet().getRange("A1").load("hasSpill");
            await context.sync();
            return r.hasSpill;
          }),
          supported: [
            Office.context.requirements.isSetSupported("ExcelApi", "1.12"),
            Office.context.requirements.isSetSupported("ExcelApi", "1.13"),
          ],
        }));
        assert.equal(results.json.error?.code, "ApiNotFound");
        assert.equal(results.merged.error?.code, "ApiNotFound");
        assert.match(
          results.merged.error.message,
          /Range\.getMergedAreasOrNullObject is part of the ExcelApi 1\.13 requirement set/,
        );
        assert.equal(results.spill.value, false, "hasSpill is ExcelApi 1.12");
        assert.deepEqual(results.supported, [true, false]);
      },
      { shim: { requirements: REQUIREMENTS.excel112 }, host: { excelApi: "1.12" } },
    ));

  test("the shim's Office: onReady, initialize, context, language and platform come from its configuration", () =>
    withPage(
      {},
      async (open) => {
        const seen = await open.page.evaluate(async () => {
          const info = await Office.onReady();
          return {
            info,
            host: Office.HostType.Excel,
            language: Office.context.displayLanguage,
            platform: Office.context.platform,
            custom: Office.context.requirements.isSetSupported("CustomFunctionsRuntime", "1.4"),
            missing: Office.context.requirements.isSetSupported("WordApi"),
            associate: typeof CustomFunctions.associate,
            initialized: window.officeInitialized,
          };
        });
        assert.deepEqual(seen, {
          info: { host: "Excel", platform: "PC" },
          host: "Excel",
          language: "de-DE",
          platform: "PC",
          custom: false,
          missing: false,
          associate: "function",
          initialized: "documentOpened",
        });
      },
      {
        shim: {
          displayLanguage: "de-DE",
          platform: "PC",
          requirements: { ExcelApi: "1.13", CustomFunctionsRuntime: "1.3" },
        },
      },
    ));

  test("shapes: addGeometricShape, position, and shapes.load of names and positions", () =>
    withPage(
      { sheets: [{ name: "S", shapes: [{ name: "Box", type: "Rectangle", position: ["B2", "C3"] }] }] },
      async (open) => {
        const result = await open.run(() =>
          excelTry(async (context) => {
            const shapes = context.workbook.worksheets.getActiveWorksheet().shapes;
            const oval = shapes.addGeometricShape("Ellipse");
            oval.left = 100;
            oval.top = 50;
            oval.width = 30;
            shapes.load("items/name,top,left,width,height");
            await context.sync();
            return shapes.items.map((s) => s.toJSON());
          }),
        );
        assert.deepEqual(result.value, [
          { name: "Box", top: 15, left: 48, width: 96, height: 30 },
          { name: "Oval 2", top: 50, left: 100, width: 30, height: 72 },
        ]);
      },
    ));

  test("range geometry, column widths and the formats of mixed columns", () =>
    withPage({ sheets: [{ name: "G", columnWidths: { B: 60 }, rowHeights: { 2: 20 } }] }, async (open) => {
      const result = await open.run(() =>
        excelTry(async (context) => {
          const sheet = context.workbook.worksheets.getActiveWorksheet();
          const mixed = sheet.getRange("A1:B2").load("top,left,width,height");
          mixed.format.load("columnWidth,rowHeight");
          const wide = sheet.getRange("D1:E1");
          wide.format.columnWidth = 30;
          wide.format.load("columnWidth");
          await context.sync();
          const { top, left, width, height } = mixed;
          return {
            mixed: { top, left, width, height },
            format: mixed.format.toJSON(),
            wide: wide.format.columnWidth,
          };
        }),
      );
      assert.deepEqual(result.value.mixed, { top: 0, left: 0, width: 108, height: 35 });
      assert.deepEqual(result.value.format, { columnWidth: null, rowHeight: null });
      assert.equal(result.value.wide, 30);
    }));

  test("used range, intersections, rows, columns and neighbours", () =>
    withPage({ sheets: [{ name: "U", cells: { C3: 1, E6: "x" } }, { name: "Empty" }] }, async (open) => {
      const result = await open.run(() =>
        excelTry(async (context) => {
          const sheet = context.workbook.worksheets.getItem("U");
          const used = sheet.getUsedRangeOrNullObject(true).load("address");
          const none = context.workbook.worksheets
            .getItem("Empty")
            .getUsedRangeOrNullObject(true)
            .load("address");
          const r = sheet.getRange("B2:D4");
          const parts = [
            r.getIntersectionOrNullObject("C3:H9"),
            r.getColumn(1),
            r.getRow(2),
            r.getColumnsAfter(2),
            r.getLastCell(),
            r.getEntireColumn(),
          ].map((x) => x.load("address"));
          const apart = r.getIntersectionOrNullObject("K1:K2").load("address");
          await context.sync();
          return {
            used: used.address,
            none: none.isNullObject,
            parts: parts.map((p) => p.address),
            apart: apart.isNullObject,
          };
        }),
      );
      assert.deepEqual(result.value, {
        used: "U!C3:E6",
        none: true,
        parts: ["U!C3:D4", "U!C2:C4", "U!B4:D4", "U!E2:F4", "U!D4", "U!B:D"],
        apart: true,
      });
    }));

  test("worksheets: add does not activate; activate does; names, positions and the new active cell", () =>
    withPage({ sheets: [{ name: "First", activeCell: "C5" }] }, async (open) => {
      const result = await open.run(() =>
        excelTry(async (context) => {
          const added = context.workbook.worksheets.add("My sheet");
          const activeBefore = context.workbook.worksheets.getActiveWorksheet().load("name");
          await context.sync();
          const nameBefore = activeBefore.name;
          added.activate();
          const sheets = context.workbook.worksheets.load("items/name,items/position");
          const cell = context.workbook.getActiveCell().load("address");
          await context.sync();
          return { nameBefore, sheets: sheets.items.map((s) => [s.name, s.position]), cell: cell.address };
        }),
      );
      assert.deepEqual(result.value, {
        nameBefore: "First",
        sheets: [
          ["First", 0],
          ["My sheet", 1],
        ],
        cell: "'My sheet'!A1",
      });
    }));

  test("a range kept by Excel.run is reused in a later sync; the actions before a failure stay applied", () =>
    withPage({ sheets: [{ name: "R", activeCell: "B2" }] }, async (open) => {
      const result = await open.run(() =>
        excelTry(async (context) => {
          const block = context.workbook.getActiveCell().getResizedRange(1, 1);
          block.load("address");
          await context.sync();
          block.values = [
            [1, 2],
            [3, 4],
          ];
          block.getCell(5, 0).getResizedRange(0, 16_384).load("address"); // past XFD: fails
          await context.sync();
        }),
      );
      assert.equal(result.error?.code, "InvalidArgument");
      assert.equal(
        open.workbook.sheets[0].read(2, 2)?.value,
        4,
        "the values written before the failing action stay",
      );
      const second = open.host.requests.filter((r) => r.kind === "sync")[1];
      assert.ok(
        Object.values(second.request.ObjectPaths).some((p) => p.ObjectPathType === 6),
        "the kept range travels as a reference",
      );
    }));
});
