/*
 * Worksheets as the host answers them: the collection, a worksheet, its protection (PascalCase members, as the
 * Excel client sends them; anything else answers NotImplemented).
 */
import { MAX_COLUMNS, MAX_ROWS, rect } from "./a1.mjs";
import { invalidArgument, invalidOperation, itemNotFound } from "./errors.mjs";
import {
  checkedRange,
  fields,
  integer,
  nullHandle,
  rangeArgument,
  rangeHandle,
  readOnly,
  sheetHandle,
} from "./handles.mjs";
import { DEFAULT_PROTECTION_OPTIONS } from "./sheet.mjs";

/** @typedef {import("./handles.mjs").ClassDef} ClassDef */

const visible = (sheets, visibleOnly) =>
  visibleOnly ? sheets.filter((s) => s.visibility === "Visible") : sheets;

/**
 * The registration of selection events on the wire (Worksheet and WorksheetCollection onSelectionChanged): kept in
 * the session; the events themselves come from the page (shim-events.mjs, events.mjs).
 * @param {(h: import("./handles.mjs").Handle) => string} target
 * @returns {NonNullable<ClassDef["methods"]>}
 */
const selectionEvents = (target) => ({
  _RegisterSelectionChangedEvent: (h, _a, ctx) =>
    void ctx.session.events.add(`SelectionChanged:${target(h)}`),
  _UnregisterSelectionChangedEvent: (h, _a, ctx) =>
    void ctx.session.events.delete(`SelectionChanged:${target(h)}`),
});

/** @type {Record<string, ClassDef>} */
export const WORKSHEET_CLASSES = {
  WorksheetCollection: {
    props: { Count: readOnly((_h, ctx) => ctx.wb.sheets.length) },
    collection: {
      items: (_h, ctx) => ctx.wb.sheets.map(sheetHandle),
      get: (_h, key, ctx) => {
        const sheet = ctx.wb.sheetByKey(String(key));
        return sheet && sheetHandle(sheet);
      },
    },
    methods: {
      ...selectionEvents(() => "Workbook"),
      Add: (_h, [name], ctx, loc) => sheetHandle(ctx.wb.addSheet(name, loc)),
      GetActiveWorksheet: (_h, _a, ctx, loc) => {
        if (ctx.wb.activeSheet === null) throw itemNotFound(loc);
        return sheetHandle(ctx.wb.activeSheet);
      },
      GetCount: (_h, [visibleOnly], ctx) => visible(ctx.wb.sheets, visibleOnly).length,
      GetFirst: (_h, [visibleOnly], ctx, loc) => {
        const sheet = visible(ctx.wb.sheets, visibleOnly)[0];
        if (!sheet) throw itemNotFound(loc);
        return sheetHandle(sheet);
      },
      GetLast: (_h, [visibleOnly], ctx, loc) => {
        const sheet = visible(ctx.wb.sheets, visibleOnly).at(-1);
        if (!sheet) throw itemNotFound(loc);
        return sheetHandle(sheet);
      },
    },
  },

  Worksheet: {
    id: (h) => h.sheet.id,
    alive: (h, ctx) => ctx.wb.sheets.includes(h.sheet),
    props: {
      Id: readOnly((h) => h.sheet.id),
      Name: { get: (h) => h.sheet.name, set: (h, v, ctx, loc) => ctx.wb.renameSheet(h.sheet, v, loc) },
      Position: {
        get: (h, ctx) => ctx.wb.sheets.indexOf(h.sheet),
        set: (h, v, ctx, loc) => ctx.wb.moveSheet(h.sheet, v, loc),
      },
      Visibility: {
        get: (h) => h.sheet.visibility,
        set: (h, v, ctx, loc) => {
          if (!["Visible", "Hidden", "VeryHidden"].includes(v)) throw invalidArgument(loc);
          ctx.wb.requireStructureEditable(loc);
          if (
            v !== "Visible" &&
            ctx.wb.sheets.filter((s) => s.visibility === "Visible" && s !== h.sheet).length === 0
          ) {
            throw invalidOperation(loc, "A workbook must contain at least one visible worksheet.");
          }
          h.sheet.visibility = v;
        },
      },
      ...fields((h) => h.sheet, { TabColor: "string" }),
      StandardWidth: readOnly((h) => h.sheet.standardWidth),
      StandardHeight: readOnly((h) => h.sheet.standardHeight),
    },
    nav: {
      Protection: (h) => ({ type: "WorksheetProtection", sheet: h.sheet }),
      Tables: (h) => ({ type: "TableCollection", sheet: h.sheet }),
      Charts: (h) => ({ type: "ChartCollection", sheet: h.sheet }),
      Shapes: (h) => ({ type: "ShapeCollection", sheet: h.sheet }),
      Names: (h) => ({ type: "NamedItemCollection", sheet: h.sheet }),
      Notes: (h) => ({ type: "NoteCollection", sheet: h.sheet }),
      CustomProperties: (h) => ({ type: "WorksheetCustomPropertyCollection", sheet: h.sheet }),
    },
    methods: {
      ...selectionEvents((h) => h.sheet.id),
      Activate: (h, _a, ctx, loc) => ctx.wb.activateSheet(h.sheet, loc),
      Delete: (h, _a, ctx, loc) => ctx.wb.deleteSheet(h.sheet, loc),
      GetRange: (h, [address], ctx, loc) => {
        if (address === undefined || address === null || address === "")
          return rangeHandle(h.sheet, rect(0, 0, MAX_ROWS, MAX_COLUMNS));
        const target = rangeArgument(ctx, h.sheet, address, loc);
        if (target.sheet !== h.sheet) throw invalidArgument(loc);
        return rangeHandle(h.sheet, target.rect);
      },
      GetRangeByIndexes: (h, [r, c, rows, columns], _ctx, loc) =>
        checkedRange(
          h.sheet,
          rect(
            integer(r, loc, { min: 0 }),
            integer(c, loc, { min: 0 }),
            integer(rows, loc, { min: 1 }),
            integer(columns, loc, { min: 1 }),
          ),
          loc,
        ),
      GetCell: (h, [r, c], _ctx, loc) =>
        checkedRange(h.sheet, rect(integer(r, loc, { min: 0 }), integer(c, loc, { min: 0 })), loc),
      GetUsedRange: (h, [valuesOnly]) =>
        rangeHandle(h.sheet, h.sheet.usedRect(valuesOnly === true) ?? rect(0, 0)),
      GetUsedRangeOrNullObject: (h, [valuesOnly]) => {
        const used = h.sheet.usedRect(valuesOnly === true);
        return used === null ? nullHandle("Range") : rangeHandle(h.sheet, used);
      },
      Calculate: () => undefined,
    },
  },

  WorksheetProtection: {
    props: {
      Protected: readOnly((h) => h.sheet.protection.protected),
      Options: readOnly((h) => ({ ...h.sheet.protection.options })),
    },
    methods: {
      Protect: (h, [options, password], _ctx, loc) => {
        if (h.sheet.protection.protected) throw invalidOperation(loc, "The sheet is already protected.");
        h.sheet.protection = {
          protected: true,
          options: { ...DEFAULT_PROTECTION_OPTIONS, ...options },
          password: password ?? "",
        };
      },
      Unprotect: (h, [password], _ctx, loc) => {
        if (h.sheet.protection.protected && h.sheet.protection.password !== (password ?? ""))
          throw invalidArgument(loc);
        h.sheet.protection = { protected: false, options: { ...DEFAULT_PROTECTION_OPTIONS }, password: "" };
      },
    },
  },
};
