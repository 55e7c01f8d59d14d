/*
 * The CA.* functions by id, and their names in a Russian Excel (the Russian metadata, functions.ru.json, gives
 * them these names). Kept apart from the Russian descriptions so that the pane can recognise a formula written
 * in either language without loading the Russian texts.
 */

/** The functions' ids: their English names, which the metadata and every workbook store. */
export const FUNCTION_IDS = [
  "RUTRADE",
  "RUPOLL",
  "INDICATOR",
  "INDICATORS",
  "COUNTRY",
  "COUNTRIES",
  "SOURCE",
] as const;
export type FunctionId = (typeof FUNCTION_IDS)[number];

/** The namespace every function lives in, typed in Latin letters in every language. */
export const FUNCTION_NAMESPACE = "CA";

/** Each function's name in a Russian Excel: Cyrillic with an underscore, so it can equal no built-in. */
export const RU_FUNCTION_NAMES = {
  RUTRADE: "ТОРГОВЛЯ_РФ",
  RUPOLL: "ОПРОС_ЦА",
  INDICATOR: "ПОКАЗАТЕЛЬ_ЦА",
  INDICATORS: "ПОКАЗАТЕЛИ_ЦА",
  COUNTRY: "СТРАНА_ЦА",
  COUNTRIES: "СТРАНЫ_ЦА",
  SOURCE: "ИСТОЧНИК_ЦА",
} as const satisfies Readonly<Record<FunctionId, string>>;
