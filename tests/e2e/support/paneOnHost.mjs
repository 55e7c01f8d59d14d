/*
 * The built pane (dist/) on a fresh workbook host, one origin for both, office.js answered by Microsoft's
 * Excel client plus the host's shim: open it over a described workbook, click an insert button, wait for the
 * message it brings and read what went over the wire and what changed. Plain functions, for the workbook
 * tests (describeWorkbook, workbook.mjs) and the benchmark (scripts/bench/roundTrips.mjs).
 */
import assert from "node:assert/strict";
import { buildWorkbook, diffSnapshots, snapshot } from "../../excel-host/fixtures.mjs";
import { startExcelHost } from "../../excel-host/server.mjs";
import { REQUIREMENTS, routeOfficeToHost } from "../../excel-host/shim.mjs";
import { DIST } from "./paths.mjs";

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
const ALTERNATIVES = {
  "new sheet": { button: '#messages fluent-button[data-action="new-sheet"]' },
  "pick another cell": { button: '#messages fluent-button[data-action="pick-another-cell"]' },
  /** Offered after an insert on the user's own sheet. */
  "widen columns": { button: '#messages fluent-button[data-action="widen-columns"]' },
};

/** Insert value or formula of any row: opens the row, then clicks its button. */
export function rowAction(/** @type {string} */ id, /** @type {"value" | "formula"} */ kind) {
  return {
    prepare: `li.row[data-id="${id}"] button.row-head`,
    button: `li.row[data-id="${id}"] fluent-button[data-action="insert-${kind}"]`,
  };
}

/** "… at B3:I11 on “Data”." → { address: "B3:I11", sheet: "Data" } (the block the pane reports). */
function reportedBlock(text) {
  const match = /\bat ([A-Z]+\d+(?::[A-Z]+\d+)?) on “([^”]+)”/.exec(text);
  return match === null ? null : { address: match[1], sheet: match[2] };
}

/**
 * @typedef {{ page: import("playwright-core").Page, host: Awaited<ReturnType<typeof startExcelHost>>,
 *   workbook: ReturnType<typeof buildWorkbook>, pageErrors: string[] }} PaneSession
 */

/**
 * A fresh host over the described workbook and a fresh pane on it, ready. requirements: what
 * Office.context.requirements reports; excelApi: the ExcelApi version the host plays ("1.12": ApiNotFound for
 * newer members); displayLanguage: Office.context.displayLanguage (the pane's language and how it writes
 * formulas); path: the page to open ("/taskpane.html?lang=ru"). If the pane does not start, page and host
 * are closed and the error names the page's own errors.
 * @param {{ newPage: () => Promise<import("playwright-core").Page> }} browser tests/excel-host/browser.mjs
 * @param {any} description a workbook, as buildWorkbook takes it
 * @param {{ requirements?: Record<string, string>, excelApi?: string | null, displayLanguage?: string,
 *   path?: string, platform?: "web" | "desktop" }} [options] platform: Excel on the web (the default: its 5 MB
 *   request limit, Office.context.platform "OfficeOnline") or desktop Excel (no limit, "PC")
 * @returns {Promise<PaneSession>}
 */
export async function openPane(
  browser,
  description,
  {
    requirements = REQUIREMENTS.current,
    excelApi = null,
    displayLanguage = "en-US",
    path = "/taskpane.html",
    platform = "web",
  } = {},
) {
  const workbook = buildWorkbook(description);
  const host = await startExcelHost({ workbook, serve: DIST, index: "taskpane.html", excelApi, platform });
  const page = await browser.newPage();
  /** @type {string[]} */
  const pageErrors = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  const session = { page, host, workbook, pageErrors };
  try {
    await routeOfficeToHost(page, host, {
      requirements,
      displayLanguage,
      platform: platform === "web" ? "OfficeOnline" : "PC",
    });
    await page.goto(`${host.origin}${path}`);
    await page.locator('body[data-ready="true"]').waitFor({ timeout: 20_000 });
    assert.equal(await page.getAttribute("#app", "data-mode"), "excel");
  } catch (error) {
    await closePane(session);
    if (pageErrors.length === 0) throw error;
    throw new Error(`${/** @type {Error} */ (error).message}\nerrors in the page: ${pageErrors.join("; ")}`, {
      cause: error,
    });
  }
  return session;
}

/** Closes a session's page and host. @param {PaneSession} session */
export async function closePane(session) {
  await session.page.close();
  await session.host.close();
}

/**
 * Clicks an action's button and waits for the message it brings; the wire counts include the clean-up
 * request. A message already shown stays until the pane replaces it, so a refusal's own buttons
 * (ALTERNATIVES) can be clicked.
 * @param {PaneSession} session
 * @param {string | { prepare?: string, button: string }} action a name of ACTIONS or ALTERNATIVES, or a
 *   button (rowAction)
 * @param {string} [selector] the button to click instead of the action's
 */
export async function act(session, action, selector) {
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
    /** Every POST: { kind: "sync" | "cleanup" | "runtime", calls, error }. */
    requests: host.requests.map(({ kind, calls, error }) => ({ kind, calls, error })),
    changes: diffSnapshots(before, after),
    before,
    after,
  };
}
