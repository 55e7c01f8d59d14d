/*
 * Task pane entry. Waits for Office (or finds that there is none), picks the workbook actions (Excel, or the
 * preview ones that explain inserting needs Excel), and mounts the pane. Outside Excel, or when office.js
 * did not load, the same pane works as a preview: browse, search, read quotes, copy and download.
 *
 * Readiness markers for tests and the benchmark: performance.mark("office-ready") in the Office.onReady
 * callback, performance.mark("pane-ready") and <body data-ready="true"> once the list is interactive.
 */
import { createExcelActions, createPreviewActions, defaultCardSupport } from "../excel/actions";
import { mountPane, type Pane, type PaneCapabilities, type PaneMode } from "./ui/app";
import { applyTheme, type OfficeColours } from "./ui/fluent";

/** How long to wait for Office.onReady before showing the preview (a late Excel still takes over). */
const OFFICE_TIMEOUT_MS = 4000;

interface HostInfo {
  readonly mode: PaneMode;
  readonly colours?: OfficeColours;
  /** Why this is a preview, for the console. */
  readonly why?: string;
}

function officeColours(): OfficeColours | undefined {
  try {
    return Office.context?.officeTheme ?? undefined;
  } catch {
    return undefined;
  }
}

let pane: Pane | undefined;

/** Country cards need data types (ExcelApi 1.16); older Excel gets the other inserts and a reason. */
function excelCapabilities(): PaneCapabilities {
  return { cards: defaultCardSupport() !== "none" };
}
let lateExcel = false;

/** Resolves with the host once Office.onReady reports, or with "preview" when office.js is absent or silent. */
function waitForOffice(): Promise<HostInfo> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    return Promise.resolve({ mode: "preview", why: "office.js did not load" });
  }
  return new Promise((resolve) => {
    let settled = false;
    const timer = setTimeout(() => {
      settled = true;
      resolve({ mode: "preview", why: `Office.onReady did not report within ${OFFICE_TIMEOUT_MS} ms` });
    }, OFFICE_TIMEOUT_MS);
    Office.onReady((info) => {
      performance.mark("office-ready");
      const excel = info.host === Office.HostType.Excel;
      if (settled) {
        // Excel reported after the preview was shown: switch the pane to the real actions.
        if (excel) {
          lateExcel = true;
          applyTheme(officeColours());
          pane?.setActions(createExcelActions(), "excel", excelCapabilities());
        }
        return;
      }
      clearTimeout(timer);
      settled = true;
      resolve(
        excel
          ? { mode: "excel", colours: officeColours() }
          : { mode: "preview", why: info.host ? `host is ${info.host}, not Excel` : "no Office host" },
      );
    });
  });
}

async function start(): Promise<void> {
  const host = await waitForOffice();
  performance.mark("pane-mount-start");
  applyTheme(host.colours);
  const root = document.getElementById("app") ?? document.body;
  const mode: PaneMode = lateExcel ? "excel" : host.mode;
  pane =
    mode === "excel"
      ? mountPane(root, createExcelActions(), mode, excelCapabilities())
      : mountPane(root, createPreviewActions(), mode);
  document.body.dataset.ready = "true";
  performance.mark("pane-ready");
  if (host.why) console.info(`Central Asia Indicators: preview mode (${host.why}).`);
}

start().catch((error: unknown) => {
  // Never leave "Loading…" up without a word: say what failed, as text.
  const root = document.getElementById("app") ?? document.body;
  const message = document.createElement("p");
  message.className = "loading";
  message.setAttribute("role", "alert");
  message.textContent = `The pane could not start: ${error instanceof Error ? error.message : String(error)}`;
  root.replaceChildren(message);
  console.error(error);
});
