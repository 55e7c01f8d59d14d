/*
 * The country card's preview in the pane: the names a formula reads (=A1.[Trade growth]), the region's
 * figures apart under names that say so, a unit on every number, each quote under Sources; and at the
 * narrowest pane (320 px) no name broken inside a word.
 */
import assert from "node:assert/strict";
/* global document, Text -- page.evaluate functions run in the page */
import { test } from "node:test";
import { describePane } from "../support/pane.mjs";

/** Words of the card's names that a line break cuts in two: "Recog|nised" (each name's characters' lines). */
function wordsBrokenMidWord() {
  const broken = [];
  for (const code of document.querySelectorAll(".card-preview dt code")) {
    const text = code.firstChild;
    if (!(text instanceof Text)) continue;
    const range = document.createRange();
    let word = "";
    let top = null;
    for (let i = 0; i <= text.length; i++) {
      const char = text.data[i] ?? " ";
      if (char === " ") {
        word = "";
        top = null;
        continue;
      }
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      const charTop = Math.round(range.getBoundingClientRect().top);
      if (top !== null && charTop !== top) broken.push(`${code.textContent}: ${word}|${char}`);
      top = charTop;
      word += char;
    }
  }
  return broken;
}

describePane("The country card preview", (pane) => {
  test("names as formulas read them, region figures apart, units on numbers, quotes under Sources", async () => {
    const { page } = pane;
    await page.click(".card-panel > summary");
    await page.selectOption("select[name=card-country]", "KZ");
    const value = (name) => page.textContent(`.card-preview dd[data-property="${name}"] .card-value`);
    assert.equal(await page.textContent(".card-preview dt code >> nth=0"), "Trade growth");
    assert.equal(await value("Trade growth"), "10%");
    // The region's figures: their own section, names that say region, each number with its unit.
    const region = page.locator(".card-section", { hasText: "Central Asia as a whole" });
    assert.deepEqual(await region.locator("dt code").allTextContents(), [
      "Region Putin meetings",
      "Region Putin visits",
      "Region population under thirty",
      "Region labour migration record",
    ]);
    assert.equal(await value("Region Putin meetings"), ">50 meetings");
    assert.equal(await value("Region labour migration record"), "6 years");
    assert.equal(await value("Region population under thirty"), "50%");
    // The former names answer in formulas but are not shown.
    assert.equal(await page.locator('.card-preview [data-property="TradeGrowth"]').count(), 0);
    // Each property's quote, under the same name.
    await page.click(".card-nested > summary");
    assert.match(
      await page.textContent('.card-nested dd[data-source="Trade growth"] blockquote'),
      /Kazakhstan/,
    );
  });

  test("at 320 px the names wrap between words only, never inside one", async () => {
    const { page } = pane;
    await page.setViewportSize({ width: 320, height: 900 });
    await page.click(".card-panel > summary");
    for (const code of ["KZ", "KG", "UZ"]) {
      await page.selectOption("select[name=card-country]", code);
      const names = await page.$$eval(".card-preview dt code", (c) => c.length);
      assert.ok(names > 10, `${code}: the preview shows its names (${names})`);
      assert.deepEqual(await page.evaluate(wordsBrokenMidWord), [], code);
      // Some long names do wrap at this width: the check above looked at real line breaks.
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), "no sideways scroll");
    }
  });
});
