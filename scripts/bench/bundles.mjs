/** Bundle sizes, raw and gzip -9, of every first-party file the pane and the functions load; what makes them up. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { pageLoads } from "../deploy/checks.mjs";
import { buildKind, dist, floor, root, table } from "./common.mjs";

/** Files a page's HTML loads from dist/ (its own host), read as check-deploy reads them on a host. */
function pageFiles(html) {
  const origin = "https://dist.invalid";
  const { scripts, styles } = pageLoads(html, `${origin}/taskpane.html`);
  return [...scripts, ...styles]
    .filter((url) => new URL(url).origin === origin)
    .map((url) => new URL(url).pathname.slice(1));
}

export function benchBundles() {
  const pane = join(dist, "taskpane.html");
  if (!existsSync(pane)) throw new Error("dist/taskpane.html not found: run `npm run build` first.");
  const html = readFileSync(pane, "utf8");
  const pageLoads = ["taskpane.html", ...pageFiles(html)];
  // Scripts the page names load with it; others (ru.js, the Russian texts) only when the pane needs them.
  const onDemand = readdirSync(dist).filter((f) => f.endsWith(".js") && !pageLoads.includes(f));
  const files = [...pageLoads, ...onDemand];
  for (const extra of readdirSync(dist).filter((f) => f.endsWith(".css")))
    if (!files.includes(extra)) files.push(extra);
  const rows = files.map((f) => {
    const buf = readFileSync(join(dist, f));
    return /** @type {[string, number, number]} */ ([f, buf.length, gzipSync(buf, { level: 9 }).length]);
  });
  table(
    `Bundle sizes (${buildKind()} build; office.js excluded, loaded from Microsoft's CDN)`,
    ["file", "raw bytes", "gzip -9 bytes"],
    rows.map(([f, raw, gz]) => [
      onDemand.includes(f) ? `${f} (on demand)` : f,
      raw.toLocaleString("en-US"),
      gz.toLocaleString("en-US"),
    ]),
  );
  const gz = (name) => rows.find((r) => r[0] === name)?.[2] ?? 0;
  // The pane page loads functions.js too (shared runtime), so its JavaScript is every .js file it names.
  const paneJs = rows
    .filter((r) => r[0].endsWith(".js") && pageLoads.includes(r[0]))
    .reduce((s, r) => s + r[2], 0);
  // Budgets: the dataset with its notes, data types and country cards, and the functions' messages in two
  // languages live in functions.js; the Russian pane texts load on demand and count apart. The pane's budget
  // grew from 65 to 90 KB with the citations (notes, "This cell", the Sources sheet, freeze and restore:
  // a formula parser, the workbook scan and their messages) and the on-demand one from 15 to 20 KB with
  // their Russian texts; README's Performance section gives the measurement.
  floor(
    "pane JS (taskpane.js + functions.js) ≤ 90 KB gzip",
    paneJs <= 90 * 1024,
    `${(paneJs / 1024).toFixed(1)} KB`,
  );
  floor(
    "functions bundle ≤ 22 KB gzip",
    gz("functions.js") <= 22 * 1024,
    `${(gz("functions.js") / 1024).toFixed(1)} KB`,
  );
  for (const file of onDemand) {
    floor(
      `${file}, loaded on demand, ≤ 20 KB gzip`,
      gz(file) <= 20 * 1024,
      `${(gz(file) / 1024).toFixed(1)} KB`,
    );
  }
  contributors();
}

/**
 * What makes up each bundle: webpack's module sizes (before minification) grouped by package, from a second
 * production build written to a temporary directory (removed after), so that dist/ stays as it was built
 * (the config cleans its output directory, and a build made with ADDIN_BASE_URL keeps its URL).
 */
function contributors() {
  const output = mkdtempSync(join(tmpdir(), "bench-webpack-"));
  let webpack;
  try {
    webpack = spawnSync(
      process.execPath,
      [
        join(root, "node_modules", "webpack-cli", "bin", "cli.js"),
        "--mode",
        "production",
        "--output-path",
        output,
        "--json",
      ],
      { cwd: root, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 },
    );
  } finally {
    rmSync(output, { recursive: true, force: true });
  }
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
        /\bsrc\/(core|excel|functions|taskpane)\//.exec(name)?.[0].slice(0, -1) ??
        "other";
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
