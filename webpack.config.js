/**
 * Build and dev-server configuration, modelled on OfficeDev/Excel-Custom-Functions (shared runtime):
 * the custom functions and the task pane run in one JavaScript runtime hosted by taskpane.html.
 *
 *   npx webpack --mode development   -> dist/ pointing at DEV_URL (scripts/hosting.cjs)
 *   npx webpack --mode production    -> dist/ pointing at ADDIN_BASE_URL or package.json config.productionUrl
 *   npx webpack serve --mode development -> DEV_URL
 */
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { CustomFunctionsLoaderOrderPlugin } = require("./scripts/custom-functions-loader.cjs");
const {
  DEV_URL,
  resolveProductionUrl,
  rewriteManifest,
  RewriteHostingUrlsPlugin,
} = require("./scripts/hosting.cjs");
const { crossOriginPaths, crossOriginPolicy, devServerHost } = require("./scripts/devServer.cjs");
const { LocalizeFunctionsPlugin } = require("./scripts/localizeFunctions.cjs");
const { PageFilesPlugin } = require("./scripts/pageFiles.cjs");
const { BuildStampPlugin } = require("./scripts/buildStamp.cjs");
const packageJson = require("./package.json");

// The port of the one development URL (scripts/hosting.cjs), not a second spelling of it.
const DEV_PORT = Number(new URL(DEV_URL).port);

/**
 * HTTPS options for the dev server. office-addin-dev-certs creates a CA and a localhost certificate in
 * ~/.office-addin-dev-certs and then installs the CA into the OS trust store. The install step needs
 * sudo on Linux (absent in containers/CI); when it fails, the generated files are still usable (trust
 * ~/.office-addin-dev-certs/ca.crt in the browser by hand), and if even they are missing we fall back to
 * webpack-dev-server's own self-signed certificate.
 */
async function getHttpsServer() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca: options.ca, key: options.key, cert: options.cert } };
  } catch (/** @type {any} */ err) {
    console.warn(
      `\n[dev-certs] Could not get trusted developer certificates: ${err && err.message ? err.message.trim() : err}`,
    );
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
    try {
      const options = {};
      for (const [key, file] of Object.entries(files)) options[key] = fs.readFileSync(path.join(dir, file));
      console.warn(
        `[dev-certs] Serving with the generated but untrusted certificate in ${dir}.\n` +
          `[dev-certs] Trust ${path.join(dir, "ca.crt")} in your browser/OS, or accept the warning once at ${DEV_URL}.\n`,
      );
      return { type: "https", options };
    } catch {
      console.warn("[dev-certs] Falling back to webpack-dev-server's self-signed certificate.\n");
      return "https";
    }
  }
}

