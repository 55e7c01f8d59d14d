/*
 * Text results follow Excel's display language, or the language a formula pins with its last argument:
 * labels, periods, units, qualifiers, bases, countries, conditions, notes, events, CA.INDICATORS' header,
 * CA.COUNTRIES' names and the country card. Ids, numbers, TRUE/FALSE and quotes never change. Fields and
 * topics are accepted in Russian too. The first Russian answer of a session waits for the Russian words
 * (a Promise); later ones come at once.
 */
import { loadRussian } from "../../src/functions/answer";
import { loadCards } from "../../src/functions/card";
import { forgetDataTypeSupport, forgetDisplayLanguage } from "../../src/functions/capabilities";
import * as CA from "../../src/functions/functions";
import { countryCard } from "../../src/cells/countryCard";
import { RECORDS_BY_ID } from "../../src/core/dataset";
import { CARD_LINKS } from "../../src/core/hosting";
import { EN_WORKBOOK } from "../../src/excel/i18n/en";
import { RU_WORKBOOK } from "../../src/excel/i18n/ru";
import { describeBuilt } from "../support/build";
import { loadFunctions } from "../support/builtFunctions.cjs";
import { evaluate, installCustomFunctionsShim } from "../support/customFunctionsShim";

installCustomFunctionsShim();

/** Excel with a display language and data types (Microsoft 365), or without Office.js at all. */
function excelIn(displayLanguage: string | null): void {
  forgetDisplayLanguage();
  forgetDataTypeSupport();
  const global = globalThis as { Office?: unknown };
  if (displayLanguage === null) delete global.Office;
  else
    global.Office = {
      context: { displayLanguage, requirements: { isSetSupported: () => true } },
    };
}

afterAll(() => excelIn(null));

type Fn = (...args: unknown[]) => unknown;
const call = (fn: unknown, ...args: unknown[]): unknown => evaluate(() => (fn as Fn)(...args));
const failure = (fn: unknown, ...args: unknown[]) => call(fn, ...args) as { code?: string; message?: string };

test("the first Russian answer waits for the Russian words, then answers in Russian; the next comes at once", async () => {
  excelIn("ru-RU");
  const first = call(CA.rutrade, "UZ", "period");
  expect(first).toBeInstanceOf(Promise);
  await expect(first).resolves.toBe("янв.–сент.\u00a02022");
  expect(call(CA.rutrade, "UZ", "period")).toBe("янв.–сент.\u00a02022");
});

test.each([
  ["ru-RU", RU_WORKBOOK],
  ["en-US", EN_WORKBOOK],
])(
  "in Excel %s, CA.COUNTRY is exactly the card the pane previews in that language",
  async (display, texts) => {
    await Promise.all([loadRussian(), loadCards()]);
    excelIn(display);
    for (const code of ["KZ", "UZ", "TJ", "KG", "TM"] as const) {
      const pane = countryCard(code, "double", CARD_LINKS, { words: texts.words, labels: texts.card });
      expect(call(CA.country, code)).toEqual(pane);
    }
  },
);

const quote = (id: string) => RECORDS_BY_ID.get(id)?.quote;

