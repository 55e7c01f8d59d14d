/*
 * The column chooser of Insert table, in the pane as a preview: labelled checkboxes, the analyst's six columns
 * ticked by default, the choice kept across a reopened pane, Russian labels, and no failure where the browser
 * refuses storage.
 */
/* global document -- page.$$eval functions run in the page */
import assert from "node:assert/strict";
import { test } from "node:test";
import { describePane } from "../support/pane.mjs";

const DEFAULT = ["Country", "Indicator", "Value", "Period", "Qualifier", "Quote"];

/** Each checkbox as { value, label, checked }, the label read through its `for`. */
const choices = (page) =>
  page.$$eval('input[name="table-column"]', (boxes) =>
    boxes.map((box) => ({
      value: box.getAttribute("value"),
      label: document.querySelector(`label[for="${box.id}"]`)?.textContent ?? "",
      checked: /** @type {HTMLInputElement} */ (box).checked,
    })),
  );

describePane("The column chooser of Insert table", (pane) => {
  test("fourteen labelled checkboxes, the six an analyst reads ticked; the choice survives a reopened pane", async () => {
    const { page } = pane;
    await page.evaluate(`localStorage.removeItem("ca-indicators.table-columns")`);
    await page.reload();
    await page.waitForSelector('input[name="table-column"]', { state: "attached" });
    const before = await choices(page);
    assert.equal(before.length, 14);
    assert.deepEqual(
      before.filter((c) => c.checked).map((c) => c.value),
      DEFAULT,
    );
    assert.ok(
      before.every((c) => c.label === c.value),
      "each box labelled with its column's heading",
    );
    assert.equal((await page.textContent(".columns-panel legend"))?.trim(), "Columns of an inserted table");

    await page.click(".columns-panel > summary");
    await page.getByLabel("Id", { exact: true }).check();
    await page.getByLabel("Quote", { exact: true }).uncheck();
    const reopened = await pane.openPage();
    const after = await choices(reopened.page);
    assert.deepEqual(
      after.filter((c) => c.checked).map((c) => c.value),
      ["Country", "Indicator", "Value", "Period", "Qualifier", "Id"],
    );
    await page.evaluate(`localStorage.removeItem("ca-indicators.table-columns")`);
  });

  test("the last ticked column cannot be unticked: a table always has a column", async () => {
    const { page } = pane;
    await page.click(".columns-panel > summary");
    for (const column of DEFAULT.slice(1)) await page.getByLabel(column, { exact: true }).uncheck();
    await page.getByLabel("Country", { exact: true }).click();
    assert.equal(await page.getByLabel("Country", { exact: true }).isChecked(), true);
    await page.evaluate(`localStorage.removeItem("ca-indicators.table-columns")`);
  });

  test("where the browser refuses storage, the chooser still works and the pane starts", async () => {
    const blocked = `Object.defineProperty(window, "localStorage", { get() { throw new Error("denied"); } });`;
    await pane.context.addInitScript(blocked);
    {
      const { page } = await pane.openPage();
      const boxes = await choices(page);
      assert.deepEqual(
        boxes.filter((c) => c.checked).map((c) => c.value),
        DEFAULT,
      );
      await page.click(".columns-panel > summary");
      await page.getByLabel("Note", { exact: true }).check();
      assert.equal(await page.getByLabel("Note", { exact: true }).isChecked(), true);
    }
    // Init scripts cannot be removed: this test runs last in its describe, whose context then closes.
  });
});

describePane(
  "The column chooser in Russian",
  (pane) => {
    test("the boxes carry the Russian headings", async () => {
      const { page } = pane;
      const boxes = await choices(page);
      const labels = boxes.map((c) => c.label);
      assert.deepEqual(labels.slice(0, 3), ["Страна", "Показатель", "Значение"]);
      assert.ok(
        labels.every((l) => /^[А-Яа-яЁё ]+$/.test(l)),
        labels.join(),
      );
      assert.equal((await page.textContent(".columns-panel > summary"))?.trim(), "Столбцы таблицы");
    });
  },
  { locale: "ru-RU" },
);
