/*
 * Insert on a new sheet, as the pane offers it after a refusal: the sheet is named after the record or the
 * block's title, uniquely (" (2)" when the name is taken, whatever its case), the block starts at A1, the new
 * sheet is shown, and only there may the insert size columns (autofit, and a fixed 280 pt for the columns of
 * long text). A protected workbook structure refuses; a protected or full active sheet does not matter.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { cellAddress, cellsUnder, columnName, rectAddress, rectOf } from "../support/grid.mjs";
import { evaluateCaFormula, records, sourceLine } from "../support/product.mjs";
import { ACTIONS, describeWorkbook } from "../support/workbook.mjs";
import { dataSheet, isBlockMark } from "../support/written.mjs";

/** One sheet, "Data", with a value at the active cell B3, so that every insert there is refused. */
const TAKEN = dataSheet("B3", { cells: { B3: "mine" } });

/** Excel's limit on a sheet name's length. */
const SHEET_NAME_MAX = 31;

/** The sheet name the product makes of a title: characters Excel forbids become spaces, at most 31. */
const sheetNameFor = (/** @type {string} */ title) =>
  title
    .replace(/[\\/?*[\]:]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, SHEET_NAME_MAX)
    .trim();

/** The second sheet of that name: " (2)" appended, the name cut so that the whole fits in 31 characters. */
const secondOf = (/** @type {string} */ name) => `${name.slice(0, SHEET_NAME_MAX - 4).trimEnd()} (2)`;

/** Column headings written in a fixed width on a new sheet (labels and quotes), by action. */
const WIDE = {
  table: ["Indicator", "Quote"],
  "topic table": ["Indicator", "Quote"],
  timeline: ["Event", "Quote"],
};

