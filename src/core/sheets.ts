/*
 * What the task pane writes into a worksheet, shaped as plain rows: live formulas, number formats, tables,
 * the comparison chart's data, the stance matrix and the event timeline. Pure: no Office globals, so it
 * runs in Node, and the Excel adapter only copies these rows into ranges.
 */
import { COUNTRIES } from "./countries";
import { RECORDS, RECORDS_BY_INDICATOR } from "./dataset";
import { qualifierOf, unitLabel, type CellValue } from "./fields";
import { scopeLabel } from "./scope";
import { formatCitation } from "./source";
import { REGION, type EventRecord, type IndicatorRecord, type IsoDate, type StanceRecord } from "./types";

/** Excel number formats the add-in writes. Percentages are stored as fractions, so 0.4 shows as 40%. */
export const NUMBER_FORMATS = {
  percent: "0%",
  count: "0",
  times: '0"×"',
  general: "General",
  text: "@",
  date: "yyyy-mm-dd",
} as const;
export type NumberFormat = (typeof NUMBER_FORMATS)[keyof typeof NUMBER_FORMATS];

/** The indicators the pane compares across countries in a chart. */
export type ComparableIndicator = "trade-growth" | "poll-war-blame";

/** A block of cells: a title line, a header row, body rows, note lines and the source line, top to bottom. */
export interface SheetBlock {
  readonly title: string;
  readonly header: readonly string[];
  /** Body rows: real numbers, TRUE/FALSE and Excel date serials, never formatted text such as "40%". */
  readonly rows: readonly (readonly CellValue[])[];
  /** One Excel number format per body cell (same shape as `rows`). */
  readonly numberFormats: readonly (readonly string[])[];
  /** Columns holding long text (labels, quotes): the adapter gives them a fixed width instead of autofit. */
  readonly wideColumns: readonly number[];
  /** Lines written under the body, before the source line (e.g. countries without a figure). */
  readonly notes: readonly string[];
  /** "Source: <citation>", written under the table. */
  readonly sourceLine: string;
}

export interface ChartBlock extends SheetBlock {
  readonly indicator: ComparableIndicator;
  readonly chartTitle: string;
  /** Number format of the value axis and the data labels. */
  readonly valueFormat: NumberFormat;
  /** Countries the source gives no figure for; they are left out of the rows. */
  readonly missing: readonly string[];
}

/** The source line every block carries. */
export function sourceLine(): string {
  return `Source: ${formatCitation()}`;
}

function quoteArgument(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The live formula for one record: CA.RUTRADE / CA.RUPOLL for the two per-country series, CA.INDICATOR with
 * the indicator and ISO code otherwise (without a country for region-wide records). Stances and events
 * work the same way: CA.INDICATOR returns TRUE/FALSE or the event's description.
 */
export function formulaFor(record: IndicatorRecord): string {
  if (record.scope === REGION) return `=CA.INDICATOR(${quoteArgument(record.indicator)})`;
  if (record.indicator === "trade-growth") return `=CA.RUTRADE(${quoteArgument(record.scope)})`;
  if (record.indicator === "poll-war-blame") return `=CA.RUPOLL(${quoteArgument(record.scope)})`;
  return `=CA.INDICATOR(${quoteArgument(record.indicator)},${quoteArgument(record.scope)})`;
}

/**
 * The number format for a record's value written as a static value: 0% for percentages (stored as
 * fractions), 0 for counts, 0"×" for multiples; stances stay TRUE/FALSE under General; an event's value is
 * its description, written as text (@) so Excel never reads it as a number, date or formula.
 */
export function numberFormatFor(record: IndicatorRecord): NumberFormat {
  if (record.kind === "stance") return NUMBER_FORMATS.general;
  if (record.kind === "event") return NUMBER_FORMATS.text;
  switch (record.unit) {
    case "percent":
      return NUMBER_FORMATS.percent;
    case "times":
      return NUMBER_FORMATS.times;
    case "meetings":
    case "countries":
    case "years":
      return NUMBER_FORMATS.count;
  }
}

/**
 * The number format for a cell holding the record's formula: as for the value, except that text results use
 * General, because a formula typed into a text-formatted (@) cell stays text and is never calculated.
 */
export function formulaNumberFormatFor(record: IndicatorRecord): NumberFormat {
  const format = numberFormatFor(record);
  return format === NUMBER_FORMATS.text ? NUMBER_FORMATS.general : format;
}

/** Days since 1899-12-30: the serial number Excel stores for a date (valid from 1 March 1900 on). */
export function excelDateSerial(date: IsoDate): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) throw new Error(`Not an ISO date: ${date}`);
  const [, year, month, day] = match;
  return Date.UTC(Number(year), Number(month) - 1, Number(day)) / 86_400_000 + 25_569;
}

