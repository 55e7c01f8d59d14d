/*
 * Debian's Chromium, driven by playwright-core (never downloaded), in a fresh profile, for the host's tests and
 * the pane's browser tests (tests/e2e). Without /usr/bin/chromium (or CHROMIUM_PATH) callers skip with a
 * notice, unless REQUIRE_BROWSER=1 makes that a failure.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export const CHROMIUM_ARGS = Object.freeze([
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
]);

/** Whether the browser tests can run; a notice saying why not otherwise. */
export function browserStatus() {
  if (existsSync(CHROMIUM_PATH)) return { available: true, notice: "" };
  return {
    available: false,
    notice: `Excel host browser tests did NOT run: ${CHROMIUM_PATH} not found (apt-get install chromium)`,
  };
}

/**
 * A persistent context in a fresh --user-data-dir (a new temporary directory, removed on close). Further
 * context options (deviceScaleFactor, acceptDownloads, …) are passed on to Playwright as they are.
 * @param {Omit<NonNullable<Parameters<import("playwright-core").BrowserType["launchPersistentContext"]>[1]>,
 *   "executablePath" | "headless" | "args">} [options]
 */
export async function launchBrowser({
  viewport = { width: 420, height: 900 },
  locale = "en-US",
  ...more
} = {}) {
  const { chromium } = await import("playwright-core");
  const userDataDir = mkdtempSync(join(tmpdir(), "excel-host-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
    viewport,
    locale,
    ...more,
  });
  return {
    context,
    async newPage() {
      return context.newPage();
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