describe.each([
  ["ru-RU", "display language", undefined],
  ["en-US", "pinned", "ru"],
  ["en-US", "pinned in Russian spelling", "рус"],
])("Russian results (Excel %s, %s)", (display, _how, pin) => {
  beforeAll(() => loadRussian());
  beforeEach(() => excelIn(display));
  // Every argument in its place, the language last.
  const trade = (country: string, field?: string) => call(CA.rutrade, country, field, pin);
  const poll = (country: string, field?: string) => call(CA.rupoll, country, field, pin);
  const indicator = (id: string, country?: string, field?: string) =>
    call(CA.indicator, id, country, field, pin);
  const indicators = (topic?: string, country?: string) => call(CA.indicators, topic, country, pin);

  test("CA.RUTRADE's fields: label, period, unit, qualifier, country in Russian; number, id, quote, dates unchanged", () => {
    expect(trade("UZ", "label")).toBe("Рост товарооборота России с Узбекистаном");
    expect(trade("UZ", "period")).toBe("янв.–сент.\u00a02022");
    expect(trade("UZ", "unit")).toBe("%");
    expect(trade("TJ", "qualifier")).toBe("более");
    expect(trade("UZ", "country")).toBe("Узбекистан");
    expect(trade("UZ", "id")).toBe("trade-growth.UZ");
    expect(trade("UZ", "quote")).toBe(quote("trade-growth.UZ"));
    expect(trade("UZ", "start")).toBe("2022-01-01");
    expect(trade("UZ", "value")).toEqual(expect.objectContaining({ basicValue: 0.4 }));
  });

  test("CA.RUPOLL and CA.INDICATOR: labels, notes, bases, conditions, events in Russian; TRUE/FALSE unchanged", () => {
    expect(poll("KG", "label")).toMatch(/^Жители Кыргызстана, которые возлагают вину/);
    expect(indicator("putin-meetings", undefined, "note")).toMatch(/^Во введении говорится/);
    expect(indicator("putin-meetings", undefined, "country")).toBe("Центральная Азия");
    expect(indicator("allows-private-mir-use", "KZ", "condition")).toBe(
      "только после получения на это одобрения США",
    );
    expect(indicator("allows-private-mir-use", "KZ", "basis")).toBe("прямо указано");
    expect(indicator("supported-invasion", "UZ")).toBe(false);
    expect(indicator("supported-invasion", "UZ", "unit")).toBe("да/нет");
    expect(indicator("csto-exercises-cancelled.KG")).toBe(
      "Кыргызстан отменил военные учения ОДКБ на своей территории",
    );
    expect(indicator("csto-exercises-cancelled.KG", undefined, "unit")).toBe("событие");
    expect(indicator("csto-exercises-cancelled.KG", undefined, "period")).toBe("окт.\u00a02022");
  });

  test("CA.INDICATORS: a Russian header and Russian words; ids, numbers and TRUE/FALSE as they are", () => {
    const rows = indicators("trade") as unknown[][];
    expect(rows[0].slice(0, 7)).toEqual([
      "код",
      "страна",
      "описание",
      "значение",
      "единица",
      "период",
      "оговорка",
    ]);
    const uz = rows.find((row) => row[0] === "trade-growth.UZ");
    expect(uz?.slice(0, 7)).toEqual([
      "trade-growth.UZ",
      "Узбекистан",
      "Рост товарооборота России с Узбекистаном",
      0.4,
      "%",
      "янв.–сент.\u00a02022",
      "точно",
    ]);
    const events = indicators("events", "KG") as unknown[][];
    expect(events.find((row) => row[0] === "csto-exercises-cancelled.KG")?.[2]).toBe(
      "Кыргызстан отменил военные учения ОДКБ на своей территории",
    );
    const stances = indicators("stances", "UZ") as unknown[][];
    expect(stances.find((row) => row[0] === "supported-invasion.UZ")?.[3]).toBe(false);
  });

  test("CA.COUNTRIES: Russian names, ISO codes", () => {
    expect(call(CA.countries, pin)).toEqual([
      ["Казахстан", "KZ"],
      ["Узбекистан", "UZ"],
      ["Таджикистан", "TJ"],
      ["Кыргызстан", "KG"],
      ["Туркменистан", "TM"],
    ]);
  });

  test("CA.COUNTRY: the card's text, section titles, sublabels and provider in Russian; property names as in English", () => {
    const card = (
      pin === undefined ? call(CA.country, "UZ") : call(CA.country, "UZ", pin)
    ) as Excel.EntityCellValue;
    const english = call(CA.country, "UZ", "en") as Excel.EntityCellValue;
    expect(card.text).toBe("Узбекистан");
    expect(english.text).toBe("Uzbekistan");
    expect(Object.keys(card.properties ?? {})).toEqual(Object.keys(english.properties ?? {}));
    const titles = card.layouts?.card?.sections?.map((s) => s.title);
    expect(titles).toEqual(
      expect.arrayContaining(["Торговля", "Позиции", "События", "Центральная Азия в целом", "О стране"]),
    );
    expect(card.provider?.description).toMatch(/^Показатели Центральной Азии/);
    const trade = card.properties?.["Trade growth"] as Excel.DoubleCellValue & {
      propertyMetadata?: Excel.CellValuePropertyMetadata;
    };
    expect(trade.basicValue).toBe(0.4);
    expect(trade.propertyMetadata?.sublabel).toBe("янв.–сент.\u00a02022");
    expect(card.properties?.Country).toEqual(expect.objectContaining({ basicValue: "Узбекистан" }));
    // A unit's word agrees with the number in Russian; the quotes stay the source's English.
    expect(card.properties?.["Region Putin meetings"]).toMatchObject({ numberFormat: '">"0"\u00a0встреч"' });
    const sources = card.properties?.Sources as Excel.EntityCellValue;
    expect(sources.text).toBe("Источники");
    expect(sources.properties?.["Trade growth"]).toMatchObject({
      basicValue: expect.stringMatching(/^[A-Z]/),
    });
  });
});

