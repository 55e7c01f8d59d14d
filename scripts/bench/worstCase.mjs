/**
 * Worst-case input on the built bundle: 32,767-character arguments (Excel's cell maximum) of the kinds that
 * cost most to fold (U+FDFA expands eighteen-fold, Hangul decomposes), each call with a different text as
 * `=CA.RUTRADE(A1&ROW())` would send; and the heap the functions hold after 4,096 such distinct inputs.
 */
import { loadFunctions } from "../../tests/support/builtFunctions.cjs";
import { floor, median, table } from "./common.mjs";
import { OLDER_EXCEL } from "./functions.mjs";

const CELL_MAX = 32_767;
const DISTINCT = 64;
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

export function benchWorstCase() {
  const RUTRADE = loadFunctions(OLDER_EXCEL).get("RUTRADE");
  const call = (args) => {
    try {
      return RUTRADE(...args);
    } catch (error) {
      return error;
    }
  };
  const rows = [];
  let worst = 0;
  // Every kind's texts made once, used for the warm-up and the timing alike.
  const inputs = Object.entries(KINDS).map(([name, fill]) => [name, argumentLists(fill, fill === " ")]);
  // Warm-up, untimed: the first calls compile the code paths.
  for (const [, lists] of inputs) for (const args of lists) call(args);
  for (const [name, lists] of inputs) {
    const times = [];
    let slowestSingle = 0;
    for (const args of lists) {
      // The best of three calls with the same input: the input's own cost, without a garbage-collection
      // pause that happened to fall into one call.
      let best = Infinity;
      for (let r = 0; r < 3; r++) {
        const start = process.hrtime.bigint();
        call(args);
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        best = Math.min(best, ms);
        slowestSingle = Math.max(slowestSingle, ms);
      }
      times.push(best);
    }
    const max = Math.max(...times);
    worst = Math.max(worst, max);
    rows.push([name, median(times).toFixed(4), max.toFixed(4), slowestSingle.toFixed(4)]);
  }
  table(
    `Worst-case input: CA.RUTRADE with a 32,767-character country or field, ${DISTINCT} distinct texts each (ms per call, best of 3 per input)`,
    ["input", "median ms", "slowest input ms", "slowest single call ms (with any GC pause)"],
    rows,
  );
  floor("every call ≤ 1 ms, whatever its input", worst <= 1, `slowest ${worst.toFixed(3)} ms`);
  heldMemory(call);
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
