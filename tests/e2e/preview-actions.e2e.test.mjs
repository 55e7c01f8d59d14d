import assert from "node:assert/strict";
import { test } from "node:test";
import { describePane, messageText } from "./support/pane.mjs";

describePane("Inserting outside Excel", (pane) => {
  test("every insert button explains that inserting needs Excel", async () => {
    const { page } = pane;
    await page.click('li.row[data-id="trade-growth.UZ"] button.row-head');
    await page.click(".charts-panel > summary");
    const buttons = [
      'li.row[data-id="trade-growth.UZ"] fluent-button[data-action="insert-value"]',
      'li.row[data-id="trade-growth.UZ"] fluent-button[data-action="insert-formula"]',
      'fluent-button[data-action="insert-table"]',
      'section.group[data-topic="trade"] fluent-button[data-action="insert-topic-table"]',
      'fluent-button[data-action="insert-trade-chart"]',
      'fluent-button[data-action="insert-poll-chart"]',
      'fluent-button[data-action="insert-stance-matrix"]',
      'fluent-button[data-action="insert-timeline"]',
    ];
    for (const selector of buttons) {
      await page.evaluate("document.getElementById('messages').replaceChildren()");
      await page.click(selector);
      const { text, intent } = await messageText(page);
      assert.match(text, /needs Excel/i, selector);
      assert.equal(intent, "info", selector);
    }
    assert.equal(await page.evaluate("typeof window.__alerted"), "undefined");
  });
});