describe.each([
  ["en-US", undefined],
  ["ru-RU", "en"],
  ["ru-RU", "англ"],
  ["ru-RU", "English"],
])("English results (Excel %s, language %p)", (display, pin) => {
  beforeAll(() => loadRussian());
  beforeEach(() => excelIn(display));
  // Every argument in its place, the language last.
  const trade = (country: string, field?: string) => call(CA.rutrade, country, field, pin);
  const poll = (country: string, field?: string) => call(CA.rupoll, country, field, pin);
  const indicator = (id: string, country?: string, field?: string) =>
    call(CA.indicator, id, country, field, pin);
  const indicators = (topic?: string, country?: string) => call(CA.indicators, topic, country, pin);

  test("fields, the spill, the countries and the card in English", () => {
    expect(trade("UZ", "period")).toBe("Jan–Sep 2022");
    expect(trade("TJ", "qualifier")).toBe("more than");
    expect(poll("KZ", "country")).toBe("Kazakhstan");
    expect(indicator("csto-exercises-cancelled.KG")).toMatch(/^[A-Z][a-z]/);
    expect((indicators("trade") as unknown[][])[0].slice(0, 3)).toEqual(["id", "country", "label"]);
    expect((call(CA.countries, pin) as unknown[][])[0]).toEqual(["Kazakhstan", "KZ"]);
    const card = call(CA.country, "KZ", pin) as Excel.EntityCellValue;
    expect(card.text).toBe("Kazakhstan");
    expect(card.layouts?.card?.sections?.map((s) => s.title)).toContain("Stances");
    expect(card.provider?.description).toMatch(/^Central Asia Indicators/);
  });
});

describe("Russian words as arguments", () => {
  beforeAll(() => loadRussian());

  test.each([
    ["период", "Jan–Oct 2022"],
    ["Период", "Jan–Oct 2022"],
    ["оговорка", "exact"],
    ["описание", "Growth of Russia’s trade turnover with Kazakhstan"],
    ["код", "trade-growth.KZ"],
  ])('=CA.RUTRADE("KZ"; %p) in an English Excel answers in English: %p', (word, expected) => {
    excelIn("en-US");
    expect(call(CA.rutrade, "KZ", word)).toBe(expected);
  });

  test.each([
    ["торговля", "trade-growth.KZ", 5],
    ["Общественное мнение", "poll-war-blame.KZ", 3],
    ["цифры", "putin-meetings", 14],
    ["события", "csto-exercises-cancelled.KG", 33],
    ["позиции", "supported-invasion.UZ", 32],
  ])("=CA.ПОКАЗАТЕЛИ_ЦА(%p) lists %s among its rows", (topic, id, atLeast) => {
    excelIn("ru-RU");
    const rows = call(CA.indicators, topic) as unknown[][];
    expect(rows.map((row) => row[0])).toContain(id);
    expect(rows.length - 1).toBeGreaterThanOrEqual(atLeast);
  });

  test("an unknown Russian field lists the Russian fields, with a guess in Russian", () => {
    excelIn("ru-RU");
    const answer = failure(CA.rutrade, "KZ", "перод");
    expect(answer.code).toBe("#VALUE!");
    expect(answer.message).toMatch(/^Неизвестное поле «перод»\. Возможно, имелось в виду «период»\?/);
    expect(answer.message).toContain("значение, период, оговорка, цитата");
  });

  test("an unknown topic lists the Russian topics in a Russian Excel and the English ones in English", () => {
    excelIn("ru-RU");
    const ru = failure(CA.indicators, "торговл");
    expect(ru.message).toMatch(/Возможно, имелось в виду «торговля»\?/);
    expect(ru.message).toContain("торговля, общественное мнение, энергетика");
    expect(ru.message).toContain("цифры, события");
    excelIn("en-US");
    const en = failure(CA.indicators, "trde");
    expect(en.message).toContain("trade, opinion, energy");
    expect(en.message).not.toMatch(/[а-я]/);
  });
});

