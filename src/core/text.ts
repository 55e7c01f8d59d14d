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

/** Three rows of the edit-distance table, reused by every call: a "did you mean" must not allocate per key. */
let rows = [new Int32Array(66), new Int32Array(66), new Int32Array(66)];

/**
 * Edit distance with adjacent transpositions (optimal string alignment), for "did you mean". With `max`, only
 * the band of cells within `max` of the diagonal is computed and the answer is exact up to `max`: anything
 * farther returns `max + 1` as soon as no alignment can come back within it. The loops call no global (such
 * as Math.min): where the functions run in a sandboxed context, each global lookup costs more than a cell.
 */
export function editDistance(a: string, b: string, max = a.length + b.length): number {
  const over = (max < a.length + b.length ? max : a.length + b.length) + 1;
  if (a.length - b.length >= over || b.length - a.length >= over) return over;
  const cols = b.length + 1;
  if (rows[0].length < cols) rows = [new Int32Array(cols), new Int32Array(cols), new Int32Array(cols)];
  let twoBack = rows[0];
  let prev = rows[1];
  let cur = rows[2];
  for (let j = 0; j < cols; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const lo = i - over + 1 > 1 ? i - over + 1 : 1;
    const hi = i + over - 1 < b.length ? i + over - 1 : b.length;
    const here = a.charCodeAt(i - 1);
    const before = i > 1 ? a.charCodeAt(i - 2) : -1;
    cur[0] = i;
    if (lo > 1) cur[lo - 1] = over;
    let rowMin = lo === 1 ? i : over;
    for (let j = lo; j <= hi; j++) {
      const there = b.charCodeAt(j - 1);
      let d = prev[j - 1] + (here === there ? 0 : 1);
      if (prev[j] + 1 < d) d = prev[j] + 1;
      if (cur[j - 1] + 1 < d) d = cur[j - 1] + 1;
      if (j > 1 && here === b.charCodeAt(j - 2) && before === there && twoBack[j - 2] + 1 < d) {
        d = twoBack[j - 2] + 1;
      }
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (hi < b.length) cur[hi + 1] = over;
    // No row is below the one before: a transposition from two rows up (+1) is never below the diagonal
    // step it skips, which is in this row. So once a row is past the bound, so is the answer.
    if (rowMin >= over) return over;
    const oldest = twoBack;
    twoBack = prev;
    prev = cur;
    cur = oldest;
  }
  return prev[b.length] < over ? prev[b.length] : over;
}

/**
 * The candidate closest to `typed` (both compared by foldKey), if it is close enough to be a likely typo:
 * at most a third of the typed length, and never more than three edits. Each comparison stops as soon as the
 * candidate cannot beat the best so far, so an unknown name costs about as much as a few short ones.
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
    const gap = candidate.key.length - key.length;
    if (gap >= bestDistance || -gap >= bestDistance) continue;
    const distance = editDistance(key, candidate.key, bestDistance - 1);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = candidate.item;
    }
  }
  return best;
}

/**
 * Characters that do not show as themselves: controls (tab, new line, NUL…), format characters (the bidi
 * overrides and isolates such as U+202E, which reverse the text after them; zero-width joiners and spaces;
 * the byte-order mark; soft hyphens), line and paragraph separators, and halves of a broken surrogate pair.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]|\p{Cs}/u;

/** How an invisible character is shown: its code point, "<U+202E>". */
function codePointLabel(char: string): string {
  return `<U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}>`;
}

/**
 * User text as a message quotes it: every invisible character shown as its code point, so that what the user
 * typed can be read as it is (U+202E inside "UZ\u202Eevil" would otherwise show the rest of the message
 * reversed), and cut after `max` characters as shown, so that a pasted essay does not flood the cell.
 */
export function shortInput(text: string, max = 40): string {
  let shown = "";
  for (const char of text) {
    const part = INVISIBLE.test(char) ? codePointLabel(char) : char;
    if (shown.length + part.length > max) return `${shown}…`;
    shown += part;
  }
  return shown;
}
