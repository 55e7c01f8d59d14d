/*
 * Test harness: a page served by the workbook host that loads the Excel client and the shim (as office.js), in
 * Chromium, so a test can run real Excel API calls (Excel.run) against a workbook it described.
 *
 *   const { skip, withPage } = browserSuite();     // skip: Chromium is missing (a notice is printed)
 *   describe("…", { skip }, () => {
 *     test("…", () =>
 *       withPage({ sheets: [{ name: "Data", cells: { A1: 1 } }] }, async (open) => {
 *         const result = await open.run(() => excelTry(async (context) => { … }));
 *         // result: { value } or { error: { code, message, location, isOfficeError } }
 *       }));
 *   });
 *
 * Also postQuery(host, body): one ProcessQuery POST without a browser.
 */
/* global Office -- page.evaluate functions run in the page */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { browserStatus, launchBrowser } from "./browser.mjs";
import { buildWorkbook } from "./fixtures.mjs";
import { startExcelHost } from "./server.mjs";
import { OFFICE_HOSTED, routeOfficeToHost } from "./shim.mjs";
import { Workbook } from "./workbook.mjs";

/** In-page helpers: excelTry runs one Excel.run and reports its value or the OfficeExtension.Error. */
const PAGE_HELPERS = `
window.excelError = (e) => ({ code: e && e.code, message: e && e.message, location: e && e.debugInfo && e.debugInfo.errorLocation,
  isOfficeError: typeof OfficeExtension !== "undefined" && e instanceof OfficeExtension.Error });
Office.initialize = (reason) => { window.officeInitialized = reason; };
window.excelTry = async (batch) => {
  await Office.onReady();
  try { return { value: await Excel.run(batch) }; } catch (e) { return { error: excelError(e) }; }
};`;

const TEST_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Excel host test</title>
<script src="${OFFICE_HOSTED}office.js"></script><script>${PAGE_HELPERS}</script></head><body>Excel host test page</body></html>`;

/**
 * Registers the browser's lifecycle on node:test: one Chromium for the file. Without Chromium the suite is
 * skipped with a printed notice, or fails when REQUIRE_BROWSER=1. withPage(description, body, options): see
 * withPage below.
 */
export function browserSuite() {
  const status = browserStatus();
  /**
   * @type {{ skip: boolean, browser: Awaited<ReturnType<typeof launchBrowser>> | null,
   *   withPage: (description: any, body: (open: any) => Promise<void>, options?: any) => Promise<void> }}
   */
  const suite = {
    skip: !status.available,
    browser: null,
    withPage: (description, body, options) => withPage(suite.browser, description, body, options),
  };
  if (!status.available) {
    console.log(status.notice);
    if (process.env.REQUIRE_BROWSER === "1")
      test("a browser is available (REQUIRE_BROWSER=1)", () => assert.fail(status.notice));
    return suite;
  }
  before(async () => {
    suite.browser = await launchBrowser();
  });
  after(async () => {
    await suite.browser?.close();
  });
  return suite;
}

/**
 * A fresh page on a fresh host over the described workbook (or a given Workbook), with office.js routed to the
 * client + shim. shim: ShimConfig fields (requirements, displayLanguage, …); host: startExcelHost options.
 */
export async function openWorkbookPage(
  browser,
  description = {},
  { shim = {}, host: hostOptions = {} } = {},
) {
  const workbook = description instanceof Workbook ? description : buildWorkbook(description);
  const host = await startExcelHost({ workbook, pages: { "/test.html": TEST_PAGE }, ...hostOptions });
  const page = await browser.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  const { blocked } = await routeOfficeToHost(page, host, shim);
  await page.goto(`${host.origin}/test.html`);
  await page.evaluate(() => Office.onReady());
  return {
    host,
    page,
    workbook,
    blocked,
    problems,
    /** Runs a batch in the page through excelTry. */
    run: (batch, arg) => page.evaluate(batch, arg),
    async close() {
      await page.close();
      await host.close();
    },
  };
}

/**
 * Opens a page on the described workbook, runs `body(open)`, checks that the page raised no error, and always
 * closes the page and its host.
 */
async function withPage(browser, description, body, options) {
  const open = await openWorkbookPage(browser, description, options);
  try {
    await body(open);
    assert.deepEqual(open.problems, [], "no errors in the page");
  } finally {
    await open.close();
  }
}

/**
 * POSTs one ProcessQuery request to a host: a string as it is (to send what is not JSON), anything else as JSON.
 * @param {{ url: string }} host @param {unknown} body @returns {Promise<{ status: number, body: any }>}
 */
export async function postQuery(host, body) {
  const response = await fetch(`${host.url}/ProcessQuery?flags=0`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}
