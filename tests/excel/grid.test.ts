/*
 * The grid builder's block and plan: what it offers (from the dataset), the cells it writes as live formulas
 * (in the separators and names of the user's Excel) or as values (in the pane's language, with the figures'
 * own formats and hedges), the headers, "not in the source" where a country has no figure, the notes, and
 * which Range property the plan writes through.
 */
import { COUNTRIES } from "../../src/core/countries";
import { RECORDS } from "../../src/core/dataset";
import { fieldValue, FIELDS } from "../../src/core/fields";
import { RU_VOCABULARY } from "../../src/core/i18n/ru/vocabulary";
import { REGION } from "../../src/core/types";
import { blockCellMeaning } from "../../src/excel/citations/blockCell";
import { noteText } from "../../src/excel/citations/citationText";
import { decodeEntry, encodeEntry } from "../../src/excel/citations/registry";
import { addBlockUsages, type Usages } from "../../src/excel/citations/scan";
import { ENGLISH_FORMULAS, formulaStyle } from "../../src/excel/formulas";
import { gridBlock, gridCountries, gridIndicators, gridSize, type GridChoice } from "../../src/excel/grid";
import { gridPlan } from "../../src/excel/gridPlan";
import { EN_WORKBOOK } from "../../src/excel/i18n";
import { RU_WORKBOOK } from "../../src/excel/i18n/ru";
import type { Placement } from "../../src/excel/plans";
import { RUSSIAN_FUNCTION_NAMES } from "../../src/taskpane/i18n/russian";
import { evaluateFormula } from "../support/evaluateFormula";
import { englishWords } from "../taskpane/latinWords";
import { record } from "../support/records";

const FIVE = COUNTRIES.map((c) => c.code);
const RUSSIAN_EXCEL = formulaStyle("ru-RU", RUSSIAN_FUNCTION_NAMES);

const choice = (over: Partial<GridChoice> = {}): GridChoice => ({
  countries: FIVE,
  indicators: ["trade-growth", "poll-war-blame"],
  fields: ["value", "period"],
  mode: "formulas",
  ...over,
});

/** The body's cells as [country heading, …contents] rows. */
const contents = (c: GridChoice, texts = EN_WORKBOOK, style = ENGLISH_FORMULAS) =>
  gridBlock(c, texts, style).cells.map((row) => row.map((cell) => cell.content));

describe("what the grid builder offers comes from the dataset", () => {
  test("indicators: every figure reported for a country, none reported only region-wide", () => {
    const perCountry = new Set(
      RECORDS.filter((r) => r.kind === "figure" && r.scope !== REGION).map((r) => r.indicator),
    );
    expect(new Set(gridIndicators())).toEqual(perCountry);
    expect(gridIndicators()).toEqual(expect.arrayContaining(["trade-growth", "poll-war-blame"]));
    expect(gridIndicators()).not.toContain("putin-meetings");
  });

  test("countries: the five, in the dataset's order", () => {
    expect(gridCountries()).toEqual(FIVE);
  });
});

