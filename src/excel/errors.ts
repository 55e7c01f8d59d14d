/*
 * Excel's errors, as the user should read them: Office.js error codes become sentences for the pane, and an
 * error during an insert becomes a refusal that says whether anything was written.
 */
import { BOTH_ALTERNATIVES, refuse, type InsertOutcome } from "./contract";
import { EN_WORKBOOK, type WorkbookTexts } from "./i18n";

export { REQUIRED_API } from "./requirements";

/** Excel's error codes the add-in explains in its own words. */
export const EXCEL_ERROR_CODES = [
  "InvalidOperationInCellEditMode",
  "AccessDenied",
  "ItemAlreadyExists",
  "InvalidArgument",
  "InvalidReference",
  "ItemNotFound",
  "InvalidSelection",
  "InvalidOperation",
  "MergedRangeConflict",
  "InsertDeleteConflict",
  "FilteredRangeConflict",
  "PivotTableRangeConflict",
  "NonBlankCellOffSheet",
  "RangeExceedsLimit",
  "OperationCellsExceedLimit",
  "ApiNotFound",
  "UnsupportedFeature",
  "NotImplemented",
  "Conflict",
  "RequestAborted",
  "InactiveWorkbook",
  "GeneralException",
] as const;
export type ExcelErrorCode = (typeof EXCEL_ERROR_CODES)[number];

/** The error code Office.js puts on a failed request ("InvalidArgument", "AccessDenied", …), if any. */
export function excelErrorCode(error: unknown): string | null {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === "string" && code !== "") return code;
  }
  return null;
}

/** Where Excel says it failed (debugInfo.errorLocation, "WorksheetCollection.add"), if it says. */
export function excelErrorLocation(error: unknown): string | null {
  if (typeof error !== "object" || error === null) return null;
  const location = (error as { debugInfo?: { errorLocation?: unknown } }).debugInfo?.errorLocation;
  return typeof location === "string" && location !== "" ? location : null;
}

/** The sentence for a code; own keys only, so a code such as "constructor" finds nothing inherited. */
function sentenceFor(code: string, texts: WorkbookTexts): string | undefined {
  return Object.prototype.hasOwnProperty.call(texts.errors, code)
    ? texts.errors[code as ExcelErrorCode]
    : undefined;
}

/** A readable sentence for an error thrown by Excel.run, for the pane's status line. */
export function describeExcelError(error: unknown, texts: WorkbookTexts = EN_WORKBOOK): string {
  const code = excelErrorCode(error);
  const known = code === null ? undefined : sentenceFor(code, texts);
  if (known !== undefined) return known;
  const detail =
    error instanceof Error || (typeof error === "object" && error !== null && "message" in error)
      ? String((error as { message: unknown }).message)
      : String(error);
  const said = detail.trim() === "" ? "" : `: ${detail.trim().replace(/\.$/, "")}`;
  return code !== null ? texts.excelReported(code, said) : texts.somethingWrong(said);
}

export type Phase = "check" | "write";

export function refusalFromError(
  error: unknown,
  phase: Phase,
  where: string,
  texts: WorkbookTexts = EN_WORKBOOK,
): InsertOutcome {
  const code = excelErrorCode(error);
  const description = describeExcelError(error, texts);
  if (code === "InvalidOperationInCellEditMode")
    return refuse("cell-edit-mode", `${description} ${texts.nothingInserted}`, []);
  const consequence = phase === "check" ? texts.nothingInserted : texts.mayBeIncomplete(where);
  return refuse(
    "excel-error",
    `${description} ${consequence}`,
    code === "ApiNotFound" ? [] : BOTH_ALTERNATIVES,
  );
}
