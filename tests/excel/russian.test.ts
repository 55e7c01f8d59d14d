/*
 * What the pane writes into a workbook when it speaks Russian: every title, header, note, label, period,
 * qualifier and sentence in Russian; quotes, ids and related ids as the source has them; numbers and
 * booleans as values, under Excel's own (locale-independent) number formats.
 */
import { countryCard } from "../../src/cells/countryCard";
import { RECORDS } from "../../src/core/dataset";
import { RU_TERMS } from "../../src/core/i18n/ru/terms";
import { ruCountedUnit, RU_VOCABULARY } from "../../src/core/i18n/ru/vocabulary";
import { CARD_LINKS } from "../../src/core/hosting";
import { createPreviewActions, NO_EXCEL_MESSAGE } from "../../src/excel/actions";
import { comparisonChartData, stanceMatrix, tableBlock, timeline } from "../../src/excel/blocks";
import { singleCellPlan } from "../../src/excel/cellPlans";
import type { Placement } from "../../src/excel/plans";
import type { WorkbookTexts } from "../../src/excel/i18n/types";
import { describeExcelError, refusalFromError } from "../../src/excel/errors";
import { guard, type Inspection } from "../../src/excel/guard";
import { EN_WORKBOOK } from "../../src/excel/i18n/en";
import { RU_WORKBOOK } from "../../src/excel/i18n/ru";
import { TABLE_COLUMNS } from "../../src/excel/columns";
import { EXCEL_ERROR_CODES } from "../../src/excel/errors";
import { englishWords } from "../taskpane/latinWords";
import { record } from "../support/records";

const RU = RU_WORKBOOK;
const cyrillic = /[А-Яа-яЁё]/;