export const TABLE_BLOCK_HEADER = [
  "Country",
  "Indicator",
  "Value",
  "Unit",
  "Period",
  "Qualifier",
  "Quote",
  "Id",
] as const;

/**
 * The value column of a table: numbers and TRUE/FALSE as such; events carry no value (their description is in
 * the Indicator column), so the cell stays empty.
 */
function tableValue(record: IndicatorRecord): CellValue {
  return record.kind === "event" ? "" : record.value;
}

function tableValueFormat(record: IndicatorRecord): NumberFormat {
  return record.kind === "figure" ? numberFormatFor(record) : NUMBER_FORMATS.general;
}

const TEXT = NUMBER_FORMATS.text;

/** What insertTable writes: a title, the header, one row per record, per-cell number formats, the source. */
export function tableBlock(records: readonly IndicatorRecord[], title: string): SheetBlock {
  return {
    title: title.trim() === "" ? "Central Asia indicators" : title.trim(),
    header: [...TABLE_BLOCK_HEADER],
    rows: records.map((r) => [
      scopeLabel(r.scope),
      r.label,
      tableValue(r),
      unitLabel(r),
      r.period.label,
      qualifierOf(r),
      r.quote,
      r.id,
    ]),
    numberFormats: records.map((r) => [TEXT, TEXT, tableValueFormat(r), TEXT, TEXT, TEXT, TEXT, TEXT]),
    wideColumns: [1, 6],
    notes: [],
    sourceLine: sourceLine(),
  };
}

interface ComparisonText {
  readonly chartTitle: string;
  readonly series: string;
  readonly missingNoun: string;
}

const COMPARISONS: Readonly<Record<ComparableIndicator, ComparisonText>> = {
  "trade-growth": {
    chartTitle: "Growth of Russia’s trade turnover with Central Asian countries, 2022 (periods differ)",
    series: "Growth of trade turnover with Russia",
    missingNoun: "trade-turnover figure",
  },
  "poll-war-blame": {
    chartTitle:
      "People who blame current economic problems on Russia’s war in Ukraine (polls reported Dec 2022)",
    series: "Share who blame the war",
    missingNoun: "poll",
  },
};

/** "Kazakhstan (Jan–Oct 2022)", or "Tajikistan (Jan–Aug 2022, more than)" where the source hedges. */
export function categoryLabel(record: IndicatorRecord): string {
  const qualifier = qualifierOf(record);
  const hedge = qualifier === "exact" ? "" : `, ${qualifier}`;
  return `${scopeLabel(record.scope)} (${record.period.label}${hedge})`;
}

function listNames(names: readonly string[]): string {
  return names.join(", ");
}

/**
 * The comparison chart's data: one row per country with a figure, in the source's order, the period (and any
 * "more than") in the category label, values as fractions; countries without a figure are listed in a note.
 */
