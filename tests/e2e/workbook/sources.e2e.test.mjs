/*
 * The Sources sheet: built from every sheet's CA.* formulas and the blocks the add-in inserted, refreshed in
 * place, never over a sheet of the user's, through Excel's own client on the workbook host. Rows are starting
 * workbooks.
 *
 * Pinned expectations: record ids, the words of quotes and values as stated, independent of the bundle.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { describeWorkbook, rowAction } from "../support/workbook.mjs";
import { serialOf } from "../support/product.mjs";

const SOURCES = { button: 'fluent-button[data-action="sources-sheet"]' };

/** Two sheets of formulas (one hidden, one protected), a non-CA formula, and room for an insert. */
function workbook(extra = {}) {
  return {
    sheets: [
      {
        name: "Data",
        activeCell: "H2",
        cells: {
          B2: { formula: '=CA.RUTRADE("UZ")', value: 0.4 },
          B3: { formula: '=CA.RUTRADE("UZ")', value: 0.4 },
          B4: { formula: '=CA.INDICATOR("putin-meetings")*2', value: 100 },
          B5: { formula: "=SUM(B2:B4)", value: 100.8 },
          A9: "Kazakhstan",
          B9: { formula: "=CA.RUTRADE(A9)", value: 0.1 },
        },
      },
      {
        name: "Hidden data",
        visibility: "Hidden",
        cells: { C3: { formula: '=CA.RUPOLL("KG")', value: 0.7 } },
      },
      {
        name: "Locked",
        protection: true,
        cells: { A1: { formula: '=CA.INDICATOR("supported-invasion.TM")', value: false } },
      },
    ],
    ...extra,
  };
}

/** The Sources sheet's rows by id, each as { column heading: value }, and its hyperlinks. */
function sourcesRows(after, sheetName) {
  const cells = after.sheets[sheetName].cells;
  const header = [];
  for (let c = 0; cells[`${String.fromCharCode(65 + c)}2`] !== undefined; c++) {
    header.push(cells[`${String.fromCharCode(65 + c)}2`].value);
  }
  const rows = new Map();
  for (let r = 3; cells[`A${r}`]?.value !== undefined && /^[a-z]/.test(String(cells[`A${r}`].value)); r++) {
    const row = Object.fromEntries(
      header.map((h, c) => [h, cells[`${String.fromCharCode(65 + c)}${r}`]?.value ?? ""]),
    );
    const link = cells[`${String.fromCharCode(65 + header.indexOf("Used in"))}${r}`]?.hyperlink;
    rows.set(String(row.Id), { ...row, link });
  }
  return { header, rows };
}

