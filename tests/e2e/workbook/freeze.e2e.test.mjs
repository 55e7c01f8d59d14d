/*
 * Freeze CA formulas, then restore them, through Excel's own client on the workbook host: every kind of CA
 * cell (a lookup, a formatted one, a mixed formula, a spill, a card), cells with other formulas, a user's note,
 * a protected sheet, a cell the user edits between the two.
 *
 * Pinned expectations: values, formats and ids written out here, not read from the bundle.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { evaluateCaFormula } from "../support/product.mjs";
import { describeWorkbook } from "../support/workbook.mjs";

const FREEZE = { button: 'fluent-button[data-action="freeze"]' };
const RESTORE = { button: 'fluent-button[data-action="restore"]' };
const TRADE = '=CA.INDICATORS("trade")';

/** The CA functions through the built bundle; other formulas as the host evaluates them. */
function evaluateFormula(formula) {
  if (/^=CA\.RUTRADE\("UZ"\)\*100$/.test(formula)) return 40;
  try {
    const value = evaluateCaFormula(formula);
    if (Array.isArray(value)) return { spill: value };
    return value !== null && typeof value === "object" && "type" in value ? { error: "#VALUE!" } : value;
  } catch {
    return undefined;
  }
}

function workbook() {
  const spill = /** @type {unknown[][]} */ (evaluateCaFormula(TRADE));
  return {
    sheets: [
      {
        name: "Data",
        activeCell: "B2",
        cells: {
          B2: { formula: '=CA.RUTRADE("TJ")', value: 0.22 },
          B3: { formula: '=CA.RUTRADE("UZ")', value: 0.4, numberFormat: "0.0%" },
          B4: { formula: '=CA.RUTRADE("UZ")*100', value: 40 },
          B5: { formula: "=SUM(B2:B4)", value: 40.62 },
          B6: { formula: '=CA.INDICATOR("putin-meetings")', value: 50, note: "Checked: Kremlin readouts" },
          B7: { formula: '=CA.COUNTRY("UZ")', value: "#VALUE!" },
          B8: "plain text",
        },
        spills: [{ anchor: "D2", formula: TRADE, values: spill }],
      },
      { name: "Locked", protection: true, cells: { A1: { formula: '=CA.RUTRADE("KZ")', value: 0.1 } } },
    ],
    evaluateFormula,
  };
}

/** Gives B7 a card, as CA.COUNTRY shows one (the host keeps a formula's JSON value as given). */
function withCard(session) {
  const card = {
    type: "Entity",
    text: "Uzbekistan",
    properties: { TradeGrowth: { type: "Double", basicValue: 0.4, numberFormat: "0%" } },
  };
  session.host.workbook.sheetByName("Data").edit(6, 1).json = card;
  return card;
}

const caFormulas = (sheet) =>
  Object.entries(sheet.cells)
    .filter(([, c]) => typeof c.formula === "string" && c.formula.includes("CA."))
    .map(([address]) => address);

