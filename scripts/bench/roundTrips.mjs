/**
 * Round trips per insert, counted on the wire: the built pane in headless Chromium, office.js answered by
 * Microsoft's Excel client, every context.sync() one ProcessQuery POST to the workbook host. The clean-up
 * POST Excel.run sends after the batch (releasing the ranges it kept) is counted apart.
 */
import { browserStatus, launchBrowser } from "../../tests/excel-host/browser.mjs";
import { search } from "../../tests/e2e/support/pane.mjs";
import { ACTIONS, act, closePane, openPane } from "../../tests/e2e/support/paneOnHost.mjs";
import { dataSheet } from "../../tests/e2e/support/written.mjs";
import { floor, table } from "./common.mjs";

/** Table sizes, by what the search box shows: one record, the ten Kazakhstan rows or so, everything. */
const TABLE_SIZES = [
  ["table of 1 row", "trade-growth.UZ"],
  ["table of one country's rows", "Kazakhstan"],
  ["table of every record", ""],
];

/**
 * One fresh workbook per measurement: the active cell at B3, optionally occupied to make the insert refuse.
 * @param {{ occupied?: boolean, search?: string | null }} [options]
 */
async function measure(browser, action, options = {}) {
  const { occupied = false, search: text = null } = options;
  const session = await openPane(browser, dataSheet("B3", { cells: occupied ? { B3: "taken" } : {} }));
  try {
    if (text !== null) await search(session.page, text);
    const { intent, wire } = await act(session, action);
    return { intent, ...wire };
  } finally {
    await closePane(session);
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
  /** @type {[string, Awaited<ReturnType<typeof measure>>, Awaited<ReturnType<typeof measure>>][]} */
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
  const refusals = rows.map(([, , refused]) => refused.sync);
  const refusedInOne = refusals.every((sync) => sync === 1);
  floor(
    "≤ 2 round trips per insert (1 when refused)",
    worst <= 2 && refusedInOne && allBehaved,
    `max ${worst}; refused in ${[...new Set(refusals)].join(", ")}`,
  );
}
