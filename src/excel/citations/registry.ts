/*
 * The blocks the add-in inserted, remembered in the workbook itself as hidden named items: a name such as
 * `_CA_table_lq3k9a_1` refers to the block's cells (Excel moves the reference when rows or columns are
 * inserted above or beside it, and follows a renamed sheet), and its comment says what the block holds. A
 * comment holds at most 255 characters, so it names only what the cells do not: the block's kind, language
 * and layout (which column holds the id, the chart's countries, the matrix's stances). Which record a cell
 * belongs to is then read from the cells (a table row's id) and checked against what the add-in wrote, so a
 * user's own edit to a block is seen as such, never taken for the source's figure. Pure.
 */
import { COUNTRIES, type CountryCode } from "../../core/countries";
import { FIELDS, type Field } from "../../core/fields";
import type { Locale } from "../../core/i18n/locale";
import { columnName, parseRect, splitSheet, type CellRect } from "../a1";

/** Every name the add-in adds starts with this; a user's name never does by accident. */
export const REGISTRY_PREFIX = "_CA_";
/** A named item's comment holds at most this many characters (Excel's Name Manager limit). */
export const COMMENT_LIMIT = 255;
const VERSION = "v1";

/**
 * What a column of a table-like block holds, one letter each: Id, Country, Label, Value, Unit, Period,
 * Qualifier, quoTe, Basis, conDition, Related, Note, Start, End, dAte label, and X for anything else.
 */
export const COLUMN_ROLES = {
  id: "I",
  country: "C",
  label: "L",
  value: "V",
  unit: "U",
  period: "P",
  qualifier: "Q",
  quote: "T",
  basis: "B",
  condition: "D",
  related: "R",
  note: "N",
  start: "S",
  end: "E",
  date: "A",
  other: "X",
} as const;
export type ColumnRole = keyof typeof COLUMN_ROLES;
const ROLE_BY_LETTER: ReadonlyMap<string, ColumnRole> = new Map(
  Object.entries(COLUMN_ROLES).map(([role, letter]) => [letter, role as ColumnRole]),
);

export type BlockEntry =
  | { readonly kind: "value"; readonly lang: Locale; readonly id: string }
  | { readonly kind: "quote"; readonly lang: Locale; readonly id: string }
  | { readonly kind: "card"; readonly lang: Locale; readonly country: CountryCode }
  /** A table or timeline: one record per body row, named by its id column. */
  | {
      readonly kind: "table";
      readonly lang: Locale;
      readonly columns: readonly ColumnRole[];
      readonly rows: number;
    }
  | {
      readonly kind: "chart";
      readonly lang: Locale;
      readonly indicator: string;
      readonly countries: readonly CountryCode[];
    }
  | {
      readonly kind: "matrix";
      readonly lang: Locale;
      readonly countries: readonly CountryCode[];
      readonly stances: readonly string[];
    }
  /** A grid of values: a header row, then one row per country; each indicator's fields across. */
  | {
      readonly kind: "grid";
      readonly lang: Locale;
      readonly countries: readonly CountryCode[];
      readonly indicators: readonly string[];
      readonly fields: readonly Field[];
    };
export type BlockKind = BlockEntry["kind"];

/** Rows above a table-like block's body: the title and the header. */
export const BODY_ROW = 2;

/** The comment a block's name carries. Throws when it would not fit, which a test keeps from happening. */
export function encodeEntry(entry: BlockEntry): string {
  const parts: string[] = [VERSION, entry.kind, entry.lang];
  switch (entry.kind) {
    case "value":
    case "quote":
      parts.push(entry.id);
      break;
    case "card":
      parts.push(entry.country);
      break;
    case "table":
      parts.push(entry.columns.map((role) => COLUMN_ROLES[role]).join(""), String(entry.rows));
      break;
    case "chart":
      parts.push(entry.indicator, entry.countries.join(","));
      break;
    case "matrix":
      parts.push(entry.countries.join(","), entry.stances.join(","));
      break;
    case "grid":
      parts.push(entry.countries.join(","), entry.indicators.join(","), entry.fields.join(","));
      break;
  }
  const comment = parts.join("|");
  if (comment.length > COMMENT_LIMIT) throw new Error(`Block entry too long for a name comment: ${comment}`);
  return comment;
}

const CODES: ReadonlySet<string> = new Set(COUNTRIES.map((c) => c.code));
const countriesOf = (text: string | undefined): CountryCode[] | null => {
  const codes = (text ?? "").split(",").filter((c) => c !== "");
  return codes.every((c) => CODES.has(c)) ? (codes as CountryCode[]) : null;
};