describe("a grid of live formulas", () => {
  test("a header row (indicator with unit, or with the field) and a header column (country)", () => {
    const [header, ...body] = contents(choice());
    expect(header).toEqual([
      "Country",
      "Growth of trade turnover with Russia, percent",
      "Growth of trade turnover with Russia: period",
      "Share who blame the occupation, percent",
      "Share who blame the occupation: period",
    ]);
    expect(body.map((row) => row[0])).toEqual(COUNTRIES.map((c) => c.name));
  });

  test("each cell is the function that gives that record's field; a missing poll says so, with no formula", () => {
    const rows = contents(choice());
    const tajikistan = rows[1 + FIVE.indexOf("TJ")];
    expect(tajikistan).toEqual([
      "Tajikistan",
      '=CA.RUTRADE("TJ")',
      '=CA.RUTRADE("TJ", "period")',
      "not in the source",
      "not in the source",
    ]);
    expect(rows[1 + FIVE.indexOf("KG")].slice(3)).toEqual(['=CA.RUPOLL("KG")', '=CA.RUPOLL("KG", "period")']);
  });

  test("an indicator without its own function asks CA.INDICATOR with the indicator and the country", () => {
    const rows = contents(choice({ indicators: ["oil-export-via-russia"], fields: ["value", "qualifier"] }));
    expect(rows[1 + FIVE.indexOf("KZ")]).toEqual([
      "Kazakhstan",
      '=CA.INDICATOR("oil-export-via-russia.KZ")',
      '=CA.INDICATOR("oil-export-via-russia", "KZ", "qualifier")',
    ]);
    expect(rows[1 + FIVE.indexOf("UZ")].slice(1)).toEqual(["not in the source", "not in the source"]);
  });

  test("every formula, calculated by the CA functions, gives the record's own field", () => {
    const all = choice({ indicators: gridIndicators(), fields: [...FIELDS] });
    const block = gridBlock(all);
    block.cells.slice(1).forEach((row, r) => {
      const country = FIVE[r];
      row.slice(1).forEach((cell, c) => {
        const indicator = gridIndicators()[Math.floor(c / FIELDS.length)];
        const field = FIELDS[c % FIELDS.length];
        const found = RECORDS.find((x) => x.indicator === indicator && x.scope === country);
        if (found === undefined) {
          expect(cell.missing).toBe(true);
          return;
        }
        expect([found.id, field, evaluateFormula(String(cell.content))]).toEqual([
          found.id,
          field,
          fieldValue(found, field),
        ]);
      });
    });
  });

  test("in a Russian Excel: the functions' Russian names and “;” between arguments", () => {
    const rows = contents(
      choice({ indicators: ["trade-growth", "oil-export-via-russia"] }),
      RU_WORKBOOK,
      RUSSIAN_EXCEL,
    );
    const trade = RUSSIAN_FUNCTION_NAMES.RUTRADE;
    const indicator = RUSSIAN_FUNCTION_NAMES.INDICATOR;
    expect(rows[1 + FIVE.indexOf("KZ")]).toEqual([
      "Казахстан",
      `=CA.${trade}("KZ")`,
      `=CA.${trade}("KZ";"period")`,
      `=CA.${indicator}("oil-export-via-russia.KZ")`,
      `=CA.${indicator}("oil-export-via-russia";"KZ";"period")`,
    ]);
    expect(rows[0].slice(0, 3)).toEqual([
      "Страна",
      `${RU_VOCABULARY.comparisonSeries("trade-growth")}, %`,
      `${RU_VOCABULARY.comparisonSeries("trade-growth")}: период`,
    ]);
  });

  test("formats: the figure's own for a value (>22% keeps its hedge), General for a field, text for headings", () => {
    const block = gridBlock(choice());
    const tj = block.cells[1 + FIVE.indexOf("TJ")];
    expect(tj.map((cell) => cell.numberFormat)).toEqual(["@", '">"0%', "General", "@", "@"]);
    expect(block.cells[0].every((cell) => cell.numberFormat === "@")).toBe(true);
  });
});

describe("a grid of values", () => {
  test("numbers stay numbers with their format; fields are the source's words in the pane's language", () => {
    const en = gridBlock(choice({ mode: "values", fields: ["value", "period", "qualifier"] }));
    const tj = en.cells[1 + FIVE.indexOf("TJ")];
    expect(tj.slice(1, 4).map((cell) => cell.content)).toEqual([0.22, "Jan–Aug 2022", "more than"]);
    expect(tj.slice(1, 4).map((cell) => cell.numberFormat)).toEqual(['">"0%', "@", "@"]);
    expect(tj[1].shown).toBe(">22%");
    const ru = gridBlock(choice({ mode: "values", fields: ["value", "period", "qualifier"] }), RU_WORKBOOK);
    const tjRu = ru.cells[1 + FIVE.indexOf("TJ")];
    const figure = record("trade-growth.TJ");
    expect(tjRu.slice(1, 4).map((cell) => cell.content)).toEqual([
      0.22,
      RU_VOCABULARY.period(figure.period.label),
      RU_VOCABULARY.qualifier(figure.qualifier),
    ]);
    expect(tjRu[4].content).toBe("нет в источнике");
  });

  test("each record's first cell carries its citation note; a missing cell carries none", () => {
    const block = gridBlock(choice({ mode: "values" }));
    const tj = block.cells[1 + FIVE.indexOf("TJ")];
    expect(tj[1].note).toBe(noteText(record("trade-growth.TJ")));
    expect(tj[2].note).toBeUndefined();
    expect(tj[3].note).toBeUndefined();
    const notes = block.cells.flat().filter((cell) => cell.note !== undefined);
    expect(notes).toHaveLength(5 + 3);
  });
});

