/*
 * Where the add-in is served and the links a country card carries. The base URL has one home,
 * scripts/hosting.cjs (DEV_URL, or the production URL of a production build): webpack's DefinePlugin writes
 * it into the bundles, and Jest sets the same global (jest.config.js), so no URL is spelt here.
 */
declare const __ADDIN_BASE_URL__: string | undefined;

function baseUrl(): string {
  if (typeof __ADDIN_BASE_URL__ === "string") return __ADDIN_BASE_URL__;
  throw new Error(
    "__ADDIN_BASE_URL__ is not defined: build with webpack.config.js, or test with jest.config.js",
  );
}

/** The add-in's base URL, ending with "/": its help page and icon are served there. */
export const ADDIN_BASE_URL: string = baseUrl();

/** The links a country card carries: the help page (its source section cites the analysis) and the icon. */
export const CARD_LINKS = {
  helpUrl: `${ADDIN_BASE_URL}help.html`,
  iconUrl: `${ADDIN_BASE_URL}assets/icon-64.png`,
} as const;
