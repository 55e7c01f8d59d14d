/*
 * Indicator ids written in prose, which the type IndicatorId cannot check: the help pages (formulas, ids in
 * code, card properties) and the messages that suggest an id. Each must name a record of the dataset, so that
 * a renamed indicator cannot leave an example that answers "Unknown indicator".
 */
import { readFileSync } from "fs";
import { join } from "path";
import { cardPropertyName, propertyName } from "../../src/cells/countryCard";
import { RECORDS_BY_ID, RECORDS_BY_INDICATOR } from "../../src/core/dataset";
import { RU_FUNCTION_NAMES } from "../../src/core/functionNames";
import { EN_MESSAGES } from "../../src/core/i18n/messages";
import { RU_MESSAGES } from "../../src/core/i18n/ru/messages";
import { BASES, FIGURE_QUALIFIERS, STATEMENT_QUALIFIERS } from "../../src/core/types";

const page = (name: string) => readFileSync(join(__dirname, "..", "..", "src", "help", name), "utf8");

/** An id as the data writes it: lower-case words joined by hyphens, with a country code after a dot. */
const ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+(?:\.[A-Z]{2})?$/;

const exists = (id: string): boolean => RECORDS_BY_ID.has(id) || RECORDS_BY_INDICATOR.has(id);

/** Hyphenated words of the dataset's vocabulary that look like ids but are values ("region-wide"). */
const VOCABULARY = new Set<string>([...BASES, ...FIGURE_QUALIFIERS, ...STATEMENT_QUALIFIERS]);

/**
 * The names a card answers to: "Trade growth" (=A1.[Trade growth]), "Region population under thirty", and
 * the former "TradeGrowth" the help pages say still works.
 */
const propertyNames = new Set(
  [...RECORDS_BY_ID.values()].flatMap((record) => [cardPropertyName(record), propertyName(record.indicator)]),
);

/** What a help page names: the id argument of each CA.INDICATOR formula, ids in code, card properties. */
function named(html: string) {
  const functionNames = ["INDICATOR", RU_FUNCTION_NAMES.INDICATOR].join("|");
  const formulas = [...html.matchAll(new RegExp(`CA\\.(?:${functionNames})\\("([^"]*)"`, "g"))].map(
    (m) => m[1],
  );
  const inCode = [...html.matchAll(/<code>([^<]*)<\/code>/g)]
    .map((m) => m[1])
    .filter((text) => ID.test(text) && !VOCABULARY.has(text));
  // =A1.[Trade growth], =A1.TradeGrowth, and a quote's =A1.Sources.[Trade growth].
  const properties = [...html.matchAll(/\bA1\.(?:Sources\.)?(?:\[([^\]]+)\]|([A-Za-z]+))/g)].map(
    (m) => m[1] ?? m[2] ?? "",
  );
  return { formulas, inCode, properties };
}

describe.each(["help.html", "help.ru.html"])("%s", (name) => {
  const { formulas, inCode, properties } = named(page(name));

  test("every id in a CA.INDICATOR formula is a record or an indicator of the dataset", () => {
    expect(formulas.length).toBeGreaterThanOrEqual(3);
    expect(formulas.filter((id) => !exists(id))).toEqual([]);
  });

  test("every id shown in code is one, and every card property is an indicator's", () => {
    expect(inCode.length).toBeGreaterThanOrEqual(1);
    expect(inCode.filter((id) => !exists(id))).toEqual([]);
    expect(properties.length).toBeGreaterThanOrEqual(3);
    expect(properties.filter((property) => !propertyNames.has(property))).toEqual([]);
  });
});

test("both help pages name the same ids", () => {
  expect(named(page("help.ru.html"))).toEqual(named(page("help.html")));
});

test.each([
  ["English", EN_MESSAGES],
  ["Russian", RU_MESSAGES],
])("the %s messages suggest ids that exist", (_, messages) => {
  const text = messages.unknownIndicator("x", null) + messages.missingIndicator();
  const suggested = [...text.matchAll(/["«]([^"»]+)["»]/g)].map((m) => m[1]).filter((t) => ID.test(t));
  expect(suggested.length).toBeGreaterThanOrEqual(2);
  expect(suggested.filter((id) => !exists(id))).toEqual([]);
});
