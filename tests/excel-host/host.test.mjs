/*
 * The workbook host, through Microsoft's Excel client in headless Chromium: real Excel.run batches against
 * described workbooks, checking what Excel would answer and what went over the wire.
 *
 *   node --test tests/excel-host/
 *
 * Without /usr/bin/chromium these tests are skipped with a notice (REQUIRE_BROWSER=1 makes that a failure).
 */
/* global excelTry -- the functions passed to page.evaluate run in the page (harness.mjs) */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { browserSuite } from "./harness.mjs";
import { diffSnapshots, snapshot } from "./fixtures.mjs";

const { skip, withPage } = browserSuite();

describe("Excel host through the Excel client", { skip }, () => {
  test("writes values, formulas and number formats, and reads them back", () =>
    withPage({ sheets: [{ name: "Data", cells: { A1: 7 } }] }, async (open) => {
      const result = await open.run(() =>
        excelTry(async (context) => {
          const range = context.workbook.worksheets.getItem("Data").getRange("B2:D3");
          range.numberFormat = [
            ["0%", "@", "yyyy-mm-dd"],
            ["General", "0.0", "General"],
          ];
          range.values = [
            [0.4, "2022", 44918],
            ["=A1", 2.25, true],
          ];
          range.format.font.bold = true;
          range.load("address, values, text, formulas, numberFormat, valueTypes");
          range.format.font.load("bold, italic");
          await context.sync();
          return { ...range.toJSON(), bold: range.format.font.bold, italic: range.format.font.italic };
        }),
      );
      assert.equal(result.error, undefined, JSON.stringify(result.error));
      const v = result.value;
      assert.equal(v.address, "Data!B2:D3");
      assert.deepEqual(v.values, [
        [0.4, "2022", 44918],
        [7, 2.25, true],
      ]);
      assert.deepEqual(v.text, [
        ["40%", "2022", "2022-12-23"],
        ["7", "2.3", "TRUE"],
      ]);
      assert.deepEqual(v.formulas, [
        [0.4, "2022", 44918],
        ["=A1", 2.25, true],
      ]);
      assert.deepEqual(v.valueTypes, [
        ["Double", "String", "Double"],
        ["Double", "Double", "Boolean"],
      ]);
      assert.equal(v.bold, true);
      assert.equal(v.italic, false);
      assert.deepEqual(snapshot(open.workbook).sheets.Data.cells.C2, {
        value: "2022",
        numberFormat: "@",
        font: { bold: true },
      });
    }));

  test("a range past XFD1048576 is InvalidArgument, raised as OfficeExtension.Error", () =>
    withPage({ sheets: [{ name: "S" }] }, async (open) => {
      const attempts = await open.run(async () => {
        const tries = {
          getRange: (s) => s.getRange("XFE1"),
          getOffsetRange: (s) => s.getRange("XFD1048576").getOffsetRange(1, 0),
          getResizedRange: (s) => s.getRange("A1048575").getResizedRange(2, 0),
          getCell: (s) => s.getRange("A1").getCell(-1, 0),
        };
        const out = {};
        for (const [name, make] of Object.entries(tries)) {
          out[name] = await excelTry(async (context) => {
            const r = make(context.workbook.worksheets.getActiveWorksheet()).load("address");
            await context.sync();
            return r.address;
          });
        }
        return out;
      });
      for (const [name, result] of Object.entries(attempts)) {
        assert.equal(result.error?.code, "InvalidArgument", `${name}: ${JSON.stringify(result)}`);
        assert.equal(result.error.isOfficeError, true);
      }
      assert.equal(attempts.getOffsetRange.error.location, "Range.getOffsetRange");
      assert.equal(
        attempts.getResizedRange.error.message,
        "The argument is invalid or missing or has an incorrect format.",
      );
    }));

  test("writing on a protected sheet is AccessDenied and changes nothing", () =>
    withPage({ sheets: [{ name: "Locked", cells: { A1: "keep" }, protection: true }] }, async (open) => {
      const before = snapshot(open.workbook);
      const result = await open.run(() =>
        excelTry(async (context) => {
          const sheet = context.workbook.worksheets.getActiveWorksheet();
          sheet.getRange("B2").values = [["x"]];
          await context.sync();
        }),
      );
      assert.equal(result.error?.code, "AccessDenied");
      assert.equal(result.error.location, "Range.values");
      assert.deepEqual(diffSnapshots(before, snapshot(open.workbook)), []);
    }));

  test("duplicate sheet and table names are ItemAlreadyExists; a bad table name is InvalidArgument", () =>
    withPage({ sheets: [{ name: "Data", tables: [{ name: "Trade", range: "A1:B3" }] }] }, async (open) => {
      const results = await open.run(async () => ({
        sheet: await excelTry(async (context) => {
          context.workbook.worksheets.add("data");
          await context.sync();
        }),
        table: await excelTry(async (context) => {
          const table = context.workbook.worksheets.getActiveWorksheet().tables.add("D1:E3", true);
          table.name = "TRADE";
          await context.sync();
        }),
        badName: await excelTry(async (context) => {
          const table = context.workbook.worksheets.getActiveWorksheet().tables.add("G1:H3", true);
          table.name = "Q1 figures";
          await context.sync();
        }),
      }));
      assert.equal(results.sheet.error?.code, "ItemAlreadyExists");
      assert.equal(
        results.sheet.error.message,
        "A resource with the same name or identifier already exists.",
      );
      assert.equal(results.table.error?.code, "ItemAlreadyExists");
      assert.equal(results.badName.error?.code, "InvalidArgument");
      // Actions before the failing one stay applied, as in Excel: the tables were added, under default names.
      assert.deepEqual(
        open.workbook.tables.map((t) => t.name),
        ["Trade", "Table2", "Table3"],
      );
    }));

  test("adding a sheet to a workbook whose structure is protected is AccessDenied", () =>
    withPage({ protection: true }, async (open) => {
      const result = await open.run(() =>
        excelTry(async (context) => {
          const protection = context.workbook.protection.load("protected");
          await context.sync();
          const seen = protection.protected;
          context.workbook.worksheets.add("More");
          await context.sync();
          return seen;
        }),
      );
      assert.equal(result.error?.code, "AccessDenied");
      assert.equal(open.workbook.sheets.length, 1);
    }));

  test("getMergedAreasOrNullObject: top-left rule, null object, and the 512-area limit", () => {
    const many = Array.from({ length: 600 }, (_, i) => `A${2 * i + 1}:B${2 * i + 1}`);
    return withPage(
      {
        sheets: [
          {
            name: "M",
            merged: ["B2:C3", "E5:F6", ...many.map((a) => a.replace(/A/g, "H").replace(/B/g, "I"))],
          },
        ],
      },
      async (open) => {
        const results = await open.run(async () => {
          const areas = (address) =>
            excelTry(async (context) => {
              const merged = context.workbook.worksheets
                .getActiveWorksheet()
                .getRange(address)
                .getMergedAreasOrNullObject()
                .load("address");
              await context.sync();
              return merged.isNullObject ? null : merged.address;
            });
          return {
            both: await areas("A1:F6"),
            startOnly: await areas("C3:G7"),
            none: await areas("A10:B20"),
            many: await areas("H1:I2000"),
          };
        });
        assert.equal(results.both.value, "M!B2:C3, M!E5:F6");
        assert.equal(
          results.startOnly.value,
          "M!E5:F6",
          "an area is reported only when its top-left cell is in the range",
        );
        assert.equal(results.none.value, null);
        assert.equal(results.many.error?.code, "InvalidOperation");
        assert.equal(results.many.error.location, "Range.getMergedAreasOrNullObject");
      },
    );
  });

  test("hasSpill is true when every cell is spilled, null when some are, false when none", () =>
    withPage(
      {
        sheets: [
          {
            name: "S",
            spills: [
              {
                anchor: "B2",
                formula: "=SEQUENCE(3,2)",
                values: [
                  [1, 2],
                  [3, 4],
                  [5, 6],
                ],
              },
            ],
          },
        ],
      },
      async (open) => {
        const result = await open.run(() =>
          excelTry(async (context) => {
            const sheet = context.workbook.worksheets.getActiveWorksheet();
            const ranges = ["B2:C4", "C3", "B4:D4", "E1:F9"].map((a) =>
              sheet.getRange(a).load("hasSpill, values, formulas"),
            );
            await context.sync();
            return ranges.map((r) => r.toJSON());
          }),
        );
        assert.deepEqual(
          result.value.map((r) => r.hasSpill),
          [true, true, null, false],
        );
        assert.deepEqual(result.value[1].values, [[4]]);
        assert.deepEqual(result.value[0].formulas[0], ["=SEQUENCE(3,2)", 2], "spilled cells read as values");
      },
    ));

  test("the 1904 date system is readable and changes how dates read", () =>
    withPage(
      {
        use1904DateSystem: true,
        sheets: [{ name: "D", cells: { A1: { value: 43456, numberFormat: "yyyy-mm-dd" } } }],
      },
      async (open) => {
        const result = await open.run(() =>
          excelTry(async (context) => {
            context.workbook.load("use1904DateSystem");
            const cell = context.workbook.worksheets.getActiveWorksheet().getRange("A1").load("text");
            await context.sync();
            // use1904DateSystem is the shim's polyfill: the npm client's types do not have it.
            const flag = /** @type {any} */ (context.workbook).use1904DateSystem;
            return { flag, text: cell.text[0][0] };
          }),
        );
        assert.deepEqual(result.value, { flag: true, text: "2022-12-23" });
      },
    ));

  test("charts.add then setPosition: the position follows column widths and row heights", () =>
    withPage(
      { sheets: [{ name: "C", cells: { A1: "x", B1: 1 }, columnWidths: { G: 100 }, rowHeights: { 3: 30 } }] },
      async (open) => {
        const result = await open.run(() =>
          excelTry(async (context) => {
            const sheet = context.workbook.worksheets.getActiveWorksheet();
            const chart = sheet.charts.add("BarClustered", sheet.getRange("A1:B1"), "Columns");
            chart.setPosition("F2", "M17");
            const charts = sheet.charts.load("items/name,top,left,width,height");
            const cell = sheet.getRange("G3").load("top, left, width, height");
            await context.sync();
            return { charts: charts.items.map((c) => c.toJSON()), cell: cell.toJSON() };
          }),
        );
        assert.deepEqual(result.value.charts, [
          { name: "Chart 1", top: 15, left: 240, width: 7 * 48 + 100, height: 15 * 15 + 30 },
        ]);
        assert.deepEqual(result.value.cell, { top: 30, left: 288, width: 100, height: 30 });
      },
    ));
});
