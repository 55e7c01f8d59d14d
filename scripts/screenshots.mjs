#!/usr/bin/env node
/**
 * npm run docs:screenshots: refreshes the README's pictures in docs/ from the production build (run
 * `npm run build` first): the preview with a row opened, the comparison charts, a country card's preview
 * (rendered from the entity CA.COUNTRY returns), the pane in Russian, the pane in Excel's dark theme (a
 * simulated Office host), the preview in a browser set to dark mode, the pane at 320 px (the narrowest width
 * Excel gives a task pane), and the grid builder with a choice made.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { launchBrowser, waitUntilReady } from "../tests/e2e/support/browser.mjs";
import { OFFICE_PREFIX, ROOT } from "../tests/e2e/support/paths.mjs";
import { serveDist } from "../tests/e2e/support/server.mjs";
import { SIMULATED_EXCEL } from "../tests/e2e/support/simulatedExcel.mjs";

const DOCS = join(ROOT, "docs");
mkdirSync(DOCS, { recursive: true });
const { server, origin } = await serveDist();
const browser = await launchBrowser({ origin });
try {
  const page = await browser.context.newPage();
  await page.goto(`${origin}/taskpane.html`);
  await waitUntilReady(page);
  await page.click('li.row[data-id="trade-growth.TJ"] button.row-head');
  await page.evaluate("window.scrollTo(0, 0)");
  await page.screenshot({ path: join(DOCS, "taskpane.png") });
  await page.click(".charts-panel > summary");
  await page.locator(".charts-panel").scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(DOCS, "taskpane-charts.png") });
  await page.click(".charts-panel > summary");
  await page.click(".card-panel > summary");
  await page.selectOption("select[name=card-country]", "KZ");
  // Below the sticky search bar, with the panel's heading in view.
  await page.locator(".card-panel").evaluate((panel) => {
    panel.scrollIntoView({ block: "start" });
    panel.ownerDocument.defaultView?.scrollBy(0, -130);
  });
  await page.screenshot({ path: join(DOCS, "taskpane-card.png") });

  const russian = await browser.context.newPage();
  await russian.goto(`${origin}/taskpane.html?lang=ru`);
  await waitUntilReady(russian);
  await russian.click('li.row[data-id="trade-growth.TJ"] button.row-head');
  await russian.screenshot({ path: join(DOCS, "taskpane-ru.png") });

  const dark = await browser.context.newPage();
  await dark.route(`${OFFICE_PREFIX}office.js`, (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript", body: SIMULATED_EXCEL }),
  );
  await dark.goto(`${origin}/taskpane.html`);
  await waitUntilReady(dark);
  await dark.click('fluent-button[data-action="insert-stance-matrix"]');
  await dark.locator("#messages fluent-message-bar").waitFor();
  await dark.screenshot({ path: join(DOCS, "taskpane-dark.png") });

  const systemDark = await browser.context.newPage();
  await systemDark.emulateMedia({ colorScheme: "dark" });
  await systemDark.goto(`${origin}/taskpane.html`);
  await waitUntilReady(systemDark);
  await systemDark.screenshot({ path: join(DOCS, "taskpane-browser-dark.png") });

  const narrow = await browser.context.newPage();
  await narrow.setViewportSize({ width: 320, height: 900 });
  await narrow.goto(`${origin}/taskpane.html`);
  await waitUntilReady(narrow);
  await narrow.click('li.row[data-id="trade-growth.UZ"] button.row-head');
  await narrow.evaluate("window.scrollTo(0, 0)");
  await narrow.screenshot({ path: join(DOCS, "taskpane-320.png") });

  const grid = await browser.context.newPage();
  await grid.goto(`${origin}/taskpane.html`);
  await waitUntilReady(grid);
  await grid.click(".grid-panel > summary");
  for (const code of ["KZ", "UZ", "TJ", "KG", "TM"])
    await grid.locator(`input[name="grid-country"][value="${code}"]`).check();
  await grid.locator('input[name="grid-indicator"][value="trade-growth"]').check();
  await grid.locator('input[name="grid-field"][value="period"]').check();
  await grid.locator(".grid-panel").evaluate((panel) => {
    panel.scrollIntoView({ block: "start" });
    panel.ownerDocument.defaultView?.scrollBy(0, -190);
  });
  await grid.screenshot({ path: join(DOCS, "taskpane-grid.png") });

  const written = ["taskpane", "taskpane-charts", "taskpane-card", "taskpane-ru", "taskpane-dark"];
  written.push("taskpane-browser-dark", "taskpane-320", "taskpane-grid");
  console.log(`Screenshots written to ${DOCS}: ${written.map((name) => `${name}.png`).join(", ")}`);
} finally {
  await browser.close();
  server.close();
}
