/*
 * Excel errors reach the pane as readable messages with the right reason, and outside Excel every action
 * explains that inserting needs Excel.
 */
import { RECORDS, RECORDS_BY_ID } from "../../src/core/dataset";
import { NO_EXCEL_MESSAGE, createExcelActions, createPreviewActions } from "../../src/excel/actions";
import { describeExcelError, excelErrorCode } from "../../src/excel/errors";
import { createExcelMock } from "../support/excelMock";

const officeError = (code: string, message = "Internal detail") =>
  Object.assign(new Error(message), { code });
const UZ = RECORDS_BY_ID.get("trade-growth.UZ") ?? RECORDS[0];

describe("describeExcelError", () => {
  test.each([
    ["InvalidOperationInCellEditMode", /editing a cell.*Press Enter or Esc/],
    ["AccessDenied", /did not allow the change.*protected/],
    ["ItemAlreadyExists", /already exists.*Try again/],
    ["InvalidArgument", /edge of the sheet/],
    ["GeneralException", /internal error.*Try again/],
    ["ApiNotFound", /ExcelApi 1\.13/],
    ["MergedRangeConflict", /merged cells/],
    ["FilteredRangeConflict", /filter/],
    ["PivotTableRangeConflict", /PivotTable/],
    ["InactiveWorkbook", /not active/],
  ])("%s → a sentence the user can act on", (code, expected) => {
    const message = describeExcelError(officeError(code));
    expect(message).toMatch(expected);
    expect(message).not.toContain("Internal detail");
    expect(message).not.toContain(code);
  });

  test("unknown codes keep Excel's own words and the code", () => {
    expect(describeExcelError(officeError("SomethingNew", "The thing broke."))).toBe(
      "Excel reported an error (SomethingNew): The thing broke.",
    );
  });

  test.each(["constructor", "toString", "__proto__", "hasOwnProperty"])(
    "a code named like an Object.prototype member (%s) is just an unknown code",
    (code) => {
      expect(describeExcelError(officeError(code, "Odd."))).toBe(`Excel reported an error (${code}): Odd.`);
    },
  );

  test("errors without a code, strings and nothing at all", () => {
    expect(describeExcelError(new Error("Network down"))).toBe("Something went wrong: Network down.");
    expect(describeExcelError("timeout")).toBe("Something went wrong: timeout.");
    expect(describeExcelError(undefined)).toBe("Something went wrong: undefined.");
    expect(describeExcelError({ code: "", message: "" })).toBe("Something went wrong.");
  });

  test("excelErrorCode reads the code Office.js sets", () => {
    expect(excelErrorCode(officeError("AccessDenied"))).toBe("AccessDenied");
    expect(excelErrorCode(new Error("x"))).toBeNull();
    expect(excelErrorCode(null)).toBeNull();
  });
});

describe("errors raised while inserting", () => {
  test("cell-edit mode: reason cell-edit-mode, nothing inserted, no alternative (finish editing first)", async () => {
    const mock = createExcelMock({
      failSync: { at: 1, code: "InvalidOperationInCellEditMode", message: "Edit mode" },
    });
    const outcome = await createExcelActions(mock.run, () => true).insertValue(UZ, "active-cell");
    expect(outcome).toEqual({
      ok: false,
      reason: "cell-edit-mode",
      message:
        "Excel is busy editing a cell. Press Enter or Esc to finish editing, then try again. Nothing was inserted.",
      alternatives: [],
    });
    expect(mock.wroteAnything()).toBe(false);
  });

  test("an error in the first sync: nothing was inserted", async () => {
    const mock = createExcelMock({ failSync: { at: 1, code: "AccessDenied", message: "denied" } });
    const outcome = await createExcelActions(mock.run, () => true).insertTimeline("active-cell");
    expect(outcome).toMatchObject({
      ok: false,
      reason: "excel-error",
      alternatives: ["pick-another-cell", "new-sheet"],
    });
    expect(outcome.message).toMatch(/did not allow the change.*Nothing was inserted\.$/);
  });

  test("an error in the write sync: the user is told where to look for partial output", async () => {
    const mock = createExcelMock({
      activeCell: "B3",
      failSync: { at: 2, code: "GeneralException", message: "boom" },
    });
    const outcome = await createExcelActions(mock.run, () => true).insertTable(
      RECORDS.slice(0, 4),
      "Four",
      "active-cell",
    );
    expect(outcome).toMatchObject({ ok: false, reason: "excel-error" });
    expect(outcome.message).toContain("The insert may be incomplete: check B3:I9 on “Sheet1”");
  });

  test("a sheet name taken meanwhile (ItemAlreadyExists) on a new sheet", async () => {
    const mock = createExcelMock({ failSync: { at: 2, code: "ItemAlreadyExists", message: "exists" } });
    const outcome = await createExcelActions(mock.run, () => true).insertStanceMatrix("new-sheet");
    expect(outcome).toMatchObject({ ok: false, reason: "excel-error" });
    expect(outcome.message).toMatch(/already exists.*check A1:H9 on “Stances”/);
  });

  test("an exception thrown by Excel.run itself is mapped too", async () => {
    const actions = createExcelActions(
      () => Promise.reject(officeError("InvalidOperationInCellEditMode")),
      () => true,
    );
    expect(await actions.insertTimeline("new-sheet")).toMatchObject({ ok: false, reason: "cell-edit-mode" });
  });
});

describe("Excel without the guard's APIs (before ExcelApi 1.13)", () => {
  test("inserting at the selected cell is refused without touching the workbook; a new sheet is offered", async () => {
    const mock = createExcelMock();
    const actions = createExcelActions(mock.run, () => false);
    const outcome = await actions.insertTable(RECORDS.slice(0, 2), "Two", "active-cell");
    expect(outcome).toMatchObject({ ok: false, reason: "excel-error", alternatives: ["new-sheet"] });
    expect(outcome.message).toContain("ExcelApi 1.13");
    expect(mock.recorder.calls).toEqual([]);
  });

  test("a new sheet still works", async () => {
    const mock = createExcelMock();
    const outcome = await createExcelActions(mock.run, () => false).insertTable(
      RECORDS.slice(0, 2),
      "Two",
      "new-sheet",
    );
    expect(outcome).toMatchObject({ ok: true, address: "Two!A1:H5" });
  });
});

describe("createPreviewActions (the pane outside Excel)", () => {
  const preview = createPreviewActions();
  test.each([
    ["insertValue", () => preview.insertValue(UZ, "active-cell")],
    ["insertFormula", () => preview.insertFormula(UZ, "new-sheet")],
    ["insertTable", () => preview.insertTable(RECORDS, "All", "active-cell")],
    ["insertComparisonChart", () => preview.insertComparisonChart("trade-growth", "active-cell")],
    ["insertStanceMatrix", () => preview.insertStanceMatrix("new-sheet")],
    ["insertTimeline", () => preview.insertTimeline("active-cell")],
  ])("%s says inserting needs Excel and what can be done here", async (_, act) => {
    expect(await act()).toEqual({
      ok: false,
      reason: "no-excel",
      message: NO_EXCEL_MESSAGE,
      alternatives: [],
    });
    expect(NO_EXCEL_MESSAGE).toBe(
      "Inserting needs Excel: open this add-in in Excel (desktop or on the web). Here you can browse, copy and download CSV.",
    );
  });
});
