/*
 * The grid builder through Excel's own client on the workbook host: ticked in the pane, the grid goes in as
 * live formulas (calculated here by the built functions) or as values, with its header row and column, the
 * figures' own formats (Tajikistan's ">22%"), "not in the source" where the source has no figure, a citation
 * note per record and the source line; over a non-empty cell it is refused in one round trip and offered a
 * new sheet; in a Russian Excel its formulas go through formulasLocal with the Russian names and ";".
 *
 * Pinned expectations (not read from the bundle): the headings, the missing cell's words, the formats.
 */
/* global document -- waitForFunction callbacks run in the page */
import assert from "node:assert/strict";
import { test } from "node:test";
import { selectAndNotify } from "../../excel-host/events.mjs";
import { NOTE_FONT } from "../support/grid.mjs";
import { evaluateCaFormula, field } from "../support/product.mjs";
import { russianFunctionNames } from "../support/russian.mjs";
import { describeWorkbook } from "../support/workbook.mjs";
import { assertOnlyBlockChanged, dataSheet, formatOf } from "../support/written.mjs";

const INSERT_GRID = { button: '.grid-panel fluent-button[data-action="insert-grid"]' };

/**
 * Ticks the grid builder's choices as a user does.
 * @param {import("playwright-core").Page} page
 * @param {{ countries: string[], indicators: string[], fields?: string[], mode?: "formulas" | "values" }} picks
 */
async function pick(page, { countries, indicators, fields = [], mode = "formulas" }) {
  await page.click(".grid-panel > summary");
  const tick = (name, value) => page.locator(`input[name="${name}"][value="${value}"]`).check();
  for (const code of countries) await tick("grid-country", code);
  for (const id of indicators) await tick("grid-indicator", id);
  for (const f of fields) await tick("grid-field", f);
  await tick("grid-mode", mode);
}

const PICKS = {
  countries: ["KZ", "TJ"],
  indicators: ["trade-growth", "poll-war-blame"],
  fields: ["period"],
};

/** A Russian Excel's formula, calculated as the English one: the Russian name is the same function. */
function evaluateRussianFormula(/** @type {string} */ formula) {
  const byName = new Map([...russianFunctionNames()].map(([id, name]) => [name, id]));
  const match = /^=CA\.([^(]+)\((.*)\)$/.exec(formula);
  if (match === null) return undefined;
  const args = [...match[2].matchAll(/"((?:[^"]|"")*)"/g)].map((m) => `"${m[1]}"`);
  return evaluateCaFormula(`=CA.${byName.get(match[1]) ?? match[1]}(${args.join(",")})`);
}

