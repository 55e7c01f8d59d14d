/**
 * Worst-case input on the built bundle: 32,767-character arguments (Excel's cell maximum) of the kinds that
 * cost most to fold (U+FDFA expands eighteen-fold, Hangul decomposes), each call with a different text as
 * `=CA.RUTRADE(A1&ROW())` would send; unknown ids, which are compared with every known id for a "did you
 * mean" (near misses of real ids cost most); and the heap the functions hold after 4,096 distinct long inputs.
 */
import { loadFunctions } from "../../tests/support/builtFunctions.cjs";
import { floor, median, table } from "./common.mjs";
import { OLDER_EXCEL } from "./functions.mjs";

const CELL_MAX = 32_767;
const DISTINCT = 64;
/** Every call, whatever its input, within this many milliseconds (best of three, so no GC pause counts). */
const CALL_FLOOR_MS = 0.2;
const KINDS = {
  "U+FDFA × 32,767": "\uFDFA",
  "Hangul × 32,767": "한",
  "letters × 32,767": "a",
  "spaces around “UZ” (valid)": " ",
};

/**
 * Distinct argument lists of the kind, made before timing so that only the calls are timed: the long text
 * as the country, then as the field.
 */
function argumentLists(fill, valid) {
  return Array.from({ length: DISTINCT }, (_, i) => [
    [valid ? `${" ".repeat(i)}UZ`.padEnd(CELL_MAX, fill) : `c${i} `.padEnd(CELL_MAX, fill)],
    ["UZ", valid ? `${" ".repeat(i)}period`.padEnd(CELL_MAX, fill) : `f${i} `.padEnd(CELL_MAX, fill)],
  ]).flat();
}

/**
 * The same text with its `k`-th letter in upper case: the functions fold case, so each variant costs what the
 * text does, but each is a new key for their answer cache, which would otherwise answer the repeats.
 */
function caseVariant(text, k) {
  let seen = -1;
  return text.replace(/[a-z]/g, (letter) => (++seen === k ? letter.toUpperCase() : letter));
}

/** `text` with `count` letters, spread along it, replaced by others ("x", or "q" where it was an "x"). */
function changeLetters(text, count) {
  const positions = [...text].flatMap((c, i) => (/[a-z]/.test(c) ? [i] : []));
  const chosen = new Set(
    Array.from({ length: count }, (_, n) => positions[Math.floor(((n + 0.5) * positions.length) / count)]),
  );
  return [...text].map((c, i) => (chosen.has(i) ? (c === "x" ? "q" : "x") : c)).join("");
}

/** Distinct unknown ids of each kind, from the ids the built CA.INDICATORS() lists. */
function unknownIds(fns) {
  const ids = fns
    .get("INDICATORS")()
    .slice(1)
    .map((row) => String(row[0]));
  const pick = (i) => ids[i % ids.length];
  const letters = "abcdefghijklmnopqrstuvwxyz";
  return {
    "unknown id, a real id with 4 letters changed (no suggestion)": Array.from({ length: DISTINCT }, (_, i) =>
      changeLetters(pick(i), 4),
    ),
    "unknown id, a real id with 1 letter changed (a suggestion)": Array.from({ length: DISTINCT }, (_, i) =>
      changeLetters(pick(i), 1),
    ),
    "unknown id, 64 letters": Array.from({ length: DISTINCT }, (_, i) =>
      Array.from({ length: 64 }, (_, j) => letters[(i * 7 + j * ((i % 5) + 1)) % 26]).join(""),
    ),
    "unknown id, 20 letters": Array.from({ length: DISTINCT }, (_, i) =>
      Array.from({ length: 20 }, (_, j) => letters[(i * 3 + j * ((i % 7) + 1)) % 26]).join(""),
    ),
  };
}

/**
 * Times `call` on each input, best of three calls (the input's own cost, without a garbage-collection pause
 * that happened to fall into one call). `inputs(r)` gives the argument lists of repeat r.
 */
function timeInputs(call, inputs) {
  const times = [];
  let slowestSingle = 0;
  const repeats = [inputs(0), inputs(1), inputs(2)];
  for (let i = 0; i < repeats[0].length; i++) {
    let best = Infinity;
    for (const lists of repeats) {
      const start = process.hrtime.bigint();
      call(lists[i]);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      best = Math.min(best, ms);
      slowestSingle = Math.max(slowestSingle, ms);
    }
    times.push(best);
  }
  return { median: median(times), max: Math.max(...times), slowestSingle };
}

export function benchWorstCase() {
  const fns = loadFunctions(OLDER_EXCEL);
  /** @param {string} id */
  const call = (id) => (args) => {
    try {
      return fns.get(id)(...args);
    } catch (error) {
      return error;
    }
  };
  const rutrade = call("RUTRADE");
  const indicator = call("INDICATOR");
  // Every kind's texts made once, used for the warm-up and the timing alike.
  const longInputs = Object.entries(KINDS).map(([name, fill]) => [name, argumentLists(fill, fill === " ")]);
  const idInputs = Object.entries(unknownIds(fns));
  // Warm-up, untimed: the first calls compile the code paths (ids in a case the timing does not use).
  for (const [, lists] of longInputs) for (const args of lists) rutrade(args);
  for (const [, ids] of idInputs) for (const id of ids) indicator([caseVariant(id, 3)]);
  const rows = [];
  let worst = 0;
  const add = (name, { median: mid, max, slowestSingle }) => {
    worst = Math.max(worst, max);
    rows.push([name, mid.toFixed(4), max.toFixed(4), slowestSingle.toFixed(4)]);
  };
  // Long texts are refused by their length before any cache, so the same text can be timed three times.
  for (const [name, lists] of longInputs)
    add(
      `CA.RUTRADE, ${name}`,
      timeInputs(rutrade, () => lists),
    );
  for (const [name, ids] of idInputs) {
    add(
      `CA.INDICATOR, ${name}`,
      timeInputs(indicator, (r) => ids.map((id) => [caseVariant(id, r)])),
    );
  }
  table(
    `Worst-case input: ${DISTINCT} distinct texts of each kind; a long text as the country or the field (ms per call, best of 3 per input; an id's 3 calls differ in case only, so no cache answers them)`,
    ["input", "median ms", "slowest input ms", "slowest single call ms (with any GC pause)"],
    rows,
  );
  floor(
    `every call ≤ ${CALL_FLOOR_MS} ms, whatever its input (unknown ids included)`,
    worst <= CALL_FLOOR_MS,
    `slowest ${worst.toFixed(3)} ms`,
  );
  heldMemory(rutrade);
}

/** Heap held after 4,096 distinct long inputs, garbage collected before and after (node --expose-gc). */
function heldMemory(call) {
  const gc = globalThis.gc;
  if (typeof gc !== "function") {
    console.log("Held memory: not measured (run with node --expose-gc, as `npm run bench` does).");
    return;
  }
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < 4096; i++) {
    const text = `${i} `.padEnd(CELL_MAX, "\uFDFA");
    call([text]);
    call(["UZ", text]);
  }
  gc();
  const held = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
  console.log(`Heap held after 4,096 distinct 32,767-character inputs: ${held.toFixed(2)} MB`);
  floor("heap held after 4,096 long inputs ≤ 5 MB", held <= 5, `${held.toFixed(2)} MB`);
}
