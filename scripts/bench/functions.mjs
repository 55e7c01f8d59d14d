/** Custom-function throughput in Node, on the built functions bundle (dist/functions.js), against a plain Map lookup measured in the same run. */
import { REQUIREMENTS } from "../../tests/excel-host/shim.mjs";
import { loadFunctions } from "../../tests/support/builtFunctions.cjs";
import { floor, median, table } from "./common.mjs";

/** An Excel without data types (before CustomFunctionsRuntime 1.4): plain numbers. */
export const OLDER_EXCEL = Object.freeze({ ExcelApi: "1.12", CustomFunctionsRuntime: "1.3" });

/** Calls per second of `call(i)` over `n` iterations, median of `repeats` runs (after a warm-up run). */
let sink = 0; // results are folded into this so that no engine can skip the calls
export function throughput(call, n, repeats = 7) {
  const rates = [];
  for (let r = 0; r <= repeats; r++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < n; i++) if (call(i) !== undefined) sink++;
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (r > 0) rates.push(n / seconds);
  }
  return median(rates);
}

export function benchFunctions() {
  const fns = loadFunctions(OLDER_EXCEL);
  const RUTRADE = fns.get("RUTRADE");
  const INDICATOR = fns.get("INDICATOR");
  const INDICATORS = fns.get("INDICATORS");
  const call = (fn, args) => {
    try {
      return fn(...args);
    } catch (error) {
      return error; // a #VALUE!/#N/A answer is a completed call
    }
  };

  const validTrade = [
    ["Uzbekistan"],
    ["UZ"],
    ["kgz"],
    ["Казахстан"],
    ["Kyrgyz Republic"],
    ["tajikistan"],
    ["TM", "period"],
    [[["Turkmenia"]]],
  ];
  // A matrix parameter receives a single cell, or a single value typed in the formula, as a 1×1 array.
  const oneCells = [
    "Uzbekistan",
    "UZ",
    "kgz",
    "Казахстан",
    "Kyrgyz Republic",
    "tajikistan",
    "TM",
    "Turkmenia",
  ].map((country) => [[[country]]]);
  const badTrade = [["Uzbekstan"], ["Atlantis"], [42], [true], [null], ["Central Asia"]];
  const mixedTrade = [...validTrade, ...validTrade, ...badTrade]; // one call in four is bad input
  const validIndicator = [
    ["putin-meetings"],
    ["oil-export-via-russia", "KZ"],
    ["trade-growth", "UZ", "quote"],
    ["supported-invasion.KG"],
    ["poll-war-blame", "Kyrgyzstan"],
  ];
  const mixedIndicator = [
    ...validIndicator,
    ...validIndicator,
    ["no-such-id"],
    ["trade-growth"],
    ["putin-meetings", "KZ"],
  ];

  // Baseline: the cheapest possible lookup of the same answers, a Map keyed by the typed text.
  const baseline = new Map(validTrade.map((args, i) => [String(args[0]), i / 10]));
  const baselineKeys = validTrade.map((args) => String(args[0]));

  const N = 200_000;
  const rows = [
    ["Map.get baseline", throughput((i) => baseline.get(baselineKeys[i & 7]), N * 5)],
    [
      "CA.RUTRADE, a single cell as Excel passes it ([[x]])",
      throughput((i) => call(RUTRADE, oneCells[i & 7]), N),
    ],
    [
      "CA.RUTRADE, valid names/aliases/codes",
      throughput((i) => call(RUTRADE, validTrade[i % validTrade.length]), N),
    ],
    [
      "CA.RUTRADE, mix with 1/4 bad input",
      throughput((i) => call(RUTRADE, mixedTrade[i % mixedTrade.length]), N),
    ],
    [
      "CA.INDICATOR, valid ids",
      throughput((i) => call(INDICATOR, validIndicator[i % validIndicator.length]), N),
    ],
    [
      "CA.INDICATOR, mix with bad ids",
      throughput((i) => call(INDICATOR, mixedIndicator[i % mixedIndicator.length]), N),
    ],
  ];
  const base = rows[0][1];
  table(
    "Custom-function throughput (Node, dist/functions.js, Office.js reporting an Excel without data types; median of 7 runs)",
    ["call", "calls/s", "vs Map.get"],
    rows.map(([name, rate]) => [
      name,
      Math.round(rate).toLocaleString("en-US"),
      `${(base / rate).toFixed(1)}× slower`,
    ]),
  );
  const spillTimes = [];
  for (let r = 0; r < 51; r++) {
    const start = process.hrtime.bigint();
    const spill = INDICATORS();
    spillTimes.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (!Array.isArray(spill) || spill.length < 2) throw new Error("CA.INDICATORS() did not spill a table");
  }
  const fullSpill = INDICATORS();
  const spillShape = `${fullSpill.length} rows × ${fullSpill[0].length} columns`;
  console.log(
    `CA.INDICATORS() full spill (${spillShape}): median ${median(spillTimes).toFixed(3)} ms over 51 runs`,
  );
  const sync = RUTRADE("UZ");
  console.log(`Synchronous: CA.RUTRADE("UZ") returned ${typeof sync} ${sync} (not a Promise)`);
  const lowest = Math.min(rows[1][1], rows[2][1], rows[4][1]);
  floor(
    "≥ 1,000,000 lookups/s (valid inputs)",
    lowest >= 1_000_000,
    `${Math.round(lowest).toLocaleString("en-US")}/s`,
  );
  floor("synchronous returns", typeof sync === "number", typeof sync);
}

/** Whether any measured call returned a value (folded in so that no engine can skip the calls). */
export const callsReturned = () => sink > 0;

/** Formatted numbers and country cards, where Excel reports data types (ExcelApi 1.19, CustomFunctionsRuntime 1.4). */
export async function benchDataTypes() {
  const fns = loadFunctions(REQUIREMENTS.current);
  const RUTRADE = fns.get("RUTRADE");
  const COUNTRY = fns.get("COUNTRY");
  const names = ["Uzbekistan", "UZ", "kgz", "Казахстан", "Kyrgyz Republic", "tajikistan", "TM", "Turkmenia"];
  const shape = RUTRADE("TJ");
  if (typeof shape !== "object" || shape.type !== "Double")
    throw new Error("RUTRADE did not return a Double");
  // The first card of a session waits for the card builder (card.js, loaded on demand); later ones come at once.
  const card = await COUNTRY("UZ");
  if (typeof card !== "object" || card.type !== "Entity") throw new Error("COUNTRY did not return an entity");
  const N = 200_000;
  const rows = [
    ["CA.RUTRADE, formatted numbers (Double with numberFormat)", throughput((i) => RUTRADE(names[i & 7]), N)],
    ["CA.COUNTRY, the card (an entity)", throughput((i) => COUNTRY(names[i & 7]), N)],
  ];
  table(
    "With data types (Node, dist/functions.js, Office.js reporting ExcelApi 1.19 and CustomFunctionsRuntime 1.4; median of 7 runs)",
    ["call", "calls/s"],
    rows.map(([name, rate]) => [name, Math.round(rate).toLocaleString("en-US")]),
  );
  floor(
    "≥ 1,000,000 formatted RUTRADE calls/s",
    rows[0][1] >= 1_000_000,
    `${Math.round(rows[0][1]).toLocaleString("en-US")}/s`,
  );
}
