/**
 * Round trips per insert, counted on the wire: the built pane in headless Chromium, office.js answered by
 * Microsoft's Excel client, every context.sync() one ProcessQuery POST to the workbook host. The clean-up
 * POST Excel.run sends after the batch (releasing the ranges it kept) is counted apart.
 */
import { browserStatus, launchBrowser } from "../../tests/excel-host/browser.mjs";
import { buildWorkbook } from "../../tests/excel-host/fixtures.mjs";
import { startExcelHost } from "../../tests/excel-host/server.mjs";
import { REQUIREMENTS, routeOfficeToHost } from "../../tests/excel-host/shim.mjs";
import { ACTIONS } from "../../tests/e2e/support/workbook.mjs";
import { dist, floor, table } from "./common.mjs";

/** Table sizes, by what the search box shows: one record, the ten Kazakhstan rows or so, everything. */
const TABLE_SIZES = [
  ["table of 1 row", "trade-growth.UZ"],
  ["table of one country's rows", "Kazakhstan"],
  ["table of every record", ""],
];

async function insert(page, host, selector, prepare) {
  if (prepare && !(await page.locator(selector).first().isVisible())) await page.click(prepare);
  await page.evaluate("document.getElementById('messages').replaceChildren()");
  host.reset();
  await page.locator(selector).first().click();
  const bar = page.locator("#messages fluent-message-bar");
  await bar.first().waitFor({ timeout: 15_000 });
  await host.settled();
  return { intent: await bar.first().getAttribute("intent"), ...host.counts() };
}

/**
 * One fresh workbook per measurement: the active cell at B3, optionally occupied to make the insert refuse.
 * @param {{ occupied?: boolean, search?: string | null }} [options]
 */
async function measure(browser, action, options = {}) {
  const { occupied = false, search = null } = options;
  const cells = occupied ? { B3: "taken" } : {};
  const workbook = buildWorkbook({ sheets: [{ name: "Data", activeCell: "B3", cells }] });
  const host = await startExcelHost({ workbook, serve: dist, index: "taskpane.html" });
  const page = await browser.newPage();
  try {
    await routeOfficeToHost(page, host, { requirements: REQUIREMENTS.current });
    await page.goto(`${host.origin}/taskpane.html`);
    await page.locator('body[data-ready="true"]').waitFor({ timeout: 20_000 });
    if (search !== null) await page.fill("input[type=search]", search);
    const { button, prepare } = ACTIONS[action];
    return await insert(page, host, button, prepare);
  } finally {
    await page.close();
    await host.close();
  }
}

export async function benchRoundTrips() {
  const status = browserStatus();
  if (!status.available) {
    console.log(`\nRound trips: not measured (${status.notice}).`);
    floor("≤ 2 round trips per insert", false, "no browser");
    return;
  }
  const browser = await launchBrowser();
  const rows = [];
  try {
    for (const [name, search] of TABLE_SIZES) {
      const done = await measure(browser, "table", { search });
      const refused = await measure(browser, "table", { search, occupied: true });
      rows.push([name, done, refused]);
    }
    for (const action of Object.keys(ACTIONS).filter((a) => a !== "table")) {
      rows.push([action, await measure(browser, action), await measure(browser, action, { occupied: true })]);
    }
  } finally {
    await browser.close();
  }
  table(
    "Round trips per insert on the wire (Excel's client → workbook host; one context.sync() = one ProcessQuery POST)",
    ["action", "inserted: syncs", "clean-up", "refused: syncs", "clean-up"],
    rows.map(([name, done, refused]) => [
      name,
      done.intent === "success" ? done.sync : `not inserted (${done.intent})`,
      done.cleanup,
      refused.intent === "warning" ? refused.sync : `not refused (${refused.intent})`,
      refused.cleanup,
    ]),
  );
  const worst = Math.max(...rows.flatMap(([, done, refused]) => [done.sync, refused.sync]));
  const allBehaved = rows.every(
    ([, done, refused]) => done.intent === "success" && refused.intent === "warning",
  );
  floor("≤ 2 round trips per insert (1 when refused)", worst <= 2 && allBehaved, `max ${worst}`);
}
