/*
 * What the workbook side says and writes in English.
 */
import { EN_CARD_LABELS } from "../../cells/countryCard";
import { EN_VOCABULARY } from "../../core/i18n/vocabulary";
import { SOURCE } from "../../core/source";
import { NUMBER_FORMATS } from "../formats";
import { REQUIRED_API } from "../requirements";
import { EN_CITATIONS } from "./citations.en";
import type { WorkbookTexts } from "./types";

export const EN_WORKBOOK: WorkbookTexts = {
  locale: "en",
  words: EN_VOCABULARY,

  defaultTableTitle: "Central Asia indicators",
  sourceLine: (citation) => `Source: ${citation}`,
  tableColumns: {
    Country: "Country",
    Indicator: "Indicator",
    Value: "Value",
    Unit: "Unit",
    Period: "Period",
    Qualifier: "Qualifier",
    Quote: "Quote",
    Id: "Id",
    Basis: "Basis",
    Condition: "Condition",
    Related: "Related",
    Note: "Note",
    Examples: "Examples",
    "Example of": "Example of",
  },
  timelineColumns: {
    Date: "Date",
    Start: "Start",
    End: "End",
    Country: "Country",
    Event: "Event",
    Quote: "Quote",
    Id: "Id",
  },
  dateFormat: NUMBER_FORMATS.date,
  bool: (value) => (value ? "TRUE" : "FALSE"),
  chartCategoryColumn: "Country (period)",
  chartSource: `Source: ${SOURCE.author}, Carnegie Politika, ${SOURCE.publishedLabel}`,
  countryColumn: "Country",
  stanceMatrixTitle: "Stances of the Central Asian countries towards Russia’s war (as of 23 Dec 2022)",
  timelineTitle: "Events in Russia’s relations with Central Asia, 2022",
  stanceNotes: {
    trueFalse: "TRUE: the source says the country takes the stance; FALSE: it says the country does not.",
    regionWide: (headings) =>
      `Region-wide (the source says it of all the Central Asian countries, not of each by name): ${headings.join("; ")}.`,
    basisFor: (basis, scope, condition) => `${basis} for ${scope}${condition === "" ? "" : `, ${condition}`}`,
    perStance: (heading, parts) => `${heading}: ${parts.join("; ")}.`,
    regional: (label, value, period) =>
      `For Central Asia as a whole, not per country: “${label}” — ${value ? "TRUE" : "FALSE"}${period === "" ? "" : ` (${period})`}.`,
  },

  valueWhat: "The value",
  formulaWhat: "The formula",
  chartWhat: "The comparison chart",
  tableWhat: (title, rows) => `The table “${title}” (${rows} rows)`,
  stanceMatrixWhat: "The stance matrix",
  timelineWhat: (events) => `The timeline (${events} events)`,
  cardWhat: (country) => `The country card for ${country}`,

  stanceMatrixSheet: "Stances",
  timelineSheet: "Timeline",
  cardSheet: (country) => `${country} card`,

  grid: {
    what: (rows, columns) =>
      `The grid (${rows} ${rows === 1 ? "country" : "countries"} × ${columns} ${columns === 1 ? "column" : "columns"})`,
    sheet: "Grid",
    missing: "not in the source",
    field: (field) => field,
    valueHeading: (indicator, unit) => `${indicator}, ${unit}`,
    fieldHeading: (indicator, field) => `${indicator}: ${field}`,
  },

  insertedBlock: (what) => `Inserted ${what.charAt(0).toLowerCase()}${what.slice(1)}`,
  // A period with its own brackets ("Dec 2022 (to 23 Dec)") goes between commas, not in more brackets.
  insertedValue: (value, period) =>
    period.includes("(")
      ? `Inserted ${value}, ${period}, as a static value`
      : `Inserted ${value} (${period}) as a static value`,
  insertedFormula: (formula) => `Inserted ${formula}`,
  insertedChart: "Inserted the comparison chart and its data",
  insertedCard: (country) => `Inserted the country card for ${country}`,
  located: (sheet, address) => `${address} on “${sheet}”`,
  somewhere: "the sheet",
  done: (inserted, where, newSheet) => `${inserted} at ${where}${newSheet ? " (new sheet)" : ""}.`,

  noExcel:
    "Inserting needs Excel: open this add-in in Excel (desktop or on the web). Here you can browse, copy and download CSV.",
  widened: (columns) =>
    `Columns ${columns} now fit the block. Excel’s Undo (Ctrl+Z) takes this back where Excel records an ` +
    `add-in’s changes; where it does not, set the widths back with Home › Format › Column Width.`,
  widenFailed: (columns, reason) => `Columns ${columns} were left as they were: ${reason}`,
  noCards:
    "Country cards need Excel for Microsoft 365 (data types, ExcelApi 1.16). Insert the country’s rows as a table instead: filter the list by country, then Insert table.",
  needsGuardApi: (api) =>
    `Inserting at the selected cell needs ${api} (Microsoft 365, Office 2021 or later, or Excel on the web) to check the cells first. Insert on a new sheet instead.`,
  structureProtected:
    "The workbook’s structure is protected, so no sheet can be added and nothing was inserted. Pick a cell on an existing sheet instead.",
  mergedLimit: (target) =>
    `More than 512 merged areas lie above and left of ${target}, too many for Excel to check in one request, so nothing was inserted. Pick a cell nearer the top-left of the sheet, or insert on a new sheet.`,
  sheetProtected: (sheet) =>
    `The sheet “${sheet}” is protected, so nothing was inserted. Insert on a new sheet, or unprotect the sheet first (Review › Unprotect Sheet).`,
  goesIn: (what, area) => `${what} goes in ${area}`,
  needs: (what, area, rows, columns) => `${what} needs ${area} (${rows} rows × ${columns} columns)`,
  advice: "Nothing was inserted: pick another cell, or insert on a new sheet.",
  tables: (intro, names) =>
    `${intro}, which overlaps the Excel ${names.length === 1 ? "table" : "tables"} ${names.map((n) => `“${n}”`).join(", ")}. ${EN_WORKBOOK.advice}`,
  spill: (intro) =>
    `${intro}, which is part of a spilled formula result (a dynamic array). ${EN_WORKBOOK.advice}`,
  merged: (intro, areas) => `${intro}, which contains merged cells (${areas}). ${EN_WORKBOOK.advice}`,
  occupied: (first, more) => {
    const others = more === 1 ? "1 more cell holds data" : `${more} more cells hold data`;
    const what =
      first.holds === "note"
        ? "has a note"
        : first.holds === "format"
          ? `has its own number format (${first.format ?? ""})`
          : `holds ${first.holds === "formula" ? "a formula" : "a value"}`;
    return `${first.address} ${what}${more > 0 ? ` and ${others}` : ""}`;
  },
  notEmpty: (intro, occupied) => `${intro}, but ${occupied}. ${EN_WORKBOOK.advice}`,
  chartCovers: (area, occupied) => `The chart would cover ${area}, but ${occupied}. ${EN_WORKBOOK.advice}`,
  drawing: (kind, name) => `the ${kind} “${name}”`,
  underDrawing: (intro, drawing) =>
    `${intro}, which lies under ${drawing}: the insert would be hidden. ${EN_WORKBOOK.advice}`,
  chartOverDrawing: (area, drawing) =>
    `The chart would go over ${area}, where ${drawing} already sits. ${EN_WORKBOOK.advice}`,

  errors: {
    InvalidOperationInCellEditMode:
      "Excel is busy editing a cell. Press Enter or Esc to finish editing, then try again.",
    AccessDenied:
      "Excel did not allow the change: the sheet or workbook may be protected, shared read-only, or opened in view mode.",
    ItemAlreadyExists:
      "A sheet or table with that name already exists (it may have been added meanwhile). Try again: a new name will be chosen.",
    InvalidArgument:
      "Excel could not place the insert there: it may run past the edge of the sheet. Pick a cell nearer the top-left, or insert on a new sheet.",
    InvalidReference: "The selected cell or sheet is no longer available. Select a cell and try again.",
    ItemNotFound: "The selected cell or sheet is no longer available. Select a cell and try again.",
    InvalidSelection: "Excel cannot insert into the current selection. Select a single cell and try again.",
    InvalidOperation:
      "Excel refused the operation in the current state of the workbook. Try again, or insert on a new sheet.",
    MergedRangeConflict:
      "The insert would overlap merged cells. Pick another cell, or insert on a new sheet.",
    InsertDeleteConflict:
      "The insert conflicts with a table or a filtered range nearby. Pick another cell, or insert on a new sheet.",
    FilteredRangeConflict:
      "The insert would overlap a filtered range. Clear the filter, pick another cell, or insert on a new sheet.",
    PivotTableRangeConflict:
      "The insert would overlap a PivotTable. Pick another cell, or insert on a new sheet.",
    NonBlankCellOffSheet:
      "The insert would push data off the edge of the sheet. Pick another cell, or insert on a new sheet.",
    RangeExceedsLimit: "The insert is larger than Excel accepts in one request.",
    OperationCellsExceedLimit: "The insert touches more cells than Excel accepts in one request.",
    ApiNotFound: `This version of Excel lacks a feature the add-in needs (${REQUIRED_API.name} ${REQUIRED_API.version}). Use Microsoft 365, Office 2021 or later, or Excel on the web.`,
    UnsupportedFeature: "This version or platform of Excel does not support this kind of insert.",
    NotImplemented: "This version or platform of Excel does not support this kind of insert.",
    Conflict: "Someone else changed the workbook at the same time. Try again.",
    RequestAborted: "Excel stopped the request (it may have been busy). Try again.",
    InactiveWorkbook: "The workbook is not active any more. Click into it and try again.",
    GeneralException: "Excel reported an internal error. Try again; if it persists, insert on a new sheet.",
  },
  excelReported: (code, detail) => `Excel reported an error (${code})${detail}.`,
  somethingWrong: (detail) => `Something went wrong${detail}.`,
  nothingInserted: "Nothing was inserted.",
  mayBeIncomplete: (where) => `The insert may be incomplete: check ${where} and delete any partial output.`,

  card: EN_CARD_LABELS,
  citations: EN_CITATIONS,
};
