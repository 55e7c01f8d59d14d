/*
 * How a custom function answers: a failure becomes the Excel error its Result names (never a crash), and a
 * result is computed in its language, the one a formula pins with its last argument or else Excel's display
 * language. English answers at once. Russian needs the Russian words of ru.js, shared with the pane and too
 * large for functions.js: loaded once, as soon as Excel is known to speak Russian or a formula asks for it;
 * until then a Russian answer is a Promise, which Excel awaits like any async function's.
 */
import { EN_CARD, type CardLanguage } from "../cells/countryCard";
import type { Locale } from "../core/i18n/locale";
import { messages } from "../core/i18n/messages";
import { RU_ARGUMENT_WORDS } from "../core/i18n/ru/argumentWords";
import { resolveLanguage } from "../core/resolve";
import { invalid, succeed, type Result } from "../core/result";
import type { SpillLanguage } from "../core/spill";
import { followDisplayLanguage } from "./capabilities";
import { toExcelError } from "./errors";

/** Returns the value of a successful lookup, or throws the Excel error its failure names. */
function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw toExcelError(result.code, result.message);
}

/** Any unforeseen exception still reaches the cell as #VALUE! with a message, never as a crash. */
export function guarded<T>(compute: () => Result<T>): T {
  let result: Result<T>;
  try {
    followDisplayLanguage();
    result = compute();
  } catch (error) {
    result = invalid(messages().unexpected(error instanceof Error ? error.message : String(error)));
  }
  return unwrap(result);
}

let russian: CardLanguage | null = null;
let loadingRussian: Promise<CardLanguage> | null = null;

/**
 * The Russian words (ru.js, shared with the pane: too large for functions.js), loaded once. Started as soon
 * as Excel is known to speak Russian, so that usually only the very first cells wait for it.
 */
export function loadRussian(): Promise<CardLanguage> {
  if (loadingRussian === null) {
    loadingRussian = import(/* webpackChunkName: "ru" */ "./russian").then(
      (module) => (russian = module.RU_CARD),
    );
    // A failed load (the network) is tried again by the next call.
    loadingRussian.catch(() => (loadingRussian = null));
  }
  return loadingRussian;
}

/** The language results speak: the pinned one, else Excel's display language. */
function resultLocale(languageArg: unknown): Locale {
  return guarded(() => {
    const pinned = resolveLanguage(languageArg);
    if (!pinned.ok) return pinned;
    const display = followDisplayLanguage();
    if (display === "ru" && russian === null) loadRussian().catch(() => undefined);
    return succeed(pinned.value ?? display);
  });
}

/**
 * Computes a result in its language: at once in English, or in Russian once its words are loaded; before
 * that (the first Russian call of a session) as a Promise, which Excel awaits like any async function.
 */
export function inLanguage<T>(
  languageArg: unknown,
  compute: (language: CardLanguage) => Result<T>,
): T | Promise<T> {
  const locale = resultLocale(languageArg);
  if (locale === "en") return guarded(() => compute(EN_CARD));
  if (russian !== null) {
    const loaded = russian;
    return guarded(() => compute(loaded));
  }
  return loadRussian().then(
    (loaded) => guarded(() => compute(loaded)),
    (error: unknown) =>
      guarded(() =>
        invalid(messages().russianNotLoaded(error instanceof Error ? error.message : String(error))),
      ),
  );
}

/** CA.INDICATORS' header and words in Russian; English is the spill's own. */
export function spillLanguage({ words }: CardLanguage): SpillLanguage | undefined {
  return words.locale === "en" ? undefined : { words, column: (field) => RU_ARGUMENT_WORDS.fields[field][0] };
}
