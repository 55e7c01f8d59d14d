import { RECORDS } from "../../src/core/dataset";
import { MATCH_RANK, parseQuery, rankRecords, searchRecords, searchText } from "../../src/core/search";
import { themesOf } from "../../src/core/themes";
import { REGION, type Scope } from "../../src/core/types";

const ids = (records: readonly { id: string }[]): string[] => records.map((r) => r.id);
const scopesOf = (records: readonly { scope: Scope }[]): Set<Scope> => new Set(records.map((r) => r.scope));
const countOf = (scope: Scope): number => RECORDS.filter((r) => r.scope === scope).length;

describe("searchRecords", () => {
  test("an empty query with no filters lists every record, in dataset order", () => {
    expect(ids(searchRecords(""))).toEqual(ids(RECORDS));
    expect(ids(searchRecords("   "))).toEqual(ids(RECORDS));
    expect(searchRecords("")).toHaveLength(79);
  });

  test.each([
    ["узбекистан", "UZ"],
    ["Узбекистан", "UZ"],
    ["uz", "UZ"],
    ["UZ", "UZ"],
    ["UZB", "UZ"],
    ["O'zbekiston", "UZ"],
    ["  uzbekistan ", "UZ"],
    ["Kyrgyz Republic", "KG"],
    ["kyrgyz   republic", "KG"],
    ["Кыргызская Республика", "KG"],
    ["Киргизия", "KG"],
    ["kg", "KG"],
    ["Қазақстан", "KZ"],
    ["Republic of Kazakhstan", "KZ"],
    ["Туркмения", "TM"],
    ["Türkmenistan", "TM"],
    ["TJK", "TJ"],
    ["Central Asia", REGION],
  ])("a query naming a country (%s) keeps exactly that country's records", (query, scope) => {
    const found = searchRecords(query);
    expect(found.length).toBe(countOf(scope as Scope));
    expect(scopesOf(found)).toEqual(new Set([scope]));
  });

  test("a country name combines with free words", () => {
    expect(ids(searchRecords("trade uz"))).toEqual(["trade-growth.UZ"]);
    expect(ids(searchRecords("узбекистан trade turnover"))).toEqual(["trade-growth.UZ"]);
    expect(ids(searchRecords("poll Kyrgyz Republic"))).toEqual(["poll-war-blame.KG"]);
  });

  test("two country names keep the records of either", () => {
    const found = searchRecords("UZ KZ");
    expect(scopesOf(found)).toEqual(new Set(["UZ", "KZ"]));
    expect(found.length).toBe(countOf("UZ") + countOf("KZ"));
  });

  test("free words match the id, label, quote and topic, folded", () => {
    expect(ids(searchRecords("trade-growth.UZ"))).toEqual(["trade-growth.UZ"]);
    expect(ids(searchRecords("TRADE-GROWTH"))).toEqual(
      ids(RECORDS.filter((r) => r.indicator === "trade-growth")),
    );
    // Only the quote says "sevenfold".
    expect(ids(searchRecords("sevenfold"))).toContain("telescopic-sights-growth.KG");
    // A word from the quote only: the poll sentence mentions the "occupation".
    expect(ids(searchRecords("occupation"))).toEqual(
      ids(RECORDS.filter((r) => r.indicator === "poll-war-blame")),
    );
    // Every free word must match.
    expect(searchRecords("sevenfold zzzz")).toEqual([]);
    expect(searchRecords("no such words anywhere")).toEqual([]);
  });

  test("the topic and country filters narrow the result and combine with the query", () => {
    const trade = searchRecords("", { topic: "trade" });
    expect(trade.length).toBeGreaterThan(0);
    expect(trade.every((r) => r.topic === "trade")).toBe(true);
    expect(ids(trade)).toEqual(ids(RECORDS.filter((r) => r.topic === "trade")));

    const uz = searchRecords("", { country: "UZ" });
    expect(ids(uz)).toEqual(ids(RECORDS.filter((r) => r.scope === "UZ")));

    expect(ids(searchRecords("", { topic: "trade", country: "UZ" }))).toEqual(["trade-growth.UZ"]);
    expect(searchRecords("kz", { country: "UZ" })).toEqual([]);
    expect(ids(searchRecords("", { topic: null, country: null }))).toEqual(ids(RECORDS));
  });

  test("the kind filter keeps figures, stances or events, and combines with the others", () => {
    for (const kind of ["figure", "stance", "event"] as const) {
      expect(ids(searchRecords("", { kind }))).toEqual(ids(RECORDS.filter((r) => r.kind === kind)));
    }
    const kzEvents = searchRecords("", { kind: "event", country: "KZ" });
    expect(kzEvents.length).toBeGreaterThan(0);
    expect(kzEvents.every((r) => r.kind === "event" && r.scope === "KZ")).toBe(true);
    expect(searchRecords("", { kind: "figure", topic: "politics" }).every((r) => r.kind === "figure")).toBe(
      true,
    );
  });

  test("searching a subset of records only returns from that subset", () => {
    const subset = RECORDS.slice(0, 3);
    expect(ids(searchRecords("", {}, subset))).toEqual(ids(subset));
  });
});

