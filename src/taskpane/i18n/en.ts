/*
 * Every string the task pane shows, in English: the table every other language must match key for key
 * (UiTexts is its type; ru.ts is checked against it). Sentences with numbers or names are functions. The
 * dataset's own words (labels, periods, countries…) come from core/i18n/vocabulary, the workbook side's
 * sentences (refusals, Excel's errors, success messages) from src/excel/i18n.
 */
import type { RecordKind } from "../../core/types";
import { EN_CITATION_UI } from "./citations.en";

export const EN = {
  // The page
  documentTitle: "Central Asia Indicators",
  loading: "Loading Central Asia Indicators…",
  couldNotStart: (detail: string) => `The pane could not start: ${detail}`,

  // Header
  title: "Central Asia Indicators",
  subtitle: (count: number) =>
    `${count} figures, stances and events on Russia and Central Asia from one analysis: Temur Umarov, Carnegie Politika, December 2022. Each keeps its sentence.`,
  startsLabel: "Start with",
  starts: {
    compare: "Compare countries",
    cite: "Cite a sentence",
    card: "Country card",
    events: "Events",
  },
  citeHint: "Type a word of the sentence, open the record, then Copy citation or Insert quote with source.",
  modeExcel: "Excel",
  modePreview: "Preview",
  previewNote:
    "Preview outside Excel: browse, search, read the quotes, copy or download. Inserting into a workbook needs Excel.",

  // Search and filters
  searchPlaceholder: "Search: country, figure, id or quote",
  searchLabel: "Search indicators by country (any name or ISO code), label, id or quote",
  searchAndFilters: "Search and filters",
  topicFilter: "Filter by topic",
  allTopics: "All topics",
  themesGroup: "Themes across topics",
  countryFilter: "Filter by country",
  allCountries: "All countries",
  kindFilter: "Filter by kind of record",
  allKinds: "Figures, stances, events",
  kindPlural: { figure: "Figures", stance: "Stances", event: "Events" } as Record<RecordKind, string>,
  regionWide: (region: string) => `${region} (region-wide)`,
  clear: "Clear",
  clearAll: "Clear search and filters",
  statusAll: (total: number) => `All ${total} records: figures, stances and events`,
  statusShowing: (count: number, total: number) => `Showing ${count} of ${total} records`,

  // Commands
  shownRecords: "Shown records",
  insertTable: "Insert table",
  insertTableCount: (count: number) => `Insert table (${count})`,
  insertTableLabel: (count: number) => `Insert table of the ${count} shown records`,
  columnsSummary: "Table columns",
  columnsLegend: "Columns of an inserted table",
  columnsHint: "Your choice is remembered for your next tables.",
  widenColumns: (columns: string) => `Widen columns ${columns} to fit`,
  copyTsv: "Copy as TSV",
  copyTsvTitle: "Copy the shown records as tab-separated text",
  downloadCsv: "Download CSV",
  downloadCsvTitle: (file: string) => `Save the shown records as ${file}`,
  workbookTables: "Workbook tables",
  insertStanceMatrix: "Insert stance matrix",
  insertTimeline: "Insert timeline",
  insertTimelineCount: (count: number) => `Insert timeline (${count})`,
  insertTimelineLabel: (count: number) =>
    `Insert a timeline of the ${count} ${count === 1 ? "event" : "events"} shown`,
  nothingToInsert: "Nothing to insert or copy: no record is shown. Clear the search or a filter.",
  noEventsShown: "No timeline: none of the records shown is an event. Clear the kind or topic filter.",
  copied: (count: number) => `Copied ${count} records as tab-separated text: paste them into any sheet.`,
  selectedToCopy: "The table text is selected: press Ctrl+C (⌘C on a Mac) to copy it.",
  saved: (count: number, file: string) => `Saved ${count} records as ${file}.`,
  clipboardLabel: "Table text to copy",

  // Titles of inserted tables
  tableTitleOf: (parts: readonly string[]) => `Central Asia indicators: ${parts.join(", ")}`,
  searchPart: (query: string) => `search “${query}”`,

  // What failed, in "Could not …"
  couldNot: (what: string, detail: string) => `Could not ${what}: ${detail}`,
  doing: {
    value: "insert the value",
    formula: "insert the formula",
    table: "insert the table",
    chart: "insert the chart",
    matrix: "insert the stance matrix",
    timeline: "insert the timeline",
    card: "insert the country card",
    grid: "insert the grid",
  },

  // The list
  topicTableLabel: (topic: string, rows: number) => `Insert table: ${topic} (${rows} rows)`,
  noMatch: "No figure, stance or event matches.",
  stance: "stance",
  conditional: "conditional",
  event: "event",
  /** A figure's title: its qualifier, then the value ("more than >22%"). */
  valueTitle: (qualifier: string, value: string) => `${qualifier} ${value}`,

  // A row's detail
  details: (label: string) => `Details: ${label}`,
  /** Said above the quote where the pane's language is not the quote's; null says nothing. */
  quoteIntro: null as string | null,
  source: "Source: ",
  facts: {
    id: "Id",
    period: "Period",
    unit: "Unit",
    qualifier: "Qualifier",
    basis: "Basis",
    condition: "Condition",
    note: "Note",
    related: "Related",
    examples: "Examples",
    exampleOf: "Example of",
  },
  bases: {
    stated: "stated (the sentence names it)",
    "region-wide": "region-wide (said of all the Central Asian countries, not of each by name)",
    implied: "implied (follows from an exclusion such as “only Kazakhstan”)",
  },
  until: (period: string, end: string) => `${period} (until ${end})`,
  fromTo: (period: string, start: string, end: string) => `${period} (${start} to ${end})`,
  /** The dates inside a period's own brackets: "2022 (to 23 Dec; 2022-01-01 to 2022-12-23)". */
  dateRange: (start: string, end: string) => `${start} to ${end}`,
  /** A condition in the pane's language beside the source's words; English shows the words alone. */
  conditionWithSource: null as ((local: string) => string) | null,
  insertValue: "Insert value",
  insertFormula: "Insert formula",

  // Charts
  charts: "Compare countries: trade growth and polls",
  spokenMoreThan: "more than ",
  spokenAbout: "about ",
  moreThanTag: " more than",
  spoken: (country: string, value: string, period: string) => `${country}: ${value}, ${period}`,
  spokenMissing: (country: string, missing: string) => `${country}: ${missing}`,

  // The grid builder
  grid: {
    summary: "Build a grid",
    intro:
      "Countries down, indicators across: live CA formulas that recalculate, or the values as the source states them. A country the source gives no figure for reads “not in the source”.",
    countries: "Countries",
    indicators: "Indicators",
    fields: "Fields of each indicator",
    mode: "Write",
    formulas: "Live formulas",
    values: "Values",
    insert: "Insert grid",
    insertCount: (rows: number, columns: number) => `Insert grid (${rows} × ${columns})`,
    insertLabel: (rows: number, columns: number) =>
      `Insert a grid of ${rows} ${rows === 1 ? "country" : "countries"} by ${columns} ${columns === 1 ? "column" : "columns"}`,
    pickBoth: "Nothing to insert yet: tick at least one country and one indicator.",
    pickCountry: "Nothing to insert yet: tick at least one country.",
    pickIndicator: "Nothing to insert yet: tick at least one indicator.",
    preview: "Preview of the grid",
  },

  // Country cards
  cards: "Country cards",
  cardIntro:
    "The card Excel shows for =CA.COUNTRY(…): each property with its period and its source. Insert it as a static card that stays readable without the add-in.",
  cardFormula: "=CA.COUNTRY(…)",
  cardCountry: "Country of the card",
  insertCard: "Insert country card",
  cardTrue: "TRUE",
  cardFalse: "FALSE",

  // Messages
  newSheet: "Insert on a new sheet",
  pickAnotherCell: "Pick another cell",
  pickHint: "Select an empty cell in the worksheet, then try again.",
  insertedAt: (address: string) => `Inserted at ${address}.`,
  dismiss: "Dismiss",
  dismissLabel: "Dismiss message",

  // Exports: the header row of CSV and TSV (values stay as CA.INDICATORS gives them)
  exportColumns: {
    id: "id",
    country: "country",
    label: "label",
    value: "value",
    unit: "unit",
    period: "period",
    "period start": "period start",
    "period end": "period end",
    qualifier: "qualifier",
    basis: "basis",
    condition: "condition",
    related: "related",
    note: "note",
    examples: "examples",
    "example of": "example of",
  },

  citations: EN_CITATION_UI,
};

/** The shape every language's table has: EN's keys, with any text. */
export type UiTexts = typeof EN;
