/*
 * The task pane in Excel, on the wire: the built pane (dist/) and the workbook host on one origin, office.js
 * answered by Microsoft's Excel client plus the host's shim, so every insert button runs the real actions
 * through the real client against an in-memory workbook (paneOnHost.mjs). One browser per test file; a fresh
 * host, workbook and page per `open()`.
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { after, afterEach, before, describe } from "node:test";
import { launchBrowser } from "../../excel-host/browser.mjs";
import { REQUIREMENTS } from "../../excel-host/shim.mjs";
import { requireBrowser, search, shownIds } from "./pane.mjs";
import { ACTIONS, act, closePane, openPane, rowAction } from "./paneOnHost.mjs";
import { DIST } from "./paths.mjs";

export { ACTIONS, REQUIREMENTS, rowAction };

/**
 * Shows the rows the search box and filters select, as a user types and picks them; resolves to the shown ids.
 * @param {import("playwright-core").Page} page
 * @param {{ query?: string, topic?: string, country?: string }} filters
 */
export async function showRows(page, { query = "", topic = "", country = "" } = {}) {
  await search(page, query);
  await page.selectOption("select[name=topic]", topic);
  await page.selectOption("select[name=country]", country);
  return shownIds(page);
}

/**
 * `describe` with a workbook pane. `body(pane)` declares tests using `await pane.open(description, options)`
 * → `{ page, host, workbook }` (openPane) and `await pane.act(session, action)` → `{ text, intent, block,
 * alternatives, wire, errors, requests, changes, before, after }` (act). `action` names a button of ACTIONS or
 * of a refusal's message ("new sheet", "pick another cell"), or is `{ prepare?, button }` (rowAction). Every
 * session is closed after its test, which fails if the page threw.
 */
export function describeWorkbook(name, body) {
  const available = requireBrowser();
  describe(name, { skip: !available }, () => {
    let browser;
    /** @type {import("./paneOnHost.mjs").PaneSession[]} */
    const open = [];
    const pane = {
      /**
       * @param {any} description
       * @param {Parameters<typeof openPane>[2]} [options]
       */
      open: async (description, options) => {
        const session = await openPane(browser, description, options);
        open.push(session);
        return session;
      },
      act,
    };

    before(async () => {
      assert.ok(existsSync(join(DIST, "taskpane.html")), "dist/ has no task pane: run `npm run build` first");
      browser = await launchBrowser();
    });

    afterEach(async () => {
      for (const session of open.splice(0)) {
        await closePane(session);
        assert.deepEqual(session.pageErrors, [], "errors in the page");
      }
    });

    after(async () => {
      await browser?.close();
    });

    body(pane);
  });
}
