/*
 * What the task pane writes into a worksheet, shaped as plain rows: tables of records, a comparison's data,
 * the stance matrix and the event timeline. Pure: no Office globals, so it runs in Node, and the actions
 * only copy these rows into ranges.
 */
import { comparisonFigures, type ComparableIndicator } from "../core/comparisons";
import { COUNTRIES, type CountryCode } from "../core/countries";
import { RECORDS } from "../core/dataset";
import { exampleOfOf, examplesOf, relatedOf, type CellValue } from "../core/fields";
import { tableValue } from "../core/spill";
import { REGION, type EventRecord, type IndicatorRecord, type StanceRecord } from "../core/types";
import { noteText } from "./citations/citationText";
import type { BlockEntry, ColumnRole } from "./citations/registry";
import { excelDateSerial, NUMBER_FORMATS, numberFormatFor, type NumberFormat } from "./formats";
import { EN_WORKBOOK, type WorkbookTexts } from "./i18n";
import { TABLE_COLUMNS, TIMELINE_COLUMNS } from "./columns";

/** A block of cells: a title line, a header row, body rows, note lines and the source line, top to bottom. */
export interface SheetBlock {
  readonly title: string;
  readonly header: readonly string[];
  /** Body rows: real numbers, TRUE/FALSE and Excel date serials, never formatted text such as "40%". */
  readonly rows: readonly (readonly CellValue[])[];
  /** One Excel number format per body cell (same shape as `rows`). */
  readonly numberFormats: readonly (readonly string[])[];
  /** Columns holding long text (labels, quotes): on a new sheet they get a fixed width instead of autofit. */
  readonly wideColumns: readonly number[];
  /** Columns holding dates, as 1900-system serials: the actions convert them to the workbook's date system. */
  readonly dateColumns: readonly number[];
  /** Lines written under the body, before the source line (e.g. countries without a figure). */
  readonly notes: readonly string[];
  /** "Source: <citation>", written under the table. */
  readonly sourceLine: string;
  /**
   * Body cells that carry a citation note (where the block has no quote column to find each row's sentence
   * by): `row` counts body rows from 0, `column` the block's columns.
   */
  readonly cellNotes: readonly BlockNote[];
  /** What the workbook remembers of the block (see citations/registry). */
  readonly mark: BlockEntry;
}

export interface BlockNote {
  readonly row: number;
  readonly column: number;
  readonly text: string;
}

/** What each column of an inserted table holds, for the registry: one entry per column, so none is missed. */
const TABLE_ROLE: Readonly<Record<(typeof TABLE_COLUMNS)[number], ColumnRole>> = {
  Country: "country",
  Indicator: "label",
  Value: "value",
  Unit: "unit",
  Period: "period",
  Qualifier: "qualifier",
  Quote: "quote",
  Id: "id",
  Basis: "basis",
  Condition: "condition",
  Related: "related",
  Note: "note",
  Examples: "other",
  "Example of": "other",
};
const TABLE_ROLES = TABLE_COLUMNS.map((column) => TABLE_ROLE[column]);
const TIMELINE_ROLE: Readonly<Record<(typeof TIMELINE_COLUMNS)[number], ColumnRole>> = {
  Date: "date",
  Start: "start",
  End: "end",
  Country: "country",
  Event: "label",
  Quote: "quote",
  Id: "id",
};
const TIMELINE_ROLES = TIMELINE_COLUMNS.map((column) => TIMELINE_ROLE[column]);

/** A comparison's data; its title is also the chart's, and countries without a figure are named in its notes. */
export interface ChartBlock extends SheetBlock {
  readonly indicator: ComparableIndicator;
  /** Number format of the value axis and the data labels. */
  readonly valueFormat: NumberFormat;
}

/** The source line every block carries. */
export function sourceLine(texts: WorkbookTexts = EN_WORKBOOK): string {
  return texts.sourceLine(texts.words.citation());
}

