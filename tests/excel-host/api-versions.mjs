/*
 * The ExcelApi requirement set of each member, read from the Excel client itself (each member of
 * excel-web-16.00.debug.js starts with _throwIfApiNotSupported("Range.hasSpill", _defaultApiSetName, "1.12")),
 * so the host can play an older Excel: with a limit such as "1.12" it answers ApiNotFound for newer members.
 *
 * The check belongs to the host because the client's own is off: excel-web-16.00.js ends with
 * OfficeExtension.Utility._doApiNotSupportedCheck = true, but throwIfApiNotSupported reads
 * CommonUtility._doApiNotSupportedCheck, which stays false, so the client sends every call and the Excel that
 * lacks it answers. The message is the client's own template (CoreResourceStrings.apiNotFoundDetails).
 */
import { HostError } from "./errors.mjs";
import { excelClientSource } from "./shim.mjs";

/**
 * Members the npm client lacks (the stand-ins of client-standins.mjs): ExcelApi 1.16 and 1.18, and a preview
 * member ("BETA" sorts after every version).
 */
const EXTRA = {
  "Range.valuesAsJson": "1.16",
  "Range.valuesAsJsonLocal": "1.16",
  "Workbook.use1904DateSystem": "BETA",
  ...Object.fromEntries(
    [
      "Workbook.notes",
      "Worksheet.notes",
      ...["add", "getCount", "getItem", "getItemAt", "getItemOrNullObject"].map((m) => `NoteCollection.${m}`),
      ...["authorName", "content", "height", "visible", "width", "delete", "getLocation"].map(
        (m) => `Note.${m}`,
      ),
    ].map((member) => [member, "1.18"]),
  ),
};

let cache = null;

/** "Class.member" → ExcelApi version. @returns {Map<string, string>} */
function apiVersions() {
  if (cache) return cache;
  const source = excelClientSource(true);
  const start = source.indexOf('var _defaultApiSetName = "ExcelApi";');
  const end = source.indexOf("var _EndExcel", start);
  const section = start < 0 ? "" : source.slice(start, end < 0 ? undefined : end);
  cache = new Map(Object.entries(EXTRA));
  for (const m of section.matchAll(
    /_throwIfApiNotSupported\("([A-Za-z0-9]+\.[A-Za-z0-9_]+)", _defaultApiSetName, "([\d.]+)"/g,
  )) {
    if (!cache.has(m[1])) cache.set(m[1], m[2]);
  }
  return cache;
}

/** Compares "1.9" and "1.13" as versions; "BETA" is above all. */
function compareVersions(a, b) {
  if (a === b) return 0;
  if (a === "BETA") return 1;
  if (b === "BETA") return -1;
  const x = a.split(".").map(Number);
  const y = b.split(".").map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++)
    if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

/**
 * Throws ApiNotFound when the member needs a newer ExcelApi than `limit` (null: no limit).
 * @param {string | null} limit @param {string} type @param {string} member camelCase
 */
export function requireApi(limit, type, member) {
  if (!limit) return;
  const version = apiVersions().get(`${type}.${member}`);
  if (version === undefined || compareVersions(version, limit) <= 0) return;
  const name = `${type}.${member}`;
  throw new HostError(
    "ApiNotFound",
    `The method or property ${name} is part of the ExcelApi ${version} requirement set, which is not available in your version of Excel.`,
    404,
    name,
  );
}
