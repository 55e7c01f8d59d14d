/*
 * The host's time on the product's scale workbook: 10 sheets, 50,000 CA.* formula cells among 200,000 other
 * non-empty cells (per sheet: constants in A1:T1000, formulas in V1:Y1000 and in every other row of AA1:AA2000,
 * so 1,001 formula areas a sheet). Prints medians of several runs:
 *   model   the model alone (no wire): used ranges, special cells, grid reads of the formula areas
 *   wire    Microsoft's client in Chromium against the host (when Chromium is there), one Excel.run each:
 *           scan (used ranges + formula areas with formulas, values, formats), freeze (values over the formula
 *           areas, chunked under the 5 MB limit), notes (a note on each formula cell, chunked); "host ms" is the
 *           host's own time (parse, model, answer), the rest is the client, the browser and the wire.
 *
 *   node tests/excel-host/scale-bench.mjs [--runs 5]
 */
/* global excelTry -- page.evaluate functions run in the page */
import { pathToFileURL } from "node:url";
import { buildWorkbook } from "./fixtures.mjs";
import { browserStatus, launchBrowser } from "./browser.mjs";
import { openWorkbookPage } from "./harness.mjs";
import { specialCells } from "./special.mjs";

const runsArg = process.argv.indexOf("--runs");
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;

/** The scale workbook's description. */
export function scaleWorkbook() {
  const sheets = Array.from({ length: 10 }, (_, s) => ({
    name: `Data ${s + 1}`,
    fill: {
      "A1:T1000": ({ row, column }) => (column === 0 ? `Region ${row}` : row * 100 + column + s / 10),
      "V1:Y1000": ({ row }) => ({
        formula: `=CA.RUTRADE("UZ",${row})`,
        value: row / 1000,
        numberFormat: "0.0%",
      }),
      "AA1:AA2000": ({ row }) =>
        row % 2 === 0 ? { formula: `=CA.SOURCE(${row})`, value: `source ${row}` } : null,
    },
  }));
  return { sheets };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(1)} ms`;

/** Median time of a function over RUNS runs. */
function time(fn) {
  const times = [];
  let result;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    result = fn();
    times.push(performance.now() - start);
  }
  return { ms: median(times), result };
}

function modelRows() {
  const built = time(() => buildWorkbook(scaleWorkbook()));
  const wb = built.result;
  const cells = wb.sheets.reduce((n, s) => n + s.cells.size, 0);
  console.log(`workbook: ${wb.sheets.length} sheets, ${cells} stored cells; built in ${ms(built.ms)}`);
  const used = time(() => wb.sheets.map((s) => s.usedRect(true)));
  const special = time(() =>
    wb.sheets.map((s) => specialCells(s, [/** @type {any} */ (s.usedRect(true))], "Formulas", null, "bench")),
  );
  const areas = special.result.reduce((n, a) => n + a.length, 0);
  const grids = time(() =>
    wb.sheets.forEach((s, i) => {
      for (const r of special.result[i]) {
        const read = s.reader(r);
        for (let row = r.row; row < r.row + r.rowCount; row++)
          for (let column = r.column; column < r.column + r.columnCount; column++) read(row, column);
      }
    }),
  );
  console.log(`model, median of ${RUNS}:`);
  console.log(`  used ranges of 10 sheets            ${ms(used.ms)}`);
  console.log(`  special cells (Formulas), 10 sheets ${ms(special.ms)}  (${areas} areas)`);
  console.log(`  cells of the formula areas read     ${ms(grids.ms)}`);
}

/** In the page: scan, freeze and notes, each one Excel.run; the syncs and the add-in's time. */
export function pageStep({ step, limit }) {
  return excelTry(async (context) => {
    const started = performance.now();
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const found = sheets.items.map((sheet) => {
      const formulas = sheet.getUsedRangeOrNullObject(true).getSpecialCellsOrNullObject("Formulas");
      formulas.load("address, areaCount");
      formulas.areas.load(
        step === "scan"
          ? "items/address, items/formulas, items/formulasLocal, items/values, items/numberFormat"
          : "items/address, items/values",
      );
      return formulas;
    });
    await context.sync();
    let syncs = 2;
    let queued = 0;
    const flush = async () => {
      if (queued === 0) return;
      await context.sync();
      syncs += 1;
      queued = 0;
    };
    const column = (letters) => [...letters].reduce((n, l) => n * 26 + l.charCodeAt(0) - 64, 0) - 1;
    const letters = (c) =>
      (c < 26 ? "" : letters(Math.floor(c / 26) - 1)) + String.fromCharCode(65 + (c % 26));
    for (const [s, formulas] of found.entries()) {
      if (formulas.isNullObject || step === "scan") continue;
      for (const area of formulas.areas.items) {
        if (step === "freeze") {
          const values = area.values;
          area.values = values;
          queued += JSON.stringify(values).length + 300;
        } else {
          const [, c1, r1, c2 = c1, r2 = r1] = /!([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(area.address) ?? [];
          for (let r = Number(r1); r <= Number(r2); r++) {
            for (let c = column(c1); c <= column(c2); c++) {
              sheets.items[s].notes.add(
                `${letters(c)}${r}`,
                `CA.RUTRADE, trade growth, Uzbekistan: ${"quote ".repeat(20)}`,
              );
              queued += 450;
            }
          }
        }
        if (queued > limit) await flush();
      }
    }
    await flush();
    return { syncs, ms: performance.now() - started, areas: found.reduce((n, f) => n + f.areaCount, 0) };
  });
}

async function wireRows() {
  const status = browserStatus();
  if (!status.available) {
    console.log(`wire: skipped (${status.notice})`);
    return;
  }
  const browser = await launchBrowser();
  try {
    console.log(`wire (Excel's client in Chromium), median of ${RUNS}; each run on a fresh workbook:`);
    for (const step of ["scan", "freeze", "notes"]) {
      const rows = [];
      for (let i = 0; i < RUNS; i++) {
        const open = await openWorkbookPage(browser, scaleWorkbook());
        try {
          open.host.reset();
          const start = performance.now();
          const result = await open.run(pageStep, { step, limit: 4_000_000 });
          const wall = performance.now() - start;
          if (result.error) throw new Error(`${step}: ${JSON.stringify(result.error)}`);
          const syncs = open.host.requests.filter((r) => r.kind === "sync");
          rows.push({
            wall,
            addin: result.value.ms,
            host: syncs.reduce((n, r) => n + r.hostMs, 0),
            syncs: syncs.length,
            biggest: Math.max(...syncs.map((r) => Math.max(r.bytes.request, r.bytes.response))),
          });
        } finally {
          await open.close();
        }
      }
      const m = (key) => median(rows.map((r) => r[key]));
      console.log(
        `  ${step.padEnd(7)} Excel.run ${ms(m("addin")).padStart(10)}  host ${ms(m("host")).padStart(10)}  ` +
          `syncs ${m("syncs")}  largest payload ${(m("biggest") / 1e6).toFixed(2)} MB`,
      );
    }
  } finally {
    await browser.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  modelRows();
  await wireRows();
}