function tableValueFormat(record: IndicatorRecord): NumberFormat {
  return record.kind === "figure" ? numberFormatFor(record) : NUMBER_FORMATS.general;
}

const TEXT = NUMBER_FORMATS.text;

/**
 * What insertTable writes: a title, the header, one row per record, per-cell number formats, the source. In
 * another language every word is that language's, except the quotes and ids, which stay as the source has them.
 */
export function tableBlock(
  records: readonly IndicatorRecord[],
  title: string,
  texts: WorkbookTexts = EN_WORKBOOK,
): SheetBlock {
  const words = texts.words;
  return {
    title: title.trim() === "" ? texts.defaultTableTitle : title.trim(),
    header: TABLE_COLUMNS.map((column) => texts.tableColumns[column]),
    rows: records.map((r) => [
      words.scope(r.scope),
      words.label(r),
      tableValue(r),
      words.unit(r),
      words.period(r.period.label),
      words.qualifier(r.qualifier),
      r.quote,
      r.id,
      r.kind === "stance" ? words.basis(r.basis) : "",
      words.condition(r),
      relatedOf(r),
      words.note(r) ?? "",
      examplesOf(r),
      exampleOfOf(r),
    ]),
    numberFormats: records.map((r) => [
      TEXT,
      TEXT,
      tableValueFormat(r),
      ...Array<string>(TABLE_COLUMNS.length - 3).fill(TEXT),
    ]),
    wideColumns: [1, 6, 11],
    dateColumns: [],
    notes: [],
    sourceLine: sourceLine(texts),
    cellNotes: [],
    mark: { kind: "table", lang: texts.locale, columns: TABLE_ROLES, rows: records.length },
  };
}

/**
 * The comparison chart's data: one row per country with a figure, in the source's order, the period (and any
 * "more than") in the category label, values as fractions; countries without a figure are named in a note.
 */
export function comparisonChartData(
  indicator: ComparableIndicator,
  texts: WorkbookTexts = EN_WORKBOOK,
): ChartBlock {
  const words = texts.words;
  const records = comparisonFigures(indicator);
  return {
    indicator,
    title: words.comparisonTitle(indicator),
    valueFormat: NUMBER_FORMATS.percent,
    header: [texts.chartCategoryColumn, words.comparisonSeries(indicator)],
    rows: records.map((r) => [words.categoryLabel(r), r.value]),
    numberFormats: records.map(() => [TEXT, NUMBER_FORMATS.percent]),
    wideColumns: [],
    dateColumns: [],
    notes: words.comparisonNotes(indicator),
    sourceLine: sourceLine(texts),
    // The chart's data has no quote column: each value carries its sentence in a note.
    cellNotes: records.map((r, row) => ({ row, column: 1, text: noteText(r, texts) })),
    mark: {
      kind: "chart",
      lang: texts.locale,
      indicator,
      countries: records.map((r) => r.scope as CountryCode),
    },
  };
}

/** Notes under the stance matrix: what each answer rests on, conditions, and the region-wide stances. */
function stanceNotes(
  perCountry: readonly StanceRecord[],
  regional: readonly StanceRecord[],
  texts: WorkbookTexts,
): string[] {
  const words = texts.words;
  const say = texts.stanceNotes;
  const notes = [say.trueFalse];
  const byIndicator = new Map<string, StanceRecord[]>();
  for (const r of perCountry) byIndicator.set(r.indicator, [...(byIndicator.get(r.indicator) ?? []), r]);
  const regionWide = [...byIndicator].filter(([, rs]) => rs.every((r) => r.basis === "region-wide"));
  if (regionWide.length > 0) notes.push(say.regionWide(regionWide.map(([i]) => words.stanceHeading(i))));
  for (const [indicator, records] of byIndicator) {
    if (records.every((r) => r.basis === "region-wide")) continue;
    const parts = records.map((r) =>
      say.basisFor(words.basis(r.basis), words.scope(r.scope), words.condition(r)),
    );
    notes.push(say.perStance(words.stanceHeading(indicator), parts));
  }
  for (const r of regional) {
    notes.push(say.regional(words.label(r), r.value, words.period(r.period.label)));
  }
  return notes;
}

