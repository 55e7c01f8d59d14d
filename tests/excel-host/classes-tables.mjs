/*
 * Tables as the host answers them: the workbook's and a sheet's table collections, the tables a range
 * intersects (TableScopedCollection), tables and their columns. PascalCase members, as the client sends them.
 */
import { rect } from "./a1.mjs";
import { invalidArgument, itemNotFound } from "./errors.mjs";
import { byKey, fields, rangeArgument, rangeHandle, readOnly, sheetHandle } from "./handles.mjs";

/** @typedef {import("./handles.mjs").ClassDef} ClassDef */

const tableHandle = (table) => ({ type: "Table", table });
const tableRange = (t, dRow, rows) =>
  rangeHandle(t.sheet, rect(t.rect.row + dRow, t.rect.column, rows, t.rect.columnCount));

/** @type {Record<string, ClassDef>} */
export const TABLE_CLASSES = {
  TableCollection: {
    props: { Count: readOnly((h, ctx) => tablesOf(h, ctx).length) },
    collection: {
      items: (h, ctx) => tablesOf(h, ctx).map(tableHandle),
      get: (h, key, ctx) => {
        const t = ctx.wb.tableByKey(key);
        return t && (h.sheet === null || t.sheet === h.sheet) ? tableHandle(t) : undefined;
      },
    },
    methods: {
      Add: (h, [address, hasHeaders], ctx, loc) => {
        const target = rangeArgument(ctx, h.sheet ?? ctx.wb.activeSheet, address, loc);
        if (h.sheet !== null && target.sheet !== h.sheet) throw invalidArgument(loc);
        return tableHandle(ctx.wb.addTable(target.sheet, target.rect, hasHeaders, loc));
      },
    },
  },

  TableScopedCollection: {
    collection: {
      items: (h) => h.tables.map(tableHandle),
      get: (h, key) => {
        const t = byKey(h.tables, key);
        return t && tableHandle(t);
      },
    },
    methods: {
      GetFirst: (h, _a, _ctx, loc) => {
        if (h.tables.length === 0) throw itemNotFound(loc);
        return tableHandle(
          [...h.tables].sort((a, b) => a.rect.row - b.rect.row || a.rect.column - b.rect.column)[0],
        );
      },
    },
  },

  Table: {
    id: (h) => h.table.id,
    alive: (h, ctx) => ctx.wb.tables.includes(h.table),
    props: {
      Id: readOnly((h) => h.table.id),
      Name: { get: (h) => h.table.name, set: (h, v, ctx, loc) => ctx.wb.renameTable(h.table, v, loc) },
      Style: { get: (h) => h.table.style, set: (h, v, ctx, loc) => ctx.wb.setTableStyle(h.table, v, loc) },
      ShowHeaders: readOnly((h) => h.table.showHeaders),
      ShowTotals: readOnly((h) => h.table.showTotals),
      ...fields((h) => h.table, {
        ShowBandedRows: "boolean",
        ShowBandedColumns: "boolean",
        HighlightFirstColumn: "boolean",
        HighlightLastColumn: "boolean",
        ShowFilterButton: "boolean",
      }),
    },
    nav: {
      Worksheet: (h) => sheetHandle(h.table.sheet),
      Columns: (h) => ({ type: "TableColumnCollection", table: h.table }),
    },
    methods: {
      GetRange: (h) => rangeHandle(h.table.sheet, h.table.rect),
      GetHeaderRowRange: (h) => tableRange(h.table, 0, 1),
      GetDataBodyRange: (h) => tableRange(h.table, 1, h.table.rect.rowCount - 1),
      Delete: (h, _a, ctx) => {
        ctx.wb.tables.splice(ctx.wb.tables.indexOf(h.table), 1);
      },
      ConvertToRange: (h, _a, ctx) => {
        ctx.wb.tables.splice(ctx.wb.tables.indexOf(h.table), 1);
        return rangeHandle(h.table.sheet, h.table.rect);
      },
    },
  },

  TableColumnCollection: {
    props: { Count: readOnly((h) => h.table.rect.columnCount) },
    collection: {
      items: (h) =>
        Array.from({ length: h.table.rect.columnCount }, (_, index) => ({
          type: "TableColumn",
          table: h.table,
          index,
        })),
      get: (h, key, ctx) => {
        const index = ctx.wb
          .tableHeaders(h.table)
          .findIndex(
            (n, i) => String(i + 1) === String(key) || n.toLowerCase() === String(key).toLowerCase(),
          );
        return index < 0 ? undefined : { type: "TableColumn", table: h.table, index };
      },
    },
  },

  TableColumn: {
    props: {
      Id: readOnly((h) => h.index + 1),
      Index: readOnly((h) => h.index),
      Name: readOnly((h, ctx) => ctx.wb.tableHeaders(h.table)[h.index]),
    },
    methods: {
      GetRange: (h) =>
        rangeHandle(
          h.table.sheet,
          rect(h.table.rect.row, h.table.rect.column + h.index, h.table.rect.rowCount, 1),
        ),
      GetHeaderRowRange: (h) =>
        rangeHandle(h.table.sheet, rect(h.table.rect.row, h.table.rect.column + h.index)),
      GetDataBodyRange: (h) =>
        rangeHandle(
          h.table.sheet,
          rect(h.table.rect.row + 1, h.table.rect.column + h.index, h.table.rect.rowCount - 1, 1),
        ),
    },
  },
};

function tablesOf(h, ctx) {
  return h.sheet === null ? ctx.wb.tables : ctx.wb.tables.filter((t) => t.sheet === h.sheet);
}
