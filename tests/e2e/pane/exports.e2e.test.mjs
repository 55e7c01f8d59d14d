import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { parseCsv } from "../support/csv.mjs";
import { describePane, messageText, search, shownIds } from "../support/pane.mjs";
import { TOTAL_RECORDS } from "../support/paths.mjs";

/** What a user sees atop both exports: the CA.INDICATORS columns, with the period's ISO start and end. */
const EXPORT_HEADER = [
  "id",
  "country",
  "label",
  "value",
  "unit",
  "period",
  "period start",
  "period end",
  "qualifier",
  "basis",
  "condition",
  "related",
  "note",
  "examples",
  "example of",
];

/** Uzbekistan's trade row as both exports give it. */
const UZ_ROW = [
  "trade-growth.UZ",
  "Uzbekistan",
  "Growth of Russia’s trade turnover with Uzbekistan",
  "0.4",
  "percent",
  "Jan–Sep 2022",
  "2022-01-01",
  "2022-09-30",
  "exact",
  "",
  "",
  "",
  "",
  "",
  "",
];

describePane("Exports of the shown rows", (pane) => {
  test("Download CSV saves the shown rows: the CA.INDICATORS columns, the period also as ISO dates", async () => {
    const { page } = pane;
    const check = async (expectedIds) => {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.click('fluent-button[data-action="download-csv"]'),
      ]);
      assert.equal(download.suggestedFilename(), "central-asia-indicators.csv");
      const text = readFileSync(await download.path(), "utf8");
      assert.equal(text.charCodeAt(0), 0xfeff, "UTF-8 byte-order mark for Excel");
      const rows = parseCsv(text.slice(1));
      assert.deepEqual(rows[0], EXPORT_HEADER);
      assert.deepEqual(
        rows.slice(1).map((r) => r[0]),
        expectedIds,
      );
      assert.ok(rows.every((r) => r.length === EXPORT_HEADER.length));
      const byId = new Map(rows.slice(1).map((r) => [r[0], r]));
      /** @param {string} id */
      const row = (id) => {
        const found = byId.get(id);
        assert.ok(found, `no row ${id} in the CSV`);
        return found;
      };
      return { size: byId.size, ids: [...byId.keys()], row };
    };
    const all = await check(await shownIds(page));
    assert.equal(all.size, TOTAL_RECORDS);
    assert.deepEqual(all.row("trade-growth.UZ"), UZ_ROW);
    assert.deepEqual(all.row("trade-growth.TJ").slice(3, 9), [
      "0.22",
      "percent",
      "Jan–Aug 2022",
      "2022-01-01",
      "2022-08-31",
      "more than",
    ]);
    assert.deepEqual(all.row("telescopic-sights-growth.KG").slice(3, 5), ["7", "times (multiple)"]);
    assert.deepEqual(all.row("supported-invasion.KZ").slice(3, 5), ["FALSE", "yes/no"]);
    assert.equal(all.row("visit-postponed.UZ")[3], "", "events have no value");
    // Labels and countries agree with the rows on the page.
    const labels = await page.$$eval("li.row", (rows) =>
      rows.map((row) => [row.getAttribute("data-id"), row.querySelector(".row-label")?.textContent]),
    );
    for (const [id, label] of labels) assert.equal(all.row(String(id))[2], label, id);
    assert.match(
      (await messageText(page)).text,
      new RegExp(`Saved ${TOTAL_RECORDS} records as central-asia-indicators\\.csv`),
    );

    await search(page, "узбекистан");
    await page.selectOption("select[name=topic]", "opinion");
    const filtered = await check(await shownIds(page));
    assert.deepEqual(filtered.ids, ["poll-war-blame.UZ"]);
    assert.deepEqual(filtered.row("poll-war-blame.UZ").slice(1, 4), [
      "Uzbekistan",
      "People in Uzbekistan who blame the current economic problems on the Russian occupation of Ukraine",
      "0.3",
    ]);
  });
  test("Copy as TSV copies the shown rows", async () => {
    const { page } = pane;
    await page.selectOption("select[name=topic]", "trade");
    await page.click('fluent-button[data-action="copy-tsv"]');
    const { text } = await messageText(page);
    // The harness grants the page clipboard access: the rows are copied, not left selected for Ctrl+C.
    assert.match(text, /Copied \d+ records/);
    const clip = await page.evaluate("navigator.clipboard.readText()");
    const lines = clip
      .trimEnd()
      .split("\r\n")
      .map((line) => line.split("\t"));
    assert.deepEqual(lines[0], EXPORT_HEADER);
    assert.deepEqual(
      lines.slice(1).map((l) => l[0]),
      await shownIds(page),
    );
    assert.deepEqual(
      lines.find((l) => l[0] === "trade-growth.UZ"),
      UZ_ROW,
    );
  });
});