describeWorkbook("Insert on a new sheet, through Excel's own client", (pane) => {
  /** Refused at B3 on "Data", then inserted on a new sheet from the refusal's button. */
  async function onNewSheet(description, action) {
    const session = await pane.open({ ...description, evaluateFormula: evaluateCaFormula });
    const refused = await pane.act(session, action);
    assert.equal(refused.intent, "warning", refused.text);
    assert.ok(refused.alternatives.includes("new-sheet"), `${action}: a new sheet is offered`);
    const result = await pane.act(session, "new sheet");
    return { session, refused, result };
  }

  for (const action of Object.keys(ACTIONS)) {
    test(`${action}: a new sheet named after it, the block at A1, the sheet shown; a taken name gets " (2)"`, async () => {
      const { session, result } = await onNewSheet(TAKEN, action);
      assert.equal(result.intent, "success", result.text);
      assert.match(result.text, /\(new sheet\)\.$/);
      const name = result.block.sheet;
      assert.equal(result.block.address.split(":")[0], "A1");
      assert.deepEqual(Object.keys(result.after.sheets), ["Data", name], "one sheet added, after the others");
      assert.equal(result.after.activeSheet, name, "the new sheet is shown");
      assert.deepEqual(result.after.sheets.Data, result.before.sheets.Data, "the refused sheet is untouched");
      assert.equal(result.wire.sync, 2);

      const sheet = result.after.sheets[name];
      const block = rectOf(result.block.address);
      const cells = Object.keys(sheet.cells).map(rectOf);
      assert.ok(
        cells.every((c) => c.row < block.rowCount && c.column < block.columnCount),
        "nothing written outside the block",
      );
      assert.deepEqual(sheet.rowHeights, {}, "no row height set");
      const widths = Object.keys(sheet.columnWidths).map((c) => rectOf(`${c}1`).column);
      assert.ok(
        widths.every((c) => c < block.columnCount),
        "widths only of the block's columns",
      );

      if (action === "value" || action === "formula") {
        assert.equal(name, "trade-growth.UZ", "named after the record");
        assert.deepEqual(
          { value: sheet.cells.A1.value, format: sheet.cells.A1.numberFormat },
          { value: 0.4, format: "0%" },
        );
        if (action === "formula") assert.equal(sheet.cells.A1.formula, '=CA.RUTRADE("UZ")');
        assert.deepEqual(sheet.columnWidths, {}, "a single cell sizes no column");
      } else {
        const title = String(sheet.cells.A1.value);
        if (action === "table" || action === "topic table") assert.equal(name, sheetNameFor(title));
        assert.deepEqual(sheet.cells.A1.font, { bold: true, size: 13 }, "a larger title on its own sheet");
        const calls = result.requests.flatMap((r) => r.calls);
        assert.ok(
          calls.some((call) => call.endsWith(".format.autofitColumns()")),
          "the block's columns are autofitted",
        );
        const header = Array.from(
          { length: block.columnCount },
          (_, c) => sheet.cells[cellAddress(1, c)]?.value,
        );
        for (const heading of WIDE[action] ?? []) {
          assert.ok(header.includes(heading), `a ${heading} column`);
          assert.equal(
            sheet.columnWidths[columnName(header.indexOf(heading))],
            280,
            `${heading}: a fixed 280 pt`,
          );
        }
        assert.ok(Object.keys(sheet.columnWidths).length > 0, "widths set by autofit");
        assert.equal(
          sheet.cells[cellAddress(block.rowCount - 1, 0)].value,
          sourceLine(),
          "the source line last",
        );
      }
      if (action === "table") {
        const n = records().length;
        assert.equal(sheet.tables.length, 1);
        assert.equal(
          sheet.tables[0].range,
          rectAddress({ row: 1, column: 0, rowCount: n + 1, columnCount: block.columnCount }),
        );
      }
      if (action === "trade chart" || action === "poll chart") {
        const [chart] = sheet.charts;
        const frame = { row: block.rowCount + 1, column: 0, rowCount: 16, columnCount: 8 };
        assert.equal(
          cellsUnder(session.workbook.sheetByName(name), chart),
          rectAddress(frame),
          "under its block, one empty row between",
        );
      }

      // The same insert where that name, in another case, and the block's table name are taken.
      const tableName = sheet.tables[0]?.name;
      const occupied = {
        name: name.toUpperCase(),
        cells: { A1: "keep", A2: 1 },
        tables: tableName ? [{ name: tableName.toLowerCase(), range: "A1:A2" }] : [],
      };
      const again = await onNewSheet({ ...TAKEN, sheets: [...TAKEN.sheets, occupied] }, action);
      assert.equal(again.result.intent, "success", again.result.text);
      assert.equal(again.result.block.sheet, secondOf(name));
      assert.equal(again.result.after.activeSheet, secondOf(name));
      assert.deepEqual(
        again.result.changes.filter(
          (c) =>
            c.sheet !== secondOf(name) &&
            !(c.kind === "workbook" && c.key === "activeSheet") &&
            !isBlockMark(c, secondOf(name), again.result.block.address),
        ),
        [],
        "only the new sheet changes",
      );
      if (tableName) assert.equal(again.result.after.sheets[secondOf(name)].tables[0].name, `${tableName}_2`);
    });
  }

  test("a protected workbook structure refuses the new sheet and offers a cell instead; nothing is written", async () => {
    const { refused, result } = await onNewSheet({ ...TAKEN, protection: true }, "timeline");
    assert.deepEqual(refused.changes, []);
    assert.equal(result.intent, "warning", result.text);
    assert.match(result.text, /structure is protected.*nothing was inserted/i);
    assert.deepEqual(result.alternatives, ["pick-another-cell"]);
    assert.deepEqual(result.changes, [], "no sheet added, nothing written");
    assert.equal(result.wire.sync, 1, "refused after one round trip");
  });

  test("a new sheet needs no check of the active cell: a full, protected active sheet does not matter", async () => {
    const protectedSheet = { ...TAKEN.sheets[0], name: "Budget 2023", protection: true };
    const { refused, result } = await onNewSheet({ sheets: [protectedSheet] }, "stance matrix");
    assert.match(refused.text, /“Budget 2023” is protected/);
    assert.deepEqual(refused.alternatives, ["new-sheet"], "only a new sheet is offered");
    assert.equal(result.intent, "success", result.text);
    assert.equal(result.block.address.split(":")[0], "A1");
    const calls = result.requests.flatMap((r) => r.calls);
    assert.ok(!calls.some((call) => call.includes("getActiveCell")), "the active cell is not asked for");
    assert.deepEqual(result.after.sheets["Budget 2023"], result.before.sheets["Budget 2023"]);
    assert.equal(result.wire.sync, 2);
  });
});
