/*
 * The task pane in Excel, on the wire: the built pane (dist/) and the workbook host on one origin, office.js
 * answered by Microsoft's Excel client plus the host's shim, so every insert button runs the real actions
 * through the real client against an in-memory workbook. One browser per test file; a fresh host, workbook
 * and page per `open()`.
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { after, afterEach, before, describe, test } from "node:test";
import { browserStatus, launchBrowser } from "../../excel-host/browser.mjs";
import { buildWorkbook, diffSnapshots, snapshot } from "../../excel-host/fixtures.mjs";
import { startExcelHost } from "../../excel-host/server.mjs";
import { REQUIREMENTS, routeOfficeToHost } from "../../excel-host/shim.mjs";
import { DIST } from "./paths.mjs";

export { REQUIREMENTS };

/** The pane's buttons, by action; `prepare` opens what hides the button. */
export const ACTIONS = {
  value: {
    prepare: 'li.row[data-id="trade-growth.UZ"] button.row-head',
    button: 'li.row[data-id="trade-growth.UZ"] fluent-button[data-action="insert-value"]',
  },
  formula: {
    prepare: 'li.row[data-id="trade-growth.UZ"] button.row-head',
    button: 'li.row[data-id="trade-growth.UZ"] fluent-button[data-action="insert-formula"]',
  },
  table: { button: 'fluent-button[data-action="insert-table"]' },
  "topic table": {
    button: 'section.group[data-topic="trade"] fluent-button[data-action="insert-topic-table"]',
  },
  "trade chart": {
    prepare: ".charts-panel > summary",
    button: 'fluent-button[data-action="insert-trade-chart"]',
  },
  "poll chart": {
    prepare: ".charts-panel > summary",
    button: 'fluent-button[data-action="insert-poll-chart"]',
  },
  "stance matrix": { button: 'fluent-button[data-action="insert-stance-matrix"]' },
  timeline: { button: 'fluent-button[data-action="insert-timeline"]' },
};

/** The buttons a refusal's message offers; "new sheet" retries the refused insert on a new sheet. */
export const ALTERNATIVES = {
  "new sheet": { button: '#messages fluent-button[data-action="new-sheet"]' },
  "pick another cell": { button: '#messages fluent-button[data-action="pick-another-cell"]' },
};

/** Insert value or formula of any row: opens the row, then clicks its button. */
export function rowAction(/** @type {string} */ id, /** @type {"value" | "formula"} */ kind) {
  return {
    prepare: `li.row[data-id="${id}"] button.row-head`,
    button: `li.row[data-id="${id}"] fluent-button[data-action="insert-${kind}"]`,
  };
}

/**
 * Shows the rows the search box and filters select, as a user types and picks them; resolves to the shown ids.
 * @param {import("playwright-core").Page} page
 * @param {{ query?: string, topic?: string, country?: string }} filters
 */
export async function showRows(page, { query = "", topic = "", country = "" } = {}) {
  await page.fill("input[type=search]", query);
  await page.selectOption("select[name=topic]", topic);
  await page.selectOption("select[name=country]", country);
  return page.$$eval("li.row", (rows) => rows.map((row) => row.getAttribute("data-id") ?? ""));
}

/** "… at B3:I11 on “Data”." → { address: "B3:I11", sheet: "Data" } (the block the pane reports). */
export function reportedBlock(text) {
  const match = /\bat ([A-Z]+\d+(?::[A-Z]+\d+)?) on “([^”]+)”/.exec(text);
  return match === null ? null : { address: match[1], sheet: match[2] };
}

/**
 * `describe` with a workbook pane. `body(pane)` declares tests using `await pane.open(description, options)`
 * → `{ page, host, workbook }` and `await pane.act(session, action)` → `{ text, intent, block, alternatives,
 * wire, errors, requests, changes, before, after }`. `action` names a button of ACTIONS or ALTERNATIVES, or is
 * `{ prepare?, button }` (rowAction).
 */
