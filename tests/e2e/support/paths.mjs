/** Where the browser tests find the build and office.js (the browser: tests/excel-host/browser.mjs). */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { OFFICE_DIST, OFFICE_HOSTED } from "../../excel-host/shim.mjs";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
export const DIST = join(ROOT, "dist");
/** The office.js package's files, which answer Microsoft's CDN in the tests. */
export { OFFICE_DIST };
/** Microsoft's CDN, as the pages name it; the tests answer it from the npm package. */
export const OFFICE_PREFIX = OFFICE_HOSTED;
export const TOTAL_RECORDS = 79;
