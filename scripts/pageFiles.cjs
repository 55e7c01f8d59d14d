/**
 * What each page of the build is and what it can load, for `npm run check-deploy`:
 *
 * - every HTML page gets a marker, <meta name="central-asia-indicators-page" content="help.ru.html">, so that a
 *   host answering one page's URL with another page (a single-page-app fallback) is caught;
 * - pages.json lists, per page, its marker and every file of the build the page can load: the scripts and
 *   stylesheets its HTML names, and the chunks those scripts load later (ru.js, the Russian texts, is loaded
 *   only when the pane speaks Russian and is named in no HTML).
 */
"use strict";

const HtmlWebpackPlugin = require("html-webpack-plugin");
const { Compilation, sources } = require("webpack");

const MARKER_NAME = "central-asia-indicators-page";
const LIST_FILE = "pages.json";

/** @param {string} page */
const markerTag = (page) => `<meta name="${MARKER_NAME}" content="${page}">`;

/**
 * The files of the build a page's HTML loads by a relative URL (script src, link href, img src), in order;
 * links to other pages (<a href>) are not loads.
 * @param {string} html
 * @param {Set<string>} files the build's files
 */
function namedFiles(html, files) {
  const named = [];
  for (const [tag] of html.matchAll(/<(?:script|link|img)\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi)) {
    for (const [, , quoted, bare] of tag.matchAll(/\s(?:src|href)\s*=\s*(?:(["'])(.*?)\1|([^\s>"']+))/gi)) {
      const reference = (quoted ?? bare ?? "").split(/[?#]/)[0];
      if (files.has(reference) && !reference.endsWith(".html") && !named.includes(reference))
        named.push(reference);
    }
  }
  return named;
}

class PageFilesPlugin {
  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("PageFilesPlugin", (compilation) => {
      HtmlWebpackPlugin.getCompilationHooks(compilation).beforeEmit.tap("PageFilesPlugin", (data) => {
        data.html = data.html.replace(/<head\b[^>]*>/i, (head) => `${head}${markerTag(data.outputName)}`);
        return data;
      });
      compilation.hooks.processAssets.tap(
        { name: "PageFilesPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          const files = new Set(Object.keys(assets));
          /** @type {Record<string, { marker: string, loads: string[] }>} */
          const pages = {};
          for (const page of [...files].filter((file) => file.endsWith(".html")).sort()) {
            const loads = namedFiles(assets[page].source().toString(), files);
            // The chunks each named script loads at run time, found in webpack's chunk graph.
            for (const chunk of compilation.chunks) {
              if (![...chunk.files].some((file) => loads.includes(file))) continue;
              for (const lazy of chunk.getAllAsyncChunks()) {
                for (const file of lazy.files) {
                  if (/\.(js|css)$/.test(file) && !loads.includes(file)) loads.push(file);
                }
              }
            }
            pages[page] = { marker: page, loads };
          }
          compilation.emitAsset(LIST_FILE, new sources.RawSource(`${JSON.stringify(pages, null, 2)}\n`));
        },
      );
    });
  }
}

module.exports = { PageFilesPlugin, MARKER_NAME, LIST_FILE };
