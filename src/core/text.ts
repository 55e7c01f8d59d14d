const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/**
 * The comparison key for anything an analyst types: case, accents, white space, apostrophes, hyphens and
 * dots do not matter ("O'zbekiston", "ozbekiston" and " OZBEKISTON " share one key).
 */
export function foldKey(text: string): string {
  return text.normalize("NFKD").replace(COMBINING_MARKS, "").toLowerCase().replace(NOT_LETTER_OR_DIGIT, "");
}

/** Folds runs of white space to one space, as the provenance check compares quotes with the source. */
export function foldWhiteSpace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Edit distance with adjacent transpositions (optimal string alignment), for "did you mean". */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => {
    const row = new Array<number>(cols).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j < cols; j++) d[0][j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[rows - 1][cols - 1];
}

/**
 * The candidate closest to `typed` (both compared by foldKey), if it is close enough to be a likely typo:
 * at most a third of the typed length, and never more than three edits.
 */
export function closestMatch<T>(
  typed: string,
  candidates: readonly { key: string; item: T }[],
): T | undefined {
  const key = foldKey(typed);
  if (key.length === 0 || key.length > 64) return undefined;
  const limit = Math.min(3, Math.max(1, Math.floor(key.length / 3)));
  let best: T | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    if (Math.abs(candidate.key.length - key.length) > limit) continue;
    const distance = editDistance(key, candidate.key);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = candidate.item;
    }
  }
  return best;
}

/** User text for a message, cut short so that a pasted essay does not flood the cell (the message quotes it). */
export function shortInput(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
