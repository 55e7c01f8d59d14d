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
    // The order of the rows written into Excel: the figures in the source's order, then those without one.
    assert.deepEqual(
      pollRows.map(([c]) => c),
      ["KG", "KZ", "UZ", "TJ", "TM"],
    );
    const tradeOrder = await page.$$eval(`${trade} g.chart-row`, (gs) =>
      gs.map((g) => g.getAttribute("data-country")),
    );
    assert.deepEqual(tradeOrder, ["KZ", "UZ", "TJ", "KG", "TM"]);
    // The poll's rows carry no publication date as if it were the poll's; the records' caveat is a note.
    assert.ok(
      pollRows.every(([, t]) => !t.includes("23 Dec")),
      JSON.stringify(pollRows),
    );
    const pollNotes = await page.$$eval(`${poll} .chart-note`, (p) => p.map((x) => x.textContent));
    assert.ok(
      pollNotes.some((n) => n.includes("neither the date nor the pollster")),
      JSON.stringify(pollNotes),
    );
    assert.match(await page.textContent(`${poll} .chart-title`), /the Russian occupation of Ukraine/);
    assert.match(await page.getAttribute(`${trade} svg`, "role"), /img/);
  });
});
