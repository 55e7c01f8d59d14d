import fc from "fast-check";
import { RECORDS } from "../../src/core/dataset";
import { TOPICS } from "../../src/core/topics";
import { rankRecords, searchRecords } from "../../src/core/search";
import type { Scope } from "../../src/core/types";

/**
 * The pane's search box and filters take whatever is typed or picked: the search never throws, returns a
 * subset of the dataset, best rank first and in dataset order within a rank, honours the filters, and an empty query with no filter is everything.
 */
// npm test runs 10,000 cases; `npm run test:unit` runs fewer (FUZZ_RUNS) to stay fast.
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const scopes: (Scope | null)[] = [null, "KZ", "UZ", "TJ", "KG", "TM", "REGION"];
const topics = [null, ...TOPICS.map((t) => t.id)];
const typed = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.string({ minLength: 1000, maxLength: 5000 }),
  fc.constantFrom(
    "uz",
    "Узбекистан",
    "Kyrgyz Republic",
    "trade 40",
    "  ",
    "“quote”",
    "\u0000\uFFFF",
    "a\tb\nc",
  ),
);

test(`search with ${RUNS} generated queries and filters never throws and honours the filters`, () => {
  fc.assert(
    fc.property(typed, fc.constantFrom(...topics), fc.constantFrom(...scopes), (query, topic, country) => {
      const found = rankRecords(query, { topic, country });
      expect(Array.isArray(found)).toBe(true);
      let last = { rank: -1, index: -1 };
      for (const { record, rank } of found) {
        const index = RECORDS.indexOf(record);
        expect(rank).toBeGreaterThanOrEqual(last.rank);
        if (rank === last.rank) expect(index).toBeGreaterThan(last.index);
        last = { rank, index };
        if (topic !== null) expect(record.topic).toBe(topic);
        if (country !== null) expect(record.scope).toBe(country);
      }
    }),
    { numRuns: RUNS },
  );
});

test("an empty query without filters lists every record", () => {
  expect(searchRecords("", {})).toHaveLength(RECORDS.length);
});
