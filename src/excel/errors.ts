/*
 * Excel's errors, as the user should read them: Office.js error codes become sentences for the pane, and an
 * error during an insert becomes a refusal that says whether anything was written.
 */
import { BOTH_ALTERNATIVES, refuse, type InsertOutcome } from "./contract";

/** The newest requirement set the guard uses (Range.getMergedAreasOrNullObject). */
export const REQUIRED_API = { name: "ExcelApi", version: "1.13" } as const;

/** The error code Office.js puts on a failed request ("InvalidArgument", "AccessDenied", …), if any. */
export function excelErrorCode(error: unknown): string | null {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === "string" && code !== "") return code;
  }
  return null;
}

/** Sentences for Excel's error codes. A Map, so a code such as "constructor" finds nothing inherited. */
const ERROR_MESSAGES: ReadonlyMap<string, string> = new Map([
  [
    "InvalidOperationInCellEditMode",
    "Excel is busy editing a cell. Press Enter or Esc to finish editing, then try again.",
  ],
  [
    "AccessDenied",
    "Excel did not allow the change: the sheet or workbook may be protected, shared read-only, or opened in view mode.",
  ],
  [
    "ItemAlreadyExists",
    "A sheet or table with that name already exists (it may have been added meanwhile). Try again: a new name will be chosen.",
  ],
  [
    "InvalidArgument",
    "Excel could not place the insert there: it may run past the edge of the sheet. Pick a cell nearer the top-left, or insert on a new sheet.",
  ],
  ["InvalidReference", "The selected cell or sheet is no longer available. Select a cell and try again."],
  ["ItemNotFound", "The selected cell or sheet is no longer available. Select a cell and try again."],
  ["InvalidSelection", "Excel cannot insert into the current selection. Select a single cell and try again."],
  [
    "InvalidOperation",
    "Excel refused the operation in the current state of the workbook. Try again, or insert on a new sheet.",
  ],
  [
    "MergedRangeConflict",
    "The insert would overlap merged cells. Pick another cell, or insert on a new sheet.",
  ],
  [
    "InsertDeleteConflict",
    "The insert conflicts with a table or a filtered range nearby. Pick another cell, or insert on a new sheet.",
  ],
  [
    "FilteredRangeConflict",
    "The insert would overlap a filtered range. Clear the filter, pick another cell, or insert on a new sheet.",
  ],
  [
    "PivotTableRangeConflict",
    "The insert would overlap a PivotTable. Pick another cell, or insert on a new sheet.",
  ],
  [
    "NonBlankCellOffSheet",
    "The insert would push data off the edge of the sheet. Pick another cell, or insert on a new sheet.",
  ],
  ["RangeExceedsLimit", "The insert is larger than Excel accepts in one request."],
  ["OperationCellsExceedLimit", "The insert touches more cells than Excel accepts in one request."],
  [
    "ApiNotFound",
    `This version of Excel lacks a feature the add-in needs (${REQUIRED_API.name} ${REQUIRED_API.version}). Use Microsoft 365, Office 2021 or later, or Excel on the web.`,
  ],
  ["UnsupportedFeature", "This version or platform of Excel does not support this kind of insert."],
  ["NotImplemented", "This version or platform of Excel does not support this kind of insert."],
  ["Conflict", "Someone else changed the workbook at the same time. Try again."],
  ["RequestAborted", "Excel stopped the request (it may have been busy). Try again."],
  ["InactiveWorkbook", "The workbook is not active any more. Click into it and try again."],
  ["GeneralException", "Excel reported an internal error. Try again; if it persists, insert on a new sheet."],
]);

/** A readable sentence for an error thrown by Excel.run, for the pane's status line. */
export function describeExcelError(error: unknown): string {
  const code = excelErrorCode(error);
  const known = code === null ? undefined : ERROR_MESSAGES.get(code);
  if (known !== undefined) return known;
  const detail =
    error instanceof Error || (typeof error === "object" && error !== null && "message" in error)
      ? String((error as { message: unknown }).message)
      : String(error);
  const said = detail.trim() === "" ? "" : `: ${detail.trim().replace(/\.$/, "")}`;
  return code !== null ? `Excel reported an error (${code})${said}.` : `Something went wrong${said}.`;
}

export type Phase = "check" | "write";

export function refusalFromError(error: unknown, phase: Phase, where: string): InsertOutcome {
  const code = excelErrorCode(error);
  const description = describeExcelError(error);
  if (code === "InvalidOperationInCellEditMode")
    return refuse("cell-edit-mode", `${description} Nothing was inserted.`, []);
  const consequence =
    phase === "check"
      ? "Nothing was inserted."
      : `The insert may be incomplete: check ${where} and delete any partial output.`;
  return refuse(
    "excel-error",
    `${description} ${consequence}`,
    code === "ApiNotFound" ? [] : BOTH_ALTERNATIVES,
  );
}
