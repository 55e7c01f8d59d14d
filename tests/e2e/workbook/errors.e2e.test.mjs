/*
 * Excel's errors during an insert, injected at the request where Excel raises them (host.failNext, answered in
 * Excel's own error format, so the client throws an OfficeExtension.Error with the code): the pane shows a
 * sentence the user can act on, never Excel's internal words, and says what happened to the workbook —
 * "Nothing was inserted" when the check failed, "may be incomplete: check <where>" when the write did.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { describeWorkbook } from "../support/workbook.mjs";
import { assertOnlyBlockChanged, dataSheet } from "../support/written.mjs";

/** "Data" with the active cell at B3, and with B3 taken (every insert there is refused). */
const DATA = dataSheet();
const TAKEN = dataSheet("B3", { cells: { B3: "taken" } });

const CELL_EDIT_MODE =
  "Excel is busy editing a cell. Press Enter or Esc to finish editing, then try again. Nothing was inserted.";

describeWorkbook("Excel's errors while inserting, through Excel's own client", (pane) => {
  test("cell-edit mode in the check: refused with no alternative, nothing written", async () => {
    const session = await pane.open(DATA);
    session.host.failNext({ code: "InvalidOperationInCellEditMode", at: "check" });
    const result = await pane.act(session, "value");
    assert.equal(result.intent, "warning");
    assert.equal(result.text, CELL_EDIT_MODE);
    assert.deepEqual(result.alternatives, [], "finish editing first: no other way is offered");
    assert.deepEqual(result.changes, []);
    assert.deepEqual(
      result.errors.map((e) => e.code),
      ["InvalidOperationInCellEditMode"],
    );
    assert.equal(result.wire.sync, 1);
    assert.deepEqual(session.host.pendingFaults(), []);
  });

  test("cell-edit mode refusing a whole request, on a new sheet: the same refusal, no sheet added", async () => {
    const session = await pane.open(TAKEN);
    const refused = await pane.act(session, "timeline");
    assert.ok(refused.alternatives.includes("new-sheet"));
    session.host.failNext({ code: "InvalidOperationInCellEditMode", scope: "request" });
    const result = await pane.act(session, "new sheet");
    assert.equal(result.intent, "warning");
    assert.equal(result.text, CELL_EDIT_MODE);
    assert.deepEqual(result.alternatives, []);
    assert.deepEqual(result.changes, [], "no sheet added");
    assert.equal(result.wire.sync, 1, "Excel.run ends at the refused request");
  });

  test("an error in the check (AccessDenied): a readable reason and “Nothing was inserted”", async () => {
    const session = await pane.open(DATA);
    session.host.failNext({ code: "AccessDenied", at: "check", location: "Range.load" });
    const result = await pane.act(session, "timeline");
    assert.equal(result.intent, "warning");
    assert.match(result.text, /^Excel did not allow the change: .*protected.* Nothing was inserted\.$/);
    assert.doesNotMatch(result.text, /AccessDenied|You cannot perform the requested operation/);
    assert.deepEqual(result.alternatives, ["pick-another-cell", "new-sheet"]);
    assert.deepEqual(result.changes, []);
  });

  test("an error in the write (GeneralException at tables.add): “may be incomplete: check <block> on “Data””", async () => {
    const clean = await pane.act(await pane.open(DATA), "table");
    const { address } = clean.block;

    const session = await pane.open(DATA);
    session.host.failNext({ code: "GeneralException", at: "write", action: "tables.add(" });
    const result = await pane.act(session, "table");
    assert.equal(result.intent, "warning");
    assert.match(result.text, /^Excel reported an internal error\. Try again/);
    assert.ok(
      result.text.includes(
        `The insert may be incomplete: check ${address} on “Data” and delete any partial output.`,
      ),
      result.text,
    );
    assert.doesNotMatch(result.text, /There was an internal error while processing the request/);
    assert.deepEqual(result.alternatives, ["pick-another-cell", "new-sheet"]);
    // The writes queued before the failing one went in, inside the block only: the message is right to warn.
    assert.ok(result.changes.length > 0, "partial output");
    assertOnlyBlockChanged(result, { block: { address, sheet: "Data" }, sheetChanges: ["tables"] });
    assert.deepEqual(result.after.sheets.Data.tables, [], "no table was added");
    assert.equal(result.wire.sync, 2);
  });

  test("a sheet name taken meanwhile (ItemAlreadyExists) on a new sheet: nothing was inserted, nothing added", async () => {
    const clean = await pane.open(TAKEN);
    await pane.act(clean, "stance matrix");
    const { block } = await pane.act(clean, "new sheet");
    assert.ok(block, "a clean insert on a new sheet reports its block");

    const session = await pane.open(TAKEN);
    await pane.act(session, "stance matrix");
    session.host.failNext({
      code: "ItemAlreadyExists",
      at: "write",
      action: "worksheets.add(",
      location: "WorksheetCollection.add",
    });
    const result = await pane.act(session, "new sheet");
    assert.equal(result.intent, "warning");
    assert.match(result.text, /^A sheet or table with that name already exists/);
    // Adding the sheet is the first write: when it fails nothing else ran, and the sheet of that name is
    // someone else's, so the message must not send the user to delete "partial output" there.
    assert.match(result.text, /Nothing was inserted\.$/);
    assert.ok(!result.text.includes(block.sheet), result.text);
    assert.deepEqual(result.changes, [], "the sheet was not added");
    assert.deepEqual(
      result.errors.map((e) => e.code),
      ["ItemAlreadyExists"],
    );
  });

  test("a table name taken meanwhile (ItemAlreadyExists) on a new sheet: the sheet went in, so “may be incomplete”", async () => {
    const session = await pane.open(TAKEN);
    await pane.act(session, "stance matrix");
    session.host.failNext({
      code: "ItemAlreadyExists",
      at: "write",
      action: /\.name = /,
      location: "Table.name",
    });
    const result = await pane.act(session, "new sheet");
    assert.equal(result.intent, "warning");
    assert.match(result.text, /^A sheet or table with that name already exists/);
    const added = Object.keys(result.after.sheets).filter((name) => !(name in result.before.sheets));
    assert.equal(added.length, 1, "the sheet was added before the table's name failed");
    assert.ok(
      result.text.includes(`The insert may be incomplete: check A1:`) && result.text.includes(added[0]),
      result.text,
    );
    assert.doesNotMatch(result.text, /Nothing was inserted/);
  });
});
