#!/usr/bin/env node
/**
 * Single-cell throughput of two builds in one run: this checkout's dist/functions.js against another
 * checkout's (built there with `npm run build`), e.g. main before a change:
 *
 *   node scripts/bench/compareFunctions.mjs /path/to/other-checkout [samples]
 *
 * Each sample is a fresh Node process on one build (so neither build's code warms or slows the other's),
 * the two builds alternating, so both see the same machine moment; it prints the medians and their ratio.
 * Each build is loaded by its own tests/support/builtFunctions.cjs, as the benchmark loads it.
 */
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { root } from "./common.mjs";

const OLDER_EXCEL = { ExcelApi: "1.12", CustomFunctionsRuntime: "1.3" };

/** The calls compared: [function, argument lists cycled through, calls per run]. */
const CASES = {
  'CA.RUTRADE("UZ")': ["RUTRADE", [["UZ"]], 200_000],
  "CA.RUTRADE, varied valid names and fields": [
    "RUTRADE",
    [["Uzbekistan"], ["UZ"], ["kgz"], ["Казахстан"], ["Kyrgyz Republic"], ["tajikistan"], ["TM", "period"]],
    200_000,
  ],
  "CA.RUTRADE, one in four bad": [
    "RUTRADE",
    [["UZ"], ["KZ"], ["TJ"], ["Uzbekstan"], ["kgz"], ["TM"], [42]],
    200_000,
  ],
  "CA.INDICATOR, valid ids": [
    "INDICATOR",
    [
      ["putin-meetings"],
      ["oil-export-via-russia", "KZ"],
      ["trade-growth", "UZ", "quote"],
      ["supported-invasion.KG"],
    ],
    200_000,
  ],
  'a single cell as Excel passes it to a range parameter ([["UZ"]])': ["RUTRADE", [[[["UZ"]]]], 200_000],
  "a column of five countries": ["RUTRADE", [[[["KZ"], ["UZ"], ["TJ"], ["KG"], ["TM"]]]], 40_000],
};

/** Calls per second of one case on one build: the median of 5 timed runs after a warm-up. */
function sample(checkout, name) {
  const require = createRequire(import.meta.url);
  const fns = require(`${checkout}/tests/support/builtFunctions.cjs`).loadFunctions(OLDER_EXCEL);
  const [id, argLists, calls] = CASES[name];
  const fn = fns.get(id);
  let answered = 0;
  const rates = [];
  for (let run = 0; run <= 5; run++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < calls; i++) {
      try {
        if (fn(...argLists[i % argLists.length]) !== undefined) answered++;
      } catch {
        answered++; // a #VALUE!/#N/A answer is a completed call
      }
    }
    if (run > 0) rates.push(calls / (Number(process.hrtime.bigint() - start) / 1e9));
  }
  if (answered === 0) throw new Error("no call answered");
  return rates.sort((a, b) => a - b)[2];
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

if (process.argv[2] === "--sample") {
  console.log(sample(process.argv[3], process.argv[4]));
} else {
  const other = process.argv[2];
  const samples = Number(process.argv[3] ?? 7);
  if (!other) throw new Error("Usage: node scripts/bench/compareFunctions.mjs <other checkout> [samples]");
  const self = fileURLToPath(import.meta.url);
  const run = (checkout, name) =>
    Number(execFileSync(process.execPath, [self, "--sample", checkout, name], { encoding: "utf8" }));
  console.log(`node ${process.version}; ${samples} samples per build, alternating; this checkout: ${root}`);
  console.log(`| call | ${other} calls/s | this checkout calls/s | ratio |\n|---|---|---|---|`);
  for (const name of Object.keys(CASES)) {
    const rates = { other: [], self: [] };
    for (let i = 0; i < samples; i++)
      for (const side of i % 2 ? ["other", "self"] : ["self", "other"])
        rates[side].push(run(side === "self" ? root : other, name));
    const [a, b] = [median(rates.other), median(rates.self)];
    const format = (rate) => Math.round(rate).toLocaleString("en-US");
    console.log(`| ${name} | ${format(a)} | ${format(b)} | ${(b / a).toFixed(2)} |`);
  }
}