module.exports = async (env, argv) => {
  const mode = argv.mode === "production" ? "production" : "development";
  const dev = mode === "development";
  const serving = Boolean(env && env.WEBPACK_SERVE);

  // Empty in development: the dev build keeps its localhost URLs.
  let productionUrl = "";
  if (!dev) {
    let resolved;
    try {
      resolved = resolveProductionUrl(process.env, packageJson);
    } catch (/** @type {any} */ err) {
      // A missing, non-https or slash-less URL fails the build; the message says why, no stack needed.
      err.stack = `${err.name}: ${err.message}\n    at production URL check (scripts/hosting.cjs)`;
      throw err;
    }
    productionUrl = resolved.url;
    console.log(`[hosting] Production URL ${productionUrl} (from ${resolved.origin}).`);
    if (resolved.isPlaceholder) {
      console.warn("[hosting] This is the placeholder URL: set ADDIN_BASE_URL before deploying dist/.");
    }
  }

  return {
    mode,
    context: __dirname,
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      // dependOn: the pane reuses the module instances (and webpack runtime) of functions.js, which
      // taskpane.html loads first, so both share state in the shared runtime; functions.js stays standalone.
      taskpane: { import: "./src/taskpane/taskpane.ts", dependOn: "functions" },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
      // The chunk-loading runtime (needed by dependOn) uses globalThis rather than self, so functions.js
      // also evaluates outside a browser (Node-based tests of the built bundle).
      globalObject: "globalThis",
      // The one chunk loaded at run time (ru.js, the Russian texts) sits beside taskpane.html, so paths are
      // relative to the page; "auto" would probe document.currentScript and fail where there is no document
      // (the bundle evaluated in Node by the tests and the benchmark).
      publicPath: "",
      devtoolModuleFilenameTemplate: "webpack:///[resource-path]?[loaders]",
    },
    resolve: {
      extensions: [".ts", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: false,
              // Type errors are reported for the app sources only, not for tests (checked by jest/tsc).
              reportFiles: ["src/**/*.ts", "!src/**/*.test.ts"],
            },
          },
        },
      ],
    },
    plugins: [
      // Country cards link to the help page and icon on the add-in's own host.
      new webpack.DefinePlugin({ __ADDIN_BASE_URL__: JSON.stringify(dev ? DEV_URL : productionUrl) }),
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        // Absolute path: the plugin resolves it against the working directory.
        input: path.resolve(__dirname, "src/functions/functions.ts"),
      }),
      // functions.ru.json for Russian Excel, from functions.json and src/functions/functions.ru.ts.
      new LocalizeFunctionsPlugin({
        languages: [
          {
            file: "functions.ru.json",
            table: "src/functions/functions.ru.ts",
            exportName: "RU_FUNCTIONS",
            helpPage: "help.ru.html",
          },
        ],
      }),
      // Keeps the plugin's associate() loader from leaking into other files on watch rebuilds (see file).
      new CustomFunctionsLoaderOrderPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        inject: "head",
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/help/help.html",
        chunks: [],
        inject: false,
      }),
      new HtmlWebpackPlugin({
        filename: "help.ru.html",
        template: "./src/help/help.ru.html",
        chunks: [],
        inject: false,
      }),
      // A marker in each page and pages.json (what each page can load, ru.js included) for check-deploy.
      new PageFilesPlugin(),
      // dist/build-stamp.txt: when the build ran, so that the tests can tell a stale dist/ (see file).
      new BuildStampPlugin(),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // One stylesheet for both help pages (their CSP allows no inline style).
          { from: "src/help/help.css", to: "help.css" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : rewriteManifest(content.toString(), productionUrl);
            },
          },
        ],
      }),
      ...(dev
        ? []
        : [
            new RewriteHostingUrlsPlugin({
              url: productionUrl,
              assets: ["functions.json", "functions.ru.json"],
            }),
          ]),
    ],
    performance: dev
      ? { hints: false }
      : { hints: "warning", maxAssetSize: 512 * 1024, maxEntrypointSize: 512 * 1024 },
    devServer: {
      // Loopback only, unless ADDIN_DEV_HOST opens it (with a warning).
      host: serving ? devServerHost(process.env) : "localhost",
      port: DEV_PORT,
      // Everything (bundles, pages, functions.json, assets, manifest) comes from the compilation.
      static: false,
      // CORS on the functions metadata the manifest names only; source maps for this server's own pages
      // only, known by the file that would be served (scripts/devServer.cjs).
      setupMiddlewares: (middlewares, devServer) => {
        const server = devServer.options.server;
        const protocol = typeof server === "object" && server.type === "http" ? "http" : "https";
        const manifest = fs.readFileSync(path.join(__dirname, "manifest.xml"), "utf8");
        const policy = crossOriginPolicy({
          protocol,
          corsPaths: crossOriginPaths(manifest, DEV_URL),
          servedFile: (url) => devServer.middleware?.getFilenameFromUrl(url),
        });
        middlewares.unshift({ name: "cross-origin-policy", middleware: policy });
        return middlewares;
      },
      // Only resolve certificates when serving, not for plain builds.
      server: serving ? await getHttpsServer() : "https",
      client: { overlay: { warnings: false } },
    },
  };
};
