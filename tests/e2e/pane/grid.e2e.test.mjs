/*
 * The grid builder in the pane as a preview: the countries, indicators and fields it offers, the button that
 * is disabled with its reason until a country and an indicator are ticked, its count, the preview of live
 * formulas and of values (">22%" keeps its hedge, "not in the source" where the source has no figure), and
 * the same in Russian.
 */
/* global document -- page.$$eval functions run in the page */
import assert from "node:assert/strict";
import { test } from "node:test";
import { describePane, messageText } from "../support/pane.mjs";

const BUTTON = '.grid-panel fluent-button[data-action="insert-grid"]';

/** Forgets the last grid's choice (kept per user) and reloads, so the pane starts afresh. */
async function fresh(/** @type {import("playwright-core").Page} */ page) {
  await page.evaluate(`localStorage.removeItem("ca-indicators.grid")`);
  await page.reload();
  await page.locator('body[data-ready="true"]').waitFor();
}
/** Opens the panel. @param {import("playwright-core").Page} page */
const open = (page) => page.click(".grid-panel > summary");
/** Ticks a choice by its name and value. @param {import("playwright-core").Page} page */
const tick = (page, name, value) => page.locator(`input[name="${name}"][value="${value}"]`).check();

/** The preview's rows as arrays of cell texts. @param {import("playwright-core").Page} page */
const previewRows = (page) =>
  page.$$eval(".grid-preview tr", (rows) =>
    rows.map((row) => [...row.children].map((cell) => (cell.textContent ?? "").trim())),
  );

/** The button's text, whether it is disabled, and the reason it points to. */
async function buttonState(/** @type {import("playwright-core").Page} */ page) {
  const button = page.locator(BUTTON);
  const describedBy = await button.getAttribute("aria-describedby");
  return {
    text: ((await button.textContent()) ?? "").trim(),
    disabled: (await button.getAttribute("disabled")) !== null,
    reason: describedBy === null ? "" : ((await page.textContent(`#${describedBy}`)) ?? "").trim(),
  };
}