/**
 * Countries × stances. Cells are Excel booleans (TRUE/FALSE), not "Yes"/"No": they sort, filter and count
 * as logicals (=COUNTIF(B:B,TRUE), =IF(B3,…)) and match what CA.INDICATOR returns for the same stance.
 * Stances the source states for the region as a whole have no country row: they are named in a note.
 */
export function stanceMatrix(texts: WorkbookTexts = EN_WORKBOOK): SheetBlock {
  const words = texts.words;
  const stances = RECORDS.filter((r): r is StanceRecord => r.kind === "stance");
  const perCountry = stances.filter((r) => r.scope !== REGION);
  const indicators = [...new Set(perCountry.map((r) => r.indicator))];
  const byId = new Map(perCountry.map((r) => [r.id, r]));
  return {
    title: texts.stanceMatrixTitle,
    header: [texts.countryColumn, ...indicators.map((i) => words.stanceHeading(i))],
    rows: COUNTRIES.map((c) => [
      words.country(c.code),
      ...indicators.map((i) => byId.get(`${i}.${c.code}`)?.value ?? ""),
    ]),
    numberFormats: COUNTRIES.map(() => [TEXT, ...indicators.map(() => NUMBER_FORMATS.general)]),
    wideColumns: [],
    dateColumns: [],
    notes: stanceNotes(
      perCountry,
      stances.filter((r) => r.scope === REGION),
      texts,
    ),
    sourceLine: sourceLine(texts),
    // Each TRUE/FALSE carries its sentence in a note: the matrix has no quote column.
    cellNotes: COUNTRIES.flatMap((c, row) =>
      indicators.flatMap((i, column) => {
        const record = byId.get(`${i}.${c.code}`);
        return record === undefined ? [] : [{ row, column: column + 1, text: noteText(record, texts) }];
      }),
    ),
    mark: {
      kind: "matrix",
      lang: texts.locale,
      countries: COUNTRIES.map((c) => c.code),
      stances: indicators,
    },
  };
}

/**
 * By end date (undated events, whose time the source does not state, last), then start date (an open start
 * first), then id: the same order on every run.
 */
function compareEvents(a: EventRecord, b: EventRecord): number {
  if (a.period.end !== b.period.end) {
    if (a.period.end === null) return 1;
    if (b.period.end === null) return -1;
    return a.period.end < b.period.end ? -1 : 1;
  }
  const startA = a.period.start ?? "";
  const startB = b.period.start ?? "";
  if (startA !== startB) return startA < startB ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The events as a timeline: Start and End are Excel date serials (1900 system; the actions convert them for a
 * 1904 workbook) formatted yyyy-mm-dd (an open start stays empty), Date is the source's own period label.
 */
export function timeline(texts: WorkbookTexts = EN_WORKBOOK): SheetBlock {
  const words = texts.words;
  const events = RECORDS.filter((r): r is EventRecord => r.kind === "event").sort(compareEvents);
  return {
    title: texts.timelineTitle,
    header: TIMELINE_COLUMNS.map((column) => texts.timelineColumns[column]),
    rows: events.map((e) => [
      words.period(e.period.label),
      e.period.start === null ? "" : excelDateSerial(e.period.start),
      e.period.end === null ? "" : excelDateSerial(e.period.end),
      words.scope(e.scope),
      words.label(e),
      e.quote,
      e.id,
    ]),
    numberFormats: events.map(() => [TEXT, NUMBER_FORMATS.date, NUMBER_FORMATS.date, TEXT, TEXT, TEXT, TEXT]),
    wideColumns: [4, 5],
    dateColumns: [1, 2],
    notes: [],
    sourceLine: sourceLine(texts),
    cellNotes: [],
    mark: { kind: "table", lang: texts.locale, columns: TIMELINE_ROLES, rows: events.length },
  };
}
