/*
 * Finds the CA.* calls in a cell's formula, with each argument as written: a literal (text, number, TRUE or
 * FALSE), a cell reference, an omitted argument, or an expression the pane cannot evaluate. Pure.
 *
 * A formula comes in two spellings: `Range.formulas` (English function names, "," between arguments, "." in
 * decimals) and, in a Russian Excel, `Range.formulasLocal` (the functions' Russian names, ";" between
 * arguments, "," in decimals, ИСТИНА/ЛОЖЬ). Both are read: the names of either language are recognised in
 * both, the separators are the spelling's own.
 */
import {
  FUNCTION_IDS,
  FUNCTION_NAMESPACE,
  RU_FUNCTION_NAMES,
  type FunctionId,
} from "../../core/functionNames";

/** How a formula is spelled: the English one of Range.formulas, or a Russian Excel's Range.formulasLocal. */
export interface FormulaSpelling {
  readonly listSeparator: "," | ";";
  readonly decimalSeparator: "." | ",";
  readonly trueWords: readonly string[];
  readonly falseWords: readonly string[];
}

export const ENGLISH_SPELLING: FormulaSpelling = {
  listSeparator: ",",
  decimalSeparator: ".",
  trueWords: ["TRUE"],
  falseWords: ["FALSE"],
};

export const RUSSIAN_LOCAL_SPELLING: FormulaSpelling = {
  listSeparator: ";",
  decimalSeparator: ",",
  trueWords: ["ИСТИНА", "TRUE"],
  falseWords: ["ЛОЖЬ", "FALSE"],
};

export type FormulaArgument =
  | { readonly kind: "omitted" }
  | { readonly kind: "text"; readonly value: string }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "boolean"; readonly value: boolean }
  /** A cell (or range) reference; `sheet` is null for the formula's own sheet. Address without "$". */
  | { readonly kind: "reference"; readonly sheet: string | null; readonly address: string }
  | { readonly kind: "expression"; readonly text: string };

export interface FormulaCall {
  readonly fn: FunctionId;
  /** The call as written, e.g. `CA.RUTRADE("UZ")`. */
  readonly text: string;
  readonly args: readonly FormulaArgument[];
}

type TokenKind = "text" | "number" | "word" | "ref" | "open" | "close" | "separator" | "other" | "space";

interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Text literals: the value without quotes; refs: the sheet name (null when none). */
  readonly value?: string | null;
  readonly address?: string;
}

const NAMES: ReadonlyMap<string, FunctionId> = new Map(
  FUNCTION_IDS.flatMap((id): [string, FunctionId][] => [
    [`${FUNCTION_NAMESPACE}.${id}`, id],
    [`${FUNCTION_NAMESPACE}.${RU_FUNCTION_NAMES[id]}`, id],
  ]).map(([name, id]) => [name.toUpperCase(), id]),
);

