import assert from "node:assert/strict";
import { test } from "node:test";
import { describePane } from "../support/pane.mjs";

describePane("Comparison charts", (pane) => {
  test("charts label every country with its period and mark “more than”", async () => {
    const { page } = pane;
    await page.click(".charts-panel > summary");
    const trade = 'figure[data-indicator="trade-growth"]';
    const rows = await page.$$eval(`${trade} g.chart-row`, (gs) => gs.map((g) => g.textContent));
    assert.equal(rows.length, 5);
    assert.ok(rows.some((r) => r.includes("Kazakhstan") && r.includes("Jan–Oct 2022") && r.includes("10%")));
    assert.ok(
      rows.some(
        (r) =>
          r.includes("Tajikistan") &&
          r.includes("Jan–Aug 2022") &&
          r.includes(">22%") &&
          r.includes("more than"),
      ),
    );
    assert.ok(rows.some((r) => r.includes("Turkmenistan") && r.includes("45%")));
    assert.equal(await page.$$eval(`${trade} .bar-more`, (p) => p.length), 1);
    const poll = 'figure[data-indicator="poll-war-blame"]';
    const pollRows = await page.$$eval(`${poll} g.chart-row`, (gs) =>
      gs.map((g) => [g.getAttribute("data-country"), g.textContent]),
    );
    assert.deepEqual(
      pollRows.filter(([, t]) => t.includes("no poll")).map(([c]) => c),
      ["TJ", "TM"],
    );
    assert.equal(await page.$$eval(`${poll} rect.bar`, (r) => r.length), 3);
    assert.match(await page.getAttribute(`${trade} svg`, "role"), /img/);
  });
});