describe("the workbook texts", () => {
  test("Russian has every key of English, and every Excel error code a sentence in both", () => {
    const keys = (table: object) => Object.keys(table).sort();
    expect(keys(RU_WORKBOOK)).toEqual(keys(EN_WORKBOOK));
    for (const nested of ["tableColumns", "timelineColumns", "stanceNotes", "errors", "card"] as const) {
      expect([nested, keys(RU_WORKBOOK[nested])]).toEqual([nested, keys(EN_WORKBOOK[nested])]);
    }
    expect(keys(RU_WORKBOOK.errors)).toEqual([...EXCEL_ERROR_CODES].sort());
  });

  test("Russian sentences name the insert and the cells, with the plural Russian needs", () => {
    expect(RU.needs(RU.tableWhat("Торговля", 6), "B3:M11", 9, 12)).toBe(
      "Таблица «Торговля» (6 строк): нужен диапазон B3:M11 (9 строк × 12 столбцов)",
    );
    expect(RU.tableWhat("Т", 1)).toBe("Таблица «Т» (1 строка)");
    expect(RU.timelineWhat(26)).toBe("Хронология (26 событий)");
    expect(RU.occupied({ address: "B5", holds: "value" }, 3)).toBe(
      "в B5 есть значение, и ещё 3 ячейки заняты",
    );
    expect(RU.occupied({ address: "B5", holds: "formula" }, 1)).toBe(
      "в B5 есть формула, и ещё 1 ячейка занята",
    );
    expect(RU.occupied({ address: "B5", holds: "note" }, 0)).toBe("в B5 есть примечание");
    expect(RU.occupied({ address: "B5", holds: "format", format: "0,00" }, 0)).toBe(
      "у B5 свой числовой формат (0,00)",
    );
    expect(RU.done(RU.insertedFormula('=CA.ТОРГОВЛЯ_РФ("UZ")'), RU.located("Data", "C2"), false)).toBe(
      'Вставлено в C2 на листе «Data»: формула =CA.ТОРГОВЛЯ_РФ("UZ").',
    );
  });

  test("the guard and Excel's errors speak Russian", () => {
    const seen: Inspection = {
      address: "Data!B3:M11",
      formulas: [],
      hasSpill: false,
      sheetName: "Data",
      sheetProtected: true,
      tableNames: [],
      mergedAreas: [],
      chartArea: null,
      blockFrame: null,
      chartFrame: null,
      drawings: [],
    };
    const plan = { what: RU.stanceMatrixWhat, rowCount: 9, columnCount: 7 };
    expect(guard(plan, seen, RU)).toMatchObject({
      reason: "protected",
      message: expect.stringContaining("Лист «Data» защищён, поэтому ничего не вставлено."),
    });
    expect(guard(plan, { ...seen, sheetProtected: false, tableNames: ["Trade"] }, RU)).toMatchObject({
      reason: "table",
      message:
        "Матрица позиций: нужен диапазон B3:M11 (9 строк × 7 столбцов). Эта область пересекается с таблицей Excel «Trade». Ничего не вставлено: выберите другую ячейку или вставьте на новый лист.",
    });
    const denied = Object.assign(new Error("Access denied."), { code: "AccessDenied" });
    expect(describeExcelError(denied, RU)).toMatch(/^Excel не разрешил изменение/);
    expect(refusalFromError(denied, "write", RU.located("Data", "B3:M11"), RU).ok).toBe(false);
    expect(describeExcelError(Object.assign(new Error("Odd."), { code: "New" }), RU)).toBe(
      "Excel сообщил об ошибке (New): Odd.",
    );
  });

  test("outside Excel the preview refuses in the pane's language", async () => {
    expect(await createPreviewActions(RU).insertTimeline("active-cell")).toEqual({
      ok: false,
      reason: "no-excel",
      message: RU.noExcel,
      alternatives: [],
    });
    expect(await createPreviewActions().insertTimeline("active-cell")).toMatchObject({
      message: NO_EXCEL_MESSAGE,
    });
    expect(RU.noExcel).toMatch(/^Для вставки нужен Excel/);
    expect(RU.noCards).toMatch(/^Карточкам стран нужен Excel/);
  });

  test("no Russian sentence carries English words (beyond formulas, names and the allow-list)", () => {
    const texts: string[] = [
      ...Object.values(RU_WORKBOOK.errors),
      ...Object.values(RU_WORKBOOK.tableColumns),
      ...Object.values(RU_WORKBOOK.timelineColumns),
      ...Object.values(RU_WORKBOOK.card),
      RU.noExcel,
      RU.noCards,
      RU.needsGuardApi("ExcelApi 1.13"),
      RU.structureProtected,
      RU.mergedLimit("B3"),
      RU.sheetProtected("Лист1"),
      RU.spill(RU.goesIn(RU.valueWhat, "B3")),
      RU.merged(RU.goesIn(RU.formulaWhat, "B3"), "B3:C4"),
      RU.underDrawing(RU.goesIn(RU.valueWhat, "B3"), RU.drawing("chart", "Диаграмма 1")),
      RU.chartOverDrawing("F3:M18", RU.drawing("shape", "Прямоугольник 1")),
      RU.chartCovers("F3:M18", RU.occupied({ address: "F4", holds: "value" }, 0)),
      RU.mayBeIncomplete(RU.located("Лист1", "B3")),
      RU.insertedValue("40%", "янв.–сент. 2022"),
      RU.insertedChart,
      RU.insertedCard("Казахстан"),
      RU.cardSheet("Казахстан"),
    ];
    expect(texts.flatMap(englishWords)).toEqual([]);
    for (const text of texts) expect([text, cyrillic.test(text)]).toEqual([text, true]);
  });
});

describe("Russian words of the dataset", () => {
  test("values in the Russian style: 40% as a Russian Excel shows it, a decimal comma, the unit in Russian", () => {
    const value = (id: string) => RU_VOCABULARY.value(record(id));
    expect(value("trade-growth.UZ")).toBe("40%");
    expect(value("trade-growth.TJ")).toBe(">22%");
    expect(value("telescopic-sights-growth.KG")).toBe("×7");
    expect(value("putin-meetings")).toBe(">50\u00a0встреч");
    expect(value("supported-invasion.KZ")).toBe("Нет");
    expect(RU_VOCABULARY.date("2022-12-23")).toBe("23.12.2022");
  });

  test("every record has a Russian label and, where it has a note, a Russian note; every period a label", () => {
    for (const r of RECORDS) {
      expect([r.id, cyrillic.test(RU_VOCABULARY.label(r))]).toEqual([r.id, true]);
      if (r.note !== undefined)
        expect([r.id, cyrillic.test(RU_VOCABULARY.note(r) ?? "")]).toEqual([r.id, true]);
      expect(Object.keys(RU_TERMS.periods)).toContain(r.period.label);
      expect([r.id, RU_VOCABULARY.condition(r) === "" || cyrillic.test(RU_VOCABULARY.condition(r))]).toEqual([
        r.id,
        true,
      ]);
    }
  });

  test("comparisons: Russian titles, categories and notes", () => {
    expect(RU_VOCABULARY.comparisonTitle("trade-growth")).toMatch(/^Рост товарооборота.*\(периоды разные\)$/);
    const tj = record("trade-growth.TJ");
    if (tj.kind !== "figure") throw new Error("a figure");
    // The hedge with the figure it hedges, not a dangling «более».
    expect(RU_VOCABULARY.categoryLabel(tj)).toBe("Таджикистан (янв.–авг.\u00a02022, более 22%)");
    expect(RU_VOCABULARY.comparisonTitle("poll-war-blame")).toMatch(/^Доля опрошенных, возлагающих вину за /);
    expect(RU_VOCABULARY.comparisonNotes("poll-war-blame")).toEqual([
      "В источнике нет опроса для стран: Таджикистан, Туркменистан.",
      "Источник вводит все три цифры словами “most people in Central Asia” («большинство жителей Центральной Азии»), хотя 30% — не большинство. Источник не называет ни даты опросов, ни того, кто их проводил (“polls show”).",
    ]);
  });
});