export function describeWorkbook(name, body) {
  const status = browserStatus();
  if (!status.available) {
    console.log(status.notice);
    if (process.env.REQUIRE_BROWSER === "1")
      test("a browser is available (REQUIRE_BROWSER=1)", () => assert.fail(status.notice));
  }
  describe(name, { skip: !status.available }, () => {
    let browser;
    const open = [];
    const pane = {};

    before(async () => {
      assert.ok(existsSync(join(DIST, "taskpane.html")), "dist/ has no task pane: run `npm run build` first");
      browser = await launchBrowser();
    });

    afterEach(async () => {
      for (const session of open.splice(0)) {
        await session.page.close();
        await session.host.close();
        assert.deepEqual(session.pageErrors, [], "errors in the page");
      }
    });

    after(async () => {
      await browser?.close();
    });

    /**
     * A fresh host over the described workbook and a fresh pane on it. requirements: what
     * Office.context.requirements reports; excelApi: the ExcelApi version the host plays ("1.12": ApiNotFound
     * for newer members).
     * displayLanguage: Office.context.displayLanguage (the pane's language and how it writes formulas);
     * path: the page to open ("/taskpane.html?lang=ru").
     * @param {any} description
     * @param {{ requirements?: Record<string, string>, excelApi?: string | null, displayLanguage?: string,
     *   path?: string }} [options]
     */
    pane.open = async (
      description,
      {
        requirements = REQUIREMENTS.current,
        excelApi = null,
        displayLanguage = "en-US",
        path = "/taskpane.html",
      } = {},
    ) => {
      const workbook = buildWorkbook(description);
      const host = await startExcelHost({ workbook, serve: DIST, index: "taskpane.html", excelApi });
      const page = await browser.newPage();
      const pageErrors = [];
      page.on("pageerror", (error) => pageErrors.push(error.message));
      const session = { page, host, workbook, pageErrors };
      open.push(session);
      await routeOfficeToHost(page, host, { requirements, displayLanguage });
      await page.goto(`${host.origin}${path}`);
      await page.locator('body[data-ready="true"]').waitFor({ timeout: 20_000 });
      assert.equal(await page.getAttribute("#app", "data-mode"), "excel");
      return session;
    };

    /**
     * Clicks an action's button and waits for the message it brings; the wire counts include the clean-up
     * request. A message already shown stays until the pane replaces it, so a refusal's own buttons
     * (ALTERNATIVES) can be clicked.
     */
    pane.act = async (session, action, selector) => {
      const { page, host, workbook } = session;
      const spec = typeof action === "string" ? (ACTIONS[action] ?? ALTERNATIVES[action]) : action;
      const button = selector ?? spec.button;
      if (spec?.prepare && !(await page.locator(button).first().isVisible())) await page.click(spec.prepare);
      await page.evaluate(
        `document.querySelectorAll("#messages fluent-message-bar").forEach((bar) => bar.setAttribute("data-old", ""))`,
      );
      host.reset();
      const before = snapshot(workbook);
      await page.locator(button).first().click();
      const bar = page.locator("#messages fluent-message-bar:not([data-old])").first();
      await bar.waitFor({ timeout: 15_000 });
      await host.settled();
      const text = ((await bar.locator(".message-text").textContent()) ?? "").trim();
      const after = snapshot(workbook);
      return {
        text,
        intent: await bar.getAttribute("intent"),
        block: reportedBlock(text),
        /** The refusal's buttons, by name: "pick-another-cell", "new-sheet". */
        alternatives: await bar
          .locator('fluent-button[slot="actions"]')
          .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-action"))),
        wire: host.counts(),
        errors: host.requests.filter((r) => r.error).map((r) => r.error),
        /** Every POST: { kind: "sync" | "cleanup", calls, error }. */
        requests: host.requests.map(({ kind, calls, error }) => ({ kind, calls, error })),
        changes: diffSnapshots(before, after),
        before,
        after,
      };
    };

    body(pane);
  });
}