describe("a language that is not one", () => {
  beforeAll(() => loadRussian());

  test.each([
    [CA.rutrade, ["UZ", "period", "de"]],
    [CA.rupoll, ["KG", undefined, "fr"]],
    [CA.indicator, ["putin-meetings", undefined, "label", "русск"]],
    [CA.indicators, ["trade", undefined, "english please"]],
    [CA.country, ["KZ", 7]],
    [CA.countries, ["xx"]],
  ])("%p %j → #VALUE! naming en and ru", (fn, args) => {
    excelIn("en-US");
    const en = failure(fn, ...args);
    expect(en.code).toBe("#VALUE!");
    expect(en.message).toMatch(
      /^(Unknown language “.+”\. Use "en" or "ru" \(empty: Excel's display language\)|Expected a language as text)/,
    );
    excelIn("ru-RU");
    const ru = failure(fn, ...args);
    expect(ru.code).toBe("#VALUE!");
    expect(ru.message).toMatch(
      /^(Неизвестный язык «.+»\. Укажите «ru» \(«рус»\) или «en» \(«англ»\)|Ожидался текст \(язык\))/,
    );
  });
});

test("answers are cached per language: the same call answers in each", () => {
  excelIn("en-US");
  for (let i = 0; i < 2; i += 1) {
    expect(call(CA.rutrade, "UZ", "period", "en")).toBe("Jan–Sep 2022");
    expect(call(CA.rutrade, "UZ", "period", "ru")).toBe("янв.–сент.\u00a02022");
    expect(call(CA.rutrade, "UZ", "period")).toBe("Jan–Sep 2022");
  }
});

test("when the Russian words cannot load, a Russian answer is #VALUE! saying so; English answers meanwhile", async () => {
  excelIn("ru-RU");
  await jest.isolateModulesAsync(async () => {
    jest.doMock("../../src/functions/russian", () => {
      throw new Error("offline");
    });
    const isolated = await import("../../src/functions/functions");
    const rutrade = isolated.rutrade as Fn;
    await expect(Promise.resolve().then(() => rutrade("UZ", "period"))).rejects.toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/^Русские тексты \(ru\.js\) не загрузились: offline\./),
    });
    expect(rutrade("UZ", "period", "en")).toBe("Jan–Sep 2022");
  });
});

describeBuilt("the built functions.js in a Russian Excel", ["functions.js", "ru.js", "card.js"], () => {
  test("the first call loads ru.js (webpack's on-demand file) and answers in Russian; later calls at once", async () => {
    const built = loadFunctions({ CustomFunctionsRuntime: "1.4", ExcelApi: "1.19" }, "ru-RU");
    const rutrade = built.get("RUTRADE") as Fn;
    const first = rutrade("UZ", "period");
    // A Promise of the bundle's own realm (the vm context), so known by its then().
    expect(typeof (first as { then?: unknown }).then).toBe("function");
    expect(await first).toBe("янв.–сент.\u00a02022");
    expect(rutrade("UZ", "period")).toBe("янв.–сент.\u00a02022");
    expect(rutrade("UZ", "period", "en")).toBe("Jan–Sep 2022");
    // The card builder is its own on-demand file (card.js): the first card waits for it, the next comes at once.
    const country = built.get("COUNTRY") as Fn;
    const firstCard = country("KZ");
    expect(typeof (firstCard as { then?: unknown }).then).toBe("function");
    const card = (await firstCard) as Excel.EntityCellValue;
    expect(country("KZ")).toBe(card);
    expect([card.text, card.provider?.description]).toEqual([
      "Казахстан",
      expect.stringMatching(/^Показатели Центральной Азии/),
    ]);
    expect(((built.get("INDICATORS") as Fn)("торговля") as unknown[][])[0][2]).toBe("описание");
  });
});
