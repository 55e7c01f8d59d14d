#!/usr/bin/env node
/**
 * npm run stop
 *
 * Windows and macOS: `office-addin-debugging stop` unregisters the sideloaded add-in and stops the dev
 * server it started (fetched with npx; see scripts/start.mjs for why it is not a devDependency).
 * Elsewhere: stops the dev server that `npm start` recorded in node_modules/.cache, after checking that
 * the recorded process really is that webpack server (a stale PID may belong to something else).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const pidFile = path.join(root, "node_modules", ".cache", "central-asia-indicators", "dev-server.pid");

function stopDesktop() {
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  const result = spawnSync(npx, ["--yes", "office-addin-debugging@7", "stop", "manifest.xml"], {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  process.exit(result.status ?? 1);
}

/** Is `pid` alive and, where /proc exists, a webpack process (webpack-cli renames itself "webpack")? */
function isOurDevServer(pid) {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const cmdlineFile = `/proc/${pid}/cmdline`;
  if (!existsSync(cmdlineFile)) return true; // cannot check further on this platform
  return readFileSync(cmdlineFile, "utf8").includes("webpack");
}

function stopWebServer() {
  if (!existsSync(pidFile)) {
    console.log("No dev server started by `npm start` is recorded; nothing to stop.");
    return;
  }
  const pid = Number.parseInt(readFileSync(pidFile, "utf8"), 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isOurDevServer(pid)) {
    console.log("The recorded dev server is no longer running; clearing the record.");
    rmSync(pidFile, { force: true });
    return;
  }
  process.kill(pid, "SIGINT");
  console.log(`Asked the dev server (PID ${pid}) to stop.`);
}

if (process.platform === "win32" || process.platform === "darwin") {
  stopDesktop();
} else {
  stopWebServer();
}
