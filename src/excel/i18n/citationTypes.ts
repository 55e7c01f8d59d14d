/*
 * What the workbook side says and writes about citations, in one language: the notes on cells, the copied
 * citation, the quote block, the Sources sheet, and freezing and restoring CA formulas. Part of WorkbookTexts.
 */

/** The columns of the Sources sheet, by their English heading. */
export const SOURCES_COLUMNS = [
  "Id",
  "Indicator",
  "Country",
  "Value",
  "Period",
  "Start",
  "End",
  "Qualifier",
  "Basis",
  "Quote",
  "Citation",
  "Cells",
  "First cell",
  "Other cells",
] as const;
export type SourcesColumn = (typeof SOURCES_COLUMNS)[number];

/** What freezing or restoring skipped, and why. */
export interface SkippedCells {
  /** Sheets left alone because they are protected. */
  readonly protectedSheets: readonly string[];
  /** Cells the user changed since they were frozen (restore), by address. */
  readonly changed: readonly string[];
  /** Cells whose note the user wrote, kept as they were (no citation note added). */
  readonly ownNotes: number;
  /** Frozen cells left without a citation note past the limit per freeze (the Sources sheet cites them). */
  readonly notesLeftOut?: number;
}

export interface CitationTexts {
  // Notes on cells
  /** ">22% (more than), Jan–Aug 2022"; an event (value null): "Oct 2022 (stated)". */
  valueLine(value: string | null, qualifier: string, period: string): string;
  basisLine(basis: string): string;
  conditionLine(condition: string): string;
  /** The citation a note ends with: short, with the machine-translated republication. */
  readonly noteCitation: string;
  /** The note's last line, by which the add-in knows its own notes: "Central Asia Indicators · <ids>". */
  signature(ids: string): string;
  /** First line of a note on a cell that stands for several records. */
  manyRecords(count: number): string;
  andMore(count: number): string;
  /** How many records a note lists before "and N more". */
  readonly listedInNote: number;
  readonly seeSourcesSheet: string;
  /** Said once per session where Excel cannot add notes. */
  readonly notesNeedNewerExcel: string;

  /** "Copy citation": author, title, outlet, date, the republication, and where a URL would go, why none. */
  readonly fullCitation: string;

  // The quote block
  readonly quoteWhat: string;
  quoteSheet(id: string): string;
  insertedQuote(id: string): string;

  // The Sources sheet
  readonly sourcesSheetName: string;
  readonly sourcesTitle: string;
  readonly sourcesColumns: Readonly<Record<SourcesColumn, string>>;
  /** "Scanned 10 sheets: 214 cells with CA formulas and 3 inserted blocks." */
  scanned(sheets: number, cells: number, blocks: number): string;
  /** Sheets that could not be read, and why. */
  notScanned(sheets: readonly string[]): string;
  hiddenScanned(sheets: readonly string[]): string;
  /** "Data!C9, Data!C10 and 212 more". */
  otherCells(addresses: readonly string[], more: number): string;
  readonly sourcesWhat: string;
  builtSources(records: number, cells: number, sheets: number, refreshed: boolean, sheetName: string): string;
  readonly nothingToCite: string;

  // Freeze and restore
  readonly frozenStoreSheet: string;
  froze(cells: number, sheets: number, skipped: SkippedCells): string;
  readonly nothingToFreeze: string;
  restored(cells: number, sheets: number, skipped: SkippedCells): string;
  readonly nothingToRestore: string;
  /** Why an argument of a CA.* call cannot be read by the pane ("TRIM(A1)"). */
  unreadableArgument(text: string): string;
  /** Said when the pane, outside Excel, is asked to work on a workbook. */
  readonly needsExcel: string;
  /** Progress, said while a long action runs. */
  progress(step: "reading" | "writing", done: number, total: number): string;
}