export function comparisonChartData(indicator: ComparableIndicator): ChartBlock {
  const text = COMPARISONS[indicator];
  const records = (RECORDS_BY_INDICATOR.get(indicator) ?? []).filter((r) => r.kind === "figure");
  const reported = new Set(records.map((r) => r.scope));
  const missing = COUNTRIES.filter((c) => !reported.has(c.code)).map((c) => c.name);
  const notes: string[] = [];
  if (missing.length > 0) notes.push(`No ${text.missingNoun} reported for ${listNames(missing)}.`);
  if (records.some((r) => qualifierOf(r) === "more than")) {
    notes.push("“more than”: the source gives the figure as a lower bound.");
  }
  if (new Set(records.map((r) => r.period.label)).size > 1) {
    notes.push("Periods differ by country; compare with care.");
  }
  return {
    indicator,
    title: text.chartTitle,
    chartTitle: text.chartTitle,
    valueFormat: NUMBER_FORMATS.percent,
    header: ["Country (period)", text.series],
    rows: records.map((r) => [categoryLabel(r), tableValue(r)]),
    numberFormats: records.map(() => [TEXT, NUMBER_FORMATS.percent]),
    wideColumns: [],
    missing,
    notes,
    sourceLine: sourceLine(),
  };
}

/** Short column headings for the stance matrix; a year in brackets where the stance is not as of Dec 2022. */
const STANCE_HEADINGS: Readonly<Record<string, string>> = {
  "supported-invasion": "Supported the invasion of Ukraine",
  "abides-by-sanctions": "Abides by Western sanctions",
  "recognised-annexations": "Recognised Donetsk, Luhansk or other annexations",
  "recognised-crimea-annexation": "Recognised the annexation of Crimea (2014)",
  "supported-georgia-war": "Supported the war against Georgia (2008)",
  "banks-accept-mir": "Banks accept MIR cards",
  "allows-private-mir-use": "Allows private use of MIR cards",
};

