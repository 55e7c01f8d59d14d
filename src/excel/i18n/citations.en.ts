/*
 * What the workbook side says and writes about citations, in English (see citationTypes.ts).
 */
import { SOURCE } from "../../core/source";
import type { CitationTexts, SkippedCells } from "./citationTypes";

const cells = (n: number): string => `${n.toLocaleString("en-US")} ${n === 1 ? "cell" : "cells"}`;
const sheets = (n: number): string => `${n} ${n === 1 ? "sheet" : "sheets"}`;
const quoted = (names: readonly string[]): string => names.map((n) => `“${n}”`).join(", ");

function skippedParts(skipped: SkippedCells): string[] {
  const parts: string[] = [];
  if (skipped.protectedSheets.length > 0) {
    parts.push(
      `protected ${skipped.protectedSheets.length === 1 ? "sheet" : "sheets"} ${quoted(skipped.protectedSheets)} left alone`,
    );
  }
  if (skipped.changed.length > 0) {
    const shown = skipped.changed.slice(0, 5).join(", ");
    const more = skipped.changed.length > 5 ? ` and ${skipped.changed.length - 5} more` : "";
    parts.push(`${cells(skipped.changed.length)} changed since the freeze left alone (${shown}${more})`);
  }
  if (skipped.ownNotes > 0) parts.push(`${cells(skipped.ownNotes)} kept your own notes`);
  if ((skipped.notesLeftOut ?? 0) > 0) {
    parts.push(
      `${cells(skipped.notesLeftOut ?? 0)} without a note (more notes would slow Excel down): the Sources sheet cites every frozen cell`,
    );
  }
  return parts;
}

export const EN_CITATIONS: CitationTexts = {
  valueLine: (value, qualifier, period) =>
    value === null ? `${period} (${qualifier})` : `${value} (${qualifier}), ${period}`,
  basisLine: (basis) => `Basis: ${basis}`,
  conditionLine: (condition) => `Condition: ${condition}`,
  noteCitation: `${SOURCE.author}, “${SOURCE.title}”, Carnegie Politika, ${SOURCE.publishedLabel}; republished (machine translation) by ${SOURCE.republisher} on ${SOURCE.republishedOn}.`,
  signature: (ids) => `Central Asia Indicators · ${ids}`,
  manyRecords: (count) => `This cell uses ${count} records of the source:`,
  andMore: (count) => `… and ${count} more`,
  listedInNote: 5,
  seeSourcesSheet: "Quotes: the Sources sheet (Central Asia Indicators › Sources sheet).",
  notesNeedNewerExcel:
    "Notes on cells need ExcelApi 1.18 (Excel for Microsoft 365): inserted without a note. The quote and citation stay in the pane.",

  fullCitation: `${SOURCE.author}, “${SOURCE.title}”, ${SOURCE.publisher}, ${SOURCE.publishedLabel}; republished (machine translation) by ${SOURCE.republisher} on ${SOURCE.republishedOn}. URL: none (the source document carries no URL).`,

  quoteWhat: "The quote with its source",
  quoteSheet: (id) => `${id} quote`,
  insertedQuote: (id) => `Inserted the quote of ${id} with its source`,

  sourcesSheetName: "Sources",
  sourcesTitle: "Sources of the Central Asia figures in this workbook",
  sourcesColumns: {
    Id: "Id",
    Indicator: "Indicator",
    Country: "Country",
    Value: "Value as stated",
    Period: "Period",
    Start: "Start",
    End: "End",
    Qualifier: "Qualifier",
    Basis: "Basis",
    Quote: "Quote",
    Citation: "Citation",
    Cells: "Cells",
    "First cell": "Used in",
    "Other cells": "Also in",
  },
  scanned: (sheetCount, cellCount, blocks) =>
    `Scanned ${sheets(sheetCount)}: ${cells(cellCount)} with CA formulas and ${blocks} inserted ${blocks === 1 ? "block" : "blocks"}.`,
  notScanned: (names) => `Not scanned (Excel did not allow reading them): ${quoted(names)}.`,
  hiddenScanned: (names) => `Hidden sheets scanned too: ${quoted(names)}.`,
  otherCells: (addresses, more) => `${addresses.join(", ")}${more > 0 ? ` and ${more} more` : ""}`,
  sourcesWhat: "The Sources sheet",
  builtSources: (records, cellCount, sheetCount, refreshed, sheetName) =>
    `${refreshed ? "Refreshed" : "Built"} the sheet “${sheetName}”: ${records} ${records === 1 ? "record" : "records"} used in ${cells(cellCount)} on ${sheets(sheetCount)}.`,
  nothingToCite:
    "No CA formulas and no blocks inserted by the add-in were found, so there is nothing to cite: no sheet was added.",

  frozenStoreSheet: "CA frozen formulas",
  froze: (cellCount, sheetCount, skipped) => {
    const rest = skippedParts(skipped);
    return `Froze ${cells(cellCount)} on ${sheets(sheetCount)}${rest.length > 0 ? `; ${rest.join("; ")}` : ""}. Restore CA formulas puts them back.`;
  },
  nothingToFreeze: "No cell calls a CA function here, so nothing was frozen.",
  restored: (cellCount, sheetCount, skipped) => {
    const rest = skippedParts(skipped);
    return `Restored ${cells(cellCount)} on ${sheets(sheetCount)}${rest.length > 0 ? `; ${rest.join("; ")}` : ""}.`;
  },
  nothingToRestore: "This workbook holds no frozen CA formulas, so nothing was restored.",
  unreadableArgument: (text) =>
    `the argument ${text === "" ? "" : `${text} `}is worked out by a formula the pane does not calculate: select the cell it refers to, or type the value`,
  needsExcel:
    "This works on a workbook: open the add-in in Excel (desktop or on the web). Here you can browse, copy and download.",
  progress: (step, done, total) =>
    `${step === "reading" ? "Reading" : "Writing"}: ${done.toLocaleString("en-US")} of ${total.toLocaleString("en-US")}…`,
};
