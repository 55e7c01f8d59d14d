/*
 * How a custom function answers: a failure becomes the Excel error its Result names (never a crash), and a
 * result is computed in its language, the one a formula pins with its last argument or else Excel's display
 * language. English answers at once. Russian needs the Russian words of ru.js, shared with the pane and too
 * large for functions.js: loaded once, by the first answer in Russian, which is therefore a Promise (Excel
 * awaits it like any async function's); every later answer comes at once.
 */
import { EN_CARD, type CardLanguage } from "../cells/cardLanguage";
import type { Locale } from "../core/i18n/locale";
import { messages } from "../core/i18n/messages";
import { RU_ARGUMENT_WORDS } from "../core/i18n/ru/argumentWords";
import { resolveLanguage } from "../core/resolve";
import { invalid, succeed, type Result } from "../core/result";
import type { SpillLanguage } from "../core/spill";
import { followDisplayLanguage } from "./capabilities";
import { toExcelError } from "./errors";
import { isArray, lift } from "../core/lift";

/** Returns the value of a successful lookup, or throws the Excel error its failure names. */
function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw toExcelError(result.code, result.message);
}

/** Any unforeseen exception still reaches the cell as #VALUE! with a message, never as a crash. */
export function guarded<T>(compute: () => Result<T>): T {
  followDisplayLanguage();
  return answerIn(compute, undefined);
}

/** compute(language), its failure or any exception thrown as the Excel error; no closure per call. */
function answerIn<T, L>(compute: (language: L) => Result<T>, language: L): T {
  let result: Result<T>;
  try {
    result = compute(language);
  } catch (error) {
    result = invalid(messages().unexpected(error instanceof Error ? error.message : String(error)));
  }
  return unwrap(result);
}

let russian: CardLanguage | null = null;
let loadingRussian: Promise<CardLanguage> | null = null;

/** The Russian words (ru.js, shared with the pane: too large for functions.js), loaded once. */
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

/** The language a formula pins, or Excel's display language where the argument is empty. */
function pinnedLocale(languageArg: unknown): Locale {
  return guarded(() => {
    const pinned = resolveLanguage(languageArg);
    return pinned.ok ? succeed(pinned.value ?? followDisplayLanguage()) : pinned;
  });
}

/**
 * Computes a result in its language: at once in English, or in Russian once its words are loaded; before
 * that (the first Russian answer of a session) as a Promise, which Excel awaits like any async function.
 * An omitted language costs one check: a sheet calls these functions thousands of times.
 */
export function inLanguage<T>(
  languageArg: unknown,
  compute: (language: CardLanguage) => Result<T>,
): T | Promise<T> {
  const locale =
    languageArg === undefined || languageArg === null ? followDisplayLanguage() : pinnedLocale(languageArg);
  if (locale === "en") return answerIn(compute, EN_CARD);
  if (russian !== null) return answerIn(compute, russian);
  return loadRussian().then(
    (loaded) => answerIn(compute, loaded),
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

// Held once, like core/lift's isArray: a global looked up on every call is slow where functions run in a
// sandboxed global (Node's vm), and a single cell's answer should cost what it cost before ranges.
const Pending = Promise;

/**
 * Answers one value per cell where an argument is a range (Excel passes ranges as 2-D arrays; see core/lift
 * for the broadcasting), so a range gives the same results on every platform, whether Excel lifts the call
 * itself or not; the functions call it only where an argument is an array (single values go straight to their
 * cell). A single cell (Excel passes [[x]] to a matrix parameter) answers [[answer]] without building a grid,
 * its error thrown with its message as a single call's: a sheet makes thousands of these calls. Up to four
 * arguments; `cell` ignores those it does not take.
 */
export function overRanges<T>(
  cell: (...values: unknown[]) => T | Promise<T>,
  a: unknown,
  b: unknown,
  c: unknown,
  d?: unknown,
): unknown {
  const args = [a, b, c, d];
  let onlySingleCells = true;
  for (let i = 0; i < 4; i++) {
    const arg = args[i];
    if (!isArray(arg)) continue;
    const row: unknown = arg[0];
    if (arg.length === 1 && isArray(row) && row.length === 1) args[i] = row[0];
    else onlySingleCells = false;
  }
  if (onlySingleCells) {
    const one = cell(...args);
    return one instanceof Pending ? one.then((value) => [[value]]) : [[one]];
  }
  const grid = lift(
    args,
    (...values) => {
      try {
        return cell(...values);
      } catch (error) {
        return error; // already the cell's Excel error (answerIn turns anything else into #VALUE!)
      }
    },
    // Outside the smaller of two ranges: #N/A, as Excel's own functions give, with what to do about it.
    () => toExcelError("#N/A", messages().outsideRanges()),
  );
  if (grid === null) return cell(...args);
  // The first Russian answer of a session is a Promise: the grid then waits for its cells.
  return grid.flat().some((value) => value instanceof Pending)
    ? Promise.all(
        grid.map((row) => Promise.all(row.map((value) => Promise.resolve(value).catch((e: unknown) => e)))),
      )
    : grid;
}
