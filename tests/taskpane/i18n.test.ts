/*
 * The pane's UI strings: the Russian table has every key of the English one and no other, every sentence
 * with parameters renders them (with the plural Russian needs), and no Russian string carries English words
 * beyond the source's own words, formulas, ids and the short allow-list.
 */
import { EN, type UiTexts } from "../../src/taskpane/i18n/en";
import { RU } from "../../src/taskpane/i18n/ru";
import { ENGLISH, loadLanguage } from "../../src/taskpane/i18n";
import { RUSSIAN } from "../../src/taskpane/i18n/russian";
import { englishWords, LATIN_ALLOWED } from "./latinWords";

type Value = UiTexts[keyof UiTexts];

/** Every key path of a table, nested objects included ("facts.id"). */
function keyPaths(table: object, prefix = ""): string[] {
  return Object.entries(table).flatMap(([key, value]) =>
    typeof value === "object" && value !== null
      ? keyPaths(value as object, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

/** Arguments for each sentence with parameters, by key. */
const SAMPLES: Readonly<Record<string, readonly unknown[][]>> = {
  couldNotStart: [["Ошибка сети"]],
  regionWide: [["Центральная Азия"]],
  statusAll: [[71]],
  statusShowing: [
    [1, 71],
    [5, 71],
  ],
  insertTableCount: [[6]],
  widenColumns: [["B:G"]],
  insertTimelineCount: [[4]],
  subtitle: [[79]],
  insertTimelineLabel: [[1], [2], [5], [11], [21]],
  insertTableLabel: [[1], [2], [5], [21], [71]],
  downloadCsvTitle: [["central-asia-indicators.csv"]],
  copied: [[1], [3], [71]],
  saved: [
    [1, "central-asia-indicators.csv"],
    [71, "central-asia-indicators.csv"],
  ],
  tableTitleOf: [[["Торговля", "Казахстан"]]],
  searchPart: [["нефть"]],
  couldNot: [["вставить таблицу", "сбой сети"]],
  topicTableLabel: [
    ["Торговля", 1],
    ["Торговля", 6],
  ],
  valueTitle: [["более", "22%"]],
  details: [["Рост товарооборота России с Узбекистаном"]],
  until: [["на 23 дек. 2022", "23.12.2022"]],
  fromTo: [["янв.–сент. 2022", "01.01.2022", "30.09.2022"]],
  dateRange: [["01.01.2022", "23.12.2022"]],
  conditionWithSource: [["только после получения на это одобрения США"]],
  spoken: [["Узбекистан", "40%", "янв.–сент. 2022"]],
  spokenMissing: [["Таджикистан", "в источнике нет опроса"]],
  insertedAt: [["Лист1!B3"]],
  changed: [["40%"]],
  moreRecords: [[1], [2], [5], [21]],
  showInList: [["trade-growth.UZ"]],
  citationCopied: [["trade-growth.UZ"]],
  insertCount: [[5, 2]],
  insertLabel: [
    [1, 1],
    [2, 4],
    [5, 21],
  ],
};

/** Russian sentences that leave an argument out on purpose, with why. */
const RU_LEAVES_OUT: Readonly<Record<string, string>> = {
  downloadCsvTitle:
    "a title attribute cannot mark the file's name as code; the message after saving names it",
};

/** Every function of a table with its samples' outputs, and every string, by key path. */
function rendered(table: object, prefix = ""): [string, string][] {
  return Object.entries(table).flatMap(([key, value]): [string, string][] => {
    const path = `${prefix}${key}`;
    if (typeof value === "function") {
      const samples = SAMPLES[key];
      if (samples === undefined) throw new Error(`No sample arguments for ${path}`);
      return samples.map((args): [string, string] => [path, (value as (...a: unknown[]) => string)(...args)]);
    }
    if (typeof value === "string") return [[path, value]];
    if (value === null) return [];
    return rendered(value as object, `${path}.`);
  });
}

describe("the pane's UI strings", () => {
  test("the Russian table has every key of the English one, and no other", () => {
    expect(keyPaths(RU).sort()).toEqual(keyPaths(EN).sort());
  });

  test("every Russian text differs from the English one, except names that stay as they are", () => {
    const same = rendered(RU)
      .filter(([path, text]) => {
        const english = rendered(EN).find(([p]) => p === path);
        return english !== undefined && english[1] === text;
      })
      .map(([path]) => path);
    expect(same.sort()).toEqual(["modeExcel", "spoken", "spokenMissing", "valueTitle"].sort());
  });

  test("each parameterised sentence renders its arguments, in both languages", () => {
    for (const table of [EN, RU]) {
      for (const [key, value] of Object.entries(table) as [string, Value][]) {
        if (typeof value !== "function") continue;
        for (const args of SAMPLES[key] ?? []) {
          const text = (value as (...a: unknown[]) => string)(...args);
          expect([key, typeof text]).toEqual([key, "string"]);
          expect([key, /undefined|NaN|\[object/.test(text)]).toEqual([key, false]);
          if (table === RU && key in RU_LEAVES_OUT) continue;
          for (const arg of args.flat()) expect([key, text.includes(String(arg))]).toEqual([key, true]);
        }
      }
    }
  });

  test("Russian counts take the plural Russian needs", () => {
    expect(RU.insertTableLabel(1)).toBe("Вставить таблицу из показанных записей (1 запись)");
    expect(RU.insertTableLabel(2)).toBe("Вставить таблицу из показанных записей (2 записи)");
    expect(RU.insertTableLabel(5)).toBe("Вставить таблицу из показанных записей (5 записей)");
    expect(RU.insertTableLabel(21)).toBe("Вставить таблицу из показанных записей (21 запись)");
    expect(RU.insertTableLabel(71)).toBe("Вставить таблицу из показанных записей (71 запись)");
    expect(RU.insertTimelineLabel(1)).toBe("Вставить хронологию из показанных событий (1 событие)");
    expect(RU.insertTimelineLabel(11)).toBe("Вставить хронологию из показанных событий (11 событий)");
    expect(RU.grid.insertLabel(1, 21)).toBe("Вставить сетку: 1 страна × 21 столбец");
    expect(RU.grid.insertLabel(2, 4)).toBe("Вставить сетку: 2 страны × 4 столбца");
    expect(RU.grid.insertLabel(5, 11)).toBe("Вставить сетку: 5 стран × 11 столбцов");
    expect(RU.insertTimelineLabel(22)).toBe("Вставить хронологию из показанных событий (22 события)");
    expect(RU.topicTableLabel("Торговля", 6)).toBe("Вставить таблицу: Торговля (6 строк)");
    expect(RU.statusShowing(5, 71)).toBe("Показано записей: 5 из 71");
  });

  test("the English sentences are the pane's sentences as before", () => {
    expect(EN.statusAll(71)).toBe("All 71 records: figures, stances and events");
    expect(EN.statusShowing(5, 71)).toBe("Showing 5 of 71 records");
    expect(EN.insertTableLabel(71)).toBe("Insert table of the 71 shown records");
    expect(EN.tableTitleOf(["Trade", "Kazakhstan"])).toBe("Central Asia indicators: Trade, Kazakhstan");
    expect(EN.quoteIntro).toBeNull();
    expect(EN.conditionWithSource).toBeNull();
  });

  test("no Russian string carries English words (beyond the source's words, formulas and the allow-list)", () => {
    const found = rendered(RU).flatMap(([path, text]) =>
      englishWords(text).map((word) => `${path}: ${word}`),
    );
    expect(found).toEqual([]);
    expect([...LATIN_ALLOWED].length).toBeLessThanOrEqual(10);
  });

  test("each language's pane speaks with its own workbook texts and dataset words", async () => {
    expect(RUSSIAN.t).toBe(RU);
    expect(RUSSIAN.words.locale).toBe("ru");
    expect(RUSSIAN.workbook.locale).toBe("ru");
    expect(ENGLISH.t).toBe(EN);
    expect([ENGLISH.words.locale, ENGLISH.workbook.locale]).toEqual(["en", "en"]);
    expect(await loadLanguage("ru")).toBe(RUSSIAN);
    expect(await loadLanguage("en")).toBe(ENGLISH);
    // RUSSIAN_FUNCTION_NAMES are pinned in tests/excel/formulas.test.ts.
  });
});
