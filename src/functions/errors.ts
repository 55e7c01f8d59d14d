import type { FailureCode } from "../core/result";

/**
 * Builds the error a custom function throws. CustomFunctions is a global of the Excel runtime (and of the
 * test shim); it is read only here, when a failure occurs, so that loading the bundle needs nothing.
 */
export function toExcelError(code: FailureCode, message: string): CustomFunctions.Error {
  const errorCode =
    code === "#N/A" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(errorCode, message);
}
