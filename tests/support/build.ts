import { existsSync } from "fs";
import { join } from "path";

export const DIST = join(__dirname, "..", "..", "dist");

/** Whether a build (npm run build or build:dev) is in dist/. */
function isBuilt(...files: readonly string[]): boolean {
  return files.every((file) => existsSync(join(DIST, file)));
}

/**
 * describe() for checks of the built output. Without a build they are skipped with a notice (`npm run
 * test:unit` runs without one); under REQUIRE_BUILD=1 (`npm test`, CI) a missing build fails instead.
 */
export function describeBuilt(name: string, files: readonly string[], body: () => void): void {
  if (isBuilt(...files)) {
    describe(name, body);
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
