/**
 * Task-pane readiness in headless Chromium: office.js's onReady → the list is interactive, over several
 * loads of the build in dist/ (office.js served locally from the npm package, as in the browser tests); the
 * table says whether it is a production build, as `npm run build` makes it.
 */
import { browserStatus } from "../../tests/excel-host/browser.mjs";
import { launchBrowser, waitUntilReady } from "../../tests/e2e/support/browser.mjs";
import { serveDist } from "../../tests/e2e/support/server.mjs";
import { buildKind, floor, median, table } from "./common.mjs";

const LOADS = 7;

export async function benchReadiness() {
  const status = browserStatus();
  if (!status.available) {
    console.log(`\nReadiness: not measured (${status.notice}).`);
    floor("pane readiness measured", false, "no browser");
    return;
  }
  const { server, origin } = await serveDist();
  const browser = await launchBrowser({ origin });
  const samples = [];
  try {
    const page = await browser.context.newPage();
    for (let i = 0; i <= LOADS; i++) {
      await page.goto(`${origin}/taskpane.html`);
      await waitUntilReady(page);
      const marks = await page.evaluate(
        "({ office: performance.getEntriesByName('office-ready')[0]?.startTime ?? null, pane: performance.getEntriesByName('pane-ready')[0]?.startTime ?? null })",
      );
      if (marks.office === null || marks.pane === null) throw new Error("the pane set no readiness marks");
      // The first load warms the browser's caches and is not counted.
      if (i > 0) samples.push({ office: marks.office, pane: marks.pane, delta: marks.pane - marks.office });
    }
    const ms = (values) => median(values).toFixed(1);
    table(
      `Task-pane readiness, headless Chromium ${browser.context.browser()?.version() ?? ""}, ${buildKind()} build, office.js served locally (median of ${LOADS} loads)`,
      ["measure", "median ms"],
      [
        ["office.js onReady → list interactive", ms(samples.map((s) => s.delta))],
        ["navigation start → office.js onReady", ms(samples.map((s) => s.office))],
        ["navigation start → list interactive", ms(samples.map((s) => s.pane))],
      ],
    );
    floor("pane readiness measured", samples.length === LOADS, `${samples.length} loads`);
  } finally {
    await browser.close();
    server.close();
  }
}