describeWorkbook("The Sources sheet, through Excel's own client", (pane) => {
  test("first build: one row per record used, value as stated, quote, where used with a link; at most 4 syncs", async () => {
    const session = await pane.open(workbook());
    const inserted = await pane.act(session, rowAction("trade-growth.TJ", "value"));
    assert.equal(inserted.intent, "success", inserted.text);
    const result = await pane.act(session, SOURCES);
    assert.equal(result.intent, "success", result.text);
    assert.match(result.text, /^Built the sheet “Sources”: 6 records used in 7 cells on 3 sheets\.$/);
    assert.ok(result.wire.sync <= 4, `${result.wire.sync} syncs`);
    assert.equal(result.after.activeSheet, "Sources");
    const { header, rows } = sourcesRows(result.after, "Sources");
    assert.deepEqual(header.slice(0, 4), ["Id", "Indicator", "Country", "Value as stated"]);
    assert.deepEqual(
      [...rows.keys()],
      [
        "trade-growth.KZ",
        "trade-growth.UZ",
        "trade-growth.TJ",
        "poll-war-blame.KG",
        "putin-meetings",
        "supported-invasion.TM",
      ],
      "in the dataset's order",
    );
    const uz = rows.get("trade-growth.UZ");
    assert.equal(uz["Value as stated"], "40%");
    assert.equal(uz.Cells, 2);
    assert.equal(uz["Used in"], "Data!B2");
    assert.equal(uz["Also in"], "Data!B3");
    assert.deepEqual(uz.link, {
      documentReference: "'Data'!B2",
      textToDisplay: "Data!B2",
      screenTip: "Data!B2",
    });
    assert.match(String(uz.Quote), /40 percent with Uzbekistan in the first nine months/);
    assert.match(String(uz.Citation), /^Temur Umarov/);
    assert.equal(rows.get("trade-growth.TJ")["Value as stated"], ">22%");
    assert.equal(rows.get("trade-growth.TJ")["Used in"], "Data!H2", "the inserted value counts");
    assert.equal(rows.get("trade-growth.KZ")["Used in"], "Data!B9", "a referenced argument resolves");
    assert.equal(rows.get("poll-war-blame.KG")["Used in"], "'Hidden data'!C3", "hidden sheets are scanned");
    assert.equal(rows.get("supported-invasion.TM")["Used in"], "Locked!A1", "protected sheets are scanned");
    // An Excel table, the mark that makes the sheet the add-in's, and nothing else changed elsewhere.
    assert.equal(result.after.sheets.Sources.tables.length, 1);
    const mark = result.after.names.find((n) => n.name === "_CA_SOURCES");
    assert.equal(mark?.visible, false);
    for (const name of ["Data", "Hidden data", "Locked"]) {
      assert.deepEqual(result.after.sheets[name], result.before.sheets[name], `${name} untouched`);
    }
    const notes = Object.values(result.after.sheets.Sources.cells).map((c) => String(c.value));
    assert.ok(
      notes.includes("Scanned 3 sheets: 6 cells with CA formulas and 1 inserted block."),
      notes.join("\n"),
    );
    assert.ok(notes.includes("Hidden sheets scanned too: “Hidden data”."));
  });

  test("refresh rewrites only the add-in's own sheet, found by its mark even when renamed", async () => {
    const session = await pane.open(workbook());
    await pane.act(session, SOURCES);
    session.host.workbook.sheetByName("Sources").name = "My citations";
    session.host.workbook.sheetByName("Data").edit(19, 1).formula = '=CA.INDICATOR("putin-visits")';
    session.host.workbook.activeSheet = session.host.workbook.sheetByName("Data");
    const again = await pane.act(session, SOURCES);
    assert.equal(again.intent, "success", again.text);
    assert.match(again.text, /^Refreshed the sheet “My citations”: 6 records/);
    assert.deepEqual(Object.keys(again.after.sheets), ["Data", "Hidden data", "Locked", "My citations"]);
    assert.ok(sourcesRows(again.after, "My citations").rows.has("putin-visits"));
    assert.equal(again.after.sheets["My citations"].tables.length, 1, "the old table replaced, not added to");
    for (const name of ["Data", "Hidden data", "Locked"]) {
      assert.deepEqual(again.after.sheets[name], again.before.sheets[name]);
    }
  });

  test("a sheet of the user's called Sources is never touched: the add-in's is Sources (2)", async () => {
    const base = workbook();
    const session = await pane.open({
      ...base,
      sheets: [...base.sheets, { name: "Sources", cells: { A1: "my notes" } }],
    });
    const result = await pane.act(session, SOURCES);
    assert.equal(result.intent, "success", result.text);
    assert.match(result.text, /the sheet “Sources \(2\)”/);
    assert.deepEqual(result.after.sheets.Sources, result.before.sheets.Sources);
    const again = await pane.act(session, SOURCES);
    assert.match(again.text, /^Refreshed the sheet “Sources \(2\)”/);
    assert.deepEqual(again.after.sheets.Sources, result.before.sheets.Sources);
  });

  test("a 1904 workbook gets its dates in its own system", async () => {
    const session = await pane.open(workbook({ use1904DateSystem: true }));
    const result = await pane.act(session, SOURCES);
    const { rows } = sourcesRows(result.after, "Sources");
    assert.equal(rows.get("trade-growth.UZ").Start, serialOf("2022-01-01", true));
    assert.equal(rows.get("trade-growth.UZ").End, serialOf("2022-09-30", true));
  });

  test("no CA formula and no inserted block: nothing to cite, no sheet added", async () => {
    const session = await pane.open({
      sheets: [{ name: "Data", cells: { A1: 1, A2: { formula: "=A1*2", value: 2 } } }],
    });
    const result = await pane.act(session, SOURCES);
    assert.equal(result.intent, "warning");
    assert.match(result.text, /nothing to cite/);
    assert.deepEqual(result.changes, []);
  });
});

describeWorkbook("The Sources sheet in a Russian Excel", (pane) => {
  test("formulas with the functions' Russian names are found; the sheet speaks Russian, the quotes English", async () => {
    const session = await pane.open(
      {
        sheets: [
          {
            name: "Лист1",
            activeCell: "A1",
            cells: { B2: { formula: '=CA.ТОРГОВЛЯ_РФ("KG"; "period")', value: "Jan–Jun 2022" } },
          },
        ],
      },
      { displayLanguage: "ru-RU" },
    );
    const result = await pane.act(session, SOURCES);
    assert.equal(result.intent, "success", result.text);
    assert.match(result.text, /Лист «Источники» создан: 1 запись источника в 1 ячейке на 1 листе/);
    const cells = result.after.sheets["Источники"].cells;
    assert.equal(cells.A2.value, "Код");
    assert.equal(cells.A3.value, "trade-growth.KG");
    assert.match(String(cells.J3.value), /40 percent with Kyrgyzstan/);
  });
});
