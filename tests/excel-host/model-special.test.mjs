/*
 * Special cells of the workbook model without a browser: which cells match, how areas are grouped, spills,
 * blanks, and the errors of bad arguments.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { parseRect, rectAddress } from "./a1.mjs";
import { buildWorkbook } from "./fixtures.mjs";
import { specialCells } from "./special.mjs";

const SHEET = {
  name: "S",
  cells: {
    "B2:D3": { formula: '=CA.RUTRADE("UZ")', value: 0.4 },
    B4: { formula: "=X()", value: "text" },
    E2: { formula: "=Y()", value: { error: "#N/A" } },
    A1: "label",
    A2: 5,
    A3: true,
    F6: 7,
  },
  spills: [{ anchor: "H2", formula: "=CA.INDICATORS()", values: [[1], [2], [3]] }],
};

/** The special cells of a range, as addresses. */
function special(address, cellType, valueType) {
  const wb = buildWorkbook({ sheets: [SHEET] });
  const rect = parseRect(address);
  assert.ok(rect);
  return specialCells(wb.sheets[0], [rect], cellType, valueType, "Range.getSpecialCells").map((r) =>
    rectAddress(r),
  );
}

test("formulas: rectangles grouped row by row; a spill's anchor is a formula, its spilled cells are not", () => {
  assert.deepEqual(special("A1:XFD1048576", "Formulas"), ["B2:E2", "H2", "B3:D3", "B4"]);
  assert.deepEqual(special("C1:C9", "Formulas"), ["C2:C3"]);
  assert.deepEqual(special("A1:Z99", "Formulas", "Errors"), ["E2"]);
  assert.deepEqual(special("A1:Z99", "Formulas", "Text"), ["B4"]);
  assert.deepEqual(special("A1:Z99", "Formulas", "Numbers"), ["B2:D3", "H2"]);
});

test("constants, by value type; spilled values are not constants", () => {
  assert.deepEqual(special("A:Z", "Constants"), ["A1:A3", "F6"]);
  assert.deepEqual(special("A:Z", "Constants", "Numbers"), ["A2", "F6"]);
  assert.deepEqual(special("A:Z", "Constants", "LogicalText"), ["A1", "A3"]);
  assert.deepEqual(special("J1:K9", "Constants"), []);
});

test("blanks inside the used range, spilled cells excepted; visible is the range itself", () => {
  assert.deepEqual(special("E1:H3", "Blanks"), ["E1:H1", "F2:G2", "E3:G3"]);
  assert.deepEqual(special("B2:C3", "Visible"), ["B2:C3"]);
});

test("bad arguments: InvalidArgument; a type the host does not model: NotImplemented naming it", () => {
  assert.throws(() => special("A1:B2", "Nothing"), { code: "InvalidArgument" });
  assert.throws(() => special("A1:B2", "Formulas", "Numberz"), { code: "InvalidArgument" });
  assert.throws(() => special("A1:B2", "Blanks", "Numbers"), { code: "InvalidArgument" });
  assert.throws(() => special("A1:B2", "DataValidations"), {
    code: "NotImplemented",
    message: 'Excel host: Range.getSpecialCells("DataValidations") is not implemented',
  });
});

test("special cells of a whole sheet of 50,000 cells: the stored cells are searched, not the sheet's area", () => {
  const wb = buildWorkbook({
    sheets: [
      {
        name: "Big",
        fill: {
          "A1:J5000": ({ row, column }) =>
            (row + column) % 2 === 0 ? { formula: "=CA.X()", value: row } : row * 10 + column,
        },
      },
    ],
  });
  const sheet = wb.sheets[0];
  const areas = specialCells(
    sheet,
    [{ row: 0, column: 0, rowCount: 1_048_576, columnCount: 16_384 }],
    "Formulas",
    null,
    "x",
  );
  assert.equal(
    areas.reduce((n, r) => n + r.rowCount * r.columnCount, 0),
    25_000,
  );
  assert.equal(areas.length, 25_000, "a checkerboard has no two adjacent formulas");
});
