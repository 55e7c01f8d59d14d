declare const __ADDIN_BASE_URL__: string | undefined;

/** Where the add-in is served, set at build time (webpack's DefinePlugin); its help page and icon. */
export const ADDIN_BASE_URL: string =
  typeof __ADDIN_BASE_URL__ === "string" ? __ADDIN_BASE_URL__ : "https://localhost:3000/";

/** The links a country card carries: the help page (its source section cites the analysis) and the icon. */
export const CARD_LINKS = {
  helpUrl: `${ADDIN_BASE_URL}help.html`,
  iconUrl: `${ADDIN_BASE_URL}assets/icon-64.png`,
} as const;
