/*
 * The pane in a Russian Excel (Office.context.displayLanguage "ru-RU"), through Excel's own client: what it
 * writes is in Russian (titles, headers, countries, labels, periods, qualifiers, notes, the source line) but
 * the quotes and ids, which stay as the source has them; refusals and Excel's errors are Russian sentences;
 * and a formula goes in as a Russian Excel takes it, through Range.formulasLocal under the functions' Russian
 * names (dist/functions.ru.json), while an English Excel gets Range.formulas and the English names.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { readBlock, valueOf } from "../support/grid.mjs";
import { evaluateCaFormula, field, records, tableValueFormat } from "../support/product.mjs";
import { plain, russianFunctionNames } from "../support/russian.mjs";
import { describeWorkbook, rowAction } from "../support/workbook.mjs";
import { dataSheet } from "../support/written.mjs";

const RUSSIAN_EXCEL = { displayLanguage: "ru-RU" };
const cyrillic = /[А-Яа-яЁё]/;
/** The Russian words of the qualifiers CA.INDICATORS gives in English. */
const QUALIFIERS = {
  exact: "точно",
  "more than": "более",
  about: "около",
  stated: "утверждается",
  reported: "по сообщениям",
  accused: "обвинение",
  planned: "планируется",
};

/** "Вставлено в B3:O9 на листе «Data»: …" → { address, sheet }. */
function russianBlock(/** @type {string} */ text) {
  const match = /^Вставлено в ([A-Z]+\d+(?::[A-Z]+\d+)?) на листе «([^»]+)»/.exec(text);
  return match === null ? null : { address: match[1], sheet: match[2] };
}

