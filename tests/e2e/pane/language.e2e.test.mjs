/*
 * How the pane picks its language outside Office: `?lang=` in the page's URL first, else the browser's. English
 * stays the English pane exactly, whatever the browser, and loads nothing Russian; ?lang=ru asks for Russian,
 * whose texts come as a chunk of their own (ru.js).
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { describePane } from "../support/pane.mjs";
import { TOTAL_RECORDS } from "../support/paths.mjs";
import { plain } from "../support/russian.mjs";

const cyrillic = /[А-Яа-яЁё]/;
const row = (id) => `li.row[data-id="${id}"]`;

/** The Russian chunk, if the page loaded it. @param {import("playwright-core").Page} page */
const russianChunks = (page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .map((entry) => new URL(entry.name).pathname.split("/").pop())
      .filter((name) => name === "ru.js"),
  );

describePane(
  "The pane's language from the page's URL (?lang=), in a ru-RU browser",
  (pane) => {
    test("?lang=en: the English pane, exactly as an English browser shows it", async () => {
      const { page } = await pane.openPage(undefined, "/taskpane.html?lang=en");
      assert.equal(await page.getAttribute("html", "lang"), "en");
      assert.equal(await page.title(), "Central Asia Indicators");
      assert.equal((await page.textContent("h1")).trim(), "Central Asia Indicators");
      assert.equal(
        await page.textContent("#status"),
        `All ${TOTAL_RECORDS} records: figures, stances and events`,
      );
      assert.equal((await page.textContent(`${row("trade-growth.UZ")} .row-value`)).trim(), "40%");
      assert.equal(
        (await page.textContent(`${row("trade-growth.UZ")} .row-meta`)).trim(),
        "Uzbekistan · Jan–Sep 2022 · exact",
      );
    });
  },
  { locale: "ru-RU" },
);

describePane("The pane's language from the page's URL (?lang=), in an en-US browser", (pane) => {
  test("?lang=ru: the Russian pane", async () => {
    const { page } = await pane.openPage(undefined, "/taskpane.html?lang=ru");
    assert.equal(await page.getAttribute("html", "lang"), "ru");
    assert.equal((await page.textContent("h1")).trim(), "Показатели Центральной Азии");
    assert.equal(plain((await page.textContent(`${row("trade-growth.UZ")} .row-value`)).trim()), "40%");
    assert.match(await page.textContent(".pane-footer"), /^Источник: Темур Умаров/);
    assert.deepEqual(await russianChunks(page), ["ru.js"], "the Russian texts come as a chunk of their own");
  });

  test("?lang=en and no ?lang show the same English pane", async () => {
    const english = await pane.page.innerText("body");
    const { page } = await pane.openPage(undefined, "/taskpane.html?lang=en");
    assert.equal(await page.innerText("body"), english);
    assert.equal(await pane.page.getAttribute("html", "lang"), "en");
    assert.ok(!cyrillic.test(english), "no Russian in the English pane");
    assert.deepEqual(await russianChunks(pane.page), [], "an English pane loads no Russian");
    assert.deepEqual(await russianChunks(page), []);
  });
});
