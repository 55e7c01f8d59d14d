/*
 * Notes of the workbook model (ExcelApi 1.18): one note per cell, kept on the cell ({ content, author, width?,
 * height?, visible? }), listed in sheet order, then row, then column. Checked as Excel checks them:
 * - the cell is one cell: a range of several cells is InvalidArgument (the docs' sample: "an InvalidArgument
 *   error is thrown if multiple cells are selected", learn.microsoft.com excel-add-ins-notes; @types/office-js
 *   names the error InvalidCellAddress, which is no Excel.ErrorCodes value);
 * - a cell that already has a note refuses another: ItemAlreadyExists (inferred: a note's key is its cell, as a
 *   name is a table's key; no source names the error);
 * - a protected sheet refuses adding, editing and deleting notes unless its protection allows editing objects
 *   (support.microsoft.com, "Protect a worksheet": "Edit objects" covers adding or editing notes): AccessDenied;
 * - the author of a note added through the API is the host's user (Workbook option userName; inferred).
 */
import { cellCount, parseRect, splitSheet } from "./a1.mjs";
import { excelError, invalidArgument, itemAlreadyExists } from "./errors.mjs";
import { Sheet } from "./sheet.mjs";

/**
 * @typedef {import("./sheet.mjs").Sheet} SheetModel
 * @typedef {{ sheet: SheetModel, row: number, column: number }} NotePlace
 */

/** Default size of a note shown on desktop Excel, in points (inferred). */
export const NOTE_SIZE = Object.freeze({ width: 96, height: 55.5 });

/**
 * The notes of one sheet, or of every sheet (sheet null), in order.
 * @param {import("./workbook.mjs").Workbook} wb @param {SheetModel | null} sheet @returns {NotePlace[]}
 */
export function notesOf(wb, sheet) {
  const places = [];
  for (const s of sheet === null ? wb.sheets : [sheet]) {
    const keys = [];
    for (const [key, cell] of s.cells) if (cell.note !== undefined) keys.push(key);
    keys.sort((a, b) => a - b);
    for (const key of keys) places.push({ sheet: s, ...Sheet.positionOf(key) });
  }
  return places;
}

/** The note at a place, if any. @param {NotePlace} p */
export const noteAt = (p) => p.sheet.stored(p.row, p.column)?.note;

/**
 * The cell a note key or cellAddress names: a Range, or "B3" on a sheet's collection, "Sheet1!B3" or
 * "'My sheet'!B3" on the workbook's (without a sheet: the active sheet, inferred). Null when it names no cell
 * of this collection; multiCell when it names a range of several cells.
 * @param {import("./handles.mjs").Context} ctx @param {SheetModel | null} scope @param {unknown} key
 * @returns {NotePlace | "multiCell" | null}
 */
export function notePlace(ctx, scope, key) {
  let sheet;
  let r;
  const handle = /** @type {any} */ (key);
  if (handle !== null && typeof handle === "object" && handle.type === "Range" && !handle.isNull) {
    sheet = handle.sheet;
    r = handle.rect;
  } else if (typeof key === "string") {
    const split = splitSheet(key);
    sheet = split.sheet === null ? (scope ?? ctx.wb.activeSheet) : ctx.wb.sheetByName(split.sheet);
    r = parseRect(split.cells);
  }
  if (!sheet || !r || (scope !== null && sheet !== scope)) return null;
  if (cellCount(r) !== 1) return "multiCell";
  return { sheet, row: r.row, column: r.column };
}

/** AccessDenied when the sheet's protection forbids changing notes. @param {string} location */
export function requireNotesEditable(wb, sheet, location) {
  wb.requireEditable(sheet, null, "objects", location);
}

/**
 * NoteCollection.add: a new note on one cell.
 * @param {import("./handles.mjs").Context} ctx @param {SheetModel | null} scope
 * @param {unknown} cellAddress @param {unknown} content @param {string} location
 */
export function addNote(ctx, scope, cellAddress, content, location) {
  const place = notePlace(ctx, scope, cellAddress);
  if (place === null) throw invalidArgument(location);
  if (place === "multiCell") throw invalidArgument(location, "A note can only be added to a single cell.");
  const text = noteText(content, location);
  requireNotesEditable(ctx.wb, place.sheet, location);
  if (noteAt(place) !== undefined) throw itemAlreadyExists(location);
  place.sheet.edit(place.row, place.column).note = { content: text, author: ctx.wb.options.userName };
  return place;
}

/** The text of a note's content: a string, or a number or boolean as text. @param {unknown} content @param {string} location */
export function noteText(content, location) {
  if (typeof content === "string") return content;
  if (typeof content === "number" || typeof content === "boolean") return String(content);
  throw invalidArgument(location, "A note's content must be text.");
}

/** Note.delete. @param {NotePlace} place @param {string} location */
export function deleteNote(wb, place, location) {
  requireNotesEditable(wb, place.sheet, location);
  delete place.sheet.edit(place.row, place.column).note;
  place.sheet.tidy(place.row, place.column);
}

/**
 * Note.width, height and visible are "not supported in Excel on the web" (@types/office-js); there Excel answers
 * an error for them (OfficeDev/office-js#6198: loading every property of notes fails on the web), played as
 * NotImplemented with Excel's message for it ("This operation is not implemented.", OfficeDev/office-js#6282).
 * @param {import("./handles.mjs").Context} ctx @param {string} location
 */
export function requireDesktopNoteLayout(ctx, location) {
  if (ctx.session.platform === "web")
    throw excelError("NotImplemented", location, "This operation is not implemented.");
}
