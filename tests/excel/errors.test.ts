/*
 * Excel's error codes become sentences the user can act on, and outside Excel every action explains that
 * inserting needs Excel. How an insert reports an error Excel raises (in the check or in the write, cell-edit
 * mode, an older Excel) is tested through Excel's own client: tests/e2e/workbook/errors.e2e.test.mjs and
 * workbook/old-excel.e2e.test.mjs.
 */
import { RECORDS } from "../../src/core/dataset";
import { NO_EXCEL_MESSAGE, createPreviewActions } from "../../src/excel/actions";
import { describeExcelError, excelErrorCode } from "../../src/excel/errors";
import { record } from "../support/records";

const officeError = (code: string, message = "Internal detail") =>
  Object.assign(new Error(message), { code });
const UZ = record("trade-growth.UZ");

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
