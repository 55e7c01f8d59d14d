import assert from "node:assert/strict";
import { test } from "node:test";
import { describePane, messageText } from "../support/pane.mjs";
import { ACTIONS } from "../support/paneOnHost.mjs";

describePane("Inserting outside Excel", (pane) => {
  test("every insert button explains that inserting needs Excel", async () => {
    const { page } = pane;
    // Open what hides a button (the row, the charts panel), each once.
    for (const prepare of new Set(Object.values(ACTIONS).map((action) => action.prepare)))
      if (prepare) await page.click(prepare);
    for (const { button: selector } of Object.values(ACTIONS)) {
      await page.evaluate("document.getElementById('messages').replaceChildren()");
      await page.click(selector);
      const { text, intent } = await messageText(page);
      assert.match(text, /needs Excel/i, selector);
      assert.equal(intent, "info", selector);
    }
    assert.equal(await page.evaluate("typeof window.__alerted"), "undefined");
  });
});
