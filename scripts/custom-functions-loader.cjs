/**
 * Works around a clash between custom-functions-metadata-plugin and ts-loader in watch mode
 * (`webpack serve`, `webpack --watch`).
 *
 * The plugin appends its loader (which adds the CustomFunctions.associate(...) calls) to the END of
 * functions.ts's loader list, i.e. it runs before ts-loader on the TypeScript source. ts-loader, on every
 * watch rebuild, re-applies "the loaders listed after it" to each changed file of its TypeScript program
 * (ts-loader/dist/watch-run.js), so the associate(...) lines of functions.ts get appended to every other
 * changed .ts file: dozens of "Cannot find name 'rutrade'" errors after the first edit.
 *
 * CustomFunctionsLoaderOrderPlugin moves that loader to the FRONT of the list, so it runs after ts-loader
 * on the emitted JavaScript (names of exported functions are unchanged by TypeScript), and ts-loader no
 * longer sees loaders after it. This file is also that loader: a thin wrapper around the plugin's own
 * loader that passes the incoming source map through (the original drops it).
 */
"use strict";

const associate = require("custom-functions-metadata-plugin/lib/loader.js");

const ORIGINAL_LOADER = require.resolve("custom-functions-metadata-plugin/lib/loader.js");

/**
 * Webpack loader: appends the CustomFunctions.associate(...) calls, keeping the source map. The calls are
 * wrapped in a check for the CustomFunctions global: the pane page also runs in a plain browser as a
 * preview, where office.js (and so CustomFunctions) may be absent, and there registering is simply skipped.
 */
/** @this {any} webpack's loader context */
function customFunctionsLoader(source, map, meta) {
  const withCalls = associate.call(this, source);
  const calls = withCalls.slice(source.length);
  const guarded = calls.trim() === "" ? "" : `\nif (typeof CustomFunctions !== "undefined") {${calls}\n}\n`;
  this.callback(null, source + guarded, map, meta);
}

class CustomFunctionsLoaderOrderPlugin {
  apply(compiler) {
    const name = "CustomFunctionsLoaderOrderPlugin";
    compiler.hooks.compilation.tap(name, (compilation) => {
      const hooks = compiler.webpack.NormalModule.getCompilationHooks(compilation);
      // Stage 100: after custom-functions-metadata-plugin's own beforeLoaders tap.
      hooks.beforeLoaders.tap({ name, stage: 100 }, (loaders) => {
        const ours = loaders.filter((item) => item.loader === ORIGINAL_LOADER || item.loader === __filename);
        if (ours.length === 0) return;
        const options = ours[0].options;
        for (let i = loaders.length - 1; i >= 0; i--) {
          if (loaders[i].loader === ORIGINAL_LOADER || loaders[i].loader === __filename) loaders.splice(i, 1);
        }
        loaders.unshift({ loader: __filename, options, ident: null, type: null });
      });
    });
  }
}

module.exports = customFunctionsLoader;
module.exports.CustomFunctionsLoaderOrderPlugin = CustomFunctionsLoaderOrderPlugin;
