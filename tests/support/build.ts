/*
 * Where the build is and whether the tests may use it: present (npm run build or build:dev) and not older
 * than the sources it is built from. A stale dist/ would test yesterday's product silently.
 */
import { existsSync, readdirSync, statSync } from "fs";
import { join } from "path";
import { STAMP_FILE } from "../../scripts/buildStamp.cjs";

const ROOT = join(__dirname, "..", "..");
export const DIST = join(ROOT, "dist");

/** What the build reads: the sources, the icons, the manifest, the webpack configuration and its plugins. */
const BUILD_INPUTS = ["src", "assets", "manifest.xml", "webpack.config.js", "scripts"];
const isBuildInput = (file: string): boolean => !file.includes("/scripts/") || file.endsWith(".cjs");

/** Whether a build (npm run build or build:dev) is in dist/. */
function isBuilt(...files: readonly string[]): boolean {
  return files.every((file) => existsSync(join(DIST, file)));
}

/** The newest file under the build's inputs, with its modification time. */
export function newestBuildInput(): { file: string; mtimeMs: number } {
  let newest = { file: "", mtimeMs: 0 };
  const visit = (path: string): void => {
    const stat = statSync(path);
    if (stat.isDirectory()) for (const entry of readdirSync(path)) visit(join(path, entry));
    else if (isBuildInput(path) && stat.mtimeMs > newest.mtimeMs)
      newest = { file: path, mtimeMs: stat.mtimeMs };
  };
  for (const input of BUILD_INPUTS) if (existsSync(join(ROOT, input))) visit(join(ROOT, input));
  return newest;
}

/** Why dist/ is older than its sources, or null when it is current. */
export function staleness(): string | null {
  const stamp = join(DIST, STAMP_FILE);
  if (!existsSync(stamp))
    return `dist/ has no ${STAMP_FILE} (built before it was written): rebuild with \`npm run build\``;
  const newest = newestBuildInput();
  const built = statSync(stamp).mtimeMs;
  if (newest.mtimeMs <= built) return null;
  const file = newest.file.slice(ROOT.length + 1);
  return `dist/ is older than ${file} (built ${new Date(built).toISOString()}, changed ${new Date(newest.mtimeMs).toISOString()}): rebuild with \`npm run build\``;
}

/**
 * describe() for checks of the built output. Without a build they are skipped with a notice (`npm run
 * test:unit` runs without one); under REQUIRE_BUILD=1 (`npm test`, CI) a missing build fails instead. A build
 * older than the sources always fails, asking for a rebuild, rather than testing the old product.
 */
export function describeBuilt(name: string, files: readonly string[], body: () => void): void {
  if (isBuilt(...files)) {
    const stale = staleness();
    if (stale === null) describe(name, body);
    else
      describe(name, () => {
        test("dist/ is current", () => {
          throw new Error(stale);
        });
      });
    return;
  }
  if (process.env.REQUIRE_BUILD === "1") {
    describe(name, () => {
      test("a build is present (REQUIRE_BUILD=1)", () => {
        throw new Error(`dist/ lacks ${files.join(", ")}: run \`npm run build\` first`);
      });
    });
    return;
  }
  describe.skip(`${name} (no build in dist/)`, body);
}
