import assert from "node:assert/strict";
import { test } from "node:test";
import { describePane } from "../support/pane.mjs";
import { TOTAL_RECORDS } from "../support/paths.mjs";
import { SIMULATED_EXCEL } from "../support/simulatedExcel.mjs";

describePane("Starting up: with office.js, without it, with a silent or a simulated Office", (pane) => {
  test("without office.js (blocked or offline) the pane still opens as a preview", async () => {
    const { page: other, errors } = await pane.openPage(null);
    try {
      assert.equal(await other.getAttribute("#app", "data-mode"), "preview");
      assert.equal(await other.$$eval("li.row", (rows) => rows.length), TOTAL_RECORDS);
      assert.equal(await other.evaluate("performance.getEntriesByName('office-ready').length"), 0);
      // functions.js registers the functions only where office.js defined CustomFunctions: no error here.
      assert.deepEqual(
        errors.filter((e) => e.startsWith("pageerror")),
        [],
      );
    } finally {
      await other.close();
    }
  });

  test("in a browser, without Office's theme, the pane follows the system's dark and light mode", async () => {
    const { page: other } = await pane.openPage(null);
    try {
      await other.emulateMedia({ colorScheme: "dark" });
      await other.locator("html[data-theme=dark]").waitFor({ state: "attached" });
      const darkBackground = await other.evaluate("getComputedStyle(document.body).backgroundColor");
      await other.emulateMedia({ colorScheme: "light" });
      await other.locator("html[data-theme=light]").waitFor({ state: "attached" });
      const lightBackground = await other.evaluate("getComputedStyle(document.body).backgroundColor");
      assert.notEqual(darkBackground, lightBackground);
    } finally {
      await other.close();
    }
  });

  test("when Office.onReady never reports, the preview appears after the timeout", async () => {
    const silent =
      "window.Office = { HostType: { Excel: 'Excel' }, onReady: function () { return new Promise(function () {}); } };" +
      "window.CustomFunctions = { associate: function () {} };";
    const started = Date.now();
    const { page: other, errors } = await pane.openPage(silent);
    try {
      assert.equal(await other.getAttribute("#app", "data-mode"), "preview");
      assert.ok(Date.now() - started >= 3000, "waited for Office before giving up");
      assert.deepEqual(errors, []);
    } finally {
      await other.close();
    }
  });

  test("in Excel (simulated host): Office theme, Excel mode, refusal alternatives re-run on a new sheet", async () => {
    const { page: other, errors } = await pane.openPage(SIMULATED_EXCEL);
    try {
      assert.equal(await other.getAttribute("#app", "data-mode"), "excel");
      assert.equal((await other.textContent("#mode")).trim(), "Excel");
      assert.equal(await other.isVisible("#preview-note"), false);
      assert.equal(await other.getAttribute("html", "data-theme"), "dark");
      assert.equal(
        await other.evaluate("getComputedStyle(document.body).backgroundColor"),
        "rgb(38, 38, 38)",
      );
      assert.equal(await other.evaluate("performance.getEntriesByName('office-ready').length"), 1);

      await other.click('fluent-button[data-action="insert-stance-matrix"]');
      const bar = other.locator("#messages fluent-message-bar");
      await bar.waitFor();
      assert.equal(await bar.getAttribute("intent"), "warning");
      assert.match(await bar.innerText(), /ExcelApi 1\.13/);
      assert.equal(
        await other.evaluate("window.__runs.length"),
        0,
        "nothing ran against Excel at the active cell",
      );

      // "Insert on a new sheet" re-runs the same action with target "new-sheet": Excel.run is called.
      await other.click('#messages fluent-button[data-action="new-sheet"]');
      await other.waitForFunction("window.__runs.length === 1");
      await other.waitForFunction(
        "document.querySelector('#messages').textContent.includes('Nothing was inserted')",
      );
      const text = await other.locator("#messages fluent-message-bar").innerText();
      assert.match(text, /did not allow the change/);
      // That refusal offers both alternatives; "Pick another cell" only says what to do.
      assert.equal(await other.locator('#messages fluent-button[data-action="new-sheet"]').count(), 1);
      await other.click('#messages fluent-button[data-action="pick-another-cell"]');
      await other.waitForFunction(
        "document.querySelector('#messages').textContent.includes('Select an empty cell')",
      );
      assert.equal(await other.evaluate("window.__runs.length"), 1, "picking another cell runs nothing");
      assert.deepEqual(errors, []);
    } finally {
      await other.close();
    }
  });
});
