/*
 * Excel without the guard's APIs (before ExcelApi 1.13, which brings Range.getMergedAreasOrNullObject): the pane
 * refuses to insert at the selected cell without sending anything to Excel and offers a new sheet, which works
 * with the older API alone. The host plays that Excel (ApiNotFound for newer members) while Office reports its
 * requirement sets. With ExcelApi 1.13 exactly, inserting at the active cell works.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { ACTIONS, REQUIREMENTS, describeWorkbook } from "../support/workbook.mjs";
import { dataSheet } from "../support/written.mjs";

const DATA = dataSheet();

/** Requirement sets of an Office that reports no ExcelApi at all. */
const WITHOUT_EXCEL_API = Object.fromEntries(
  Object.entries(REQUIREMENTS.excel112).filter(([name]) => name !== "ExcelApi"),
);

describeWorkbook("Excel without the guard's APIs, through Excel's own client", (pane) => {
  for (const action of Object.keys(ACTIONS)) {
    test(`ExcelApi 1.12, ${action}: refused at the selected cell without any request; a new sheet works`, async () => {
      const session = await pane.open(DATA, { requirements: REQUIREMENTS.excel112, excelApi: "1.12" });
      const refused = await pane.act(session, action);
      assert.equal(refused.intent, "warning", refused.text);
      assert.match(refused.text, /needs ExcelApi 1\.13/);
      assert.deepEqual(refused.alternatives, ["new-sheet"], "only a new sheet is offered");
      assert.equal(refused.wire.processQuery, 0, "nothing was sent to Excel");
      assert.deepEqual(refused.changes, []);

      const result = await pane.act(session, "new sheet");
      assert.equal(result.intent, "success", result.text);
      assert.equal(result.block.address.split(":")[0], "A1");
      assert.notEqual(result.block.sheet, "Data");
      assert.deepEqual(result.errors, [], "no member newer than ExcelApi 1.12 was used");
      assert.equal(result.wire.sync, 2);
    });
  }

  test("an Office reporting no ExcelApi at all: the same refusal, without any request", async () => {
    const session = await pane.open(DATA, { requirements: WITHOUT_EXCEL_API, excelApi: "1.12" });
    const refused = await pane.act(session, "table");
    assert.match(refused.text, /needs ExcelApi 1\.13/);
    assert.deepEqual(refused.alternatives, ["new-sheet"]);
    assert.equal(refused.wire.processQuery, 0);
  });

  for (const action of ["table", "trade chart", "timeline"]) {
    test(`ExcelApi 1.13: ${action} is checked and inserted at the selected cell`, async () => {
      const session = await pane.open(DATA, { requirements: REQUIREMENTS.excel113, excelApi: "1.13" });
      const result = await pane.act(session, action);
      assert.equal(result.intent, "success", result.text);
      assert.deepEqual(result.block?.sheet, "Data");
      assert.deepEqual(result.errors, []);
      assert.equal(result.wire.sync, 2);
    });
  }
});
