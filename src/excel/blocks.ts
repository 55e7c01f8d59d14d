/*
 * What the task pane writes into a worksheet, shaped as plain rows: tables of records, a comparison's data,
 * the stance matrix and the event timeline. Pure: no Office globals, so it runs in Node, and the actions
 * only copy these rows into ranges.
 */
import { comparisonFigures, sharedPeriod, type ComparableIndicator } from "../core/comparisons";
import { COUNTRIES, type CountryCode } from "../core/countries";
import { RECORDS } from "../core/dataset";
import type { CellValue } from "../core/fields";
import { REGION, type EventRecord, type IndicatorRecord, type StanceRecord } from "../core/types";
import { noteText } from "./citations/citationText";
import type { BlockEntry, ColumnRole } from "./citations/registry";
import { excelDateSerial, NUMBER_FORMATS, numberFormatFor, type NumberFormat } from "./formats";
import { EN_WORKBOOK, type WorkbookTexts } from "./i18n";
import { TIMELINE_COLUMNS } from "./columns";
import {
  DEFAULT_TABLE_COLUMNS,
  TABLE_ROLE,
  tableCell,
  tableColumnsOf,
  WIDE_TABLE_COLUMNS,
  type TableColumn,
} from "./tableColumns";

export { DEFAULT_TABLE_COLUMNS, tableColumnsOf, type TableColumn } from "./tableColumns";

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
  /** Number format of the value axis (the data labels take each cell's own, ">"0% included). */
  readonly valueFormat: NumberFormat;
  /** The chart's title: the block's title, then the attribution on a second line. */
  readonly chartTitle: string;
  /** Title of the value axis: what the bars measure. */
  readonly valueAxisTitle: string;
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
 * What insertTable writes: a title, the header, one row per record in the chosen columns (the default ones
 * unless told), per-cell number formats, the source. In another language every word is that language's,
 * except the quotes and ids, which stay as the source has them.
 */
export function tableBlock(
  records: readonly IndicatorRecord[],
  title: string,
  texts: WorkbookTexts = EN_WORKBOOK,
  chosen: readonly TableColumn[] = DEFAULT_TABLE_COLUMNS,
): SheetBlock {
  const columns = tableColumnsOf(chosen);
  return {
    title: title.trim() === "" ? texts.defaultTableTitle : title.trim(),
    header: columns.map((column) => texts.tableColumns[column]),
    rows: records.map((r) => columns.map((column) => tableCell(r, column, texts))),
    numberFormats: records.map((r) =>
      columns.map((column) => (column === "Value" ? tableValueFormat(r) : TEXT)),
    ),
    wideColumns: columns.flatMap((column, i) => (WIDE_TABLE_COLUMNS.has(column) ? [i] : [])),
    dateColumns: [],
    notes: [],
    sourceLine: sourceLine(texts),
    cellNotes: [],
    mark: {
      kind: "table",
      lang: texts.locale,
      columns: columns.map((column) => TABLE_ROLE[column]),
      rows: records.length,
    },
  };
}

/**
 * The comparison chart's data: one row per country with a figure, in the source's order (the pane's preview
 * lists them alike, see core/comparisons comparisonOrder), values as fractions under each figure's own format
 * (">"0% keeps a lower bound's hedge in the cell and, linked, in the chart's label). Each category label
 * carries its period where periods differ; a shared one is in the title only. Countries without a figure and
 * the records' caveats are in the notes.
 */
export function comparisonChartData(
  indicator: ComparableIndicator,
  texts: WorkbookTexts = EN_WORKBOOK,
): ChartBlock {
  const words = texts.words;
  const records = comparisonFigures(indicator);
  const periodPerRow = sharedPeriod(indicator) === null;
  const title = words.comparisonTitle(indicator);
  const series = words.comparisonSeries(indicator);
  return {
    indicator,
    title,
    valueFormat: NUMBER_FORMATS.percent,
    chartTitle: `${title}\n${texts.chartSource}`,
    valueAxisTitle: series,
    header: [periodPerRow ? texts.chartCategoryColumn : texts.countryColumn, series],
    rows: records.map((r) => [words.categoryLabel(r, periodPerRow), r.value]),
    numberFormats: records.map((r) => [TEXT, numberFormatFor(r)]),
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
    const label = words.label(r);
    const period = words.period(r.period.label);
    // "… against Georgia (2008)" names its year already: the note does not repeat it.
    notes.push(say.regional(label, r.value, label.includes(`(${period})`) ? "" : period));
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
 * 1904 workbook) formatted as the language writes dates (d mmm yy, which fits a default-width column; dd.mm.yyyy in Russian; an open start
 * stays empty), Date is the source's own period label.
 */
export function timeline(
  texts: WorkbookTexts = EN_WORKBOOK,
  records: readonly IndicatorRecord[] = RECORDS,
): SheetBlock {
  const words = texts.words;
  const events = records.filter((r): r is EventRecord => r.kind === "event").sort(compareEvents);
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
    numberFormats: events.map(() => {
      const date = texts.dateFormat;
      return [TEXT, date, date, TEXT, TEXT, TEXT, TEXT];
    }),
    wideColumns: [4, 5],
    dateColumns: [1, 2],
    notes: [],
    sourceLine: sourceLine(texts),
    cellNotes: [],
    mark: { kind: "table", lang: texts.locale, columns: TIMELINE_ROLES, rows: events.length },
  };
}
