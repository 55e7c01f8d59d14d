/*
 * Smoke run of the built task pane against the workbook host: serves dist/ (read-only) and the host from one
 * origin, answers office.js with the Excel client + shim, opens taskpane.html, clicks insert buttons and
 * reports what the workbook holds afterwards and how many ProcessQuery requests each insert took.
 *
 *   node tests/excel-host/pane-smoke.mjs [distDir]     (prints a JSON report; exit code 1 on a failed check)
 *
 * Needs a built dist/ (npm run build) and Chromium; it builds nothing itself.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { browserStatus, launchBrowser } from "./browser.mjs";
import { buildWorkbook, changesOutside, diffSnapshots, snapshot } from "./fixtures.mjs";
import { startExcelHost } from "./server.mjs";
import { REQUIREMENTS, routeOfficeToHost } from "./shim.mjs";

const dist = resolve(process.argv[2] ?? join(import.meta.dirname, "..", "..", "dist"));
const checks = [];
const check = (name, ok, detail) =>
  checks.push({ name, ok: Boolean(ok), ...(detail === undefined ? {} : { detail }) });

/** Clicks a button of the pane and waits for the message bar it shows; returns the message and the wire counts. */
async function act(page, host, selector, label) {
  host.reset();
  const before = snapshot(host.workbook);
  // Mark the message shown now, so that the one the click brings is told apart.
  await page
    .locator("#messages")
    .evaluate((el) =>
      el.querySelectorAll("fluent-message-bar").forEach((b) => b.setAttribute("data-seen", "")),
    );
  await page.locator(selector).first().click();
  const bar = page.locator("#messages fluent-message-bar:not([data-seen])");
  await bar.first().waitFor({ timeout: 15_000 });
  await host.settled();
  const changes = diffSnapshots(before, snapshot(host.workbook));
  return {
    label,
    intent: await bar.first().getAttribute("data-intent"),
    message: (await bar.first().locator(".message-text").textContent())?.trim(),
    wire: host.counts(),
    calls: host.requests.filter((r) => r.kind === "sync").map((r) => r.calls.length),
    errors: host.requests.filter((r) => r.error).map((r) => r.error),
    changes,
  };
}

async function main() {
  const status = browserStatus();
  if (!status.available) return { skipped: status.notice };
  if (!existsSync(join(dist, "taskpane.html")))
    return { skipped: `No built pane at ${dist} (npm run build first)` };

  const workbook = buildWorkbook({
    sheets: [
      {
        name: "Analysis",
        activeCell: "B3",
        cells: { A1: "keep me", H40: 123, B20: { value: "below", numberFormat: "@" } },
      },
    ],
  });
  const host = await startExcelHost({ workbook, serve: dist, index: "taskpane.html" });
  const browser = await launchBrowser();
  /** @type {{ dist: string, origin: string, actions: any[], [key: string]: unknown }} */
  const report = { dist, origin: host.origin, actions: [] };
  try {
    const page = await browser.newPage();
    const pageErrors = [];
    page.on("pageerror", (e) => pageErrors.push(e.message));
    const { blocked } = await routeOfficeToHost(page, host, { requirements: REQUIREMENTS.current });
    await page.goto(`${host.origin}/taskpane.html`);
    await page.locator('body[data-ready="true"]').waitFor({ timeout: 20_000 });
    report.mode = await page.locator("#app").getAttribute("data-mode");
    report.requestsWhileLoading = host.counts();
    check("the pane runs in Excel mode", report.mode === "excel", report.mode);

    const matrix = await act(
      page,
      host,
      '[data-action="insert-stance-matrix"]',
      "Insert stance matrix at B3",
    );
    report.actions.push(matrix);
    check("stance matrix inserted", matrix.intent === "success", matrix.message);
    const table = workbook.tables[0];
    check("a table was added", table !== undefined, table && { name: table.name, range: table.rect });
    // The block the pane reports ("… at B3:I11 on “Analysis”."): no cell, width or height outside it changed.
    const block = /\bat ([A-Z]+\d+(?::[A-Z]+\d+)?) on\b/.exec(matrix.message ?? "")?.[1] ?? "B3";
    const outside = changesOutside(matrix.changes, "Analysis", block).filter((c) => c.kind !== "sheet");
    check(
      `nothing changed outside ${block}`,
      outside.length === 0,
      outside.map((c) => `${c.kind} ${c.key}`),
    );
    check("the insert took 2 sync POSTs", matrix.wire.sync === 2, matrix.wire);

    const refused = await act(
      page,
      host,
      '[data-action="insert-timeline"]',
      "Insert timeline at B3 again (occupied)",
    );
    report.actions.push(refused);
    check("the second insert is refused", refused.intent === "warning", refused.message);
    check("the refusal changed nothing", refused.changes.length === 0, refused.changes);
    check("the refusal took 1 sync POST", refused.wire.sync === 1, refused.wire);

    const newSheet = await act(
      page,
      host,
      '#messages [data-action="new-sheet"]',
      "Insert timeline on a new sheet",
    );
    report.actions.push(newSheet);
    check(
      "the timeline went to a new sheet",
      newSheet.intent === "success" && workbook.sheets.length === 2,
      newSheet.message,
    );

    await page.locator("details.charts-panel summary").click();
    workbook.activeSheet = workbook.sheets[0];
    workbook.sheets[0].activeCell = { row: 49, column: 1 };
    const chart = await act(page, host, ".charts-panel [data-action]", "Insert comparison chart at B50");
    report.actions.push(chart);
    const drawn = workbook.sheets[0].charts[0];
    check("a chart was added", chart.intent === "success" && drawn !== undefined, chart.message);
    if (drawn)
      report.chart = {
        name: drawn.name,
        type: drawn.chartType,
        top: drawn.top,
        left: drawn.left,
        width: drawn.width,
        height: drawn.height,
        title: drawn.title.text,
      };

    report.pageErrors = pageErrors;
    report.blocked = blocked;
    check("no page errors", pageErrors.length === 0, pageErrors);
    report.workbook = snapshot(workbook);
  } finally {
    await browser.close();
    await host.close();
  }
  report.checks = checks;
  return report;
}

/** @type {any} */
const report = await main();
console.log(JSON.stringify(report, null, 2));
if (report.checks?.some((c) => !c.ok)) process.exitCode = 1;
