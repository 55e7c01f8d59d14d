/*
 * Themes across topics: each names indicators the data has, spans more than one topic, says it groups by
 * subject only, and the search finds its records by its name in either language or by its filter.
 */
import { RECORDS, RECORDS_BY_INDICATOR } from "../../src/core/dataset";
import { rankRecords, searchRecords } from "../../src/core/search";
import { THEMES } from "../../src/core/themes";

describe.each(THEMES.map((theme) => [theme.id, theme] as const))("theme %s", (_id, theme) => {
  const records = RECORDS.filter((r) => (theme.indicators as readonly string[]).includes(r.indicator));

  test("every indicator is the data's, its records span topics, and it says it groups by subject only", () => {
    for (const indicator of theme.indicators)
      expect([indicator, RECORDS_BY_INDICATOR.has(indicator)]).toEqual([indicator, true]);
    expect(new Set(records.map((r) => r.topic)).size).toBeGreaterThan(1);
    expect(theme.description.en).toMatch(/by subject only/);
    expect(theme.description.ru).toMatch(/только по предмету/);
  });

  test("its name, English or Russian, finds all its records ranked as names", () => {
    for (const name of [theme.name.en, theme.name.ru.toLowerCase()]) {
      const hits = rankRecords(name).filter((hit) => records.includes(hit.record));
      expect(hits.map((hit) => hit.record.id).sort()).toEqual(records.map((r) => r.id).sort());
      expect(hits.every((hit) => hit.rank === 0)).toBe(true);
    }
  });

  test("as a filter it keeps exactly its records, and combines with a country", () => {
    expect(searchRecords("", { theme: theme.id as never })).toEqual(records);
    expect(searchRecords("", { theme: theme.id as never, country: "KG" })).toEqual(
      records.filter((r) => r.scope === "KG"),
    );
  });
});

test("sanctions gathers the sanctions stances, MIR cards, EU appliance imports, sights and drones", () => {
  const ids = searchRecords("", { theme: "sanctions" }).map((r) => r.indicator);
  expect(new Set(ids)).toEqual(
    new Set([
      "abides-by-sanctions",
      "banks-accept-mir",
      "allows-private-mir-use",
      "eu-appliance-imports",
      "telescopic-sights-growth",
      "drone-supply-accusation",
    ]),
  );
  // The word finds the theme's records, including those whose text never says "sanctions".
  expect(searchRecords("sanctions").map((r) => r.id)).toEqual(
    expect.arrayContaining([
      "telescopic-sights-growth.KG",
      "drone-supply-accusation.TJ",
      "banks-accept-mir.KZ",
    ]),
  );
});
