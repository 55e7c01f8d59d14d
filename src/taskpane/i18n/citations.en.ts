/*
 * The pane's words for citations, in English: explain this cell, copy citation, insert quote, the Sources
 * sheet, freeze and restore. Part of UiTexts (en.ts); every other language matches it key for key.
 */
export const EN_CITATION_UI = {
  // Explain this cell
  thisCell: "This cell",
  thisCellLabel: "What the selected cell cites",
  closeExplanation: "Close",
  /** What kind of cell it is, after its address. */
  kinds: {
    formula: "formula",
    spill: "a row of the table CA.INDICATORS spills",
    block: "inserted by the add-in",
  },
  changed: (value: string) =>
    `This cell no longer holds what the add-in inserted: it was changed. The source says ${value}.`,
  rowChanged: "This row of the inserted block no longer names a record of the source: its id was changed.",
  moreRecords: (count: number) => `… and ${count} more ${count === 1 ? "record" : "records"}:`,
  cellUsesCountries: "the five countries and their ISO codes (no record of the source)",
  cellUsesSource: "the citation of the source analysis",
  showInList: (id: string) => `Show ${id} in the list`,

  // A record's detail
  copyCitation: "Copy citation",
  copyCitationTitle: "Copy the citation (author, title, outlet, date) and the quote",
  citationCopied: (id: string) => `Copied the citation and the quote of ${id}: paste them into your report.`,
  citationSelected: "The citation is selected: press Ctrl+C (⌘C on a Mac) to copy it.",
  insertQuote: "Insert quote with source",
  doingQuote: "insert the quote",

  // Cite and share
  group: "Cite and share the workbook",
  sourcesSheet: "Sources sheet",
  sourcesSheetTitle:
    "Build (or refresh) a sheet listing every record this workbook uses: quote, citation and the cells that use it",
  freeze: "Freeze CA formulas",
  freezeTitle:
    "Turn CA formulas into their values, with a citation note, so that readers without the add-in see numbers, not #NAME?",
  freezeScope: "What to freeze",
  freezeWorkbook: "Whole workbook",
  freezeSelection: "Selection only",
  restore: "Restore CA formulas",
  restoreTitle:
    "Put back the CA formulas frozen in this workbook, where the cells still hold the frozen values",
  doingSources: "build the Sources sheet",
  doingFreeze: "freeze the CA formulas",
  doingRestore: "restore the CA formulas",
};

export type CitationUiTexts = typeof EN_CITATION_UI;
