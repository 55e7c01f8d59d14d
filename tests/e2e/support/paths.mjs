/** Where the browser tests find the build, office.js and the browser. */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CHROMIUM_PATH } from "../../excel-host/browser.mjs";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
export const DIST = join(ROOT, "dist");
export const OFFICE_DIST = join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
/** The browser: the same one the workbook host's tests use. */
export const CHROMIUM = CHROMIUM_PATH;
/** Microsoft's CDN, as the pages name it; the tests answer it from the npm package. */
export const OFFICE_PREFIX = "https://appsforoffice.microsoft.com/lib/1/hosted/";
export const TOTAL_RECORDS = 71;

export const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

export const browserMissing = !existsSync(CHROMIUM);
