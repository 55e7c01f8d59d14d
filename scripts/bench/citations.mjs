/**
 * The citation actions at scale, on the wire: the built pane in headless Chromium, Microsoft's Excel client,
 * the workbook host. A workbook of 10 sheets, 50,000 CA.* formula cells among 200,000 other non-empty cells;
 * the pane's own buttons: Sources sheet, Freeze CA formulas (whole workbook), Restore CA formulas. For each:
 * context.sync() calls (POSTs); add-in time, the work of the pane and of Excel's client in the page (Chromium's
 * profiler: every sample not idle, from the click to the pane's message); the time from the click to the
 * message, which includes the host's work and the wire; the host's own time; the largest request and answer;
 * in Excel on the web (5 MB per request, writes chunked under it) and in desktop Excel (no limit). One run
 * per row: building the workbook takes longer than the actions.
 */
/* global document -- page.evaluate callbacks run in the page */
import { browserStatus, launchBrowser } from "../../tests/excel-host/browser.mjs";
import { closePane, openPane } from "../../tests/e2e/support/paneOnHost.mjs";
import { floor, table } from "./common.mjs";

const SHEETS = 10;
const CA_CELLS = 50_000;
const OTHER_CELLS = 200_000;

const CODES = ["KZ", "UZ", "TJ", "KG", "TM"];

/**
 * What the CA cells call: a lookup whose country is the row's own cell (a column filled down, every formula
 * different), lookups across records, a few fields and a mixed formula.
 */
const FORMULAS = [
  (row) => `=CA.RUTRADE(A${row + 1})`,
  (i) => `=CA.RUPOLL("${["KG", "KZ", "UZ"][i % 3]}")`,
  () => '=CA.INDICATOR("putin-meetings")',
  (i) => `=CA.INDICATOR("oil-export-via-russia", "KZ", "${["value", "period"][i % 2]}")`,
  (i) => `=CA.RUTRADE("${["KZ", "UZ"][i % 2]}")*100`,
];

/** Per sheet: 20,000 other cells (constants, and a column of ordinary formulas), 5,000 CA formula cells. */
export function scaleWorkbook() {
  const rows = CA_CELLS / SHEETS / 5;
  const otherRows = OTHER_CELLS / SHEETS / 20;
  return {
    sheets: Array.from({ length: SHEETS }, (_, s) => ({
      name: `Region ${s + 1}`,
      fill: {
        [`A1:T${otherRows}`]: ({ row, column }) =>
          column === 0
            ? CODES[row % 5]
            : column === 19
              ? { formula: `=SUM(B${row + 1}:S${row + 1})`, value: row }
              : row * 100 + column + s,
        [`W1:AA${rows}`]: ({ row, column }) => {
          return { formula: FORMULAS[column - 22](row), value: 0.4 };
        },
      },
    })),
  };
}

const BUTTONS = {
  sources: { button: 'fluent-button[data-action="sources-sheet"]' },
  freeze: { button: 'fluent-button[data-action="freeze"]' },
  restore: { button: 'fluent-button[data-action="restore"]' },
};

/**
 * One action: click its button, wait for the pane's message (a new one), then for the host to settle. The time
 * runs from the click to the message; nothing else (no snapshot of the workbook) is measured.
 */
async function measure(session, action) {
  const { page, host } = session;
  await page.evaluate(() =>
    document
      .querySelectorAll("#messages fluent-message-bar")
      .forEach((bar) => bar.setAttribute("data-old", "")),
  );
  await host.settled();
  host.reset();
  // The page's own work (the pane and Excel's client) is what Chromium's profiler samples while not idle.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 500 });
  await cdp.send("Profiler.start");
  const start = performance.now();
  await page.locator(BUTTONS[action].button).click();
  const bar = page.locator("#messages fluent-message-bar:not([data-old])").first();
  await bar.waitFor({ timeout: 120_000 });
  const wallMs = performance.now() - start;
  const { profile } = await cdp.send("Profiler.stop");
  await cdp.detach();
  await host.settled();
  const idle = new Set(profile.nodes.filter((n) => n.callFrame.functionName === "(idle)").map((n) => n.id));
  const busy = profile.samples.reduce(
    (ms, id, i) => (idle.has(id) ? ms : ms + (profile.timeDeltas[i] ?? 0) / 1000),
    0,
  );
  const syncs = host.requests.filter((r) => r.kind === "sync");
  return {
    action,
    intent: await bar.getAttribute("intent"),
    text: ((await bar.locator(".message-text").textContent()) ?? "").trim(),
    syncs: syncs.length,
    addInMs: busy,
    wallMs,
    hostMs: syncs.reduce((n, r) => n + (r.hostMs ?? 0), 0),
    largest: Math.max(0, ...syncs.map((r) => r.bytes?.request ?? 0)),
    largestAnswer: Math.max(0, ...syncs.map((r) => r.bytes?.response ?? 0)),
  };
}

const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;

export async function benchCitations() {
  const status = browserStatus();
  if (!status.available) {
    console.log(`\nCitations at scale: not measured (${status.notice}).`);
    floor("Sources sheet and freeze at scale: ≤ 4 syncs, ≤ 2 s", false, "no browser");
    return;
  }
  const browser = await launchBrowser();
  const rows = [];
  try {
    for (const platform of /** @type {const} */ (["web", "desktop"])) {
      const session = await openPane(browser, scaleWorkbook(), { platform });
      try {
        for (const action of ["sources", "freeze", "restore"])
          rows.push({ platform, ...(await measure(session, action)) });
      } finally {
        await closePane(session);
      }
    }
  } finally {
    await browser.close();
  }
  table(
    `Citations at scale: ${SHEETS} sheets, ${CA_CELLS.toLocaleString("en-US")} CA.* formula cells among ${OTHER_CELLS.toLocaleString("en-US")} other non-empty cells (one run each)`,
    [
      "Excel",
      "action",
      "syncs",
      "add-in time",
      "click to message",
      "host's own time",
      "largest request / answer",
      "outcome",
    ],
    rows.map((r) => [
      r.platform === "web" ? "on the web (5 MB)" : "desktop",
      r.action,
      r.syncs,
      `${(r.addInMs / 1000).toFixed(2)} s`,
      `${(r.wallMs / 1000).toFixed(2)} s`,
      `${(r.hostMs / 1000).toFixed(2)} s`,
      `${mb(r.largest)} / ${mb(r.largestAnswer)}`,
      `${r.intent}: ${r.text.slice(0, 70)}${r.text.length > 70 ? "…" : ""}`,
    ]),
  );
  const scaled = rows.filter((r) => r.action !== "restore");
  floor(
    "Sources sheet and freeze at 50,000 CA cells: ≤ 4 syncs",
    scaled.every((r) => r.intent === "success" && r.syncs <= 4),
    scaled.map((r) => `${r.platform} ${r.action} ${r.syncs}`).join(", "),
  );
  floor(
    "Sources sheet and freeze at 50,000 CA cells: add-in time ≤ 2 s",
    scaled.every((r) => r.addInMs <= 2000),
    scaled.map((r) => `${r.platform} ${r.action} ${(r.addInMs / 1000).toFixed(2)} s`).join(", "),
  );
}
