#!/usr/bin/env node
/**
 * npm run bench: measures what the README's performance table reports and prints it. Not a test: it asserts
 * nothing about time, it prints medians (and ratios measured in the same run) and checks the floors at the
 * end, exiting non-zero only when a floor is missed. It needs only a production build (`npm run build`)
 * and Chromium, and measures everything itself:
 *
 *   1. custom-function throughput in Node, on the built bundle, against a plain Map lookup, and with data
 *      types (formatted numbers, country cards);
 *   2. worst-case input (32,767-character arguments) and the memory the functions hold afterwards;
 *   3. bundle sizes, raw and gzip -9;
 *   4. round trips per insert action, through Microsoft's Excel client against the workbook host;
 *   5. the Sources sheet, freeze and restore on a workbook of 50,000 CA.* formula cells, on the same wire;
 *   6. task-pane readiness in headless Chromium.
 */
import os from "node:os";
import { floors, table } from "./bench/common.mjs";
import { benchBundles } from "./bench/bundles.mjs";
import { benchCitations } from "./bench/citations.mjs";
import { benchDataTypes, benchFunctions, callsReturned } from "./bench/functions.mjs";
import { benchReadiness } from "./bench/readiness.mjs";
import { benchRoundTrips } from "./bench/roundTrips.mjs";
import { benchWorstCase } from "./bench/worstCase.mjs";

console.log(
  `Central Asia Indicators benchmark — ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${os.cpus().length}× ${os.cpus()[0]?.model ?? "cpu"}`,
);
benchFunctions();
await benchDataTypes();
benchWorstCase();
benchBundles();
await benchRoundTrips();
await benchCitations();
await benchReadiness();
table(
  "Floors",
  ["floor", "met", "measured"],
  floors.map((f) => [f.name, f.ok ? "yes" : "NO", f.detail]),
);
if (!callsReturned()) console.log("(no call returned a value)");
process.exitCode = floors.every((f) => f.ok) ? 0 : 1;
