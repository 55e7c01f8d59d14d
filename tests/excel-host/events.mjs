/*
 * Events a test plays (in Node): the user selecting cells, the task pane hidden and shown again. The model
 * changes on the host; the events fire in the page through the shim (shim-events.mjs), where the Excel client
 * calls the add-in's handlers, which then query the host like any Excel.run.
 *
 *   await selectAndNotify(page, host, "Data!B3");            // active sheet, active cell and selection, then
 *                                                            // onSelectionChanged (workbook, sheet, collection)
 *   await selectAndNotify(page, host, "Data!B3:C5", { activeCell: "C4" });
 *   await setPaneVisibility(page, "Hidden");                 // Office.addin.onVisibilityModeChanged handlers
 *   await setPaneVisibility(page, "Taskpane", { document: true });  // … and document.visibilityState
 */
/* global window -- page.evaluate functions run in the page */
import { containsCell, parseRect, rectAddress, splitSheet } from "./a1.mjs";

/**
 * The user selecting a range: its sheet becomes the active sheet (it must be visible), the range the selection,
 * activeCell (default: the range's top-left cell) the active cell.
 * @param {import("./workbook.mjs").Workbook} wb @param {string} address "Data!B3", "'My sheet'!B3:C5", or
 *   "B3" on the active sheet @param {{ activeCell?: string }} [options]
 * @returns {{ sheet: string, worksheetId: string, address: string }} address as the sheet-level event
 *   reports it, without the sheet ("B3:C5")
 */
export function selectIn(wb, address, { activeCell } = {}) {
  const { sheet: name, cells } = splitSheet(address);
  const sheet = name === null ? wb.activeSheet : wb.sheetByName(name);
  if (!sheet) throw new Error(`select: no sheet for ${address}`);
  if (sheet.visibility !== "Visible") throw new Error(`select: the sheet ${sheet.name} is not visible`);
  const selection = parseRect(cells);
  if (selection === null) throw new Error(`select: not an address: ${address}`);
  const active = activeCell === undefined ? selection : parseRect(activeCell);
  if (active === null || !containsCell(selection, active.row, active.column))
    throw new Error(`select: the active cell ${activeCell} is not in ${address}`);
  wb.activeSheet = sheet;
  sheet.selection = selection;
  sheet.activeCell = { row: active.row, column: active.column };
  return { sheet: sheet.name, worksheetId: sheet.id, address: rectAddress(selection) };
}

/**
 * Selects on the host, then fires the selection events in the page.
 * @param {import("playwright-core").Page} page
 * @param {{ select: (address: string, options?: { activeCell?: string }) => ReturnType<typeof selectIn> }} host
 * @param {string} address @param {{ activeCell?: string }} [options]
 * @returns {Promise<{ sheet: string, worksheetId: string, address: string, documentHandlers: number,
 *   messageHandlers: number }>} documentHandlers: Workbook.onSelectionChanged handlers reached
 */
export async function selectAndNotify(page, host, address, options) {
  const selected = host.select(address, options);
  const reached = await page.evaluate(
    (event) => /** @type {any} */ (window).__excelHost.fireSelectionChanged(event),
    { worksheetId: selected.worksheetId, address: selected.address },
  );
  return { ...selected, ...reached };
}

/**
 * The task pane hidden ("Hidden") or shown again ("Taskpane"): Office.addin.onVisibilityModeChanged handlers
 * are called; with document: true, document.visibilityState follows ("hidden" / "visible") and
 * visibilitychange fires first, as a browser does for a hidden frame on desktop (whether Excel on the web hides
 * the page's document too is not documented: choose per test).
 * @param {import("playwright-core").Page} page @param {"Hidden" | "Taskpane"} mode
 * @param {{ document?: boolean }} [options] @returns {Promise<number>} the rich-message handlers reached
 */
export async function setPaneVisibility(page, mode, { document = false } = {}) {
  return page.evaluate(
    ({ mode, document }) => {
      const host = /** @type {any} */ (window).__excelHost;
      if (document) host.setDocumentVisibility(mode === "Hidden" ? "hidden" : "visible");
      return host.fireVisibilityModeChanged(mode);
    },
    { mode, document },
  );
}
