/**
 * Hosting URL handling shared by webpack.config.js and tests/scripts/manifest.test.ts.
 *
 * Sources (manifest.xml, the @helpurl tags in src/functions/functions.ts) always point at the
 * development server, https://localhost:3000/. A production build rewrites every occurrence of that
 * prefix to the production URL, taken from the ADDIN_BASE_URL environment variable or, failing
 * that, from package.json "config": { "productionUrl": "..." }.
 */
"use strict";

const DEV_URL = "https://localhost:3000/";
const ENV_VAR = "ADDIN_BASE_URL";
const PLACEHOLDER_HOST_SUFFIX = ".example.org";

/** Characters that would need escaping in XML attributes or JSON strings: refuse them outright. */
const UNSAFE_CHARS = /[\s"'<>\\&`{}|^]/;

/**
 * Checks a production base URL and returns it unchanged; throws an Error explaining what is wrong.
 * @param {unknown} url
 * @param {string} [origin] where the value came from, used in the message
 * @returns {string}
 */
function validateProductionUrl(url, origin = "production URL") {
  const hint =
    `Set ${ENV_VAR} (or package.json "config.productionUrl") to the https:// folder that will host ` +
    `dist/, ending with "/", e.g. https://addins.example.com/central-asia/`;
  if (typeof url !== "string" || url.length === 0) {
    throw new Error(`Invalid ${origin}: it is empty. ${hint}`);
  }
  if (!url.startsWith("https://")) {
    throw new Error(
      `Invalid ${origin} "${url}": it must start with https:// (Office loads add-ins only over HTTPS). ${hint}`,
    );
  }
  if (!url.endsWith("/")) {
    throw new Error(`Invalid ${origin} "${url}": it must end with "/". ${hint}`);
  }
  if (UNSAFE_CHARS.test(url)) {
    throw new Error(
      `Invalid ${origin} "${url}": it contains whitespace, quotes or other characters not allowed here. ${hint}`,
    );
  }
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`Invalid ${origin} "${url}": it is not a valid URL. ${hint}`);
  }
  if (!parsed.hostname || parsed.search || parsed.hash || parsed.username || parsed.password) {
    throw new Error(
      `Invalid ${origin} "${url}": use a plain https://host/path/ without credentials, query or fragment. ${hint}`,
    );
  }
  return url;
}

/**
 * Picks the production URL: ADDIN_BASE_URL if set and non-empty, else package.json config.productionUrl.
 * @param {NodeJS.ProcessEnv} env
 * @param {{ config?: { productionUrl?: string } }} packageJson
 * @returns {{ url: string, origin: string, isPlaceholder: boolean }}
 */
function resolveProductionUrl(env, packageJson) {
  const fromEnv = env[ENV_VAR];
  const origin =
    fromEnv !== undefined && fromEnv !== ""
      ? `${ENV_VAR} environment variable`
      : 'package.json "config.productionUrl"';
  const raw =
    fromEnv !== undefined && fromEnv !== ""
      ? fromEnv
      : packageJson && packageJson.config && packageJson.config.productionUrl;
  const url = validateProductionUrl(raw, origin);
  const isPlaceholder = new URL(url).hostname.endsWith(PLACEHOLDER_HOST_SUFFIX);
  return { url, origin, isPlaceholder };
}

/**
 * Replaces every https://localhost:3000/ with the production URL and makes sure no "localhost" is left.
 * @param {string} text
 * @param {string} productionUrl
 * @param {string} [what] name of the file, for error messages
 * @returns {string}
 */
function rewriteUrls(text, productionUrl, what = "file") {
  validateProductionUrl(productionUrl);
  const result = text.split(DEV_URL).join(productionUrl);
  const leftover = /[^\s"'<>]*localhost[^\s"'<>]*/i.exec(result);
  if (leftover) {
    throw new Error(
      `${what} still mentions "${leftover[0]}" after replacing ${DEV_URL} with ${productionUrl}. ` +
        `Every development URL must start with exactly ${DEV_URL}.`,
    );
  }
  return result;
}

/** Rewrites manifest.xml text for production. */
function rewriteManifest(xml, productionUrl) {
  return rewriteUrls(xml, productionUrl, "manifest.xml");
}

/** Rewrites functions.json text (helpUrl fields) for production; the result is re-parsed to be sure it is JSON. */
function rewriteFunctionsMetadata(json, productionUrl) {
  const result = rewriteUrls(json, productionUrl, "functions.json");
  JSON.parse(result);
  return result;
}

/**
 * Webpack plugin: rewrites the development URL in the named JSON assets (functions.json, produced by
 * custom-functions-metadata-plugin) once all assets exist.
 */
class RewriteHostingUrlsPlugin {
  /** @param {{ url: string, assets?: string[] }} options */
  constructor(options) {
    this.url = validateProductionUrl(options.url);
    this.assets = options.assets || ["functions.json"];
  }

  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    const name = "RewriteHostingUrlsPlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap({ name, stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE }, () => {
        for (const file of this.assets) {
          const asset = compilation.getAsset(file);
          if (!asset) {
            compilation.errors.push(new WebpackError(`${name}: expected asset ${file} was not emitted.`));
            continue;
          }
          try {
            const text = rewriteFunctionsMetadata(asset.source.source().toString(), this.url);
            compilation.updateAsset(file, new sources.RawSource(text));
          } catch (err) {
            compilation.errors.push(
              new WebpackError(`${name}: ${err instanceof Error ? err.message : String(err)}`),
            );
          }
        }
      });
    });
  }
}

module.exports = {
  DEV_URL,
  ENV_VAR,
  validateProductionUrl,
  resolveProductionUrl,
  rewriteUrls,
  rewriteManifest,
  rewriteFunctionsMetadata,
  RewriteHostingUrlsPlugin,
};