describeWorkbook("Freeze and restore CA formulas, through Excel's own client", (pane) => {
  test("freeze: every CA cell becomes what it shows, with a note; other formulas and protected sheets untouched", async () => {
    const session = await pane.open(workbook());
    const card = withCard(session);
    const result = await pane.act(session, FREEZE);
    assert.equal(result.intent, "success", result.text);
    assert.equal(
      result.text,
      "Froze 6 cells on 1 sheet; protected sheet “Locked” left alone; 1 cell kept your own notes. Restore CA formulas puts them back.",
    );
    assert.ok(result.wire.sync <= 4, `${result.wire.sync} syncs`);
    const data = result.after.sheets.Data;
    assert.deepEqual(caFormulas(data), [], "no CA formula left: a reader without the add-in sees no #NAME?");
    // The lookup keeps what Excel showed (>22%), the user's own format stays, the mixed formula its result.
    assert.deepEqual([data.cells.B2.value, data.cells.B2.numberFormat], [0.22, '">"0%']);
    assert.deepEqual([data.cells.B3.value, data.cells.B3.numberFormat], [0.4, "0.0%"]);
    assert.equal(data.cells.B4.value, 40);
    assert.match(
      data.cells.B2.note,
      /^Growth of Russia’s trade turnover with Tajikistan\n>22% \(more than\)/,
    );
    assert.match(data.cells.B4.note, /· trade-growth\.UZ$/);
    assert.equal(data.cells.B6.note, "Checked: Kremlin readouts", "the user's note is kept, no note added");
    // Other formulas and text are untouched; the protected sheet too.
    assert.deepEqual(data.cells.B5, result.before.sheets.Data.cells.B5);
    assert.deepEqual(data.cells.B8, result.before.sheets.Data.cells.B8);
    assert.deepEqual(result.after.sheets.Locked, result.before.sheets.Locked);
    // The spill is written as values over its own range only; the card stays a card.
    assert.equal(data.cells.D2.value, "id");
    assert.equal(data.cells.D2.formula, undefined);
    assert.equal(data.cells.D3.value, "trade-growth.KZ");
    assert.ok(
      data.cells.D2.note.includes("trade-growth.KZ"),
      "one note on the spill's anchor names its records",
    );
    assert.equal(data.cells.B7.json?.type, "Entity");
    assert.equal(data.cells.B7.json?.text, card.text);
    // The formulas are kept in a very hidden sheet the add-in owns.
    const store = Object.keys(result.after.sheets).find((n) => !["Data", "Locked"].includes(n)) ?? "";
    assert.equal(result.after.sheets[store]?.visibility, "VeryHidden");
    assert.equal(result.after.names.find((n) => n.name === "_CA_FROZEN")?.visible, false);
  });

  test("restore puts back exactly what was there, cell for cell; the store and the added notes go", async () => {
    const session = await pane.open(workbook());
    withCard(session);
    const frozen = await pane.act(session, FREEZE);
    assert.equal(frozen.intent, "success", frozen.text);
    const restored = await pane.act(session, RESTORE);
    assert.equal(restored.intent, "success", restored.text);
    assert.equal(restored.text, "Restored 6 cells on 1 sheet.");
    assert.ok(restored.wire.sync <= 4, `${restored.wire.sync} syncs`);
    const original = frozen.before.sheets.Data.cells;
    const now = restored.after.sheets.Data.cells;
    for (const address of Object.keys(original)) {
      if (address === "B7") continue;
      assert.deepEqual(now[address], original[address], address);
    }
    assert.equal(now.B7.formula, '=CA.COUNTRY("UZ")', "the card's formula is back");
    assert.deepEqual(
      Object.keys(now).sort(),
      Object.keys(original).sort(),
      "the spill spills again, no cell more",
    );
    assert.deepEqual(Object.keys(restored.after.sheets), ["Data", "Locked"], "the store is gone");
    assert.equal(restored.after.names.length, 0, "its mark too");
  });

  test("a cell the user changed since the freeze is left alone and reported; the rest is restored", async () => {
    const session = await pane.open(workbook());
    await pane.act(session, FREEZE);
    session.host.workbook.sheetByName("Data").edit(2, 1).value = 0.45;
    const restored = await pane.act(session, RESTORE);
    assert.equal(restored.intent, "success", restored.text);
    assert.match(
      restored.text,
      /^Restored 5 cells on 1 sheet; 1 cell changed since the freeze left alone \(Data!B3\)\.$/,
    );
    const now = restored.after.sheets.Data.cells;
    assert.equal(now.B3.value, 0.45, "the user's value stays");
    assert.equal(now.B3.formula, undefined);
    assert.equal(now.B2.formula, '=CA.RUTRADE("TJ")');
    // Its formula stays in the store: once the user puts the value back, a restore takes it.
    session.host.workbook.sheetByName("Data").edit(2, 1).value = 0.4;
    const again = await pane.act(session, RESTORE);
    assert.equal(again.text, "Restored 1 cell on 1 sheet.");
    assert.equal(again.after.sheets.Data.cells.B3.formula, '=CA.RUTRADE("UZ")');
  });

  test("freeze the selection only: the rest keeps its formulas", async () => {
    const session = await pane.open(workbook());
    session.host.select("Data!B2:B3");
    await session.page.selectOption("select[name=freeze-scope]", "selection");
    const result = await pane.act(session, FREEZE);
    assert.equal(result.intent, "success", result.text);
    assert.match(result.text, /^Froze 2 cells on 1 sheet/);
    assert.deepEqual(caFormulas(result.after.sheets.Data).sort(), ["B4", "B6", "B7", "D2"]);
  });

  test("nothing to freeze, nothing to restore: said, and nothing changes", async () => {
    const session = await pane.open({ sheets: [{ name: "Data", cells: { A1: 1 } }] });
    const freeze = await pane.act(session, FREEZE);
    assert.equal(freeze.intent, "warning");
    assert.match(freeze.text, /No cell calls a CA function here/);
    const restore = await pane.act(session, RESTORE);
    assert.match(restore.text, /no frozen CA formulas/);
    assert.deepEqual([...freeze.changes, ...restore.changes], []);
  });
});
