/*
 * Notes (ExcelApi 1.18) through the Excel client and its stand-in NoteCollection/Note (client-standins.mjs):
 * adding, reading, editing and deleting, Excel's refusals, the desktop-only layout, an older Excel.
 *
 *   node --test tests/excel-host/
 */
/* global excelTry -- the functions passed to page.evaluate run in the page (harness.mjs) */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { diffSnapshots, snapshot } from "./fixtures.mjs";
import { browserSuite } from "./harness.mjs";
import { REQUIREMENTS } from "./shim.mjs";

const { skip, withPage } = browserSuite();

const BOOK = {
  sheets: [
    { name: "Data", cells: { A1: 1, D5: { value: 2, note: { content: "the user's own", author: "Ann" } } } },
    { name: "My sheet" },
  ],
};

describe("Excel host: notes", { skip }, () => {
  test("add on a sheet's and on the workbook's collection, then list, find, read, edit and delete", () =>
    withPage(BOOK, async (open) => {
      const before = snapshot(open.workbook);
      const result = await open.run(() =>
        excelTry(async (context) => {
          const data = context.workbook.worksheets.getItem("Data");
          data.notes.add("B3", "Trade grew by 40%.");
          context.workbook.notes.add("'My sheet'!C4", "on another sheet");
          const added = context.workbook.notes.add(data.getRange("A1"), 12);
          added.load("content, authorName");
          const all = context.workbook.notes.load("items/content, items/authorName");
          const count = data.notes.getCount();
          const found = data.notes.getItem("B3").load("content");
          const missing = data.notes.getItemOrNullObject("C9");
          const elsewhere = data.notes.getItemOrNullObject("'My sheet'!C4");
          const location = context.workbook.notes.getItem("Data!D5").getLocation().load("address");
          await context.sync();
          const first = data.notes.getItemAt(0);
          first.content = "edited";
          context.workbook.notes.getItem("'My sheet'!C4").delete();
          first.load("content");
          const after = context.workbook.notes.getCount();
          await context.sync();
          return {
            added: added.toJSON(),
            all: all.items.map((n) => [n.content, n.authorName]),
            count: count.value,
            found: found.content,
            missing: missing.isNullObject,
            elsewhere: elsewhere.isNullObject,
            location: location.address,
            first: first.content,
            after: after.value,
          };
        }),
      );
      assert.equal(result.error, undefined, JSON.stringify(result.error));
      assert.deepEqual(result.value, {
        added: { content: "12", authorName: "Host User" },
        all: [
          ["12", "Host User"],
          ["Trade grew by 40%.", "Host User"],
          ["the user's own", "Ann"],
          ["on another sheet", "Host User"],
        ],
        count: 3,
        found: "Trade grew by 40%.",
        missing: true,
        elsewhere: true,
        location: "Data!D5",
        first: "edited",
        after: 3,
      });
      const changes = diffSnapshots(before, snapshot(open.workbook));
      assert.deepEqual(
        changes.map((c) => [c.sheet, c.kind, c.key, c.after]),
        [
          ["Data", "cell", "A1", { value: 1, note: "edited" }],
          ["Data", "cell", "B3", { note: "Trade grew by 40%." }],
        ],
      );
    }));

  test("Excel's refusals: a cell with a note, several cells, a protected sheet unless it allows objects", () =>
    withPage(
      {
        sheets: [
          { name: "Data", cells: { D5: { value: 2, note: "mine" } } },
          { name: "Locked", protection: true },
          { name: "Objects", protection: { protected: true, options: { allowEditObjects: true } } },
        ],
      },
      async (open) => {
        const tries = await open.run(async () => {
          const add = (sheet, address) =>
            excelTry(async (context) => {
              context.workbook.worksheets.getItem(sheet).notes.add(address, "x");
              await context.sync();
            });
          return {
            existing: await add("Data", "D5"),
            several: await add("Data", "B2:C3"),
            notAddress: await add("Data", "not a cell"),
            protected: await add("Locked", "A1"),
            objects: await add("Objects", "A1"),
          };
        });
        assert.equal(tries.existing.error?.code, "ItemAlreadyExists");
        assert.equal(tries.existing.error.location, "NoteCollection.add");
        assert.equal(tries.several.error?.code, "InvalidArgument");
        assert.equal(tries.notAddress.error?.code, "InvalidArgument");
        assert.equal(tries.protected.error?.code, "AccessDenied");
        assert.equal(tries.objects.error, undefined);
        assert.deepEqual(snapshot(open.workbook).sheets.Data.cells.D5, { value: 2, note: "mine" });
        assert.equal(snapshot(open.workbook).sheets.Objects.cells.A1.note, "x");
      },
    ));

  test("width, height and visible: an error on the web (so is loading every property), values on desktop", async () => {
    const layout = () =>
      excelTry(async (context) => {
        const notes = context.workbook.worksheets.getItem("Data").notes;
        const note = notes.getItem("D5").load("width, height, visible");
        await context.sync();
        note.visible = true;
        note.width = 200;
        await context.sync();
        note.load("width, visible");
        await context.sync();
        return note.toJSON();
      });
    const everything = () =>
      excelTry(async (context) => {
        const notes = context.workbook.worksheets.getItem("Data").notes.load("items");
        await context.sync();
        return notes.items.length;
      });
    await withPage(BOOK, async (open) => {
      const web = await open.run(layout);
      assert.equal(web.error?.code, "NotImplemented");
      assert.equal(web.error.message, "This operation is not implemented.");
      assert.equal(web.error.location, "Note.width");
      assert.equal((await open.run(everything)).error?.code, "NotImplemented");
    });
    await withPage(
      BOOK,
      async (open) => {
        assert.deepEqual((await open.run(layout)).value, { width: 200, height: 55.5, visible: true });
        assert.equal((await open.run(everything)).value, 1);
      },
      { host: { platform: "desktop" } },
    );
  });

  test("an Excel without ExcelApi 1.18 answers ApiNotFound for notes", () =>
    withPage(
      BOOK,
      async (open) => {
        const result = await open.run(() =>
          excelTry(async (context) => {
            context.workbook.notes.add("Data!B3", "x");
            await context.sync();
          }),
        );
        assert.equal(result.error?.code, "ApiNotFound");
        assert.match(result.error.message, /Workbook\.notes is part of the ExcelApi 1\.18 requirement set/);
        assert.equal(snapshot(open.workbook).sheets.Data.cells.B3, undefined);
      },
      { shim: { requirements: REQUIREMENTS.excel117 }, host: { excelApi: "1.17" } },
    ));
});