export function stanceHeading(indicator: string): string {
  const heading = STANCE_HEADINGS[indicator];
  if (heading !== undefined) return heading;
  const words = indicator.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/**
 * Countries × stances. Cells are Excel booleans (TRUE/FALSE), not "Yes"/"No": they sort, filter and count
 * as logicals (=COUNTIF(B:B,TRUE), =IF(B3,…)) and match what CA.INDICATOR returns for the same stance.
 */
export function stanceMatrix(): SheetBlock {
  const stances = RECORDS.filter((r): r is StanceRecord => r.kind === "stance");
  const indicators = unique(stances.map((r) => r.indicator));
  const byId = new Map(stances.map((r) => [r.id, r]));
  return {
    title: "Stances of the Central Asian countries towards Russia’s war (as of Dec 2022)",
    header: ["Country", ...indicators.map(stanceHeading)],
    rows: COUNTRIES.map((c) => [c.name, ...indicators.map((i) => byId.get(`${i}.${c.code}`)?.value ?? "")]),
    numberFormats: COUNTRIES.map(() => [TEXT, ...indicators.map(() => NUMBER_FORMATS.general)]),
    wideColumns: [],
    notes: ["TRUE: the source says the country takes the stance; FALSE: it says the country does not."],
    sourceLine: sourceLine(),
  };
}

export const TIMELINE_HEADER = ["Date", "Start", "End", "Country", "Event", "Quote"] as const;

/** By end date, then start date (an open start first), then id: the same order on every run. */
function compareEvents(a: EventRecord, b: EventRecord): number {
  if (a.period.end !== b.period.end) return a.period.end < b.period.end ? -1 : 1;
  const startA = a.period.start ?? "";
  const startB = b.period.start ?? "";
  if (startA !== startB) return startA < startB ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The events as a timeline: Start and End are Excel date serials formatted yyyy-mm-dd (an open start stays
 * empty), Date is the source's own period label.
 */
export function timeline(): SheetBlock {
  const events = RECORDS.filter((r): r is EventRecord => r.kind === "event").sort(compareEvents);
  return {
    title: "Events in Russia’s relations with Central Asia, 2022",
    header: [...TIMELINE_HEADER],
    rows: events.map((e) => [
      e.period.label,
      e.period.start === null ? "" : excelDateSerial(e.period.start),
      excelDateSerial(e.period.end),
      scopeLabel(e.scope),
      e.label,
      e.quote,
    ]),
    numberFormats: events.map(() => [TEXT, NUMBER_FORMATS.date, NUMBER_FORMATS.date, TEXT, TEXT, TEXT]),
    wideColumns: [4, 5],
    notes: [],
    sourceLine: sourceLine(),
  };
}

/** Where each part of a block lands, in rows from the block's top-left cell. */
export interface BlockLayout {
  /** Every cell of the block, rectangular: title, header, body, notes, source. */
  readonly values: CellValue[][];
  readonly numberFormats: string[][];
  readonly rowCount: number;
  readonly columnCount: number;
  readonly titleRow: number;
  readonly headerRow: number;
  readonly firstBodyRow: number;
  /** At least 1: an Excel table needs one body row, so an empty block keeps one blank row. */
  readonly bodyRowCount: number;
  readonly noteRows: readonly number[];
  readonly sourceRow: number;
}

/** Lays a block out as one rectangle of values and formats, so it can be written in a single assignment. */
export function layoutBlock(block: SheetBlock): BlockLayout {
  const columnCount = Math.max(1, block.header.length);
  const line = (text: string): CellValue[] => [text, ...Array<CellValue>(columnCount - 1).fill("")];
  const textRow = (): string[] => Array<string>(columnCount).fill(TEXT);
  const pad = <T>(row: readonly T[], filler: T): T[] =>
    [...row, ...Array<T>(Math.max(0, columnCount - row.length)).fill(filler)].slice(0, columnCount);
  const body = block.rows.length > 0 ? block.rows.map((row) => pad<CellValue>(row, "")) : [line("")];
  const bodyFormats =
    block.rows.length > 0
      ? block.rows.map((_, i) => pad<string>(block.numberFormats[i] ?? [], NUMBER_FORMATS.general))
      : [textRow()];
  const values: CellValue[][] = [
    line(block.title),
    pad<CellValue>(block.header, ""),
    ...body,
    ...block.notes.map(line),
    line(block.sourceLine),
  ];
  const numberFormats: string[][] = [
    textRow(),
    textRow(),
    ...bodyFormats,
    ...block.notes.map(textRow),
    textRow(),
  ];
  const firstBodyRow = 2;
  const noteStart = firstBodyRow + body.length;
  return {
    values,
    numberFormats,
    rowCount: values.length,
    columnCount,
    titleRow: 0,
    headerRow: 1,
    firstBodyRow,
    bodyRowCount: body.length,
    noteRows: block.notes.map((_, i) => noteStart + i),
    sourceRow: values.length - 1,
  };
}

const SHEET_NAME_MAX = 31;

/**
 * A worksheet name not yet in `existing` (compared case-insensitively, as Excel does): characters Excel
 * forbids removed, at most 31 characters, " (2)", " (3)"… appended where needed.
 */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const cleaned =
    base
      .replace(/[\\/?*[\]:]/g, " ")
      .replace(/\s+/g, " ")
      .trim()
      .replace(/^'+|'+$/g, "")
      .slice(0, SHEET_NAME_MAX)
      .trim() || "Central Asia";
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  taken.add("history"); // Excel reserves this name.
  if (!taken.has(cleaned.toLowerCase())) return cleaned;
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const candidate = `${cleaned.slice(0, SHEET_NAME_MAX - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * An Excel table name not yet in `existing`: "CA_" and the title's letters and digits joined by "_" (a name
 * must start with a letter or underscore, hold no spaces and must not look like a cell reference).
 */
export function uniqueTableName(title: string, existing: readonly string[]): string {
  const words = title
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter((w) => w !== "")
    .slice(0, 6);
  const base = `CA_${words.length > 0 ? words.join("_") : "Table"}`.slice(0, 60);
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}_${n}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
