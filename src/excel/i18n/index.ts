/*
 * The workbook side's texts (see types.ts). English is the default of every function that speaks; a pane in
 * another language passes its own table (ru.ts, loaded with the Russian pane).
 */
export { EN_WORKBOOK } from "./en";
export type { WorkbookTexts } from "./types";
