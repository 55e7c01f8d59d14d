import assert from "node:assert/strict";
import { test } from "node:test";
import { describePane, resetFilters, search, shownIds } from "../support/pane.mjs";
import { TOTAL_RECORDS } from "../support/paths.mjs";

/** The indicators of the sanctions theme (src/core/themes.ts). */
const SANCTIONS = [
  "abides-by-sanctions",
  "banks-accept-mir",
  "allows-private-mir-use",
  "eu-appliance-imports",
  "telescopic-sights-growth",
  "drone-supply-accusation",
];

describePane("Search and filters", (pane) => {
  test("searching Узбекистан, узбекистан or UZ keeps exactly the Uzbekistan rows", async () => {
    const { page } = pane;
    const all = await shownIds(page);
    const uzbek = all.filter((id) => id.endsWith(".UZ"));
    assert.ok(uzbek.includes("trade-growth.UZ") && uzbek.includes("poll-war-blame.UZ"));
    for (const query of ["узбекистан", "Узбекистан", "UZ", "uz", "O'zbekiston"]) {
      await search(page, query);
      assert.deepEqual(await shownIds(page), uzbek, `query ${query}`);
      assert.match(
        await page.textContent("#status"),
        new RegExp(`Showing ${uzbek.length} of ${TOTAL_RECORDS}`),
      );
    }
    await search(page, "Kyrgyz Republic");
    const kyrgyz = await shownIds(page);
    assert.ok(kyrgyz.length > 0 && kyrgyz.every((id) => id.endsWith(".KG")));
    // A word found only in one sentence of the source (two records quote that sentence).
    await search(page, "sevenfold");
    const sevenfold = await shownIds(page);
    assert.ok(sevenfold.includes("telescopic-sights-growth.KG") && sevenfold.length <= 2, sevenfold.join());
    await search(page, "no such thing at all");
    assert.deepEqual(await shownIds(page), []);
    assert.ok(await page.isVisible(".empty"));
    await resetFilters(page);
    assert.equal((await shownIds(page)).length, TOTAL_RECORDS);
  });
  test("the topic and country filters narrow the list and combine", async () => {
    const { page } = pane;
    const tradeInList = await page.$$eval('section.group[data-topic="trade"] li.row', (rows) =>
      rows.map((row) => row.getAttribute("data-id")),
    );
    await page.selectOption("select[name=topic]", "trade");
    assert.deepEqual(await shownIds(page), tradeInList);
    assert.deepEqual(await page.$$eval("section.group", (g) => g.map((x) => x.getAttribute("data-topic"))), [
      "trade",
    ]);

    await page.selectOption("select[name=country]", "UZ");
    assert.deepEqual(await shownIds(page), ["trade-growth.UZ"]);

    await page.selectOption("select[name=topic]", "");
    await page.selectOption("select[name=country]", "KG");
    const kg = await shownIds(page);
    assert.ok(kg.length > 1 && kg.every((id) => id.endsWith(".KG")));

    await page.selectOption("select[name=country]", "REGION");
    const region = await shownIds(page);
    assert.ok(region.includes("putin-meetings") && region.every((id) => !/\.[A-Z]{2}$/.test(id)));

    await page.click('fluent-button[data-action="clear-filters"]');
    assert.equal((await shownIds(page)).length, TOTAL_RECORDS);
    assert.equal(await page.inputValue("select[name=country]"), "");
  });
  test('"MIR" lists the MIR card records, not Mirziyoyev; records named by the words come first', async () => {
    const { page } = pane;
    await search(page, "MIR");
    const mir = await shownIds(page);
    assert.ok(mir.length >= 2 && mir.every((id) => id.includes("mir")), mir.join());
    assert.ok(!mir.includes("visit-postponed.UZ"));
    await search(page, "sanctions");
    const groups = await page.$$eval("section.group", (sections) =>
      sections.map((section) =>
        [...section.querySelectorAll("li.row")].map(
          (row) => `${row.getAttribute("data-id")} ${row.querySelector(".row-label")?.textContent ?? ""}`,
        ),
      ),
    );
    // Named by the word: in its label or id, or as a record of the sanctions theme.
    const named = groups.map((rows) =>
      rows.map(
        (row) => /sanction/i.test(row) || SANCTIONS.includes(row.split(" ")[0].replace(/\.[A-Z]{2}$/, "")),
      ),
    );
    // The first topic shown holds a record named by the word, and in every topic such records come first.
    assert.equal(named[0]?.[0], true, JSON.stringify(groups));
    for (const rows of named)
      assert.ok(rows.indexOf(false) === -1 || rows.lastIndexOf(true) < rows.indexOf(false));
    assert.ok(named.flat().includes(false), "some records are found only through their quote");
    await resetFilters(page);
  });

  test("a theme across topics: offered beside the topics, its name found by search, and as a filter", async () => {
    const { page } = pane;
    const sanctions = SANCTIONS;
    const group = page.locator('select[name=topic] optgroup[label="Themes across topics"] option');
    assert.deepEqual(await group.allTextContents(), ["Sanctions", "Russian language"]);
    assert.match(await group.first().getAttribute("title"), /by subject only/);
    await page.selectOption("select[name=topic]", "theme:sanctions");
    const shown = await shownIds(page);
    assert.ok(shown.length >= sanctions.length, shown.join());
    assert.ok(
      shown.every((id) => sanctions.includes(id.replace(/\.[A-Z]{2}$/, ""))),
      shown.join(),
    );
    assert.ok(shown.includes("telescopic-sights-growth.KG") && shown.includes("drone-supply-accusation.TJ"));
    // The word alone finds the theme's records too, though the sights' own text never says "sanctions".
    await resetFilters(page);
    await search(page, "sanctions");
    const found = await shownIds(page);
    assert.ok(
      found.includes("telescopic-sights-growth.KG") && found.includes("eu-appliance-imports.KZ"),
      found.join(),
    );
    await resetFilters(page);
    assert.equal((await shownIds(page)).length, TOTAL_RECORDS);
  });
});