describe("the choice", () => {
  test("taken in the dataset's order, whatever the order ticked; no field means the value", () => {
    const picked = choice({
      countries: ["UZ", "KZ"],
      indicators: ["poll-war-blame", "trade-growth"],
      fields: [],
    });
    const rows = contents(picked);
    expect(rows.map((row) => row[0])).toEqual(["Country", "Kazakhstan", "Uzbekistan"]);
    expect(rows[1]).toEqual(["Kazakhstan", '=CA.RUTRADE("KZ")', '=CA.RUPOLL("KZ")']);
    expect(gridSize(picked)).toEqual({ rows: 2, columns: 2 });
  });

  test("nothing picked: an empty size, so the pane keeps its button disabled", () => {
    expect(gridSize(choice({ countries: [] }))).toEqual({ rows: 0, columns: 4 });
    expect(gridSize(choice({ indicators: [] }))).toEqual({ rows: 5, columns: 0 });
  });
});

describe("the grid's plan", () => {
  /** Runs the plan's write against stand-in ranges and returns what each address received. */
  function written(c: GridChoice, texts = EN_WORKBOOK, style = ENGLISH_FORMULAS) {
    const ranges = new Map<string, Record<string, unknown>>();
    const sheet = {
      getRange: (address: string) => {
        const range = ranges.get(address) ?? { format: { font: {}, autofitColumns: () => undefined } };
        ranges.set(address, range);
        return range;
      },
    } as unknown as Excel.Worksheet;
    const at: Placement = {
      sheet,
      sheetName: "Data",
      row: 2,
      column: 1,
      tableNames: [],
      newSheet: false,
      date1904: false,
    };
    const plan = gridPlan(c, texts, style);
    const message = plan.write(at);
    return { plan, ranges, message };
  }

  test("its size for the guard: header, countries and the source line; the notes where the records are", () => {
    const { plan, ranges, message } = written(choice());
    expect([plan.rowCount, plan.columnCount]).toEqual([7, 5]);
    expect(plan.what).toBe("The grid (5 countries × 4 columns)");
    expect(message).toBe("Inserted the grid (5 countries × 4 columns)");
    expect(plan.notes.map((n) => [n.row, n.column])).toEqual([
      [1, 1],
      [1, 3],
      [2, 1],
      [2, 3],
      [3, 1],
      [4, 1],
      [4, 3],
      [5, 1],
    ]);
    const grid = ranges.get("B3:F8");
    expect(grid?.formulas).toEqual(contents(choice()));
    expect(grid?.values).toBeUndefined();
    expect(ranges.get("B9")?.values).toEqual([[EN_WORKBOOK.sourceLine(EN_WORKBOOK.words.citation())]]);
  });

  test("values through values; a Russian Excel's formulas through formulasLocal", () => {
    const values = written(choice({ mode: "values" })).ranges.get("B3:F8");
    expect(values?.values).toEqual(contents(choice({ mode: "values" })));
    expect(values?.formulas).toBeUndefined();
    const local = written(choice(), RU_WORKBOOK, RUSSIAN_EXCEL).ranges.get("B3:F8");
    expect(local?.formulasLocal).toEqual(contents(choice(), RU_WORKBOOK, RUSSIAN_EXCEL));
    expect(local?.formulas).toBeUndefined();
  });
});