describeWorkbook("The grid builder, through Excel's own client", (pane) => {
  test("live formulas: headers, each record's function and field, formats, notes, “not in the source”", async () => {
    const session = await pane.open({ ...dataSheet("B3"), evaluateFormula: evaluateCaFormula });
    await pick(session.page, PICKS);
    const result = await pane.act(session, INSERT_GRID);
    assert.equal(result.intent, "success", result.text);
    assert.match(result.text, /^Inserted the grid \(2 countries × 4 columns\) at B3:F6 on “Data”/);
    const cells = result.after.sheets.Data.cells;
    assert.deepEqual(
      ["B3", "C3", "D3", "E3", "F3"].map((a) => cells[a].value),
      [
        "Country",
        "Growth of trade turnover with Russia, percent",
        "Growth of trade turnover with Russia: period",
        "Share who blame the occupation, percent",
        "Share who blame the occupation: period",
      ],
    );
    assert.deepEqual(
      ["C4", "D4", "E4", "F4"].map((a) => cells[a].formula),
      ['=CA.RUTRADE("KZ")', '=CA.RUTRADE("KZ", "period")', '=CA.RUPOLL("KZ")', '=CA.RUPOLL("KZ", "period")'],
    );
    // Calculated by the built functions, each formula gives the record's own field.
    assert.equal(cells.C4.value, field("trade-growth.KZ", "value"));
    assert.equal(cells.D4.value, "Jan–Oct 2022");
    assert.equal(cells.F4.value, field("poll-war-blame.KZ", "period"));
    assert.equal(cells.C5.formula, '=CA.RUTRADE("TJ")');
    assert.equal(formatOf(cells.C5), '">"0%', "Tajikistan's “more than” stays in the format");
    assert.equal(formatOf(cells.D5), "General", "a text field's formula is calculated, never left as text");
    for (const address of ["E5", "F5"]) {
      assert.equal(cells[address].value, "not in the source");
      assert.equal(cells[address].formula, undefined);
      assert.equal(cells[address].note, undefined);
      assert.deepEqual(cells[address].font, NOTE_FONT);
    }
    assert.match(cells.C5.note, /^Growth of Russia’s trade turnover with Tajikistan\n>22% \(more than\)/);
    assert.match(cells.E4.note, /^People in Kazakhstan who blame the current economic problems/);
    assert.equal(cells.D4.note, undefined, "one note per record, on its first cell");
    assert.match(cells.B6.value, /^Source: Temur Umarov/);
    assert.equal(result.wire.sync, 2, "one check, one write");
    assertOnlyBlockChanged(result);

    // Widths stay as they were on the user's sheet; widening the grid's own columns is offered.
    assert.deepEqual(result.after.sheets.Data.columnWidths, {});
    assert.deepEqual(result.alternatives, ["widen-columns"]);
    const widened = await pane.act(session, "widen columns");
    assert.equal(widened.intent, "success", widened.text);
    assert.deepEqual(Object.keys(widened.after.sheets.Data.columnWidths).sort(), ["B", "C", "D", "E", "F"]);
  });

  test("values: numbers with their formats and the source's words, the same notes, no formula", async () => {
    const session = await pane.open(dataSheet("B3"));
    await pick(session.page, { ...PICKS, mode: "values" });
    const result = await pane.act(session, INSERT_GRID);
    assert.equal(result.intent, "success", result.text);
    const cells = result.after.sheets.Data.cells;
    assert.deepEqual(
      ["B5", "C5", "D5", "E5"].map((a) => [cells[a].value, formatOf(cells[a]), cells[a].formula]),
      [
        ["Tajikistan", "@", undefined],
        [0.22, '">"0%', undefined],
        ["Jan–Aug 2022", "@", undefined],
        ["not in the source", "@", undefined],
      ],
    );
    assert.equal(cells.C4.value, field("trade-growth.KZ", "value"));
    assert.match(cells.C5.note, /Central Asia Indicators · trade-growth\.TJ$/);
    assert.equal(result.wire.sync, 2);
    assertOnlyBlockChanged(result);
    // Remembered by a hidden name over exactly the grid, so that its cells are explained and listed as sources.
    const marks = result.after.names.filter((n) => n.name.startsWith("_CA_grid_"));
    assert.equal(marks.length, 1);
    assert.equal(marks[0].visible, false);
    assert.match(String(marks[0].formula), /^='?Data'?!\$B\$3:\$F\$6$/);

    // Selected, a value of the grid is explained as its record, as the other blocks' cells are.
    await session.host.settled();
    const answers = Number((await session.page.getAttribute("#explain", "data-answers")) ?? 0);
    await selectAndNotify(session.page, session.host, "Data!C5");
    await session.page.waitForFunction(
      (before) => Number(document.getElementById("explain")?.dataset.answers ?? 0) > before,
      answers,
      { timeout: 5000 },
    );
    const explained = await session.page
      .locator("#explain .explained-record")
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-id")));
    assert.deepEqual(explained, ["trade-growth.TJ"]);
  });

  test("over a non-empty cell: refused in one round trip, nothing written; a new sheet takes it", async () => {
    const session = await pane.open(dataSheet("B3", { cells: { E5: "mine" } }));
    await pick(session.page, PICKS);
    const refused = await pane.act(session, INSERT_GRID);
    assert.equal(refused.intent, "warning", refused.text);
    assert.match(refused.text, /E5/);
    assert.match(refused.text, /nothing was inserted/i);
    assert.deepEqual(refused.alternatives, ["pick-another-cell", "new-sheet"]);
    assert.deepEqual(refused.changes, [], "nothing written");
    assert.equal(refused.wire.sync, 1, "one round trip to refuse");
    assert.equal(refused.after.sheets.Data.cells.E5.value, "mine");

    const moved = await pane.act(session, "new sheet");
    assert.equal(moved.intent, "success", moved.text);
    assert.equal(moved.block?.sheet, "Grid");
    assert.equal(moved.after.sheets.Grid.cells.A2.value, "Kazakhstan");
    assert.equal(moved.after.sheets.Grid.cells.B2.formula, '=CA.RUTRADE("KZ")');
    assert.equal(moved.after.sheets.Data.cells.E5.value, "mine");
  });

  test("a Russian Excel: Russian names and “;” through formulasLocal, Russian headings", async () => {
    const session = await pane.open(
      { ...dataSheet("B3"), evaluateFormula: evaluateRussianFormula },
      { displayLanguage: "ru-RU" },
    );
    await pick(session.page, {
      countries: ["KZ"],
      indicators: ["oil-export-via-russia"],
      fields: ["qualifier"],
    });
    // The preview shows the formulas as this Excel will hold them.
    const names = russianFunctionNames();
    const previewed = await session.page.$$eval(".grid-preview tr", (rows) =>
      rows.map((row) => [...row.children].map((cell) => (cell.textContent ?? "").trim())),
    );
    assert.equal(previewed[1][1], `=CA.${names.get("INDICATOR")}("oil-export-via-russia.KZ")`);
    const result = await pane.act(session, INSERT_GRID);
    assert.equal(result.intent, "success", result.text);
    const cells = result.after.sheets.Data.cells;
    assert.equal(cells.B3.value, "Страна");
    assert.equal(cells.B4.value, "Казахстан");
    assert.equal(cells.C4.formula, `=CA.${names.get("INDICATOR")}("oil-export-via-russia.KZ")`);
    assert.equal(cells.D4.formula, `=CA.${names.get("INDICATOR")}("oil-export-via-russia";"KZ";"qualifier")`);
    assert.equal(cells.C4.value, field("oil-export-via-russia.KZ", "value"));
    assert.match(cells.D3.value, /: оговорка$/);
    const writes = result.requests.flatMap((r) => r.calls).filter((call) => / = /.test(call));
    assert.ok(
      writes.some((call) => call.includes(".formulasLocal = ")),
      writes.join("\n"),
    );
    assert.ok(!writes.some((call) => /\.formulas = /.test(call)), writes.join("\n"));
  });
});
