/*
 * The "did you mean" distance is bounded (a band around the diagonal, stopping once the best so far cannot
 * be beaten); these properties check that the bound never changes an answer, against the plain table.
 */
import fc from "fast-check";
import { closestMatch, editDistance, foldKey, shortInput } from "../../src/core/text";

// npm test runs 10,000 cases; `npm run test:unit` runs fewer (FUZZ_RUNS) to stay fast.
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);

/** Optimal string alignment distance, the whole table, as the textbook writes it. */
function referenceDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.length][b.length];
}

/** The first candidate at the smallest distance within the limit, by comparing with every one in full. */
function referenceClosest(typed: string, keys: readonly string[]): string | undefined {
  const key = foldKey(typed);
  if (key.length === 0 || key.length > 64) return undefined;
  const limit = Math.min(3, Math.max(1, Math.floor(key.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of keys) {
    const distance = referenceDistance(key, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

// A small alphabet, so that strings share letters, transpose and come within a few edits of each other.
const word = (maxLength: number) => fc.string({ unit: fc.constantFrom("a", "b", "c", "d"), maxLength });

test("editDistance is the optimal string alignment distance, exact up to its bound and bound+1 beyond", () => {
  fc.assert(
    fc.property(word(24), word(24), fc.integer({ min: 0, max: 10 }), (a, b, max) => {
      const exact = referenceDistance(a, b);
      expect(editDistance(a, b)).toBe(exact);
      expect(editDistance(a, b, max)).toBe(Math.min(exact, max + 1));
    }),
    { numRuns: RUNS },
  );
  expect(editDistance("uzbekistan", "uzbeksitan", 0)).toBe(1);
  expect(editDistance("trade-growth", "trade-grwoth", 1)).toBe(1);
  // Lengths 65 and more (longer than any name) still work: the rows grow.
  expect(editDistance("a".repeat(100), `${"a".repeat(99)}b`)).toBe(1);
});

test("closestMatch suggests what comparing every candidate in full would", () => {
  fc.assert(
    fc.property(word(14), fc.uniqueArray(word(14), { maxLength: 30 }), (typed, words) => {
      const keys = [...new Set(words.map(foldKey))];
      const candidates = keys.map((key) => ({ key, item: key }));
      expect(closestMatch(typed, candidates)).toBe(referenceClosest(typed, keys));
    }),
    { numRuns: RUNS },
  );
});

test("shortInput shows every invisible character as its code point and cuts after 40 characters as shown", () => {
  expect(shortInput("UZ\u202eevil")).toBe("UZ<U+202E>evil");
  expect(shortInput("a\u{E0001}b\ud800")).toBe("a<U+E0001>b<U+D800>");
  expect(shortInput("Узбекистан 🇺🇿")).toBe("Узбекистан 🇺🇿");
  fc.assert(
    fc.property(fc.string({ unit: "binary", maxLength: 80 }), (text) => {
      const shown = shortInput(text);
      expect(shown).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]|\p{Cs}/u);
      expect(shown.length).toBeLessThanOrEqual(41);
    }),
    { numRuns: RUNS },
  );
});
