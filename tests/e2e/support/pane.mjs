/*
 * The task-pane fixture: dist/ served on 127.0.0.1, one browser per test file, a fresh page per test (so no
 * test depends on another's state or order), and after each test a check that the page logged no
 * Content-Security-Policy violation and no console error beyond office.js's own outside-Office warnings.
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { after, afterEach, before, beforeEach, describe, test } from "node:test";
import { browserStatus } from "../../excel-host/browser.mjs";
import { launchBrowser, waitUntilReady, watchConsole } from "./browser.mjs";
import { DIST, OFFICE_DIST, OFFICE_PREFIX } from "./paths.mjs";
import { serveDist } from "./server.mjs";

/**
 * The one console error expected: a request this harness aborted (office.js's telemetry frame outside
 * Office, or office.js itself where a test blocks it). Anything else at error level fails the test.
 */
const EXPECTED_CONSOLE = [/^Failed to load resource: net::ERR_FAILED$/];

/**
 * Whether the browser tests can run (tests/excel-host/browser.mjs browserStatus). Without Chromium they are
 * skipped with a notice, or fail under REQUIRE_BROWSER=1 (CI).
 */
export function requireBrowser() {
  const status = browserStatus();
  if (!status.available) {
    console.log(status.notice);
    if (process.env.REQUIRE_BROWSER === "1") {
      test("a browser is available (REQUIRE_BROWSER=1)", () => assert.fail(status.notice));
    }
  }
  return status.available;
}

export function unexpectedConsole(errors) {
  return errors.filter((text) => !EXPECTED_CONSOLE.some((pattern) => pattern.test(text)));
}

/**
 * `describe` with a pane: `body(pane)` declares tests that use `pane.page` (loaded and ready), `pane.origin`,
 * `pane.context`, `pane.openPage(officeScript)` (a page whose office.js is replaced; null blocks it).
 */
export function describePane(name, body, { locale = "en-US" } = {}) {
  const available = requireBrowser();
  describe(name, { skip: !available }, () => {
    /**
     * @type {{
     *   page: import("playwright-core").Page,
     *   origin: string,
     *   context: import("playwright-core").BrowserContext,
     *   errors: string[],
     *   extraPages: { page: import("playwright-core").Page, errors: string[] }[],
     *   openPage: (officeScript?: string | null, path?: string) => Promise<{ page: import("playwright-core").Page, errors: string[] }>,
     * }}
     */
    const pane = /** @type {any} */ ({ origin: "", errors: [], extraPages: [] });
    let browser;
    let server;

    pane.openPage = async (officeScript, path = "/taskpane.html") => {
      const other = await pane.context.newPage();
      const errors = watchConsole(other);
      pane.extraPages.push({ page: other, errors });
      if (officeScript !== undefined) {
        // Page routes take precedence over the context's.
        await other.route(`${OFFICE_PREFIX}office.js`, (route) =>
          officeScript === null
            ? route.abort()
            : route.fulfill({ status: 200, contentType: "text/javascript", body: officeScript }),
        );
      }
      await other.goto(`${pane.origin}${path}`);
      await waitUntilReady(other);
      return { page: other, errors };
    };

    before(async () => {
      assert.ok(
        existsSync(join(DIST, "taskpane.html")) && existsSync(join(DIST, "taskpane.js")),
        "dist/ has no task pane: run `npm run build` first",
      );
      assert.ok(existsSync(join(OFFICE_DIST, "office.js")), "@microsoft/office-js is not installed");
      ({ server, origin: pane.origin } = await serveDist());
      browser = await launchBrowser({ origin: pane.origin, locale });
      pane.context = browser.context;
    });

    beforeEach(async () => {
      pane.page = await pane.context.newPage();
      pane.errors = watchConsole(pane.page);
      await pane.page.goto(`${pane.origin}/taskpane.html`);
      await waitUntilReady(pane.page);
    });

    afterEach(async () => {
      const pages = [{ page: pane.page, errors: pane.errors }, ...pane.extraPages];
      pane.extraPages = [];
      for (const { page } of pages) await page?.close();
      for (const { errors } of pages) {
        assert.deepEqual(
          errors.filter((text) => /Content Security Policy/i.test(text)),
          [],
          "the Content-Security-Policy blocked something",
        );
      }
      for (const { errors } of pages) assert.deepEqual(unexpectedConsole(errors), [], "console errors");
    });

    after(async () => {
      await browser?.close();
      server?.close();
    });

    body(pane);
  });
}

/** Ids of the rows the list shows, in order. */
export const shownIds = (page) =>
  page.$$eval("li.row", (rows) => rows.map((row) => row.getAttribute("data-id")));

export async function search(page, text) {
  await page.fill("input[type=search]", text);
}

export async function resetFilters(page) {
  await search(page, "");
  await page.selectOption("select[name=topic]", "");
  await page.selectOption("select[name=country]", "");
}

/** The message bar's text and intent, once one is shown. */
export async function messageText(page) {
  const bar = page.locator("#messages fluent-message-bar");
  await bar.waitFor({ timeout: 5000 });
  return { text: (await bar.innerText()).trim(), intent: await bar.getAttribute("intent") };
}
