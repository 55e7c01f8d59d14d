/*
 * The pane in Russian, as a preview in a ru-RU browser: title, filters, status, rows (Russian labels, 40%),
 * a row's detail (Russian facts beside the source's English quote), the charts, the country card, messages,
 * the exports' header, and no English word anywhere outside the quotes, code and the allow-list.
 */
/* global document, navigator -- page.evaluate functions run in the page */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { parseCsv } from "../support/csv.mjs";
import { describePane, messageText, search, shownIds } from "../support/pane.mjs";
import { TOTAL_RECORDS } from "../support/paths.mjs";
import { englishWords, paneTexts, plain } from "../support/russian.mjs";

const cyrillic = /[А-Яа-яЁё]/;
const row = (id) => `li.row[data-id="${id}"]`;

describePane(
  "The pane in Russian (a ru-RU browser)",
  (pane) => {
    test("<html lang>, title, header, filters and status in Russian", async () => {
      const { page } = pane;
      assert.equal(await page.getAttribute("html", "lang"), "ru");
      assert.equal(await page.title(), "Показатели Центральной Азии");
      assert.equal((await page.textContent("h1")).trim(), "Показатели Центральной Азии");
      assert.equal((await page.textContent("#mode")).trim(), "Просмотр");
      assert.equal(await page.getAttribute("#app", "aria-label"), "Показатели Центральной Азии");
      assert.equal(
        (await page.textContent("#status")).trim(),
        `Все записи (${TOTAL_RECORDS}): показатели, позиции и события`,
      );
      assert.equal(await page.getAttribute("select[name=topic]", "aria-label"), "Фильтр по теме");
      const topics = await page.$$eval("select[name=topic] option", (o) => o.map((x) => x.textContent));
      assert.equal(topics[0], "Все темы");
      assert.ok(topics.includes("Торговля") && topics.includes("Общественное мнение"), topics.join());
      const countries = await page.$$eval("select[name=country] option", (o) => o.map((x) => x.textContent));
      assert.deepEqual(countries, [
        "Все страны",
        "Казахстан",
        "Узбекистан",
        "Таджикистан",
        "Кыргызстан",
        "Туркменистан",
        "Центральная Азия (весь регион)",
      ]);
      assert.match(await page.getAttribute("input[type=search]", "placeholder"), /^Поиск/);
      const heads = await page.$$eval("section.group h2", (h) => h.map((x) => x.textContent));
      assert.match(heads[0], /^Торговля \(\d+\)$/);
      assert.equal(
        (await page.textContent('fluent-button[data-action="insert-table"]')).trim(),
        `Вставить таблицу (${TOTAL_RECORDS})`,
      );
    });

    test("rows: Russian labels, values in the Russian style, periods and qualifiers", async () => {
      const { page } = pane;
      const shown = async (id) => ({
        label: (await page.textContent(`${row(id)} .row-label`)).trim(),
        value: plain((await page.textContent(`${row(id)} .row-value`)).trim()),
        meta: plain((await page.textContent(`${row(id)} .row-meta`)).trim()),
      });
      assert.deepEqual(await shown("trade-growth.UZ"), {
        label: "Рост товарооборота России с Узбекистаном",
        value: "40%",
        meta: "Узбекистан · янв.–сент. 2022 · точно",
      });
      assert.deepEqual((await shown("trade-growth.TJ")).value, ">22%");
      assert.match((await shown("trade-growth.TJ")).meta, /· более$/);
      assert.equal((await shown("telescopic-sights-growth.KG")).value, "×7");
      assert.equal((await shown("putin-meetings")).value, ">50 встреч");
      assert.match((await shown("putin-meetings")).meta, /^Центральная Азия · 2022 \(по 23 дек\.\) · /);
      assert.equal((await shown("supported-invasion.KZ")).value, "Нет");
      assert.match((await shown("allows-private-mir-use.KZ")).meta, /позиция, прямо указано, с условием$/);
      assert.match((await shown("wagner-recruitment-reports.TM")).meta, /событие, по сообщениям$/);
      assert.equal(
        await page.getAttribute(`${row("trade-growth.TJ")} .row-value`, "title").then(plain),
        "более 22%",
      );
    });

    test("a row's detail: Russian facts, the quote in the source's English, marked as English", async () => {
      const { page } = pane;
      await page.click(`${row("trade-growth.UZ")} button.row-head`);
      const detail = `${row("trade-growth.UZ")} .detail`;
      assert.match(await page.getAttribute(detail, "aria-label"), /^Подробности: Рост товарооборота/);
      assert.match(await page.textContent(`${detail} .quote-intro`), /Предложение источника/);
      const quote = (await page.textContent(`${detail} blockquote`)).trim();
      assert.ok(quote.includes("40 percent with Uzbekistan in the first nine months"), quote);
      assert.equal(await page.getAttribute(`${detail} blockquote`, "lang"), "en");
      assert.match(
        await page.textContent(`${detail} .citation`),
        /^Источник: Темур Умаров, “Russia and Central Asia/,
      );
      const facts = plain(await page.innerText(`${detail} .facts`));
      assert.match(facts, /Код\s+trade-growth\.UZ/);
      assert.match(facts, /Период\s+янв\.–сент\. 2022 \(с 01\.01\.2022 по 30\.09\.2022\)/);
      assert.match(facts, /Единица\s+%/);
      assert.match(facts, /Оговорка\s+точно/);
      // A period with its own brackets takes the dates inside them; a unit alone is nominative.
      const meetings = row("putin-meetings");
      await page.click(`${meetings} button.row-head`);
      const meetingFacts = plain(await page.innerText(`${meetings} .facts`));
      assert.match(meetingFacts, /Период\s+2022 \(по 23 дек\.; с 01\.01\.2022 по 23\.12\.2022\)\n/);
      assert.match(meetingFacts, /Единица\s+встречи\n/);
      await page.click(`${meetings} button.row-head`);
      assert.deepEqual(
        (await page.innerText(`${detail} .row-actions`))
          .split("\n")
          .map((s) => s.trim())
          .filter(Boolean),
        ["Вставить значение", "Вставить формулу", "Вставить цитату с источником", "Копировать ссылку"],
      );

      const mir = row("allows-private-mir-use.KZ");
      await page.click(`${mir} button.row-head`);
      const mirFacts = plain(await page.innerText(`${mir} .facts`));
      assert.match(mirFacts, /Основание\s+прямо указано \(предложение называет страну\)/);
      assert.match(
        mirFacts,
        /Условие\s+только после получения на это одобрения США; в источнике: “only after obtaining US approval to do so”/,
      );
      assert.equal(await page.getAttribute(`${mir} .facts .source-words`, "lang"), "en");
      // A note in Russian quotes the source's English words, marked as English.
      const sights = row("telescopic-sights-growth.KG");
      await page.click(`${sights} button.row-head`);
      assert.match(
        await page.textContent(`${sights} .facts`),
        /Примечание.*источник не указывает ни периода/,
      );
      assert.equal(await page.textContent(`${sights} .facts span[lang="en"]`), "“have increase sevenfold”");
    });

    test("charts: Russian titles, countries, periods, “более”, missing wording and spoken summaries", async () => {
      const { page } = pane;
      await page.click(".charts-panel > summary");
      assert.equal(
        (await page.textContent(".charts-panel > summary")).trim(),
        "Сравнение стран: рост товарооборота и опросы",
      );
      const trade = 'figure[data-indicator="trade-growth"]';
      assert.match(
        await page.textContent(`${trade} figcaption`),
        /^Рост товарооборота России .*\(периоды разные\)$/,
      );
      const rows = (await page.$$eval(`${trade} g.chart-row`, (gs) => gs.map((g) => g.textContent))).map(
        plain,
      );
      assert.ok(
        rows.some((r) => r.includes("Казахстан") && r.includes("янв.–окт. 2022") && r.includes("10%")),
      );
      assert.ok(rows.some((r) => r.includes("Таджикистан") && r.includes(">22%") && r.includes("более")));
      const poll = 'figure[data-indicator="poll-war-blame"]';
      const missing = await page.$$eval(`${poll} g.chart-row.missing`, (gs) =>
        gs.map((g) => [g.getAttribute("data-country"), g.textContent]),
      );
      assert.deepEqual(missing, [
        ["TJ", "Таджикистанв источнике нет опроса"],
        ["TM", "Туркменистанв источнике нет опроса"],
      ]);
      const summary = plain(await page.textContent(`${trade} svg title`));
      assert.match(summary, /Узбекистан: 40%, янв\.–сент\. 2022/);
      assert.match(summary, /Таджикистан: более 22%/);
      const notes = await page.$$eval(`${poll} .chart-note`, (p) => p.map((x) => x.textContent));
      // The records' caveat in Russian, once: no poll date, no pollster.
      assert.deepEqual(notes, [
        "В источнике нет опроса для стран: Таджикистан, Туркменистан.",
        "Источник вводит все три цифры словами “most people in Central Asia” («большинство жителей Центральной Азии»), хотя 30% — не большинство. Источник не называет ни даты опросов, ни того, кто их проводил (“polls show”).",
      ]);
      assert.match(await page.textContent(`${poll} figcaption`), /на российскую оккупацию Украины/);
      assert.equal(
        (await page.textContent('fluent-button[data-action="insert-poll-chart"]')).trim(),
        "Вставить диаграмму опроса",
      );
    });

    test("the country card: Russian sections, sublabels and texts; Excel's property names", async () => {
      const { page } = pane;
      await page.click(".card-panel > summary");
      assert.equal(await page.textContent(".card-preview .card-title"), "Казахстан");
      const sections = await page.$$eval(".card-preview h3", (h) => h.map((x) => x.textContent));
      assert.ok(sections.includes("Позиции") && sections.includes("О стране"), sections.join());
      assert.match(
        await page.textContent('.card-preview dd[data-property="Source"] .card-value'),
        /^Темур Умаров, “Russia/,
      );
      assert.equal(
        await page.textContent('.card-preview dd[data-property="RussianName"] .card-value'),
        "Казахстан",
      );
      assert.match(
        plain(await page.textContent('.card-preview dd[data-property="Allows private MIR use"]')),
        /^ИСТИНАпрямо указано, только после получения на это одобрения США, на 23 дек\. 2022$/,
      );
      assert.equal(await page.textContent(".card-preview dt code >> nth=0"), "Trade growth");
      // A unit's word in Russian, agreeing with the number; the name stays Excel's.
      assert.equal(
        plain(await page.textContent('.card-preview dd[data-property="Region Putin meetings"] .card-value')),
        ">50 встреч",
      );
      assert.equal(await page.textContent(".card-intro code"), "=CA.СТРАНА_ЦА(…)");
    });

    test("search finds records by their Russian words as well as by English, names and codes", async () => {
      const { page } = pane;
      await search(page, "товарооборот");
      const trade = await shownIds(page);
      assert.deepEqual(
        trade.filter((id) => !id.startsWith("trade-growth.")),
        [],
      );
      assert.equal(trade.length, 5);
      assert.equal((await page.textContent("#status")).trim(), `Показано записей: 5 из ${TOTAL_RECORDS}`);
      await search(page, "Узбекистан товарооборот");
      assert.deepEqual(await shownIds(page), ["trade-growth.UZ"]);
      await search(page, "pipeline");
      assert.ok((await shownIds(page)).includes("oil-pipeline-halted.KZ"));
      await search(page, "нет такого слова");
      assert.equal(
        (await page.textContent("#records .empty p")).trim(),
        "Ничего не найдено: нет подходящих показателей, позиций или событий.",
      );
    });

    test("inserting outside Excel says so in Russian", async () => {
      const { page } = pane;
      await page.click('fluent-button[data-action="insert-table"]');
      const { text, intent } = await messageText(page);
      assert.match(text, /^Для вставки нужен Excel/);
      assert.equal(intent, "info");
      assert.equal(
        await page.getAttribute("#messages fluent-button[slot=dismiss]", "aria-label"),
        "Закрыть сообщение",
      );
    });

    test("exports: what a Russian Excel reads in columns: `;`, a byte-order mark, 0,4, ЛОЖЬ and Russian words", async () => {
      const { page } = pane;
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.click('fluent-button[data-action="download-csv"]'),
      ]);
      assert.equal(download.suggestedFilename(), "central-asia-indicators.csv");
      const file = readFileSync(await download.path(), "utf8");
      assert.equal(file.charAt(0), "\uFEFF", "the byte-order mark makes Excel read the file as UTF-8");
      assert.ok(
        file.startsWith("\uFEFFкод;страна;"),
        "no sep= line: `;` is a Russian Excel's own list separator",
      );
      const rows = parseCsv(file.slice(1), ";");
      for (const row of rows) assert.equal(row.length, rows[0].length);
      assert.deepEqual(rows[0], [
        "код",
        "страна",
        "описание",
        "значение",
        "единица",
        "период",
        "начало периода",
        "конец периода",
        "оговорка",
        "основание",
        "условие",
        "связанные записи",
        "примечание",
        "примеры",
        "пример к записям",
      ]);
      const uz = rows.find((r) => r[0] === "trade-growth.UZ");
      assert.deepEqual(uz?.slice(0, 8), [
        "trade-growth.UZ",
        "Узбекистан",
        "Рост товарооборота России с Узбекистаном",
        "0,4",
        "%",
        "янв.–сент.\u00a02022",
        "2022-01-01",
        "2022-09-30",
      ]);
      const invasion = rows.find((r) => r[0] === "supported-invasion.UZ");
      assert.deepEqual([invasion?.[3], invasion?.[8]], ["ЛОЖЬ", "утверждается"]);
      assert.equal(
        plain(await page.textContent("#messages .message-text")),
        `Сохранено: ${TOTAL_RECORDS} записей в файл central-asia-indicators.csv.`,
      );
      assert.equal(await page.textContent("#messages .message-text code"), "central-asia-indicators.csv");

      await page.click('fluent-button[data-action="copy-tsv"]');
      await page.waitForFunction(() =>
        document.querySelector("#messages")?.textContent?.includes("Скопировано"),
      );
      const tsv = await page.evaluate(() => navigator.clipboard.readText());
      assert.equal(tsv.split("\r\n")[0].split("\t")[0], "код");
      const tsvUz = tsv.split("\r\n").find((line) => line.startsWith("trade-growth.UZ\t"));
      assert.deepEqual(tsvUz?.split("\t").slice(1, 4), [
        "Узбекистан",
        "Рост товарооборота России с Узбекистаном",
        "0,4",
      ]);
    });

    test("no English word in the whole pane, every row, chart, card and message opened", async () => {
      const { page } = pane;
      await page.evaluate(() => {
        for (const panel of document.querySelectorAll("details")) panel.open = true;
        for (const head of document.querySelectorAll("button.row-head"))
          /** @type {HTMLElement} */ (head).click();
      });
      assert.equal(
        await page.$$eval(".detail blockquote", (q) => q.length),
        TOTAL_RECORDS,
        "every row opened",
      );
      await page.click('fluent-button[data-action="insert-stance-matrix"]');
      await messageText(page);
      const texts = await paneTexts(page);
      assert.ok(texts.length > 500, `the scan read the pane (${texts.length} texts)`);
      assert.ok(texts.filter((t) => cyrillic.test(t)).length > 400);
      assert.deepEqual(englishWords(texts), []);
      // The scan leaves out only what stays English: quotes, the source's words and names, code.
      const quotes = await page.$$eval("blockquote", (q) =>
        q.every((x) => /[A-Za-z]/.test(x.textContent ?? "")),
      );
      assert.ok(quotes);
    });
  },
  { locale: "ru-RU" },
);
