/*
 * Errors of the workbook host, as Excel reports them on the wire.
 *
 * An action that fails is answered inside an HTTP 200 response, the way Excel's RichApi answers: the results of
 * the actions before it, then
 *   "Error": { "Code": "InvalidArgument", "Message": "…", "HttpStatusCode": 400, "Location": "Range.getResizedRange",
 *              "ActionIndex": 7 }
 * ClientRequestContext.processRequestExecutorResponseMessage (excel-web-16.00.debug.js) turns that into an
 * OfficeExtension.Error with error.code = Code, error.message = Message and error.debugInfo.errorLocation =
 * Location; ActionIndex (the failing action's index in Actions) lets the client print the statement.
 * A request the host cannot read at all gets HTTP 400 with { "error": { "code", "message" } }, the body that
 * CoreUtility._parseErrorResponse reads.
 *
 * Messages: InvalidArgument's is Excel's own (quoted with errorLocation "WorksheetProtection.protect" in
 * OfficeDev/office-js-docs#1185); ItemAlreadyExists's is Excel's own (OfficeDev/office-js#2875,
 * OfficeDev/office-scripts-docs#560); InvalidOperationInCellEditMode's is the client's own resource string
 * (excel-web-16.00.debug.js). The others are the host's wording; their codes are Excel.ErrorCodes.
 */

export class HostError extends Error {
  /**
   * @param {string} code an Excel.ErrorCodes value ("InvalidArgument", "AccessDenied", …)
   * @param {string} message
   * @param {number} httpStatus
   * @param {string} [location] "Class.member", as Excel's debugInfo.errorLocation
   */
  constructor(code, message, httpStatus, location) {
    super(message);
    this.name = "HostError";
    this.code = code;
    this.httpStatus = httpStatus;
    this.location = location ?? "";
  }
}

export const MESSAGES = Object.freeze({
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  ItemAlreadyExists: "A resource with the same name or identifier already exists.",
  AccessDenied: "You cannot perform the requested operation.",
  ItemNotFound: "The requested resource doesn't exist.",
  InvalidOperation: "The requested operation is invalid.",
  InvalidReference: "This reference isn't valid for the current operation.",
  MergedRangeConflict: "Cannot perform the operation on a merged range.",
  InvalidOperationInCellEditMode:
    "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
  GeneralException: "There was an internal error while processing the request.",
});

const STATUS = Object.freeze({
  InvalidArgument: 400,
  InvalidOperation: 400,
  InvalidReference: 400,
  MergedRangeConflict: 400,
  InsertDeleteConflict: 400,
  RangeExceedsLimit: 400,
  AccessDenied: 403,
  ItemNotFound: 404,
  ItemAlreadyExists: 409,
  InvalidOperationInCellEditMode: 400,
  NotImplemented: 501,
  GeneralException: 500,
  ResponsePayloadSizeLimitExceeded: 400,
});

/**
 * An error with Excel's message for its code unless one is given.
 * @param {string} code @param {string} location @param {string} [message]
 */
export function excelError(code, location, message) {
  return new HostError(code, message ?? MESSAGES[code] ?? code, STATUS[code] ?? 400, location);
}

/** @param {string} location @param {string} [message] */
export const invalidArgument = (location, message) => excelError("InvalidArgument", location, message);
/** @param {string} location @param {string} [message] */
export const accessDenied = (location, message) => excelError("AccessDenied", location, message);
/** @param {string} location */
export const itemAlreadyExists = (location) => excelError("ItemAlreadyExists", location);
/** @param {string} location @param {string} [message] */
export const itemNotFound = (location, message) => excelError("ItemNotFound", location, message);
/** @param {string} location @param {string} [message] */
export const invalidOperation = (location, message) => excelError("InvalidOperation", location, message);

/**
 * Anything the host does not model: the message names the call, so that nothing passes silently.
 * @param {string} what "Range.foo", "Range.foo (set)", "ObjectPathType 2", …
 */
export function notImplemented(what) {
  return new HostError("NotImplemented", `Excel host: ${what} is not implemented`, 501, what);
}

/**
 * The error for getMergedAreasOrNullObject over a range holding more merged areas than Excel returns. The Excel
 * documentation says only that the method "will fail to return the result" above 512 areas; it does not name
 * the error, so the code is configurable (Workbook options) and defaults to InvalidOperation.
 * @param {{ count: number, code: string }} limit @param {number} found
 */
export function mergedAreasLimit(limit, found) {
  return new HostError(
    limit.code,
    `The range holds ${found} merged areas, more than the ${limit.count} that getMergedAreasOrNullObject returns.`,
    STATUS[limit.code] ?? 400,
    "Range.getMergedAreasOrNullObject",
  );
}

/** A request body the host cannot read (answered with HTTP 400 and { error: { code, message } }). */
export class BadRequest extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "BadRequest";
  }
}
