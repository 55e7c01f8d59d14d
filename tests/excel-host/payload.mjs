/*
 * Excel on the web's payload limit: "Excel on the web has a payload size limit for requests and responses of
 * 5MB. RichAPI.Error will be thrown if that limit is exceeded." (learn.microsoft.com, "Resource limits and
 * performance optimization for Office Add-ins", Excel add-ins). Desktop Excel has no such limit.
 *
 * How it reaches the add-in: Excel on the web answers the request through Office's host channel with the
 * OfficeJs error 5103 (request) or 5104 (response); RichApiMessageUtility.buildResponseOnError turns that into
 * ErrorCode "RequestPayloadSizeLimitExceeded" / "ResponsePayloadSizeLimitExceeded", HTTP status 400, and the
 * message of Office's string table (L_RequestPayloadSizeLimitExceededMessage, …), from which the client raises
 * an OfficeExtension.Error with that code and message (excel-web-16.00.debug.js). The host answers over HTTP, so
 * it sends the same code and message as a request-level Error ({ Error: { Code, Message, HttpStatusCode: 400 } },
 * no action index), which the client raises the same way.
 *
 * Inferred: "5MB" is read as 5,000,000 bytes of UTF-8 JSON (the stricter reading, so a product that fits passes
 * either); a request over the limit runs nothing; a response over it replaces the answer, the request's actions
 * having run (the host cannot take them back, and no source says Excel does).
 */

export const WEB_PAYLOAD_LIMIT = 5_000_000;

const DOCS =
  '"https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins"';

export const PAYLOAD_ERRORS = Object.freeze({
  request: {
    code: "RequestPayloadSizeLimitExceeded",
    message: `The request payload size has exceeded the limit. Please refer to the documentation: ${DOCS}.`,
  },
  response: {
    code: "ResponsePayloadSizeLimitExceeded",
    message: `The response payload size has exceeded the limit. Please refer to the documentation: ${DOCS}.`,
  },
});

/**
 * The limits of a host: payloadLimit a number of bytes for both directions, { request, response }, or null (no
 * limit); undefined: the web's 5,000,000 bytes on the web platform, none on desktop.
 * @param {number | null | { request?: number | null, response?: number | null } | undefined} payloadLimit
 * @param {"web" | "desktop"} platform
 * @returns {{ request: number | null, response: number | null }}
 */
export function payloadLimits(payloadLimit, platform) {
  if (payloadLimit === undefined) payloadLimit = platform === "web" ? WEB_PAYLOAD_LIMIT : null;
  if (payloadLimit === null || typeof payloadLimit === "number")
    return { request: payloadLimit, response: payloadLimit };
  return { request: payloadLimit.request ?? null, response: payloadLimit.response ?? null };
}

/** The answer body of a payload error. @param {"request" | "response"} which */
export function payloadErrorBody(which) {
  const { code, message } = PAYLOAD_ERRORS[which];
  return { Error: { Code: code, Message: message, HttpStatusCode: 400 } };
}