describe("Russian blocks: everything in Russian but the quotes and ids", () => {
  test("a table: Russian title, header, countries, labels, units, periods, qualifiers; English quotes", () => {
    const records = RECORDS.slice();
    const block = tableBlock(records, "  ", RU, TABLE_COLUMNS);
    expect(block.title).toBe("Показатели Центральной Азии");
    expect(block.header).toEqual([
      "Страна",
      "Показатель",
      "Значение",
      "Единица",
      "Период",
      "Оговорка",
      "Цитата",
      "Код",
      "Основание",
      "Условие",
      "Связанные записи",
      "Примечание",
      "Примеры",
      "Пример к записям",
    ]);
    const row = (id: string) => block.rows[records.findIndex((r) => r.id === id)];
    const tj = row("trade-growth.TJ");
    expect(tj.slice(0, 6)).toEqual([
      "Таджикистан",
      "Рост товарооборота России с Таджикистаном",
      0.22,
      "%",
      "янв.–авг.\u00a02022",
      "более",
    ]);
    expect(tj[6]).toContain("more than 22 percent with Tajikistan");
    expect(tj[7]).toBe("trade-growth.TJ");
    expect(row("allows-private-mir-use.KZ").slice(8, 10)).toEqual([
      "прямо указано",
      "только после получения на это одобрения США",
    ]);
    expect(row("banks-accept-mir.KZ")[10]).toBe("allows-private-mir-use.KZ");
    expect(row("abides-by-sanctions.KG")[12]).toBe("banks-accept-mir.KG");
    expect(block.sourceLine).toBe(`Источник: ${RU_TERMS.citation}`);
    // Same values and formats as in English: only the words change.
    const english = tableBlock(records, "x", EN_WORKBOOK, TABLE_COLUMNS);
    expect(block.numberFormats).toEqual(english.numberFormats);
    expect(block.rows.map((r) => [r[2], r[6], r[7], r[10], r[12], r[13]])).toEqual(
      english.rows.map((r) => [r[2], r[6], r[7], r[10], r[12], r[13]]),
    );
  });

  test("a chart's data, the stance matrix and the timeline", () => {
    const chart = comparisonChartData("poll-war-blame", RU);
    // One period for all polls: it is in the title, and the rows name the country only.
    expect(chart.header).toEqual(["Страна", "Доля возлагающих вину на оккупацию"]);
    expect(chart.rows.map((r) => r[0])).toEqual(["Кыргызстан", "Казахстан", "Узбекистан"]);
    expect(chart.title).toMatch(
      /на российскую оккупацию Украины \(дата не указана; опубл\. 23\u00a0дек\.\u00a02022\)$/,
    );
    expect(chart.notes).toEqual([
      "В источнике нет опроса для стран: Таджикистан, Туркменистан.",
      "Источник вводит все три цифры словами “most people in Central Asia” («большинство жителей Центральной Азии»), хотя 30% — не большинство. Источник не называет ни даты опросов, ни того, кто их проводил (“polls show”).",
    ]);
    expect(chart.valueAxisTitle).toBe("Доля возлагающих вину на оккупацию");
    expect(chart.chartTitle).toBe(`${chart.title}\nИсточник: Темур Умаров, Carnegie Politika, декабрь 2022`);
    expect(chart.chartTitle.length).toBeLessThanOrEqual(255);
    expect(chart.rows[0][0]).toMatch(cyrillic);

    const matrix = stanceMatrix(RU);
    expect(matrix.title).toMatch(/^Позиции стран Центральной Азии/);
    expect(matrix.header[0]).toBe("Страна");
    expect(matrix.rows.map((r) => r[0])).toEqual([
      "Казахстан",
      "Узбекистан",
      "Таджикистан",
      "Кыргызстан",
      "Туркменистан",
    ]);
    expect(matrix.notes[0]).toMatch(/^ИСТИНА: /);
    expect(matrix.notes.join(" ")).toContain(
      "Казахстан — прямо указано, только после получения на это одобрения США",
    );
    expect(matrix.rows).toEqual(stanceMatrix().rows.map((r, i) => [matrix.rows[i][0], ...r.slice(1)]));

    const events = timeline(RU);
    expect(events.header).toEqual(["Дата", "Начало", "Конец", "Страна", "Событие", "Цитата", "Код"]);
    const english = timeline();
    expect(events.rows.map((r) => r[5])).toEqual(english.rows.map((r) => r[5]));
    expect(events.rows.map((r) => [r[1], r[2]])).toEqual(english.rows.map((r) => [r[1], r[2]]));
    for (const row of events.rows) expect(row[4]).toMatch(cyrillic);
  });

  test("a country card: the same properties, Russian title, sections, sublabels and texts", () => {
    const english = countryCard("KZ", "double", CARD_LINKS);
    const card = countryCard("KZ", "double", CARD_LINKS, { words: RU.words, labels: RU.card });
    const inEnglish = { words: EN_WORKBOOK.words, labels: EN_WORKBOOK.card };
    expect(countryCard("KZ", "double", CARD_LINKS, inEnglish)).toBe(english);
    expect(Object.keys(card.properties ?? {})).toEqual(Object.keys(english.properties ?? {}));
    expect(card.text).toBe("Казахстан");
    const titles = (card.layouts?.card?.sections ?? []).map((s) => s.title);
    expect(titles).toContain("Позиции");
    expect(titles).toContain("О стране");
    for (const title of titles) expect(title).toMatch(cyrillic);
    const mir = card.properties?.AllowsPrivateMirUse as Excel.BooleanCellValue & {
      propertyMetadata?: Excel.CellValuePropertyMetadata;
    };
    expect(mir.basicValue).toBe(true);
    expect(mir.propertyMetadata?.sublabel).toBe(
      "прямо указано, только после получения на это одобрения США, на 23\u00a0дек.\u00a02022",
    );
    const trade = card.properties?.TradeGrowth as Excel.DoubleCellValue;
    expect([trade.basicValue, trade.numberFormat]).toEqual([0.1, "0%"]);
    expect(record("trade-growth.KZ").kind).toBe("figure");
  });
});