const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d{1,7}`;
const COLUMN = String.raw`\$?[A-Za-z]{1,3}`;
const ROW = String.raw`\$?\d{1,7}`;
const REFERENCE = new RegExp(`^(?:${CELL}(?::${CELL})?|${COLUMN}:${COLUMN}|${ROW}:${ROW})$`);
const WORD_CHAR = /[\p{L}\p{N}_.$\\?]/u;

function readQuoted(formula: string, at: number, quote: string): number {
  let i = at + 1;
  while (i < formula.length) {
    if (formula[i] === quote) {
      if (formula[i + 1] === quote) i += 2;
      else return i + 1;
    } else i += 1;
  }
  return formula.length;
}

/** Reads a word (name, function, reference, TRUE) or a sheet-qualified reference starting at `at`. */
function readWord(formula: string, at: number): { end: number; sheet: string | null; word: string } {
  let sheet: string | null = null;
  let i = at;
  if (formula[i] === "'") {
    const close = readQuoted(formula, i, "'");
    if (formula[close] !== "!") return { end: close, sheet: null, word: formula.slice(at, close) };
    sheet = formula.slice(i + 1, close - 1).replace(/''/g, "'");
    i = close + 1;
  }
  let end = i;
  while (end < formula.length && (WORD_CHAR.test(formula[end]) || formula[end] === ":")) end += 1;
  if (sheet === null && formula[end] === "!") {
    sheet = formula.slice(i, end);
    i = end + 1;
    end = i;
    while (end < formula.length && (WORD_CHAR.test(formula[end]) || formula[end] === ":")) end += 1;
  }
  // Structured references (Table1[Column]) and spill references (A1#) belong to the word.
  while (formula[end] === "[") {
    let depth = 0;
    do {
      if (formula[end] === "[") depth += 1;
      else if (formula[end] === "]") depth -= 1;
      end += 1;
    } while (depth > 0 && end < formula.length);
  }
  if (formula[end] === "#") end += 1;
  return { end, sheet, word: formula.slice(i, end) };
}

/** Sticky patterns, matched at a position without copying the rest of the formula. */
const ERROR_LITERAL = /#[A-Za-z0-9/_.!?А-Яа-яЁё]+/y;
const ROW_RANGE = /\$?\d{1,7}:\$?\d{1,7}/y;
const NUMBERS: Readonly<Record<FormulaSpelling["decimalSeparator"], RegExp>> = {
  ".": /\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?/y,
  ",": /\d+(?:,\d*)?(?:[eE][+-]?\d+)?|,\d+(?:[eE][+-]?\d+)?/y,
};

/** The match of a sticky pattern at `at`, or null. */
function matchAt(pattern: RegExp, text: string, at: number): string | null {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0] ?? null;
}

function tokenize(formula: string, spelling: FormulaSpelling): Token[] {
  const tokens: Token[] = [];
  let i = formula.startsWith("=") ? 1 : 0;
  const number = NUMBERS[spelling.decimalSeparator];
  while (i < formula.length) {
    const c = formula[i];
    const start = i;
    if (/\s/.test(c)) {
      while (i < formula.length && /\s/.test(formula[i])) i += 1;
      tokens.push({ kind: "space", text: formula.slice(start, i), start, end: i });
    } else if (c === '"') {
      i = readQuoted(formula, i, '"');
      const text = formula.slice(start, i);
      tokens.push({ kind: "text", text, start, end: i, value: text.slice(1, -1).replace(/""/g, '"') });
    } else if (c === "(" || c === "{") {
      tokens.push({ kind: "open", text: c, start, end: (i += 1) });
    } else if (c === ")" || c === "}") {
      tokens.push({ kind: "close", text: c, start, end: (i += 1) });
    } else if (c === spelling.listSeparator) {
      tokens.push({ kind: "separator", text: c, start, end: (i += 1) });
    } else if (c === "#") {
      // An error literal such as #N/A or #VALUE!.
      const match = matchAt(ERROR_LITERAL, formula, i);
      i += match === null ? 1 : match.length;
      tokens.push({ kind: "other", text: formula.slice(start, i), start, end: i });
    } else if (/\d/.test(c) || (c === spelling.decimalSeparator && /\d/.test(formula[i + 1] ?? ""))) {
      const lead = matchAt(number, formula, i) ?? c;
      // A row range such as 2:3 is a reference, not a number.
      const rows = matchAt(ROW_RANGE, formula, i);
      if (rows !== null && rows.length > lead.length) {
        i += rows.length;
        tokens.push({ kind: "ref", text: rows, start, end: i, value: null, address: rows });
      } else {
        i += lead.length;
        tokens.push({ kind: "number", text: lead, start, end: i });
      }
    } else if (c === "'" || WORD_CHAR.test(c)) {
      const { end, sheet, word } = readWord(formula, i);
      i = Math.max(end, i + 1);
      const text = formula.slice(start, i);
      if (REFERENCE.test(word) && formula[i] !== "(") {
        tokens.push({ kind: "ref", text, start, end: i, value: sheet, address: word.replace(/\$/g, "") });
      } else {
        tokens.push({ kind: sheet === null ? "word" : "other", text, start, end: i });
      }
    } else {
      tokens.push({ kind: "other", text: c, start, end: (i += 1) });
    }
  }
  return tokens;
}

function argumentOf(tokens: readonly Token[], spelling: FormulaSpelling, formula: string): FormulaArgument {
  const meaningful = tokens.filter((t) => t.kind !== "space");
  if (meaningful.length === 0) return { kind: "omitted" };
  const text = formula.slice(meaningful[0].start, meaningful[meaningful.length - 1].end);
  // A sign before a number belongs to it.
  if (meaningful.length === 2 && /^[+-]$/.test(meaningful[0].text) && meaningful[1].kind === "number") {
    const value = Number(meaningful[1].text.replace(spelling.decimalSeparator, "."));
    return { kind: "number", value: meaningful[0].text === "-" ? -value : value };
  }
  if (meaningful.length !== 1) return { kind: "expression", text };
  const [only] = meaningful;
  if (only.kind === "text") return { kind: "text", value: only.value ?? "" };
  if (only.kind === "number") {
    return { kind: "number", value: Number(only.text.replace(spelling.decimalSeparator, ".")) };
  }
  if (only.kind === "ref" && !only.address?.includes("#")) {
    return { kind: "reference", sheet: only.value ?? null, address: only.address ?? only.text };
  }
  if (only.kind === "word") {
    const upper = only.text.toUpperCase();
    if (spelling.trueWords.includes(upper)) return { kind: "boolean", value: true };
    if (spelling.falseWords.includes(upper)) return { kind: "boolean", value: false };
  }
  return { kind: "expression", text };
}

/**
 * Every CA.* call in the formula, outermost first, nested calls (a CA.* call inside another's argument) too.
 * Text that is not a formula (no leading "=") has none.
 */
export function formulaCalls(formula: unknown, spelling: FormulaSpelling = ENGLISH_SPELLING): FormulaCall[] {
  if (typeof formula !== "string" || !formula.startsWith("=")) return [];
  const tokens = tokenize(formula, spelling);
  const calls: FormulaCall[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const fn = tokens[i].kind === "word" ? NAMES.get(tokens[i].text.toUpperCase()) : undefined;
    if (fn === undefined || tokens[i + 1]?.kind !== "open" || tokens[i + 1].text !== "(") continue;
    const args: FormulaArgument[] = [];
    let depth = 0;
    let current: Token[] = [];
    let j = i + 2;
    for (; j < tokens.length; j++) {
      const token = tokens[j];
      if (token.kind === "open") depth += 1;
      if (token.kind === "close") {
        if (depth === 0) break;
        depth -= 1;
      }
      if (token.kind === "separator" && depth === 0) {
        args.push(argumentOf(current, spelling, formula));
        current = [];
      } else current.push(token);
    }
    const last = argumentOf(current, spelling, formula);
    // CA.COUNTRIES() has no argument at all, not one omitted argument.
    if (args.length > 0 || last.kind !== "omitted") args.push(last);
    const end = j < tokens.length ? tokens[j].end : formula.length;
    calls.push({ fn, text: formula.slice(tokens[i].start, end), args });
  }
  return calls;
}

/** Whether the formula calls any CA.* function (in either language's names). */
export function callsCaFunction(formula: unknown, spelling: FormulaSpelling = ENGLISH_SPELLING): boolean {
  return formulaCalls(formula, spelling).length > 0;
}

/**
 * A cell's CA.* calls from its two spellings: in a Russian Excel its local formula first (";" between
 * arguments, the functions' Russian names), otherwise its English one first; the other where the first has
 * none.
 */
export function cellCalls(formula: unknown, formulaLocal: unknown, russianLocal: boolean): FormulaCall[] {
  // A workbook repeats its formulas (filled down, copied across): read each spelling once.
  const key = `${russianLocal ? "r" : "e"}\u0000${String(formula)}\u0000${String(formulaLocal)}`;
  const known = readCache.get(key);
  if (known !== undefined) return known;
  const calls = readCalls(formula, formulaLocal, russianLocal);
  if (readCache.size >= READ_CACHE_LIMIT) readCache.clear();
  readCache.set(key, calls);
  return calls;
}

const READ_CACHE_LIMIT = 10_000;
const readCache = new Map<string, FormulaCall[]>();

function readCalls(formula: unknown, formulaLocal: unknown, russianLocal: boolean): FormulaCall[] {
  const local = (): FormulaCall[] =>
    formulaCalls(formulaLocal, russianLocal ? RUSSIAN_LOCAL_SPELLING : ENGLISH_SPELLING);
  const english = (): FormulaCall[] => formulaCalls(formula, ENGLISH_SPELLING);
  const first = russianLocal ? local() : english();
  return first.length > 0 ? first : russianLocal ? english() : local();
}
