#!/usr/bin/env node
/**
 * npm run bench: measures what the README's performance table reports and prints it. Not a test: it asserts
 * nothing about time, it prints medians (and ratios measured in the same run) and checks the floors at the
 * end, exiting non-zero only when a floor is missed.
 *
 *   1. Custom-function throughput in Node, on the built functions bundle (dist/functions.js), against a
 *      plain Map lookup measured in the same run.
 *   2. Bundle sizes, raw and gzip -9, of every first-party file the pane and the functions load.
 *   3. context.sync() round trips per insert action (1, 10, 100 rows), from the mocked adapter.
 *   4. Task-pane readiness in headless Chromium (office.js onReady → list interactive).
 *
 * Needs a production build in dist/ (npm run build); sections 3 and 4 reuse the jest round-trip report and
 * the browser test's measurement when they are present and say so when they are not.
 */
import { readFileSync, existsSync, readdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { spawnSync } from "node:child_process";
import os from "node:os";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const results = { floors: [] };

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function table(title, header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => "| " + cells.map((c, i) => String(c).padEnd(widths[i])).join(" | ") + " |";
  console.log(`\n${title}\n${line(header)}\n|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const row of rows) console.log(line(row));
}

function floor(name, ok, detail) {
  results.floors.push({ name, ok, detail });
}

/** Loads the built functions bundle the way Excel does: a script that calls CustomFunctions.associate. */
function loadFunctions() {
  const file = join(dist, "functions.js");
  if (!existsSync(file)) throw new Error("dist/functions.js not found: run `npm run build` first.");
  const associated = new Map();
  // Like Excel's CustomFunctions.Error: a plain object with code and message (no stack capture).
  class CustomFunctionsError {
    constructor(code, message) {
      this.code = code;
      this.message = message;
    }
  }
  const context = vm.createContext({
    CustomFunctions: {
      associate: (id, fn) => associated.set(id, fn),
      Error: CustomFunctionsError,
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
    },
  });
  vm.runInContext(readFileSync(file, "utf8"), context, { filename: file });
  return associated;
}

/** Calls per second of `call(i)` over `n` iterations, median of `repeats` runs (after a warm-up run). */
let sink = 0; // results are folded into this so that no engine can skip the calls
function throughput(call, n, repeats = 7) {
  const rates = [];
  for (let r = 0; r <= repeats; r++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < n; i++) if (call(i) !== undefined) sink++;
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (r > 0) rates.push(n / seconds);
  }
  return median(rates);
}

function benchFunctions() {
  const fns = loadFunctions();
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
    "Custom-function throughput (Node, dist/functions.js; median of 7 runs)",
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
  const spillRows = INDICATORS().length;
  console.log(
    `CA.INDICATORS() full spill (${spillRows} rows × 7): median ${median(spillTimes).toFixed(3)} ms over 51 runs`,
  );
  const sync = RUTRADE("UZ");
  console.log(`Synchronous: CA.RUTRADE("UZ") returned ${typeof sync} ${sync} (not a Promise)`);
  const lowest = Math.min(rows[1][1], rows[3][1]);
  floor(
    "≥ 1,000,000 lookups/s (valid inputs)",
    lowest >= 1_000_000,
    `${Math.round(lowest).toLocaleString("en-US")}/s`,
  );
  floor("synchronous returns", typeof sync === "number", typeof sync);
  results.functions = { rows, spillMs: median(spillTimes) };
}

/** Files a page loads: the scripts and stylesheets named in its HTML that live in dist/. */
function pageFiles(html) {
  // The production HTML is minified: attribute values may be unquoted.
  const names = [...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)=("?)([^"\s>]+)\1/g)]
    .map((m) => m[2])
    .filter((src) => !/^https?:/.test(src) && !src.endsWith(".png") && !src.endsWith(".ico"));
  return [...new Set(names.map((n) => n.replace(/^\.?\//, "")))];
}

function benchBundles() {
  const pane = join(dist, "taskpane.html");
  if (!existsSync(pane)) throw new Error("dist/taskpane.html not found: run `npm run build` first.");
  const html = readFileSync(pane, "utf8");
  const files = ["taskpane.html", ...pageFiles(html)];
  for (const extra of readdirSync(dist).filter((f) => f.endsWith(".css")))
    if (!files.includes(extra)) files.push(extra);
  const rows = files.map((f) => {
    const buf = readFileSync(join(dist, f));
    return [f, buf.length, gzipSync(buf, { level: 9 }).length];
  });
  table(
    "Bundle sizes (production build; office.js excluded, loaded from Microsoft's CDN)",
    ["file", "raw bytes", "gzip -9 bytes"],
    rows.map(([f, raw, gz]) => [f, raw.toLocaleString("en-US"), gz.toLocaleString("en-US")]),
  );
  const gz = (name) => rows.find((r) => r[0] === name)?.[2] ?? 0;
  // The pane page loads functions.js too (shared runtime), so its JavaScript is every .js file it names.
  const paneJs = rows.filter((r) => r[0].endsWith(".js")).reduce((s, r) => s + r[2], 0);
  floor(
    "pane JS (taskpane.js + functions.js) ≤ 60 KB gzip",
    paneJs <= 60 * 1024,
    `${(paneJs / 1024).toFixed(1)} KB`,
  );
  floor(
    "functions bundle ≤ 15 KB gzip",
    gz("functions.js") <= 15 * 1024,
    `${(gz("functions.js") / 1024).toFixed(1)} KB`,
  );
  results.bundles = rows;
  contributors();
}

/** What makes up each bundle: webpack's module sizes (before minification) grouped by package. */
function contributors() {
  const webpack = spawnSync(
    process.execPath,
    [join(root, "node_modules", "webpack-cli", "bin", "cli.js"), "--mode", "production", "--json"],
    { cwd: root, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 },
  );
  if (webpack.status !== 0) {
    console.log("(webpack --json failed: no breakdown by package)");
    return;
  }
  const stats = JSON.parse(webpack.stdout.slice(webpack.stdout.indexOf("{")));
  for (const chunk of stats.chunks ?? []) {
    const byPackage = new Map();
    // Concatenated modules ("x.ts + 150 modules") list their parts in .modules.
    const flat = (modules) => modules.flatMap((m) => (m.modules ? flat(m.modules) : [m]));
    for (const module of flat(chunk.modules ?? [])) {
      const name = String(module.name ?? "");
      const pkg =
        /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(name)?.[1] ??
        (name.includes("src/core") ? "src/core (dataset, logic)" : "src (UI, functions)");
      byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + (module.size ?? 0));
    }
    const total = [...byPackage.values()].reduce((a, b) => a + b, 0);
    const top = [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 6);
    console.log(
      `  ${chunk.names?.join(",") ?? chunk.id}.js: ` +
        top.map(([pkg, size]) => `${pkg} ${Math.round((100 * size) / total)}%`).join(", ") +
        " (share of unminified module bytes)",
    );
  }
}

function benchRoundTrips() {
  const file = join(root, "test-results", "sync-counts.json");
  if (!existsSync(file)) {
    console.log(
      "\nRound trips: test-results/sync-counts.json not found (written by `npx jest tests/adapter`).",
    );
    floor("≤ 2 context.sync() per insert", false, "not measured");
    return;
  }
  // One row per action and size: syncs when inserting at the active cell, on a new sheet, and when refused.
  const counts = JSON.parse(readFileSync(file, "utf8"));
  const keyOf = (c) => `${c.action.replace(/ \((active-cell|new-sheet|refused)\)$/, "")}|${c.rows}`;
  const groups = new Map();
  for (const c of counts) {
    const mode = /\((active-cell|new-sheet|refused)\)$/.exec(c.action)?.[1] ?? "active-cell";
    groups.set(keyOf(c), { ...groups.get(keyOf(c)), [mode]: c.syncs });
  }
  table(
    "context.sync() calls per insert action (mocked adapter; one Excel.run each)",
    ["action", "rows", "at active cell", "on new sheet", "refused"],
    [...groups].map(([key, g]) => [
      ...key.split("|"),
      g["active-cell"] ?? "–",
      g["new-sheet"] ?? "–",
      g.refused ?? "–",
    ]),
  );
  const worst = Math.max(...counts.map((c) => c.syncs));
  floor("≤ 2 context.sync() per insert", worst <= 2, `max ${worst}`);
}

function benchReadiness() {
  if (!existsSync("/usr/bin/chromium")) {
    console.log("\nReadiness: not measured (no /usr/bin/chromium; apt-get install chromium).");
    return;
  }
  // The browser test loads the built pane five times and records office-ready → pane-ready for each load.
  const file = join(root, "test-results", "pane-readiness.json");
  const run = spawnSync(
    process.execPath,
    ["--test", "--test-name-pattern=office-ready to pane-ready", "tests/e2e/"],
    {
      cwd: root,
      encoding: "utf8",
    },
  );
  if (run.status !== 0 || !existsSync(file)) {
    console.log(`\nReadiness: the browser run failed:\n${run.stdout.slice(-2000)}`);
    return;
  }
  const r = JSON.parse(readFileSync(file, "utf8"));
  table(
    `Task-pane readiness, headless Chromium ${r.browser}, ${r.bundle} build, office.js served locally (${r.loads} loads)`,
    ["measure", "median ms"],
    [
      ["office.js onReady → list interactive", r.medianMs],
      ["navigation start → office.js onReady", r.medianOfficeReadyMs],
      ["navigation start → list interactive", r.medianPaneReadyMs],
    ],
  );
}

console.log(
  `Central Asia Indicators benchmark — ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${os.cpus().length}× ${os.cpus()[0]?.model ?? "cpu"}`,
);
benchFunctions();
benchBundles();
benchRoundTrips();
benchReadiness();
table(
  "Floors",
  ["floor", "met", "measured"],
  results.floors.map((f) => [f.name, f.ok ? "yes" : "NO", f.detail]),
);
if (sink === 0) console.log("(no call returned a value)");
process.exitCode = results.floors.every((f) => f.ok) ? 0 : 1;
