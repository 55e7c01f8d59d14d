/*
 * What the workbook side says and writes, in one language: the blocks' titles, headers and notes, the
 * guard's refusals, Excel's errors as sentences, and the success messages. One table per language, each a
 * complete WorkbookTexts, so no sentence can be left untranslated. The dataset's own words (labels, periods,
 * qualifiers…) come from the language's Vocabulary (core/i18n/vocabulary).
 */
import type { CardLabels } from "../../cells/countryCard";
import type { Field } from "../../core/fields";
import type { Locale } from "../../core/i18n/locale";
import type { Vocabulary } from "../../core/i18n/vocabulary";
import type { TABLE_COLUMNS, TIMELINE_COLUMNS } from "../columns";
import type { ExcelErrorCode } from "../errors";
import type { CitationTexts } from "./citationTypes";

/**
 * An occupied cell the guard names: its address and what makes it the user's: a value, a formula, a note, or
 * a number format the user set (`format`, as Excel reports it).
 */
export interface OccupiedCell {
  readonly address: string;
  readonly holds: "value" | "formula" | "note" | "format";
  readonly format?: string;
}

export interface WorkbookTexts {
  readonly locale: Locale;
  readonly words: Vocabulary;

  // Blocks
  readonly defaultTableTitle: string;
  sourceLine(citation: string): string;
  readonly tableColumns: Readonly<Record<(typeof TABLE_COLUMNS)[number], string>>;
  readonly timelineColumns: Readonly<Record<(typeof TIMELINE_COLUMNS)[number], string>>;
  /** Dates in cells (timeline, Sources sheet) as this language writes them (an Excel format code, locale-neutral). */
  readonly dateFormat: string;
  /** TRUE or FALSE as Excel shows a logical in this language (ИСТИНА, ЛОЖЬ in Russian). */
  bool(value: boolean): string;
  /** Heading of a comparison chart's category column (each row with its period). */
  readonly chartCategoryColumn: string;
  /**
   * The attribution inside a comparison chart, the second line of its title, so that a chart copied into
   * slides keeps it: short, since Excel takes at most 255 characters in a chart title.
   */
  readonly chartSource: string;
  readonly countryColumn: string;
  readonly stanceMatrixTitle: string;
  readonly timelineTitle: string;
  readonly stanceNotes: {
    readonly trueFalse: string;
    regionWide(headings: readonly string[]): string;
    /** "stated for Kazakhstan, only after …". */
    basisFor(basis: string, scope: string, condition: string): string;
    perStance(heading: string, parts: readonly string[]): string;
    /** `period` is "" where the label already names it ("… (2008)"). */
    regional(label: string, value: boolean, period: string): string;
  };

  // What an insert is, for the guard's and the success messages
  readonly valueWhat: string;
  readonly formulaWhat: string;
  readonly chartWhat: string;
  tableWhat(title: string, rows: number): string;
  readonly stanceMatrixWhat: string;
  timelineWhat(events: number): string;
  cardWhat(country: string): string;

  // Names of new sheets
  readonly stanceMatrixSheet: string;
  readonly timelineSheet: string;
  cardSheet(country: string): string;

  // Success
  insertedBlock(what: string): string;
  /** `value` as the cell shows it (40%, FALSE, an event's text in quotes); `period` may hold parentheses. */
  insertedValue(value: string, period: string): string;
  insertedFormula(formula: string): string;
  readonly insertedChart: string;
  insertedCard(country: string): string;
  /** "B3:L9 on “Data”". */
  located(sheet: string, address: string): string;
  /** Where an insert is before it knows its place. */
  readonly somewhere: string;
  done(inserted: string, where: string, newSheet: boolean): string;

  // Refusals
  readonly noExcel: string;
  readonly noCards: string;
  /** After widening a block's columns: what changed, and how to take it back (Excel's undo, where it reaches). */
  widened(columns: string): string;
  /** Widening failed: nothing changed, and Excel's reason. */
  widenFailed(columns: string, reason: string): string;
  needsGuardApi(api: string): string;
  readonly structureProtected: string;
  mergedLimit(target: string): string;
  sheetProtected(sheet: string): string;
  goesIn(what: string, area: string): string;
  needs(what: string, area: string, rows: number, columns: number): string;
  readonly advice: string;
  tables(intro: string, names: readonly string[]): string;
  spill(intro: string): string;
  merged(intro: string, areas: string): string;
  occupied(first: OccupiedCell, more: number): string;
  notEmpty(intro: string, occupied: string): string;
  chartCovers(area: string, occupied: string): string;
  drawing(kind: "chart" | "shape", name: string): string;
  underDrawing(intro: string, drawing: string): string;
  chartOverDrawing(area: string, drawing: string): string;

  // Excel's errors
  readonly errors: Readonly<Record<ExcelErrorCode, string>>;
  /** `detail` is "" or ": " and Excel's own words. */
  excelReported(code: string, detail: string): string;
  somethingWrong(detail: string): string;
  readonly nothingInserted: string;
  mayBeIncomplete(where: string): string;

  /** A country card's own words (cells/countryCard builds the card in this language). */
  readonly card: CardLabels;

  /** The grid builder's block (grid.ts). */
  readonly grid: GridTexts;

  /** Notes, the quote block, the Sources sheet, freeze and restore. */
  readonly citations: CitationTexts;
}

/** What the grid builder writes and says. */
export interface GridTexts {
  /** "The grid (5 countries × 2 columns)", for the guard's and the success messages. */
  what(rows: number, columns: number): string;
  /** The new sheet's name. */
  readonly sheet: string;
  /** A country the source gives no figure for. */
  readonly missing: string;
  /** A field as this language names it (the word the functions take). */
  field(field: Field): string;
  /** The value's column heading: the indicator and its unit. */
  valueHeading(indicator: string, unit: string): string;
  /** Another field's column heading: the indicator and the field. */
  fieldHeading(indicator: string, field: string): string;
}
