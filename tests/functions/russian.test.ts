/*
 * The functions' #VALUE! and #N/A messages follow Excel's display language: Russian for ru-*, English
 * otherwise, learnt from Office.js at call time and remembered. Values never change with the language.
 */
import { loadRussian } from "../../src/functions/answer";
import { forgetDisplayLanguage } from "../../src/functions/capabilities";
import * as CA from "../../src/functions/functions";
import { EN_MESSAGES } from "../../src/core/i18n/messages";
import { RU_MESSAGES } from "../../src/core/i18n/ru/messages";
import { evaluate, installCustomFunctionsShim } from "../support/customFunctionsShim";

installCustomFunctionsShim();

function excelIn(displayLanguage: string | null): void {
  forgetDisplayLanguage();
  const global = globalThis as { Office?: unknown };
  if (displayLanguage === null) delete global.Office;
  else global.Office = { context: { displayLanguage } };
}

// The Russian words load once per session (a Promise the first time); here, before the tests.
beforeAll(() => loadRussian());
afterAll(() => excelIn(null));

type Fn = (...args: unknown[]) => unknown;
const call = (fn: unknown, ...args: unknown[]) =>
  evaluate(() => (fn as Fn)(...args)) as { code?: string; message?: string };

describe("in a Russian Excel", () => {
  beforeEach(() => excelIn("ru-RU"));

  test.each([
    [
      CA.rutrade,
      ["Uzbekstan"],
      "#VALUE!",
      "Неизвестная страна «Uzbekstan». Возможно, имелось в виду Узбекистан?",
    ],
    [
      CA.rupoll,
      ["TJ"],
      "#N/A",
      "В источнике нет опроса для страны «Таджикистан»; есть для: Кыргызстан, Казахстан, Узбекистан.",
    ],
    [
      CA.indicator,
      ["supported-georgia-war", "UZ"],
      "#N/A",
      'только для Центральной Азии в целом (2008), а не для страны «Узбекистан»: используйте =CA.ПОКАЗАТЕЛЬ_ЦА("supported-georgia-war").',
    ],
    [CA.rutrade, [42], "#VALUE!", "Ожидался текст (название или код страны), а получено число 42."],
    [CA.rutrade, ["UZ", "perod"], "#VALUE!", "Неизвестное поле «perod». Возможно, имелось в виду «period»?"],
    [CA.rutrade, ["Russia"], "#VALUE!", "Россия — вторая сторона в каждом показателе"],
    [CA.country, ["Central Asia"], "#VALUE!", "CA.СТРАНА_ЦА принимает одну из пяти стран"],
  ])("%p %j → %s in Russian", (fn, args, code, message) => {
    const answer = call(fn, ...args);
    expect(answer.code).toBe(code);
    expect(answer.message).toContain(message);
    // Field and topic values (source, country…) are typed in English; the sentence around them is not.
    expect(answer.message).not.toMatch(/\b(the|Unknown|Expected|received|Use|reports)\b/);
  });

  test.each([
    [["security", "KZ"], "В источнике нет записей по теме «безопасность» для страны «Казахстан»."],
    [["trade", "Central Asia"], "В источнике нет записей по теме «торговля» по Центральной Азии в целом."],
  ])("CA.ПОКАЗАТЕЛИ_ЦА %j finds nothing: %s", (args, message) => {
    const answer = call(CA.indicators, ...args);
    expect(answer.code).toBe("#N/A");
    expect(answer.message).toBe(message);
  });

  test.each([
    ["Китай", "Китай не входит в число пяти стран Центральной Азии: укажите одну из пяти стран"],
    ["Афганистан", "Афганистан не входит в число пяти стран Центральной Азии"],
    ["Украина", "Украина не входит в число пяти стран Центральной Азии"],
    ["Россия", "Россия — вторая сторона в каждом показателе"],
    ["China", "Китай не входит в число пяти стран Центральной Азии"],
  ])("%s, not in scope, is told so (not «Неизвестная страна»)", (typed, message) => {
    const answer = call(CA.rutrade, typed);
    expect(answer.code).toBe("#VALUE!");
    expect(answer.message).toContain(message);
  });

  test("a figure asked of the region is not asked of a «страна»", () => {
    const answer = call(CA.rutrade, "Central Asia");
    expect(answer.message).toContain("по Центральной Азии в целом");
    expect(answer.message).not.toContain("страны «Центральная Азия»");
  });

  test.each([
    [256, "из 256 символов"],
    [301, "из 301 символа"],
    [322, "из 322 символов"],
    [1001, "из 1 001 символа"],
  ])("a %i-character country: %s", (length, words) => {
    const answer = call(CA.rutrade, "x".repeat(length));
    expect(answer.message?.replace(/\u00a0/g, " ")).toContain(words);
    expect(answer.message).toMatch(/не длиннее 64 символов/);
  });

  test("invisible characters in what was typed show as code points", () => {
    const answer = call(CA.rutrade, "UZ\u202eevil");
    expect(answer.message).toMatch(/^Неизвестная страна «UZ<U\+202E>evil»\./);
    expect(answer.message).not.toMatch(/[\p{Cc}\p{Cf}]/u);
  });

  test("numbers do not change with the language; text comes in Russian unless a formula pins English", () => {
    expect(call(CA.rutrade, "Узбекистан")).toBe(0.4);
    expect(call(CA.rutrade, "UZ", "period")).toBe("янв.–сент.\u00a02022");
    expect(call(CA.rutrade, "UZ", "period", "en")).toBe("Jan–Sep 2022");
  });

  test("a period in a message is the Russian period", () => {
    expect(call(CA.indicator, "putin-meetings", "KZ").message).toMatch(/\(2022 \(по\s23\sдек\.\)\)/);
  });
});

describe("language is learnt once, and switching clears answers that carry messages", () => {
  test("English Excel: English messages; then Russian: Russian, though the same wrong input was cached", () => {
    excelIn("en-US");
    expect(call(CA.rutrade, "Atlantis").message).toMatch(/^Unknown country “Atlantis”\./);
    excelIn("ru-KZ");
    expect(call(CA.rutrade, "Atlantis").message).toMatch(/^Неизвестная страна «Atlantis»\./);
    // Remembered: a later change of Office's answer is not asked about again.
    (globalThis as { Office?: { context: { displayLanguage: string } } }).Office = {
      context: { displayLanguage: "en-US" },
    };
    expect(call(CA.rutrade, "Atlantis").message).toMatch(/^Неизвестная/);
  });

  test("before Office.js reports a language, English", () => {
    excelIn(null);
    expect(call(CA.rutrade, "Atlantis").message).toMatch(/^Unknown country/);
  });
});

test("both catalogs say every message (the same keys)", () => {
  expect(Object.keys(RU_MESSAGES).sort()).toEqual(Object.keys(EN_MESSAGES).sort());
});
