/*
 * Everything Russian the pane needs, as one chunk (see index.ts): its UI strings, the dataset's words, the
 * workbook side's sentences, and the functions' names in a Russian Excel (the Russian metadata,
 * functions.ru.json), with which formulas are written there.
 */
import { RU_VOCABULARY } from "../../core/i18n/ru/vocabulary";
import { RU_WORKBOOK } from "../../excel/i18n/ru";
import type { FunctionNames } from "../../excel/formulas";
import { RU_FUNCTIONS } from "../../functions/functions.ru";
import type { PaneLanguage } from "./index";
import { RU } from "./ru";

export const RUSSIAN: PaneLanguage = { locale: "ru", t: RU, words: RU_VOCABULARY, workbook: RU_WORKBOOK };

export const RUSSIAN_FUNCTION_NAMES: FunctionNames = {
  RUTRADE: RU_FUNCTIONS.functions.RUTRADE.name,
  RUPOLL: RU_FUNCTIONS.functions.RUPOLL.name,
  INDICATOR: RU_FUNCTIONS.functions.INDICATOR.name,
};