describe("counted units after a number, the unit alone in a unit column", () => {
  const meetings = record("putin-meetings");
  const counted = (value: number) =>
    RU_VOCABULARY.value({ ...meetings, qualifier: "exact", value } as typeof meetings);

  test.each([
    [1, "1\u00a0встреча"],
    [2, "2\u00a0встречи"],
    [5, "5\u00a0встреч"],
    [11, "11\u00a0встреч"],
    [21, "21\u00a0встреча"],
    [101, "101\u00a0встреча"],
    [1001, "1\u00a0001\u00a0встреча"],
    [1.5, "1,5\u00a0встречи"],
  ])("%d meetings read %j", (value, text) => {
    expect(counted(value)).toBe(text);
  });

  test.each([
    [1, "год", "страна"],
    [2, "года", "страны"],
    [5, "лет", "стран"],
    [11, "лет", "стран"],
    [21, "год", "страна"],
    [101, "год", "страна"],
    [1001, "год", "страна"],
  ])("%d: years and countries agree with the number (%s, %s)", (value, year, country) => {
    expect(ruCountedUnit(value, "years")).toBe(year);
    expect(ruCountedUnit(value, "countries")).toBe(country);
  });

  test("a unit column names the unit alone in the nominative: встречи, годы, страны", () => {
    expect(RU_VOCABULARY.unit(meetings)).toBe("встречи");
    const units = new Set(RECORDS.map((r) => RU_VOCABULARY.unit(r)));
    for (const genitive of ["встреч", "лет", "стран"]) expect(units).not.toContain(genitive);
    expect(RU_TERMS.units.years).toBe("годы");
    expect(RU_TERMS.units.countries).toBe("страны");
  });
});

