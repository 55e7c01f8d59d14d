/*
 * NoteCollection and Note (ExcelApi 1.18) as the host answers them; the rules are in notes.mjs. The npm client
 * has no such classes: the page's client-standins.mjs adds them, sending these wire names.
 */
import { rect } from "./a1.mjs";
import { invalidArgument } from "./errors.mjs";
import { rangeHandle } from "./handles.mjs";
import {
  NOTE_SIZE,
  addNote,
  deleteNote,
  noteAt,
  notePlace,
  notesOf,
  noteText,
  requireDesktopNoteLayout,
  requireNotesEditable,
} from "./notes.mjs";

/** @typedef {import("./handles.mjs").ClassDef} ClassDef */

/** @param {import("./notes.mjs").NotePlace} place */
const noteHandle = (place) => ({ type: "Note", ...place });

/**
 * The note of a live Note handle (the protocol checks `alive` before any member runs).
 * @param {any} h @returns {import("./cells.mjs").Note}
 */
const note = (h) => /** @type {import("./cells.mjs").Note} */ (noteAt(h));

/** A desktop-only layout property of a note (width, height, visible). */
function layout(key, check) {
  return {
    get: (h, ctx, location) => {
      requireDesktopNoteLayout(ctx, location);
      return note(h)[key] ?? (key === "visible" ? false : NOTE_SIZE[key]);
    },
    set: (h, value, ctx, location) => {
      requireDesktopNoteLayout(ctx, location);
      if (!check(value)) throw invalidArgument(location);
      requireNotesEditable(ctx.wb, h.sheet, location);
      note(h)[key] = value;
    },
  };
}

/** @type {Record<string, ClassDef>} */
export const NOTE_CLASSES = {
  NoteCollection: {
    collection: {
      items: (h, ctx) => notesOf(ctx.wb, h.sheet).map(noteHandle),
      get: (h, key, ctx) => {
        const place = notePlace(ctx, h.sheet, key);
        return place !== null && place !== "multiCell" && noteAt(place) !== undefined
          ? noteHandle(place)
          : undefined;
      },
    },
    methods: {
      Add: (h, [cellAddress, content], ctx, loc) =>
        noteHandle(addNote(ctx, h.sheet, cellAddress, content, loc)),
    },
  },

  Note: {
    alive: (h, ctx) => ctx.wb.sheets.includes(h.sheet) && noteAt(/** @type {any} */ (h)) !== undefined,
    props: {
      Content: {
        get: (h) => note(h).content,
        set: (h, value, ctx, loc) => {
          const text = noteText(value, loc);
          requireNotesEditable(ctx.wb, h.sheet, loc);
          note(h).content = text;
        },
      },
      AuthorName: { get: (h) => note(h).author },
      Width: layout("width", (v) => typeof v === "number" && v > 0),
      Height: layout("height", (v) => typeof v === "number" && v > 0),
      Visible: layout("visible", (v) => typeof v === "boolean"),
    },
    methods: {
      Delete: (h, _a, ctx, loc) => deleteNote(ctx.wb, /** @type {any} */ (h), loc),
      GetLocation: (h) => rangeHandle(h.sheet, rect(h.row, h.column)),
    },
  },
};
