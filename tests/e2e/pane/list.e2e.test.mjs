import assert from "node:assert/strict";
import { test } from "node:test";
import { describePane, shownIds } from "../support/pane.mjs";
import { TOTAL_RECORDS } from "../support/paths.mjs";

describePane(
  "The list: every record, grouped by topic, each row with its value, period and qualifier",
  (pane) => {
    test("shows the preview with every record, grouped by topic", async () => {
      const { page } = pane;
      assert.equal(await page.getAttribute("#app", "data-mode"), "preview");
      assert.equal((await page.textContent("#mode")).trim(), "Preview");
      const ids = await shownIds(page);
      assert.equal(ids.length, TOTAL_RECORDS);
      assert.equal(new Set(ids).size, TOTAL_RECORDS, "every row is a different record");
      assert.match(await page.textContent("#status"), new RegExp(`All ${TOTAL_RECORDS} records`));
      const topics = await page.$$eval("section.group", (groups) =>
        groups.map((g) => g.getAttribute("data-topic")),
      );
      assert.deepEqual(topics.slice(0, 2), ["trade", "opinion"]);
      assert.ok(topics.includes("stances"));
      // Fluent components are defined (upgraded), not unknown elements.
      assert.equal(await page.evaluate("customElements.get('fluent-button') !== undefined"), true);
      assert.equal(await page.evaluate("customElements.get('fluent-message-bar') !== undefined"), true);
    });
    test("rows show the value with its unit, the period and the qualifier", async () => {
      const { page } = pane;
      const row = async (id) => ({
        value: (await page.textContent(`li.row[data-id="${id}"] .row-value`)).trim(),
        meta: (await page.textContent(`li.row[data-id="${id}"] .row-meta`)).trim(),
      });
      assert.deepEqual(await row("trade-growth.UZ"), {
        value: "40%",
        meta: "Uzbekistan · Jan–Sep 2022 · exact",
      });
      assert.deepEqual(await row("trade-growth.TJ"), {
        value: ">22%",
        meta: "Tajikistan · Jan–Aug 2022 · more than",
      });
      assert.equal((await row("telescopic-sights-growth.KG")).value, "×7");
      assert.match((await row("putin-meetings")).value, /^>50\b/);
      assert.equal((await row("supported-invasion.KZ")).value, "No");
      assert.match((await row("putin-meetings")).meta, /^Central Asia · /);
    });
    test("first use: one line says what the data is, and four starts lead instead of a table of everything", async () => {
      const { page } = pane;
      assert.equal(
        (await page.textContent(".subtitle")).trim(),
        `${TOTAL_RECORDS} figures, stances and events on Russia and Central Asia from one analysis: Temur Umarov, Carnegie Politika, December 2022. Each keeps its sentence.`,
      );
      const starts = await page.$$eval(".starts fluent-button", (b) => b.map((x) => x.textContent?.trim()));
      assert.deepEqual(starts, ["Compare countries", "Cite a sentence", "Country card", "Events"]);
      const insertTable = 'fluent-button[data-action="insert-table"]';
      assert.equal(await page.getAttribute(insertTable, "appearance"), "outline");

      await page.click('fluent-button[data-action="start-compare"]');
      assert.equal(await page.evaluate("document.querySelector('.charts-panel').open"), true);
      await page.click('fluent-button[data-action="start-card"]');
      assert.equal(await page.evaluate("document.querySelector('.card-panel').open"), true);
      await page.click('fluent-button[data-action="start-cite"]');
      assert.equal(await page.evaluate("document.activeElement?.getAttribute('name')"), "search");
      assert.match(await page.textContent("#messages"), /open the record, then Copy citation/);
      await page.click('fluent-button[data-action="start-events"]');
      const ids = await shownIds(page);
      assert.ok(ids.length > 10 && ids.length < TOTAL_RECORDS);
      assert.equal(await page.inputValue("select[name=kind]"), "event");
      assert.ok(
        await page.$$eval("li.row", (rows) => rows.every((r) => r.getAttribute("data-kind") === "event")),
      );
      // A narrowed list makes its table the main command again.
      assert.equal(await page.getAttribute(insertTable, "appearance"), "primary");
    });
    test("the search box, topic and country filters are labelled for screen readers", async () => {
      const { page } = pane;
      assert.ok(await page.getAttribute("input[type=search]", "aria-label"));
      assert.equal(await page.getAttribute("select[name=topic]", "aria-label"), "Filter by topic");
      assert.equal(await page.getAttribute("select[name=country]", "aria-label"), "Filter by country");
      assert.equal(await page.getAttribute("#messages", "aria-live"), "polite");
      assert.equal(await page.getAttribute("#status", "aria-live"), "polite");
      assert.equal(
        await page.getAttribute('li.row[data-id="trade-growth.UZ"] button.row-head', "aria-expanded"),
        "false",
      );
    });
  },
);