describe("the grid's words in Russian", () => {
  test("counts with the plural Russian needs; every word Russian", () => {
    const say = RU_WORKBOOK.grid;
    expect(say.what(1, 1)).toBe("Сетка (1 страна × 1 столбец)");
    expect(say.what(2, 4)).toBe("Сетка (2 страны × 4 столбца)");
    expect(say.what(5, 34)).toBe("Сетка (5 стран × 34 столбца)");
    expect(say.what(5, 11)).toBe("Сетка (5 стран × 11 столбцов)");
    const texts = [say.what(5, 2), say.sheet, say.missing, ...FIELDS.map((f) => say.field(f))];
    expect(texts.flatMap(englishWords)).toEqual([]);
    for (const text of texts) expect([text, /[А-Яа-яЁё]/.test(text)]).toEqual([text, true]);
  });
});

describe("a grid of values is remembered, so that its cells are explained", () => {
  const picked = choice({ countries: ["KZ", "TJ"], mode: "values" });
  const plan = gridPlan(picked);
  // Written at B3: header B3:F3, Kazakhstan row 4, Tajikistan row 5, the source line in row 6.
  const block = {
    name: "_CA_grid_x_1",
    sheet: "Data",
    rect: { row: 2, column: 1, rowCount: 4, columnCount: 5 },
  };
  const entry = plan.mark === null ? null : decodeEntry(encodeEntry(plan.mark));
  const meaningAt = (row: number, column: number, cell: unknown) =>
    entry === null ? null : blockCellMeaning({ ...block, entry }, row, column, cell, () => undefined);
  const ids = (m: ReturnType<typeof meaningAt>) => m?.records.map((r) => r.id);

  test("its entry names the countries, indicators and fields; a grid of formulas needs none", () => {
    expect(entry).toEqual({
      kind: "grid",
      lang: "en",
      countries: ["KZ", "TJ"],
      indicators: ["trade-growth", "poll-war-blame"],
      fields: ["value", "period"],
    });
    expect(gridPlan(choice()).mark).toBeNull();
  });

  test("a cell means its country's record; a value the user changed is seen as changed", () => {
    expect(ids(meaningAt(4, 2, 0.22))).toEqual(["trade-growth.TJ"]);
    expect(meaningAt(4, 2, 0.22)?.changed).toBe(false);
    expect(meaningAt(4, 2, 0.3)?.changed).toBe(true);
    expect(meaningAt(4, 3, "Jan–Aug 2022")?.changed).toBe(false);
    expect(ids(meaningAt(3, 4, 0.55))).toEqual(["poll-war-blame.KZ"]);
    expect(ids(meaningAt(3, 1, "Kazakhstan"))).toEqual(["trade-growth.KZ", "poll-war-blame.KZ"]);
  });

  test("the Sources sheet lists each record the grid still holds, at its cell", () => {
    if (entry === null) throw new Error("a grid of values has an entry");
    const values = gridBlock(picked).cells.map((row) => row.map((cell) => cell.content));
    values[1][1] = 0.9; // the user overwrote Kazakhstan's trade growth
    const usages: Usages = new Map();
    addBlockUsages(usages, { block: { ...block, entry }, values: [...values, ["Source: …"]] });
    const listed = Object.fromEntries([...usages].map(([r, cells]) => [r.id, cells]));
    expect(listed).toEqual({
      "trade-growth.KZ": ["Data!D4"],
      "poll-war-blame.KZ": ["Data!E4", "Data!F4"],
      "trade-growth.TJ": ["Data!C5", "Data!D5"],
    });
  });

  test("the header, a cell “not in the source” and the source line stand for no record", () => {
    expect(meaningAt(2, 2, "Growth of trade turnover with Russia, percent")).toBeNull();
    expect(meaningAt(4, 4, "not in the source")).toBeNull();
    expect(meaningAt(5, 1, "Source: …")).toBeNull();
  });
});