describe("ranking and whole words", () => {
  test('short words match whole words only: "MIR" finds the MIR card records, not Mirziyoyev', () => {
    const found = ids(searchRecords("MIR"));
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((id) => id.includes("mir"))).toBe(true);
    expect(found).not.toContain("visit-postponed.UZ");
    // The longer word still finds him by part of his name.
    expect(ids(searchRecords("mirziy"))).toContain("visit-postponed.UZ");
    // A short word no record has on its own still matches inside words, so typing "kaz" finds as it goes.
    expect(ids(searchRecords("kaz")).length).toBeGreaterThan(0);
    expect(ids(searchRecords("kaz")).every((id) => id.endsWith(".KZ") || /kaz/i.test(id))).toBe(true);
  });

  test("records whose label, id, country or topic hold the words come before those found by the quote", () => {
    const hits = rankRecords("sanctions");
    const firstQuoteOnly = hits.findIndex((hit) => hit.rank === MATCH_RANK.quote);
    expect(firstQuoteOnly).toBeGreaterThan(0);
    // Names include the themes a record belongs to: the sanctions theme's records rank as names.
    const named = (hit: (typeof hits)[number]) =>
      /sanction/i.test(hit.record.label + hit.record.id) || themesOf(hit.record.indicator).length > 0;
    expect(hits.slice(0, firstQuoteOnly).every(named)).toBe(true);
    expect(hits.slice(firstQuoteOnly).every((hit) => hit.rank === MATCH_RANK.quote)).toBe(true);
    expect(
      hits.slice(firstQuoteOnly).some((hit) => !/sanction/i.test(hit.record.label + hit.record.id)),
    ).toBe(true);
  });

  test("a word found in the extra (pane-language) text ranks as a name", () => {
    const target = RECORDS.find((r) => r.indicator === "trade-growth")!;
    const extra = (record: typeof target) => searchText(record === target ? ["товарооборот"] : []);
    expect(ids(searchRecords("товарооборот", {}, RECORDS, extra))).toEqual([target.id]);
    expect(rankRecords("товарооборот", {}, RECORDS, extra)[0].rank).toBe(MATCH_RANK.names);
  });
});

describe("parseQuery", () => {
  test("prefers the longest country name and keeps other words folded", () => {
    expect(parseQuery("Kyrgyz Republic trade")).toEqual({ scopes: ["KG"], words: ["trade"] });
    expect(parseQuery("Trade-Growth  UZ")).toEqual({ scopes: ["UZ"], words: ["tradegrowth"] });
    expect(parseQuery("")).toEqual({ scopes: [], words: [] });
    expect(parseQuery(" - . ")).toEqual({ scopes: [], words: [] });
  });

  test('"region" on its own is a word, not a filter', () => {
    expect(parseQuery("region")).toEqual({ scopes: [], words: ["region"] });
  });
});
