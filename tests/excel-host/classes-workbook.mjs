/*
 * Workbook, application and workbook protection as the host answers them (PascalCase members, as the Excel
 * client sends them; anything else answers NotImplemented). Worksheets: classes-worksheet.mjs; tables:
 * classes-tables.mjs; names: classes-names.mjs; notes: classes-notes.mjs.
 */
import { rect } from "./a1.mjs";
import { invalidArgument, invalidOperation, itemNotFound } from "./errors.mjs";
import { fields, integer, rangeHandle, readOnly } from "./handles.mjs";
import { dateSerial } from "./numfmt.mjs";

/** @typedef {import("./handles.mjs").ClassDef} ClassDef */

/** The active cell of the active sheet. */
function activeCell(ctx) {
  const sheet = ctx.wb.activeSheet;
  if (sheet === null) throw itemNotFound("Workbook.getActiveCell");
  return rangeHandle(sheet, rect(sheet.activeCell.row, sheet.activeCell.column));
}

/** @type {Record<string, ClassDef>} */
export const WORKBOOK_CLASSES = {
  Workbook: {
    props: {
      Name: readOnly((_h, ctx) => ctx.wb.name),
      ReadOnly: readOnly(() => false),
      ...fields((_h, ctx) => ctx.wb, { Use1904DateSystem: "boolean" }),
    },
    nav: {
      Worksheets: () => ({ type: "WorksheetCollection" }),
      Tables: () => ({ type: "TableCollection", sheet: null }),
      Protection: () => ({ type: "WorkbookProtection" }),
      Names: () => ({ type: "NamedItemCollection", sheet: null }),
      Notes: () => ({ type: "NoteCollection", sheet: null }),
      Properties: () => ({ type: "DocumentProperties" }),
      Application: () => ({ type: "Application" }),
      Functions: () => ({ type: "Functions" }),
    },
    methods: {
      GetActiveCell: (_h, _a, ctx) => activeCell(ctx),
      GetSelectedRange: (_h, _a, ctx) => {
        const sheet = ctx.wb.activeSheet;
        if (sheet === null) throw itemNotFound("Workbook.getSelectedRange");
        return rangeHandle(sheet, sheet.selection);
      },
      _RemoveReference: (_h, [id], ctx) => {
        ctx.session.references.delete(id);
      },
    },
  },

  // Worksheet functions (ExcelApi 1.2): only DATE, which the add-in uses to learn the date system.
  Functions: {
    methods: {
      Date: (_h, [year, month, day], ctx, loc) => {
        const y = integer(year, loc);
        const m = integer(month, loc);
        const d = integer(day, loc);
        return { type: "FunctionResult", value: dateSerial(y, m, d, ctx.wb.use1904DateSystem), error: null };
      },
    },
  },

  FunctionResult: {
    props: { Value: readOnly((h) => h.value), Error: readOnly((h) => h.error) },
  },

  // Office.addin (SharedRuntime): its state, which hide() and showAsTaskpane() set; the visibility events
  // themselves come from the page (shim-events.mjs).
  AppRuntimeService: {
    methods: {
      GetAppRuntimeState: (_h, _a, ctx) => ctx.session.appRuntimeState,
      SetAppRuntimeState: (_h, [state], ctx, loc) => {
        if (!["Inactive", "Background", "Visible"].includes(state)) throw invalidArgument(loc);
        ctx.session.appRuntimeState = state;
      },
    },
  },

  Application: {
    props: { CalculationMode: readOnly(() => "Automatic") },
    methods: { Calculate: () => undefined },
  },

  WorkbookProtection: {
    props: { Protected: readOnly((_h, ctx) => ctx.wb.protection.protected) },
    methods: {
      Protect: (_h, [password], ctx, loc) => {
        if (ctx.wb.protection.protected) throw invalidOperation(loc, "The workbook is already protected.");
        ctx.wb.protection = { protected: true, password: password ?? "" };
      },
      Unprotect: (_h, [password], ctx, loc) => {
        if (ctx.wb.protection.protected && ctx.wb.protection.password !== (password ?? ""))
          throw invalidArgument(loc);
        ctx.wb.protection = { protected: false, password: "" };
      },
    },
  },
};