describe("dates, periods and headings as a Russian reader writes them", () => {
  test("the citation's republication date in words: «23 декабря 2022 года»", () => {
    expect(RU_TERMS.citation).toContain("перепечатано сайтом exbulletin.com 23\u00a0декабря 2022\u00a0года");
    expect(RU_TERMS.citation).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  test("a period the source does not state agrees under «Дата» and «Период»: «не указано»", () => {
    expect(RU_VOCABULARY.period("not stated")).toBe("не указано");
    expect(
      RU_VOCABULARY.period("after the outbreak of war and the start of mobilization (to 23 Dec 2022)"),
    ).toBe("после начала войны и объявления мобилизации (по 23\u00a0дек.\u00a02022)");
  });

  test("the timeline's dates are written dd.mm.yyyy in Russian, d mmm yy in English, as the same serials", () => {
    const ru = timeline(RU);
    const en = timeline();
    expect(ru.numberFormats[0].slice(1, 3)).toEqual(["dd.mm.yyyy", "dd.mm.yyyy"]);
    expect(en.numberFormats[0].slice(1, 3)).toEqual(["d mmm yy", "d mmm yy"]);
    expect(ru.rows.map((r) => [r[1], r[2]])).toEqual(en.rows.map((r) => [r[1], r[2]]));
  });

  test("the stance heading names «ДНР» and «ЛНР» and says what the source says: recognised as part of Russia", () => {
    const matrix = stanceMatrix(RU);
    expect(matrix.header).toContain(
      "Признал частью России «ДНР», «ЛНР» или другую территорию Украины, об аннексии которой заявляет Россия",
    );
    expect(stanceMatrix().header).toContain(
      "Recognised the self-proclaimed people’s republics of Donetsk and Luhansk, or another Ukrainian territory Russia claims to have annexed, as part of Russia",
    );
  });

  test("the matrix's regional note: one colon, the label quoted, its year once", () => {
    const notes = stanceMatrix(RU).notes;
    expect(notes).toContain(
      "По Центральной Азии в целом, а не по странам: «Тогдашний президент Медведев заручился поддержкой Центральной Азии в войне России против Грузии (2008)» — ЛОЖЬ.",
    );
  });
});

describe("Insert value", () => {
  /** Runs the plan's write against a stand-in cell and returns what it wrote and said. */
  function insertValue(id: string, texts: WorkbookTexts) {
    const cell: { values?: unknown[][]; numberFormat?: unknown[][] } = {};
    const sheet = { getRange: () => cell } as unknown as Excel.Worksheet;
    const at: Placement = {
      sheet,
      sheetName: "Лист1",
      row: 0,
      column: 0,
      tableNames: [],
      newSheet: false,
      date1904: false,
    };
    const message = singleCellPlan(record(id), "value", texts).write(at);
    return { value: cell.values?.[0][0], message };
  }
  const event = RECORDS.find((r) => r.kind === "event" && r.period.label === "Dec 2022 (to 23 Dec)");
  if (event === undefined) throw new Error("an event of Dec 2022 (to 23 Dec)");

  test("an event: the text the pane shows, in its language; the period said once, without nested brackets", () => {
    const ru = insertValue(event.id, RU);
    expect(ru.value).toBe(RU_VOCABULARY.label(event));
    expect(ru.message).toBe(
      `статическое значение «${RU_VOCABULARY.label(event)}» — дек.\u00a02022 (по 23\u00a0дек.)`,
    );
    const en = insertValue(event.id, EN_WORKBOOK);
    expect(en.value).toBe(event.label);
    expect(en.message).toBe(`Inserted “${event.label}”, Dec 2022 (to 23 Dec), as a static value`);
  });

  test("a stance: the message names the logical the cell shows (ЛОЖЬ, FALSE), not «Нет»", () => {
    const ru = insertValue("supported-invasion.KZ", RU);
    expect(ru.value).toBe(false);
    expect(ru.message).toBe("статическое значение ЛОЖЬ (на 23\u00a0дек.\u00a02022)");
    expect(insertValue("supported-invasion.KZ", EN_WORKBOOK).message).toBe(
      "Inserted FALSE (as of 23 Dec 2022) as a static value",
    );
  });

  test("a figure: unchanged in English, 40% in Russian", () => {
    expect(insertValue("trade-growth.UZ", EN_WORKBOOK)).toEqual({
      value: 0.4,
      message: "Inserted 40% (Jan–Sep 2022) as a static value",
    });
    expect(insertValue("trade-growth.UZ", RU)).toEqual({
      value: 0.4,
      message: "статическое значение 40% (янв.–сент.\u00a02022)",
    });
  });
});