describePane("The grid builder", (pane) => {
  test("offers the five countries, the per-country figures and the functions' fields; nothing to insert yet", async () => {
    const { page } = pane;
    await fresh(page);
    await open(page);
    const values = (name) =>
      page.$$eval(`input[name="${name}"]`, (boxes) =>
        boxes.map((box) => [
          box.getAttribute("value"),
          document.querySelector(`label[for="${box.id}"]`)?.textContent ?? "",
          /** @type {HTMLInputElement} */ (box).checked,
        ]),
      );
    assert.deepEqual(
      (await values("grid-country")).map(([code, label]) => `${code} ${label}`),
      ["KZ Kazakhstan", "UZ Uzbekistan", "TJ Tajikistan", "KG Kyrgyzstan", "TM Turkmenistan"],
    );
    const indicators = await values("grid-indicator");
    assert.deepEqual(
      indicators.slice(0, 2).map(([id, label]) => `${id}: ${label}`),
      [
        "trade-growth: Growth of trade turnover with Russia",
        "poll-war-blame: Share who blame the occupation",
      ],
    );
    assert.ok(!indicators.some(([id]) => id === "putin-meetings"), "region-wide figures have no country row");
    const fields = await values("grid-field");
    assert.equal(fields.length, 17);
    assert.deepEqual(
      fields.filter(([, , checked]) => checked).map(([field]) => field),
      ["value"],
    );
    assert.equal(await page.isChecked('input[name="grid-mode"][value="formulas"]'), true);
    assert.deepEqual(await buttonState(page), {
      text: "Insert grid",
      disabled: true,
      reason: "Nothing to insert yet: tick at least one country and one indicator.",
    });
    assert.equal(await page.locator(".grid-preview").count(), 0);

    await tick(page, "grid-country", "KZ");
    assert.equal((await buttonState(page)).reason, "Nothing to insert yet: tick at least one indicator.");
  });

  test("picked: the count on the button, and a preview of formulas, then of values", async () => {
    const { page } = pane;
    await fresh(page);
    await open(page);
    for (const code of ["TJ", "KZ"]) await tick(page, "grid-country", code);
    for (const id of ["poll-war-blame", "trade-growth"]) await tick(page, "grid-indicator", id);
    assert.deepEqual(await buttonState(page), { text: "Insert grid (2 × 2)", disabled: false, reason: "" });
    assert.deepEqual(await previewRows(page), [
      ["Country", "Growth of trade turnover with Russia, percent", "Share who blame the occupation, percent"],
      ["Kazakhstan", '=CA.RUTRADE("KZ")', '=CA.RUPOLL("KZ")'],
      ["Tajikistan", '=CA.RUTRADE("TJ")', "not in the source"],
    ]);
    assert.equal(await page.locator(".grid-preview td.missing").count(), 1);

    await tick(page, "grid-field", "period");
    assert.equal((await buttonState(page)).text, "Insert grid (2 × 4)");
    // The last ticked field cannot be unticked: a grid always asks for something.
    await page.locator('input[name="grid-field"][value="value"]').uncheck();
    await page.locator('input[name="grid-field"][value="period"]').click();
    assert.equal(await page.isChecked('input[name="grid-field"][value="period"]'), true);
    assert.equal((await buttonState(page)).text, "Insert grid (2 × 2)");
    await tick(page, "grid-field", "value");
    await page.locator('input[name="grid-mode"][value="values"]').check();
    const rows = await previewRows(page);
    assert.deepEqual(rows[2], [
      "Tajikistan",
      ">22%",
      "Jan–Aug 2022",
      "not in the source",
      "not in the source",
    ]);
    assert.equal(rows[0][2], "Growth of trade turnover with Russia: period");
  });

  test("the choice is remembered for the next grid, in a reopened pane", async () => {
    const { page } = pane;
    await fresh(page);
    await open(page);
    await tick(page, "grid-country", "UZ");
    await tick(page, "grid-indicator", "poll-war-blame");
    await tick(page, "grid-field", "quote");
    await page.locator('input[name="grid-mode"][value="values"]').check();
    const reopened = (await pane.openPage()).page;
    const ticked = (name) =>
      reopened.$$eval(`input[name="${name}"]:checked`, (boxes) =>
        boxes.map((box) => box.getAttribute("value")),
      );
    assert.deepEqual(await ticked("grid-country"), ["UZ"]);
    assert.deepEqual(await ticked("grid-indicator"), ["poll-war-blame"]);
    assert.deepEqual(await ticked("grid-field"), ["value", "quote"]);
    assert.deepEqual(await ticked("grid-mode"), ["values"]);
    await reopened.click(".grid-panel > summary");
    assert.equal((await buttonState(reopened)).text, "Insert grid (1 × 2)");
    await fresh(page);
  });

  test("outside Excel the insert says it needs Excel, and writes nothing", async () => {
    const { page } = pane;
    await fresh(page);
    await open(page);
    await tick(page, "grid-country", "UZ");
    await tick(page, "grid-indicator", "trade-growth");
    await page.click(BUTTON);
    const message = await messageText(page);
    assert.match(message.text, /^Inserting needs Excel/);
    assert.equal(message.intent, "info");
  });
});

describePane(
  "The grid builder in Russian (a ru-RU browser)",
  (pane) => {
    test("Russian labels, count and “нет в источнике”", async () => {
      const { page } = pane;
      await fresh(page);
      assert.equal((await page.textContent(".grid-panel > summary"))?.trim(), "Собрать сетку");
      await open(page);
      assert.match((await buttonState(page)).reason, /отметьте хотя бы одну страну и один показатель/);
      await tick(page, "grid-country", "TM");
      await tick(page, "grid-indicator", "poll-war-blame");
      await tick(page, "grid-field", "period");
      assert.equal((await buttonState(page)).text, "Вставить сетку (1 × 2)");
      const rows = await previewRows(page);
      assert.equal(rows[0][0], "Страна");
      assert.match(rows[0][2], /: период$/);
      assert.deepEqual(rows[1], ["Туркменистан", "нет в источнике", "нет в источнике"]);
    });
  },
  { locale: "ru-RU" },
);
