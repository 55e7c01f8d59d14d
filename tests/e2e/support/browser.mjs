/*
 * Debian's Chromium driven by playwright-core (no browser download; tests/excel-host/browser.mjs), with office.js
 * answered from the npm package instead of Microsoft's CDN and every other external request aborted.
 */
import { existsSync, readFileSync } from "node:fs";
import { extname, join, normalize, sep } from "node:path";
import { launchBrowser as launchChromium } from "../../excel-host/browser.mjs";
import { OFFICE_DIST, OFFICE_PREFIX } from "./paths.mjs";

const VIEWPORT = { width: 420, height: 900 };

/** Content types of the kinds of file the office.js package holds (scripts; a page, a stylesheet, images). */
const OFFICE_TYPES = {
  ".js": "text/javascript; charset=utf-8",
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
};

/**
 * A file of the office.js package for a CDN URL, or null. (The workbook host's shim looks files up likewise,
 * inside routeOfficeToHost, but also tries the name in lower case and serves every file as a script.)
 */
function officeFile(url) {
  const relative = decodeURIComponent(new URL(url).pathname.slice(new URL(OFFICE_PREFIX).pathname.length));
  const file = normalize(join(OFFICE_DIST, relative));
  return file.startsWith(OFFICE_DIST + sep) && existsSync(file) ? file : null;
}

/**
 * A persistent browser context in a fresh profile (downloads accepted, device scale 1). Requests to `origin`
 * pass, with clipboard access granted to it; office.js comes from the package, anything else is aborted and
 * listed in `blocked`.
 */
export async function launchBrowser(
  /** @type {{ origin?: string, locale?: string, viewport?: { width: number, height: number } }} */ {
    origin,
    locale = "en-US",
    viewport = VIEWPORT,
  } = {},
) {
  const browser = await launchChromium({ viewport, locale, deviceScaleFactor: 1, acceptDownloads: true });
  const { context } = browser;
  const blocked = [];
  if (origin) await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if ((origin && url.startsWith(origin)) || url.startsWith("blob:") || url.startsWith("data:")) {
      return route.continue();
    }
    if (url.startsWith(OFFICE_PREFIX)) {
      const file = officeFile(url);
      if (file === null) return route.fulfill({ status: 404, body: "" });
      return route.fulfill({
        status: 200,
        contentType: OFFICE_TYPES[extname(file)] ?? "text/javascript",
        body: readFileSync(file),
      });
    }
    blocked.push(url);
    return route.abort();
  });
  return { context, blocked, close: browser.close };
}

/** Console errors and uncaught exceptions of one page, collected from its first request on. */
export function watchConsole(page) {
  const errors = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  return errors;
}

/** Waits for <body data-ready="true">; on a timeout, says why the pane did not start if it can tell. */
export async function waitUntilReady(target) {
  try {
    await target.waitForSelector("body[data-ready='true']", { timeout: 15_000 });
  } catch (error) {
    const stuck = await target.evaluate(
      "Object.keys(globalThis).filter((k) => k.startsWith('webpackChunk')).flatMap((k) => globalThis[k].map((c) => c[0].join()))",
    );
    if (stuck.includes("taskpane")) {
      throw new Error(
        "The pane never started: taskpane.js's chunk was pushed but never run, because functions.js's webpack runtime " +
          "has no chunk-loading callback (webpack output.chunkLoading: false together with dependOn). Rebuild with the " +
          "default chunkLoading (jsonp).",
        { cause: error },
      );
    }
    throw error;
  }
}
