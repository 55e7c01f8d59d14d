#!/usr/bin/env node
/**
 * npm start
 *
 * Windows and macOS: sideload into desktop Excel with office-addin-debugging, which also runs
 * `npm run dev-server` (webpack serve, on DEV_URL of scripts/hosting.cjs).
 *
 * We fetch office-addin-debugging on demand with npx instead of listing it in devDependencies: through
 * office-addin-dev-settings it pulls @microsoft/m365agentstoolkit-cli, whose optional dependency keytar is
 * a native module that needs libsecret (and a compiler) on Linux. Keeping it out keeps `npm ci` fast and
 * clean on Linux/CI, where there is no desktop Excel to sideload into anyway.
 *
 * Elsewhere (Linux): run the webpack dev server and print how to sideload into Excel on the web.
 * Ctrl+C stops the server cleanly; `npm run stop` does the same from another terminal.
 */
import { spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import https from "node:https";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const manifestPath = path.join(root, "manifest.xml");
const pidFile = path.join(root, "node_modules", ".cache", "central-asia-indicators", "dev-server.pid");
const { DEV_URL } = createRequire(import.meta.url)("./hosting.cjs");
const PANE_URL = `${DEV_URL}taskpane.html`;

/** Runs a child in the foreground, forwarding Ctrl+C/termination to it; resolves with its exit code. */
function run(command, args, options = {}) {
  const { onSpawn, ...spawnOptions } = options;
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: "inherit", ...spawnOptions });
    let stopping = false;
    const stop = (signal) => {
      if (stopping) {
        // Second Ctrl+C: do not wait any longer.
        child.kill("SIGKILL");
        return;
      }
      stopping = true;
      console.log(`\nStopping (${signal})…`);
      // In a terminal the child got the same SIGINT from the process group; signalling again is harmless.
      child.kill(signal);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
    child.on("error", (err) => {
      console.error(`Could not run ${command}: ${err.message}`);
      resolve(1);
    });
    child.on("exit", (code, signal) => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      // Stopped on purpose (Ctrl+C here, or `npm run stop` signalling the child): a clean exit.
      if (stopping || signal === "SIGINT" || signal === "SIGTERM") resolve(0);
      else resolve(code ?? 1);
    });
    onSpawn?.(child);
  });
}

/** Polls the task pane URL (accepting the dev certificate) until it answers, or gives up. */
function waitForServer(url, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve) => {
    const attempt = () => {
      const req = https.get(url, { rejectUnauthorized: false, timeout: 2000 }, (res) => {
        res.resume();
        if (res.statusCode === 200) resolve(true);
        else retry();
      });
      req.on("error", retry);
      req.on("timeout", () => req.destroy());
    };
    const retry = () => (Date.now() > deadline ? resolve(false) : setTimeout(attempt, 1000).unref());
    attempt();
  });
}

function printWebInstructions() {
  const lines = [
    "",
    "──────────────────────────────────────────────────────────────────────────────",
    ` Central Asia Indicators is being served at ${DEV_URL}`,
    "",
    " No desktop Excel on this platform: sideload into Excel on the web.",
    `   1. Trust the development certificate: open ${PANE_URL}`,
    "      in the same browser and accept it (or import ~/.office-addin-dev-certs/ca.crt",
    "      into the browser's certificate authorities).",
    "   2. Open a workbook in Excel on the web (https://www.office.com/launch/excel).",
    "   3. Insert > Add-ins > My Add-ins > Upload My Add-in, and choose:",
    `        ${manifestPath}`,
    "   4. Type =CA. in a cell; the Indicators button is on the Home tab.",
    "",
    ` Task pane preview in a plain browser (no Excel, Office APIs inactive): ${PANE_URL}`,
    ` Help page: ${DEV_URL}help.html`,
    " Stop: Ctrl+C here, or `npm run stop` in another terminal.",
    "──────────────────────────────────────────────────────────────────────────────",
    "",
  ];
  console.log(lines.join("\n"));
}

async function startDesktop() {
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  const code = await run(npx, ["--yes", "office-addin-debugging@7", "start", "manifest.xml", "desktop"], {
    shell: process.platform === "win32",
  });
  process.exit(code);
}

async function startWebServer() {
  const require = createRequire(import.meta.url);
  const cliPackage = require.resolve("webpack-cli/package.json");
  const { bin } = require(cliPackage);
  const cli = path.join(path.dirname(cliPackage), typeof bin === "string" ? bin : bin["webpack-cli"]);

  console.log(`Starting the webpack dev server (development build) on ${DEV_URL} …`);
  const code = await run(process.execPath, [cli, "serve", "--mode", "development"], {
    onSpawn(child) {
      mkdirSync(path.dirname(pidFile), { recursive: true });
      writeFileSync(pidFile, String(child.pid));
      waitForServer(PANE_URL).then((up) => {
        if (up && child.exitCode === null) printWebInstructions();
        else if (child.exitCode === null)
          console.warn(`The dev server did not answer at ${PANE_URL} yet; see the log above.`);
      });
    },
  });
  rmSync(pidFile, { force: true });
  if (code !== 0) console.error(`The dev server exited with code ${code}. Is port 3000 already in use?`);
  process.exit(code);
}

if (process.platform === "win32" || process.platform === "darwin") {
  await startDesktop();
} else {
  await startWebServer();
}