/** Calculates =CA.ТОРГОВЛЯ_РФ("UZ") as a Russian Excel would: the Russian name is the same function. */
function evaluateRussianFormula(/** @type {string} */ formula) {
  const byName = new Map([...russianFunctionNames()].map(([id, name]) => [name, id]));
  const match = /^=CA\.([^(]+)\(/.exec(formula);
  const id = match === null ? undefined : byName.get(match[1]);
  return evaluateCaFormula(id === undefined ? formula : formula.replace(`=CA.${match?.[1]}(`, `=CA.${id}(`));
}

/** The cell writes of one insert at `address`, as the client sent them (`….formulasLocal = …`). */
const writesAt = (result, address) =>
  result.requests
    .flatMap((r) => r.calls)
    .filter((call) => call.includes(`getRange("${address}").`) && / = /.test(call));

describeWorkbook("The pane in a Russian Excel, through Excel's own client", (pane) => {
  test("a topic's table: Russian title, header and words, the source's English quotes and ids", async () => {
    const session = await pane.open(dataSheet("B3"), RUSSIAN_EXCEL);
    assert.equal(await session.page.getAttribute("html", "lang"), "ru");
    assert.equal((await session.page.textContent("#mode")).trim(), "Excel");
    const result = await pane.act(session, "topic table");
    assert.equal(result.intent, "success", result.text);
    const trade = records("trade");
    assert.match(
      result.text,
      /^Вставлено в B3:G\d+ на листе «Data»: таблица «Показатели Центральной Азии: Торговля» \(\d+ строк[аи]?\)\.$/,
    );
    const at = russianBlock(result.text);
    assert.ok(at !== null, result.text);
    const block = readBlock(result.after.sheets.Data, at.address, trade.length);
    assert.equal(block.title.value, "Показатели Центральной Азии: Торговля");
    // The default columns (the column chooser adds the others).
    assert.deepEqual(block.header, ["Страна", "Показатель", "Значение", "Период", "Оговорка", "Цитата"]);
    const names = [
      "Казахстан",
      "Узбекистан",
      "Таджикистан",
      "Кыргызстан",
      "Туркменистан",
      "Центральная Азия",
    ];
    block.body.forEach((cells, i) => {
      const r = trade[i];
      const [country, label, value, period, qualifier, quote] = cells.map(valueOf);
      assert.ok(names.includes(String(country)), `${r.id}: ${country}`);
      assert.match(String(label), cyrillic, r.id);
      assert.notEqual(label, r.label, `${r.id}: the label is translated`);
      assert.equal(value, r.value, `${r.id}: the same number`);
      assert.equal(cells[2].numberFormat ?? "General", tableValueFormat(r), `${r.id}: Excel's own format`);
      assert.match(String(period), cyrillic, r.id);
      assert.equal(qualifier, QUALIFIERS[r.qualifier], r.id);
      assert.equal(quote, field(r.id, "quote"), `${r.id}: the quote as the source has it`);
    });
    assert.match(String(block.source.value), /^Источник: Темур Умаров, “Russia and Central Asia/);
    assert.deepEqual(
      result.after.sheets.Data.tables.map((t) => t.name),
      ["CA_Pokazateli_Tsentralnoy_Azii_Torgovlya"],
    );
  });

  test("a refusal in Russian, with Russian buttons; on a new sheet, a Russian sheet name", async () => {
    const session = await pane.open(dataSheet("B3", { cells: { B5: "keep" } }), RUSSIAN_EXCEL);
    const refused = await pane.act(session, "stance matrix");
    assert.equal(refused.intent, "warning");
    assert.match(
      refused.text,
      /^Матрица позиций: нужен диапазон B3:[A-Z]+\d+ \(\d+ строк[аи]? × \d+ столб[а-я]+\), но в B5 есть значение\. Ничего не вставлено: выберите другую ячейку или вставьте на новый лист\.$/,
    );
    assert.deepEqual(refused.changes, []);
    const labels = await session.page.$$eval('#messages fluent-button[slot="actions"]', (b) =>
      b.map((x) => x.textContent),
    );
    assert.deepEqual(labels, ["Выбрать другую ячейку", "Вставить на новый лист"]);
    const inserted = await pane.act(session, "new sheet");
    assert.equal(inserted.intent, "success", inserted.text);
    assert.match(
      inserted.text,
      /^Вставлено в A1:[A-Z]+\d+ на листе «Позиции» \(новый лист\): матрица позиций\.$/,
    );
    const sheet = inserted.after.sheets["Позиции"];
    assert.equal(sheet.cells.A2.value, "Страна");
    assert.match(String(sheet.cells.A1.value), /^Позиции стран Центральной Азии/);
  });

  test("Insert value: an event's text as the pane shows it, the period said once; a stance's ЛОЖЬ as the cell shows it", async () => {
    const event = records().find((r) => r.unit === "event" && r.period === "Dec 2022 (to 23 Dec)");
    assert.ok(event, "an event of December 2022");
    const session = await pane.open(dataSheet("C2"), RUSSIAN_EXCEL);
    const label = (await session.page.textContent(`li.row[data-id="${event.id}"] .row-label`))?.trim() ?? "";
    assert.match(label, cyrillic);
    const result = await pane.act(session, rowAction(String(event.id), "value"));
    assert.equal(result.intent, "success", result.text);
    assert.equal(result.after.sheets.Data.cells.C2.value, label);
    assert.equal(
      plain(result.text),
      `Вставлено в C2 на листе «Data»: статическое значение «${label}» — дек. 2022 (по 23 дек.).`,
    );

    const stance = await pane.open(dataSheet("C2"), RUSSIAN_EXCEL);
    const no = await pane.act(stance, rowAction("supported-invasion.KZ", "value"));
    assert.equal(no.after.sheets.Data.cells.C2.value, false);
    assert.equal(
      plain(no.text),
      "Вставлено в C2 на листе «Data»: статическое значение ЛОЖЬ (на 23 дек. 2022).",
    );
  });

  test("the timeline: Russian dates dd.mm.yyyy, the same days", async () => {
    const session = await pane.open(dataSheet("B3"), RUSSIAN_EXCEL);
    const result = await pane.act(session, "timeline");
    assert.equal(result.intent, "success", result.text);
    const cells = result.after.sheets.Data.cells;
    assert.equal(cells.B4.value, "Дата");
    const october = [5, 6, 7, 8, 9, 10, 11, 12].find((row) => cells[`B${row}`]?.value === "окт.\u00a02022");
    assert.ok(october, "the October 2022 event");
    assert.equal(cells[`D${october}`].numberFormat, "dd.mm.yyyy");
    assert.equal(cells[`D${october}`].value, 44865, "31 Oct 2022 as Excel's serial");
    const undated = Object.entries(cells).filter(([, c]) => c.value === "не указано");
    for (const [address] of undated) assert.match(address, /^B\d+$/, "«не указано» only under «Дата»");
  });

  test("Excel's errors as Russian sentences", async () => {
    const session = await pane.open(dataSheet("B3"), RUSSIAN_EXCEL);
    session.host.failNext({ code: "AccessDenied", at: "check" });
    const result = await pane.act(session, "timeline");
    assert.equal(
      result.text,
      "Excel не разрешил изменение: лист или книга могут быть защищены, открыты только для чтения или в режиме просмотра. Ничего не вставлено.",
    );
    assert.deepEqual(result.changes, []);
  });

  test("Insert formula in a Russian Excel: the Russian name, through Range.formulasLocal", async () => {
    const names = russianFunctionNames();
    for (const [id, formula] of [
      ["trade-growth.UZ", `=CA.${names.get("RUTRADE")}("UZ")`],
      ["putin-meetings", `=CA.${names.get("INDICATOR")}("putin-meetings")`],
    ]) {
      const session = await pane.open(
        { ...dataSheet("C2"), evaluateFormula: evaluateRussianFormula },
        RUSSIAN_EXCEL,
      );
      const result = await pane.act(session, rowAction(id, "formula"));
      assert.equal(result.intent, "success", result.text);
      assert.equal(plain(result.text), `Вставлено в C2 на листе «Data»: формула ${formula}.`);
      assert.equal(await session.page.textContent("#messages .message-text code"), formula);
      const cell = result.after.sheets.Data.cells.C2;
      assert.equal(cell.formula, formula);
      assert.deepEqual(cell.value, field(id, "value"), "calculated, the formula gives the record's value");
      const writes = writesAt(result, "C2");
      assert.ok(
        writes.some((call) => call.includes(".formulasLocal = ")),
        writes.join("\n"),
      );
      assert.ok(!writes.some((call) => /\.(formulas|values) = /.test(call)), writes.join("\n"));
    }
    assert.equal(names.get("RUTRADE"), "ТОРГОВЛЯ_РФ");
  });

  test("Insert formula in an English Excel: the English name, through Range.formulas", async () => {
    const session = await pane.open({ ...dataSheet("C2"), evaluateFormula: evaluateCaFormula });
    const result = await pane.act(session, rowAction("trade-growth.UZ", "formula"));
    assert.equal(result.text, 'Inserted =CA.RUTRADE("UZ") at C2 on “Data”.');
    assert.equal(result.after.sheets.Data.cells.C2.formula, '=CA.RUTRADE("UZ")');
    const writes = writesAt(result, "C2");
    assert.ok(
      writes.some((call) => call.includes(".formulas = ")),
      writes.join("\n"),
    );
    assert.ok(!writes.some((call) => call.includes(".formulasLocal = ")), writes.join("\n"));
  });

  test("a Russian pane (?lang=ru) in an English Excel: Russian words, the formula as English Excel takes it", async () => {
    const session = await pane.open(
      { ...dataSheet("C2"), evaluateFormula: evaluateCaFormula },
      { path: "/taskpane.html?lang=ru" },
    );
    assert.equal(await session.page.getAttribute("html", "lang"), "ru");
    const result = await pane.act(session, rowAction("trade-growth.UZ", "formula"));
    assert.equal(result.text, 'Вставлено в C2 на листе «Data»: формула =CA.RUTRADE("UZ").');
    const writes = writesAt(result, "C2");
    assert.ok(
      writes.some((call) => call.includes(".formulas = ")),
      writes.join("\n"),
    );
    assert.deepEqual(result.after.sheets.Data.cells.C2.value, 0.4);
  });
});
