/**
 * Writes dist/build-stamp.txt, the time of the build, on every build. Webpack leaves an output file untouched
 * when its content is unchanged, so the bundles' own dates cannot tell a current dist/ from a stale one (a
 * comment edited in src/ changes no output); this file is written each time, and the tests compare its date
 * with the sources' (tests/support/build.ts) to ask for a rebuild when dist/ is older than src/.
 */
"use strict";

const STAMP_FILE = "build-stamp.txt";

class BuildStampPlugin {
  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    // The compiler's own webpack: no require here, so that the tests can read STAMP_FILE without loading it.
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("BuildStampPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "BuildStampPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          compilation.emitAsset(STAMP_FILE, new sources.RawSource(`${new Date().toISOString()}\n`));
        },
      );
    });
  }
}

module.exports = { BuildStampPlugin, STAMP_FILE };
