/*
 * "Insert country card": the entity CA.COUNTRY returns, written with valuesAsJson through the same guard and
 * sync budget as every insert; where Excel has no data types the button is off and the pane says why.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { describeWorkbook, REQUIREMENTS } from "../support/workbook.mjs";
import { dataSheet, isBlockMark } from "../support/written.mjs";

const CARD = { prepare: ".card-panel > summary", button: 'fluent-button[data-action="insert-country-card"]' };

describeWorkbook("Country cards", (pane) => {
  for (const [name, requirements, numberType] of [
    ["ExcelApi 1.19", REQUIREMENTS.current, "Double"],
    ["ExcelApi 1.16", { ...REQUIREMENTS.current, ExcelApi: "1.16" }, "FormattedNumber"],
  ]) {
    test(`${name}: the card for the chosen country lands in the active cell, nothing else changes`, async () => {
      const session = await pane.open(dataSheet("B3", { cells: { A1: "keep" } }), { requirements });
      await session.page.click(CARD.prepare);
      await session.page.selectOption("select[name=card-country]", "TJ");
      const result = await pane.act(session, CARD);
      assert.equal(result.intent, "success", result.text);
      assert.match(result.text, /Inserted the country card for Tajikistan at B3 on “Data”/);
      // The card, and the hidden name by which the workbook remembers it (explain this cell reads it).
      assert.deepEqual(
        result.changes.filter((c) => !isBlockMark(c, "Data", "B3")).map((c) => `${c.kind} ${c.key}`),
        ["cell B3"],
      );
      assert.equal(result.changes.filter((c) => isBlockMark(c, "Data", "B3")).length, 1);
      const json = result.after.sheets.Data.cells.B3.json;
      assert.equal(json.type, "Entity");
      assert.equal(json.text, "Tajikistan");
      const trade = json.properties["Trade growth"];
      assert.deepEqual(trade, {
        type: numberType,
        basicValue: 0.22,
        numberFormat: '">"0%',
        propertyMetadata: trade.propertyMetadata,
      });
      assert.equal(trade.propertyMetadata.sublabel, "Jan–Aug 2022");
      // Region-wide figures named as the region's, with their unit; each quote under Sources; former names hidden.
      assert.equal(json.properties["Region Putin meetings"].numberFormat, '">"0" meetings"');
      const region = json.layouts.card.sections.find((s) => s.title === "Central Asia as a whole");
      assert.ok(
        region.properties.every((name) => name.startsWith("Region ")),
        region.properties.join(),
      );
      assert.equal(json.properties.Sources.type, "Entity");
      assert.match(json.properties.Sources.properties["Trade growth"].basicValue, /Tajikistan|percent/);
      assert.equal(json.properties.TradeGrowth.basicValue, 0.22);
      assert.equal(json.properties.TradeGrowth.propertyMetadata.excludeFrom.cardView, true);
      assert.equal(result.wire.sync, 2);
    });
  }

  test("an occupied cell refuses the card like any insert, writing nothing", async () => {
    const session = await pane.open(dataSheet("B3", { cells: { B3: "mine" } }));
    const result = await pane.act(session, CARD);
    assert.equal(result.intent, "warning");
    assert.match(result.text, /The country card for Kazakhstan goes in B3, but B3 holds a value/);
    assert.deepEqual(result.changes, []);
    assert.equal(result.wire.sync, 1);
  });

  test("Excel without data types: the button is off, the pane says why, the preview still shows", async () => {
    const session = await pane.open(dataSheet(), { requirements: REQUIREMENTS.excel113 });
    await session.page.click(CARD.prepare);
    assert.equal(await session.page.locator(CARD.button).getAttribute("disabled"), "");
    assert.match(
      await session.page.textContent(".card-reason"),
      /Country cards need Excel for Microsoft 365/,
    );
    assert.match(
      await session.page.textContent('.card-preview [data-property="Trade growth"]'),
      /^10%Jan–Oct 2022$/,
    );
  });
});
