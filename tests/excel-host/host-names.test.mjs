/*
 * Named items through the Excel client: adding workbook- and sheet-scoped names, reading them as Excel writes
 * them, Excel's naming rules, renamed and deleted sheets.
 *
 *   node --test tests/excel-host/
 */
/* global excelTry -- the functions passed to page.evaluate run in the page (harness.mjs) */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { diffSnapshots, snapshot } from "./fixtures.mjs";
import { browserSuite } from "./harness.mjs";

const { skip, withPage } = browserSuite();

const BOOK = {
  sheets: [{ name: "Data", cells: { B3: 1 } }, { name: "My sheet" }],
  names: [{ name: "Existing", reference: "Data!A1:A4", comment: "the user's", visible: true }],
};

describe("Excel host: named items", { skip }, () => {
  test("add and load names: formula, value, type, scope, comment, visible; getRange; hidden names listed", () =>
    withPage(BOOK, async (open) => {
      const before = snapshot(open.workbook);
      const result = await open.run(() =>
        excelTry(async (context) => {
          const names = context.workbook.names;
          const block = names.add(
            "CA_Block_1",
            context.workbook.worksheets.getItem("Data").getRange("B3:M20"),
          );
          block.visible = false;
          names.add("Other", "='My sheet'!C2", "on a quoted sheet");
          names.add("Rate", "=0.4");
          context.workbook.worksheets.getItem("Data").names.add("Local", "B1");
          await context.sync();
          const all = names.load(
            "items/name, items/type, items/value, items/formula, items/visible, items/scope",
          );
          const local = context.workbook.worksheets.getItem("Data").names.load("items/name, items/scope");
          const range = names.getItem("ca_block_1").getRange().load("address");
          const constant = names.getItem("Rate").getRangeOrNullObject();
          const missing = names.getItemOrNullObject("Nope");
          const count = names.getCount();
          const other = names.getItem("Other").load("comment");
          await context.sync();
          return {
            all: all.items.map((n) => n.toJSON()),
            local: local.items.map((n) => [n.name, n.scope]),
            range: range.address,
            constant: constant.isNullObject,
            missing: missing.isNullObject,
            count: count.value,
            comment: other.comment,
          };
        }),
      );
      assert.equal(result.error, undefined, JSON.stringify(result.error));
      const v = result.value;
      assert.deepEqual(v.all, [
        {
          name: "Existing",
          type: "Range",
          value: "Data!$A$1:$A$4",
          formula: "=Data!$A$1:$A$4",
          visible: true,
          scope: "Workbook",
        },
        {
          name: "CA_Block_1",
          type: "Range",
          value: "Data!$B$3:$M$20",
          formula: "=Data!$B$3:$M$20",
          visible: false,
          scope: "Workbook",
        },
        {
          name: "Other",
          type: "Range",
          value: "'My sheet'!$C$2",
          formula: "='My sheet'!$C$2",
          visible: true,
          scope: "Workbook",
        },
        { name: "Rate", type: "Double", value: 0.4, formula: "=0.4", visible: true, scope: "Workbook" },
      ]);
      assert.deepEqual(v.local, [["Local", "Worksheet"]]);
      assert.equal(v.range, "Data!B3:M20");
      assert.deepEqual([v.constant, v.missing, v.count, v.comment], [true, true, 4, "on a quoted sheet"]);
      const names = diffSnapshots(before, snapshot(open.workbook)).find((c) => c.key === "names");
      assert.equal(names?.kind, "workbook");
      assert.deepEqual(names.after.at(-1), {
        name: "Local",
        scope: "Data",
        formula: "=Data!$B$1",
        comment: "",
        visible: true,
      });
    }));

  test("Excel's rules: invalid names are InvalidArgument, taken ones (any case, or a table's) ItemAlreadyExists", () =>
    withPage(
      { ...BOOK, sheets: [{ name: "Data", tables: [{ name: "Trade", range: "A1:B3" }] }] },
      async (open) => {
        const codes = await open.run(async () => {
          const add = async (name) =>
            (
              await excelTry(async (context) => {
                context.workbook.names.add(name, "=Data!$A$1");
                await context.sync();
              })
            ).error?.code ?? "ok";
          const results = {};
          for (const name of [
            "A1",
            "R1C1",
            "r",
            "true",
            "two words",
            "1st",
            "",
            "existing",
            "TRADE",
            "_ok.name",
            "\\x",
          ])
            results[name] = await add(name);
          return results;
        });
        assert.deepEqual(codes, {
          A1: "InvalidArgument",
          R1C1: "InvalidArgument",
          r: "InvalidArgument",
          true: "InvalidArgument",
          "two words": "InvalidArgument",
          "1st": "InvalidArgument",
          "": "InvalidArgument",
          existing: "ItemAlreadyExists",
          TRADE: "ItemAlreadyExists",
          "_ok.name": "ok",
          "\\x": "ok",
        });
      },
    ));

  test("a name follows its sheet's rename; a deleted sheet leaves #REF!; formula and comment can be set", () =>
    withPage(
      {
        ...BOOK,
        sheets: [...BOOK.sheets, { name: "Gone" }],
        names: [{ name: "There", reference: "Gone!B2" }],
      },
      async (open) => {
        const result = await open.run(() =>
          excelTry(async (context) => {
            const names = context.workbook.names;
            names.add("Block", "Data!B3:C4");
            context.workbook.worksheets.getItem("Data").name = "Figures 2022";
            context.workbook.worksheets.getItem("Gone").delete();
            const block = names.getItem("Block").load("formula, value");
            const there = names.getItem("There").load("formula, value, type");
            const range = names.getItem("There").getRangeOrNullObject();
            await context.sync();
            const before = { block: block.toJSON(), there: there.toJSON(), range: range.isNullObject };
            block.formula = "='My sheet'!$A$1:$B$2";
            block.comment = "moved";
            block.load("formula, comment");
            const failing = names.getItem("There").getRange();
            failing.load("address");
            await context.sync().catch((e) => (before.getRange = e.code));
            return { before, after: { formula: block.formula, comment: block.comment } };
          }),
        );
        assert.equal(result.error, undefined, JSON.stringify(result.error));
        assert.deepEqual(result.value, {
          before: {
            block: { formula: "='Figures 2022'!$B$3:$C$4", value: "'Figures 2022'!$B$3:$C$4" },
            there: { formula: "=#REF!$B$2", value: "#REF!", type: "Error" },
            range: true,
            getRange: "InvalidReference",
          },
          after: { formula: "='My sheet'!$A$1:$B$2", comment: "moved" },
        });
      },
    ));

  test("a formula the host does not model answers NotImplemented naming it", () =>
    withPage(BOOK, async (open) => {
      const result = await open.run(() =>
        excelTry(async (context) => {
          context.workbook.names.add("Total", "=SUM(Data!A1:A4)");
          await context.sync();
        }),
      );
      assert.equal(result.error?.code, "NotImplemented");
      assert.equal(
        result.error.message,
        'Excel host: NamedItemCollection.add with the formula "=SUM(Data!A1:A4)" is not implemented',
      );
    }));
});
