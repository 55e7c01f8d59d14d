/*
 * Through the Excel client: hyperlinks, very hidden and hidden sheets, worksheet and workbook custom
 * properties, and what clearing a range takes with it.
 *
 *   node --test tests/excel-host/
 */
/* global excelTry -- the functions passed to page.evaluate run in the page (harness.mjs) */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { snapshot } from "./fixtures.mjs";
import { browserSuite } from "./harness.mjs";

const { skip, withPage } = browserSuite();

describe("Excel host: hyperlinks, hidden sheets, custom properties", { skip }, () => {
  test("a hyperlink written shows its text; read back from the top-left cell; none reads null", () =>
    withPage({ sheets: [{ name: "Sources", cells: { C1: 5 } }, { name: "Data" }] }, async (open) => {
      const result = await open.run(() =>
        excelTry(async (context) => {
          const sheet = context.workbook.worksheets.getItem("Sources");
          sheet.getRange("A1").hyperlink = { documentReference: "Data!B3", textToDisplay: "Data!B3" };
          sheet.getRange("B1").hyperlink = { address: "https://example.org/a", screenTip: "tip" };
          sheet.getRange("C1").hyperlink = { documentReference: "'Data'!A1" };
          const read = sheet.getRange("A1:C1").load("hyperlink, values");
          const none = sheet.getRange("D1").load("hyperlink");
          const second = sheet.getRange("B1").load("hyperlink");
          await context.sync();
          return {
            first: read.hyperlink,
            values: read.values,
            none: none.hyperlink,
            second: second.hyperlink,
          };
        }),
      );
      assert.equal(result.error, undefined, JSON.stringify(result.error));
      assert.deepEqual(result.value, {
        first: { documentReference: "Data!B3", textToDisplay: "Data!B3" },
        values: [["Data!B3", "https://example.org/a", 5]],
        none: null,
        second: { address: "https://example.org/a", screenTip: "tip" },
      });
      assert.deepEqual(snapshot(open.workbook).sheets.Sources.cells.A1, {
        value: "Data!B3",
        hyperlink: { documentReference: "Data!B3", textToDisplay: "Data!B3" },
      });
    }));

  test("hyperlinks: a link without a target is InvalidArgument; a protected sheet needs allowInsertHyperlinks", () =>
    withPage(
      {
        sheets: [
          { name: "Open" },
          { name: "Locked", protection: { protected: true, unlocked: ["A1"] } },
          {
            name: "Links",
            protection: { protected: true, options: { allowInsertHyperlinks: true }, unlocked: ["A1"] },
          },
        ],
      },
      async (open) => {
        const codes = await open.run(async () => {
          const link = async (sheet, hyperlink) =>
            (
              await excelTry(async (context) => {
                context.workbook.worksheets.getItem(sheet).getRange("A1").hyperlink = hyperlink;
                await context.sync();
              })
            ).error?.code ?? "ok";
          return [
            await link("Open", { textToDisplay: "nowhere" }),
            await link("Locked", { address: "https://example.org" }),
            await link("Links", { address: "https://example.org" }),
          ];
        });
        assert.deepEqual(codes, ["InvalidArgument", "AccessDenied", "ok"]);
      },
    ));

  test("clear: Hyperlinks removes links only; All also takes the cells' notes", () =>
    withPage(
      {
        sheets: [
          {
            name: "S",
            cells: {
              A1: { value: "x", hyperlink: { address: "https://example.org" }, note: "n1" },
              A2: { value: "y", note: "n2" },
            },
          },
        ],
      },
      async (open) => {
        await open.run(() =>
          excelTry(async (context) => {
            const sheet = context.workbook.worksheets.getItem("S");
            sheet.getRange("A1").clear("Hyperlinks");
            sheet.getRange("A2").clear("All");
            await context.sync();
          }),
        );
        const cells = snapshot(open.workbook).sheets.S.cells;
        assert.deepEqual(cells.A1, { value: "x", note: "n1" });
        assert.equal(cells.A2, undefined);
      },
    ));

  test("very hidden and hidden sheets are listed with their visibility and read like any sheet", () =>
    withPage(
      {
        sheets: [
          { name: "Shown" },
          { name: "Hidden", visibility: "Hidden", cells: { A1: { formula: "=CA.X()", value: 1 } } },
          { name: "Store", visibility: "VeryHidden", cells: { A1: "owned" } },
        ],
      },
      async (open) => {
        const result = await open.run(() =>
          excelTry(async (context) => {
            context.workbook.worksheets.getItem("Shown").visibility = "VeryHidden";
            await context.sync();
          }),
        );
        assert.equal(result.error?.code, "InvalidOperation", "the last visible sheet cannot be hidden");
        assert.equal(snapshot(open.workbook).sheets.Shown.visibility, "Visible");
        const read = await open.run(() =>
          excelTry(async (context) => {
            const sheets = context.workbook.worksheets.load("items/name, items/visibility");
            const stored = context.workbook.worksheets.getItem("Store").getRange("A1").load("values");
            const formulas = context.workbook.worksheets
              .getItem("Hidden")
              .getRange()
              .getSpecialCells("Formulas");
            formulas.load("address");
            await context.sync();
            return {
              sheets: sheets.items.map((s) => [s.name, s.visibility]),
              stored: stored.values,
              formulas: formulas.address,
            };
          }),
        );
        assert.deepEqual(read.value, {
          sheets: [
            ["Shown", "Visible"],
            ["Hidden", "Hidden"],
            ["Store", "VeryHidden"],
          ],
          stored: [["owned"]],
          formulas: "Hidden!A1",
        });
      },
    ));

  test("worksheet custom properties: add overwrites without regard to case; workbook custom properties typed", () =>
    withPage(
      { sheets: [{ name: "Mine", customProperties: { Owner: "user" } }, { name: "Other" }] },
      async (open) => {
        const result = await open.run(() =>
          excelTry(async (context) => {
            const sheet = context.workbook.worksheets.getItem("Mine");
            sheet.customProperties.add("ca-sources", "v1");
            sheet.customProperties.add("CA-SOURCES", "v2");
            const marker = sheet.customProperties.getItemOrNullObject("Ca-Sources").load("key, value");
            const none = context.workbook.worksheets
              .getItem("Other")
              .customProperties.getItemOrNullObject("ca-sources");
            const items = sheet.customProperties.load("items/key, items/value");
            const custom = context.workbook.properties.custom;
            custom.add("ca-blocks", "[]");
            custom.add("ca-count", 3);
            const typed = custom.getItem("CA-COUNT").load("key, value, type");
            const tooLong = sheet.customProperties.add("k".repeat(256), "x");
            tooLong.load("key");
            const before = {};
            await context.sync().catch((e) => (before.tooLong = e.code));
            return {
              marker: [marker.key, marker.value],
              none: none.isNullObject,
              items: items.items.map((p) => [p.key, p.value]),
              typed: typed.toJSON(),
              ...before,
            };
          }),
        );
        assert.equal(result.error, undefined, JSON.stringify(result.error));
        assert.deepEqual(result.value, {
          marker: ["ca-sources", "v2"],
          none: true,
          items: [
            ["Owner", "user"],
            ["ca-sources", "v2"],
          ],
          typed: { key: "ca-count", value: 3, type: "Number" },
          tooLong: "InvalidArgument",
        });
        const snap = snapshot(open.workbook);
        assert.deepEqual(snap.sheets.Mine.customProperties, { Owner: "user", "ca-sources": "v2" });
        assert.deepEqual(snap.customProperties, { "ca-blocks": "[]", "ca-count": 3 });
      },
    ));
});