/** The entry a name's comment describes, or null when the comment is not one the add-in wrote. */
export function decodeEntry(comment: unknown): BlockEntry | null {
  if (typeof comment !== "string") return null;
  const [version, kind, lang, a, b, c] = comment.split("|");
  if (version !== VERSION || (lang !== "en" && lang !== "ru")) return null;
  switch (kind) {
    case "value":
    case "quote":
      return a ? { kind, lang, id: a } : null;
    case "card":
      return a && CODES.has(a) ? { kind, lang, country: a as CountryCode } : null;
    case "table": {
      const columns = [...(a ?? "")].map((letter) => ROLE_BY_LETTER.get(letter));
      const rows = Number(b);
      if (columns.length === 0 || columns.some((r) => r === undefined) || !Number.isInteger(rows))
        return null;
      return { kind, lang, columns: columns as ColumnRole[], rows };
    }
    case "chart": {
      const countries = countriesOf(b);
      return a && countries ? { kind, lang, indicator: a, countries } : null;
    }
    case "matrix": {
      const countries = countriesOf(a);
      const stances = (b ?? "").split(",").filter((s) => s !== "");
      return countries && stances.length > 0 ? { kind, lang, countries, stances } : null;
    }
    case "grid": {
      const countries = countriesOf(a);
      const indicators = (b ?? "").split(",").filter((i) => i !== "");
      const fields = (c ?? "").split(",");
      if (countries === null || indicators.length === 0 || !fields.every((f) => isField(f))) return null;
      return { kind, lang, countries, indicators, fields: fields as Field[] };
    }
    default:
      return null;
  }
}

const isField = (text: string): text is Field => (FIELDS as readonly string[]).includes(text);

/** A block the workbook remembers: its name, where its cells are now, and what it holds. */
export interface RegisteredBlock {
  readonly name: string;
  readonly sheet: string;
  readonly rect: CellRect;
  readonly entry: BlockEntry;
}

/** A named item as loaded from Excel (name, formula such as "=Data!$B$3:$M$20", comment). */
export interface LoadedName {
  readonly name: string;
  readonly formula?: unknown;
  readonly comment?: unknown;
}

/** The add-in's blocks among a workbook's names; names whose cells were deleted (#REF!) are left out. */
export function registeredBlocks(names: readonly LoadedName[]): RegisteredBlock[] {
  const blocks: RegisteredBlock[] = [];
  for (const item of names) {
    if (!item.name.startsWith(REGISTRY_PREFIX) || typeof item.formula !== "string") continue;
    const entry = decodeEntry(item.comment);
    const reference = item.formula.replace(/^=/, "");
    const { sheet } = splitSheet(reference);
    const rect = parseRect(reference);
    if (entry === null || sheet === null || rect === null) continue;
    blocks.push({ name: item.name, sheet, rect, entry });
  }
  return blocks;
}

/** The block holding a cell (the last inserted, where blocks overlap), or null. */
export function blockAt(
  blocks: readonly RegisteredBlock[],
  sheet: string,
  row: number,
  column: number,
): RegisteredBlock | null {
  const inside = blocks.filter(
    (b) =>
      b.sheet.toLowerCase() === sheet.toLowerCase() &&
      row >= b.rect.row &&
      row < b.rect.row + b.rect.rowCount &&
      column >= b.rect.column &&
      column < b.rect.column + b.rect.columnCount,
  );
  return inside.length === 0 ? null : inside[inside.length - 1];
}

/** A fresh name for a block of this kind: the prefix, the kind, a time stamp and a counter. */
export function blockName(kind: BlockKind, now = Date.now(), counter = nextCounter()): string {
  return `${REGISTRY_PREFIX}${kind}_${now.toString(36)}_${counter}`;
}
let counter = 0;
function nextCounter(): number {
  counter = (counter + 1) % 1_000_000;
  return counter;
}

/** The Excel reference of a block's cells for names.add: "='Data'!$B$3:$M$20". */
export function blockReference(sheet: string, rect: CellRect): string {
  // Always quoted: Excel accepts a quoted name everywhere, and some names (A1, 2022, "My sheet") need it.
  const quoted = `'${sheet.replace(/'/g, "''")}'`;
  const cell = (row: number, column: number) => `$${columnName(column)}$${row + 1}`;
  const first = cell(rect.row, rect.column);
  const last = cell(rect.row + rect.rowCount - 1, rect.column + rect.columnCount - 1);
  return `=${quoted}!${first}${rect.rowCount === 1 && rect.columnCount === 1 ? "" : `:${last}`}`;
}
