/*
 * A page that believes it runs in Excel: Microsoft's Excel client (excel-web-16.00.js from @microsoft/office-js)
 * followed by a small shim, served in place of https://appsforoffice.microsoft.com/lib/1/hosted/office.js.
 *
 * The shim supplies what office.js's loader and the Office host would: CustomFunctions.associate (before the
 * client, which reads its association at load), Office.onReady resolving
 * { host: "Excel", platform } (Office.initialize called if set), Office.context (through
 * OSF._OfficeAppFactory.getContext, which the client's Office.context getter reads) with requirements,
 * displayLanguage, officeTheme and diagnostics, Office.HostType and Office.PlatformType, and sends every
 * Excel.run / new Excel.RequestContext() to the host: OfficeExtension.ClientRequestContext
 * .defaultRequestUrlAndHeaders is the URL a context without one uses, so Excel.run(batch) and
 * Excel.run(options, batch) run the client's own code against the host.
 *
 * The npm client (1.1.110) implements ExcelApi up to 1.15 only: Range.valuesAsJson(Local) (1.16), notes (1.18)
 * and Workbook.use1904DateSystem (preview) do not exist in it. With polyfill (default on) the stand-ins of
 * client-standins.mjs add them to the client with the client's own helpers, so they travel over the wire like in
 * a newer client. The client checks no requirement set itself (see api-versions.mjs): an older Excel is
 * played by the host (startExcelHost({ excelApi: "1.12" })), while `requirements` here is what
 * Office.context.requirements.isSetSupported answers.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { standinsMain } from "./client-standins.mjs";
import { eventsMain } from "./shim-events.mjs";
import { preludeMain, shimMain } from "./shim-page.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const OFFICE_DIST = join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
export const OFFICE_HOSTED = "https://appsforoffice.microsoft.com/lib/1/hosted/";

/** Requirement sets of Excel on the web today, and of an older Excel without the guard's APIs. */
export const REQUIREMENTS = Object.freeze({
  current: Object.freeze({
    ExcelApi: "1.19",
    ExcelApiOnline: "1.1",
    CustomFunctionsRuntime: "1.4",
    SharedRuntime: "1.1",
    DialogApi: "1.2",
    RibbonApi: "1.1",
    IdentityAPI: "1.3",
  }),
  excel117: Object.freeze({
    ExcelApi: "1.17",
    ExcelApiOnline: "1.1",
    CustomFunctionsRuntime: "1.4",
    SharedRuntime: "1.1",
    DialogApi: "1.2",
  }),
  excel113: Object.freeze({
    ExcelApi: "1.13",
    CustomFunctionsRuntime: "1.3",
    SharedRuntime: "1.1",
    DialogApi: "1.2",
  }),
  excel112: Object.freeze({
    ExcelApi: "1.12",
    CustomFunctionsRuntime: "1.3",
    SharedRuntime: "1.1",
    DialogApi: "1.2",
  }),
});

/**
 * @typedef {{ hostUrl: string, requirements?: Record<string, string>, displayLanguage?: string,
 *   contentLanguage?: string, platform?: string, officeTheme?: object | null, readyDelayMs?: number,
 *   version?: string, polyfill?: boolean, debug?: boolean }} ShimConfig
 *   hostUrl: the RequestContext URL (absolute, or relative to the page); requirements: set name → highest
 *   version (default REQUIREMENTS.current); readyDelayMs: how long after DOMContentLoaded Office reports ready
 */

const clients = new Map();

/** The Excel client's source (excel-web-16.00.js, or its readable .debug.js). @param {boolean} debug */
export function excelClientSource(debug = false) {
  const file = join(OFFICE_DIST, debug ? "excel-web-16.00.debug.js" : "excel-web-16.00.js");
  if (!clients.has(file)) clients.set(file, readFileSync(file, "utf8"));
  return clients.get(file);
}

/** @param {ShimConfig} config */
function complete(config) {
  if (!config || typeof config.hostUrl !== "string") throw new Error("The office shim needs config.hostUrl");
  return {
    requirements: { ...REQUIREMENTS.current },
    displayLanguage: "en-US",
    platform: "OfficeOnline",
    officeTheme: null,
    readyDelayMs: 0,
    version: "16.0.19000.10000",
    polyfill: true,
    debug: false,
    ...config,
    contentLanguage: config.contentLanguage ?? config.displayLanguage ?? "en-US",
  };
}

/**
 * The shim alone (to run after excel-web-16.00.js): the client's stand-ins, the Office environment, its events.
 * @param {ShimConfig} config
 */
export function officeShimSource(config) {
  const full = complete(config);
  const standins = full.polyfill ? `;(${standinsMain.toString()})();\n` : "";
  return `${standins};(${shimMain.toString()})(${JSON.stringify(full)});\n;(${eventsMain.toString()})();\n`;
}

/** The whole office.js replacement: the Excel client, then the shim. @param {ShimConfig} config */
export function officeScript(config) {
  const full = complete(config);
  return `;(${preludeMain.toString()})();\n${excelClientSource(full.debug)}\n${officeShimSource(full)}`;
}

/**
 * Answers office.js (and any other file under .../lib/1/hosted/) for a Playwright page, aborts every request to
 * an origin other than the host's (or config.allowOrigins), and, when the page is served from another origin
 * (config.pageOrigin), forwards that origin's ProcessQuery requests to the host.
 * @param {import("playwright-core").Page} page
 * @param {{ url: string, origin: string, basePath: string }} host
 * @param {Partial<ShimConfig> & { pageOrigin?: string, allowOrigins?: string[] }} [config]
 * @returns {Promise<{ blocked: string[] }>} blocked: the URLs aborted
 */
export async function routeOfficeToHost(page, host, config = {}) {
  const { pageOrigin, allowOrigins = [], ...shim } = config;
  const viaPage = pageOrigin && pageOrigin !== host.origin;
  const script = officeScript({ hostUrl: viaPage ? `${pageOrigin}${host.basePath}` : host.url, ...shim });
  const own = [host.origin, ...(pageOrigin ? [pageOrigin] : []), ...allowOrigins];
  const blocked = [];
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(OFFICE_HOSTED)) {
      const name = decodeURIComponent(new URL(url).pathname.slice(new URL(OFFICE_HOSTED).pathname.length));
      if (/^office(\.debug)?\.js$/i.test(name)) {
        return route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: script });
      }
      const file = normalize(join(OFFICE_DIST, name));
      const found = [file, file.toLowerCase()].find((f) => f.startsWith(OFFICE_DIST + sep) && existsSync(f));
      if (found === undefined) return route.fulfill({ status: 404, body: "" });
      return route.fulfill({
        status: 200,
        contentType: "text/javascript; charset=utf-8",
        body: readFileSync(found),
      });
    }
    if (viaPage && url.startsWith(`${pageOrigin}${host.basePath}/`)) {
      const response = await route.fetch({ url: `${host.origin}${url.slice(pageOrigin.length)}` });
      return route.fulfill({ response });
    }
    if (
      own.some((origin) => url.startsWith(`${origin}/`)) ||
      url.startsWith("data:") ||
      url.startsWith("blob:")
    ) {
      return route.fallback();
    }
    blocked.push(url);
    return route.abort();
  });
  return { blocked };
}
