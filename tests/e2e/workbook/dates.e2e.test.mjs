/*
 * Dates in the workbook's own date system: the timeline's Start and End are the same days in a 1900 and in a
 * 1904 workbook (Excel stores 1462 fewer days in the latter; Mac workbooks of old use it).
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { dateSerial } from "../../excel-host/numfmt.mjs";
import { describeWorkbook } from "../support/workbook.mjs";
import { dataSheet } from "../support/written.mjs";

/** The timeline's rows by their Date label: { Start, End } values as written. */
function timelineRows(snapshot, first) {
  const cells = snapshot.sheets.Data.cells;
  const rows = new Map();
  for (let row = first; cells[`B${row}`] !== undefined; row++) {
    rows.set(String(cells[`B${row}`].value), {
      start: cells[`C${row}`]?.value ?? "",
      end: cells[`D${row}`]?.value,
      format: cells[`D${row}`]?.numberFormat,
    });
  }
  return rows;
}

describeWorkbook("Timeline dates in both of Excel's date systems", (pane) => {
  for (const date1904 of [false, true]) {
    test(`a ${date1904 ? "1904" : "1900"} workbook: Oct 2022 runs from 1 to 31 October 2022`, async () => {
      const session = await pane.open({ ...dataSheet("B3"), use1904DateSystem: date1904 });
      const result = await pane.act(session, "timeline");
      assert.equal(result.intent, "success", result.text);
      // Title B3, header B4, events from B5.
      const october = timelineRows(result.after, 5).get("Oct 2022");
      assert.ok(october, "the timeline has the October 2022 event");
      assert.deepEqual(october, {
        start: dateSerial(2022, 10, 1, date1904),
        end: dateSerial(2022, 10, 31, date1904),
        format: "d mmm yy",
      });
      assert.equal(
        result.wire.sync,
        2,
        "the date system is learnt in the check, not in a round trip of its own",
      );
    });
  }
});
