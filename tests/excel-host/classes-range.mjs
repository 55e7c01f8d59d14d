/*
 * Range, RangeFormat and RangeFont as the host answers them (RangeAreas: classes-areas.mjs). Each member is the
 * PascalCase name the Excel client sends; what is not listed answers NotImplemented.
 */
import {
  MAX_COLUMNS,
  MAX_ROWS,
  boundingRect,
  cellCount,
  intersection,
  isEntireColumns,
  isEntireRows,
  rect,
  sheetAddress,
} from "./a1.mjs";
import { formulaOf, jsonOf, numberFormatOf, textOf, valueOf, valueTypeOf } from "./cells.mjs";
import { invalidArgument, itemNotFound, mergedAreasLimit } from "./errors.mjs";
import {
  checkedRange,
  integer,
  nullHandle,
  rangeArgument,
  rangeHandle,
  readOnly,
  sheetHandle,
} from "./handles.mjs";
import { SPECIAL_CELLS_METHODS } from "./classes-areas.mjs";
import { spillRect } from "./sheet.mjs";
import { autofitColumns, autofitRows, merge, unmerge, writeSize } from "./layout.mjs";
import {
  clear,
  readFont,
  requireSize,
  SIZE_MISMATCH,
  writeContents,
  writeFont,
  writeHyperlink,
  writeNumberFormats,
} from "./writes.mjs";

/** @typedef {import("./handles.mjs").ClassDef} ClassDef */

/** A 2-D grid of the range's cells through `pick`. */
function grid(h, ctx, location, pick) {
  requireSize(ctx.wb, h.rect, location);
  const { row, column, rowCount, columnCount } = h.rect;
  const read = h.sheet.reader(h.rect);
  const rows = new Array(rowCount);
  for (let r = 0; r < rowCount; r++) {
    const line = new Array(columnCount);
    for (let c = 0; c < columnCount; c++) line[c] = pick(read(row + r, column + c));
    rows[r] = line;
  }
  return rows;
}

const gridProp = (pick, write) => ({
  get: (h, ctx, location) => grid(h, ctx, location, (cell) => pick(cell, ctx)),
  ...(write && { set: (h, value, ctx, location) => write(h, value, ctx, location) }),
});

const contents = (kind) => (h, value, ctx, location) =>
  writeContents(ctx.wb, h.sheet, h.rect, value, kind, location);

/** The range moved and resized, checked against the sheet's edges. */
function moved(h, location, dRow, dColumn, rowCount = h.rect.rowCount, columnCount = h.rect.columnCount) {
  return checkedRange(
    h.sheet,
    rect(h.rect.row + dRow, h.rect.column + dColumn, rowCount, columnCount),
    location,
  );
}

/** The same-sheet rectangle of another range argument. */
function otherRect(h, arg, ctx, location) {
  const other = rangeArgument(ctx, h.sheet, arg, location);
  if (other.sheet !== h.sheet) throw invalidArgument(location);
  return other.rect;
}

/** @type {Record<string, ClassDef>} */
export const RANGE_CLASSES = {
  Range: {
    keepReference: true,
    alive: (h, ctx) => ctx.wb.sheets.includes(h.sheet),
    props: {
      Address: readOnly((h) => sheetAddress(h.sheet.name, h.rect)),
      AddressLocal: readOnly((h) => sheetAddress(h.sheet.name, h.rect)),
      RowIndex: readOnly((h) => h.rect.row),
      ColumnIndex: readOnly((h) => h.rect.column),
      RowCount: readOnly((h) => h.rect.rowCount),
      ColumnCount: readOnly((h) => h.rect.columnCount),
      CellCount: readOnly((h) => cellCount(h.rect)),
      IsEntireRow: readOnly((h) => isEntireRows(h.rect)),
      IsEntireColumn: readOnly((h) => isEntireColumns(h.rect)),
      Hidden: readOnly(() => false),
      RowHidden: readOnly(() => false),
      ColumnHidden: readOnly(() => false),
      Style: readOnly(() => "Normal"),
      // The top-left cell's hyperlink, null without one (inferred).
      Hyperlink: {
        get: (h) => {
          const link = h.sheet.stored(h.rect.row, h.rect.column)?.hyperlink;
          return link === undefined ? null : { ...link };
        },
        set: (h, v, ctx, loc) => writeHyperlink(ctx.wb, h.sheet, h.rect, v, loc),
      },
      HasSpill: readOnly((h) => h.sheet.hasSpill(h.rect)),
      Top: readOnly((h) => h.sheet.bounds(h.rect).top),
      Left: readOnly((h) => h.sheet.bounds(h.rect).left),
      Width: readOnly((h) => h.sheet.bounds(h.rect).width),
      Height: readOnly((h) => h.sheet.bounds(h.rect).height),
      Values: gridProp(valueOf, contents("values")),
      Formulas: gridProp(formulaOf, contents("formulas")),
      FormulasLocal: gridProp(formulaOf, contents("formulas")),
      Text: gridProp((cell, ctx) => textOf(cell, ctx.wb.use1904DateSystem)),
      ValueTypes: gridProp(valueTypeOf),
      NumberFormat: gridProp(numberFormatOf, (h, v, ctx, loc) =>
        writeNumberFormats(ctx.wb, h.sheet, h.rect, v, loc),
      ),
      NumberFormatLocal: gridProp(numberFormatOf, (h, v, ctx, loc) =>
        writeNumberFormats(ctx.wb, h.sheet, h.rect, v, loc),
      ),
      ValuesAsJson: gridProp(jsonOf, contents("json")),
      ValuesAsJsonLocal: gridProp(jsonOf, contents("json")),
    },
    nav: {
      Format: (h) => ({ type: "RangeFormat", sheet: h.sheet, rect: h.rect }),
      Worksheet: (h) => sheetHandle(h.sheet),
    },
    methods: {
      GetResizedRange: (h, [dr, dc], _ctx, loc) =>
        moved(h, loc, 0, 0, h.rect.rowCount + integer(dr, loc), h.rect.columnCount + integer(dc, loc)),
      GetOffsetRange: (h, [r, c], _ctx, loc) => moved(h, loc, integer(r, loc), integer(c, loc)),
      GetAbsoluteResizedRange: (h, [rows, columns], _ctx, loc) =>
        moved(h, loc, 0, 0, integer(rows, loc, { min: 1 }), integer(columns, loc, { min: 1 })),
      GetCell: (h, [r, c], _ctx, loc) => moved(h, loc, integer(r, loc), integer(c, loc), 1, 1),
      GetRow: (h, [r], _ctx, loc) => moved(h, loc, integer(r, loc), 0, 1),
      GetColumn: (h, [c], _ctx, loc) => moved(h, loc, 0, integer(c, loc), undefined, 1),
      GetLastCell: (h, _a, _ctx, loc) => moved(h, loc, h.rect.rowCount - 1, h.rect.columnCount - 1, 1, 1),
      GetLastRow: (h, _a, _ctx, loc) => moved(h, loc, h.rect.rowCount - 1, 0, 1),
      GetLastColumn: (h, _a, _ctx, loc) => moved(h, loc, 0, h.rect.columnCount - 1, undefined, 1),
      GetRowsAbove: (h, [n], _ctx, loc) => {
        const k = integer(n, loc, { min: 1, fallback: 1 });
        return moved(h, loc, -k, 0, k);
      },
      GetRowsBelow: (h, [n], _ctx, loc) =>
        moved(h, loc, h.rect.rowCount, 0, integer(n, loc, { min: 1, fallback: 1 })),
      GetColumnsBefore: (h, [n], _ctx, loc) => {
        const k = integer(n, loc, { min: 1, fallback: 1 });
        return moved(h, loc, 0, -k, undefined, k);
      },
      GetColumnsAfter: (h, [n], _ctx, loc) =>
        moved(h, loc, 0, h.rect.columnCount, undefined, integer(n, loc, { min: 1, fallback: 1 })),
      GetEntireRow: (h) => rangeHandle(h.sheet, rect(h.rect.row, 0, h.rect.rowCount, MAX_COLUMNS)),
      GetEntireColumn: (h) => rangeHandle(h.sheet, rect(0, h.rect.column, MAX_ROWS, h.rect.columnCount)),
      GetBoundingRect: (h, [other], ctx, loc) =>
        rangeHandle(h.sheet, boundingRect(h.rect, otherRect(h, other, ctx, loc))),
      GetIntersection: (h, [other], ctx, loc) => {
        const r = intersection(h.rect, otherRect(h, other, ctx, loc));
        if (r === null) throw itemNotFound(loc);
        return rangeHandle(h.sheet, r);
      },
      GetIntersectionOrNullObject: (h, [other], ctx, loc) => {
        const r = intersection(h.rect, otherRect(h, other, ctx, loc));
        return r === null ? nullHandle("Range") : rangeHandle(h.sheet, r);
      },
      GetUsedRange: (h, [valuesOnly], _ctx, loc) => {
        const used = usedWithin(h, valuesOnly);
        if (used === null) throw itemNotFound(loc);
        return used;
      },
      GetUsedRangeOrNullObject: (h, [valuesOnly]) => usedWithin(h, valuesOnly) ?? nullHandle("Range"),
      GetTables: (h, [fullyContained], ctx) => ({
        type: "TableScopedCollection",
        tables: ctx.wb.tablesOn(h.sheet, h.rect, fullyContained === true),
      }),
      GetMergedAreasOrNullObject: (h, _a, ctx) => {
        const found = h.sheet.mergedStartingIn(h.rect);
        const limit = ctx.wb.options.mergedAreaLimit;
        if (found.length > limit.count) throw mergedAreasLimit(limit, found.length);
        return found.length === 0
          ? nullHandle("RangeAreas")
          : { type: "RangeAreas", sheet: h.sheet, areas: found };
      },
      GetSpillingToRangeOrNullObject: (h) => {
        const s = h.sheet.spills.find((x) => x.row === h.rect.row && x.column === h.rect.column);
        return s && cellCount(h.rect) === 1 ? rangeHandle(h.sheet, spillRect(s)) : nullHandle("Range");
      },
      GetSpillParentOrNullObject: (h, _a, _ctx, loc) => {
        if (cellCount(h.rect) !== 1) throw invalidArgument(loc);
        const s = h.sheet.spillAt(h.rect.row, h.rect.column);
        return s ? rangeHandle(h.sheet, rect(s.row, s.column)) : nullHandle("Range");
      },
      Select: (h, _a, ctx, loc) => {
        ctx.wb.activateSheet(h.sheet, loc);
        h.sheet.selection = h.rect;
        h.sheet.activeCell = { row: h.rect.row, column: h.rect.column };
      },
      Merge: (h, [across], ctx, loc) => merge(ctx.wb, h.sheet, h.rect, across === true, loc),
      Unmerge: (h, _a, ctx, loc) => unmerge(ctx.wb, h.sheet, h.rect, loc),
      Clear: (h, [applyTo], ctx, loc) => clear(ctx.wb, h.sheet, h.rect, applyTo, loc),
      Calculate: () => undefined,
      // Sent by the client before it splits a grid of more than 1,500 cells into row chunks
      // (setRangePropertiesInBulk in excel-web-16.00.debug.js): the grid must fit the range.
      _ValidateArraySize: (h, [rows, columns], ctx, loc) => {
        requireSize(ctx.wb, h.rect, loc);
        if (rows !== h.rect.rowCount || columns !== h.rect.columnCount)
          throw invalidArgument(loc, SIZE_MISMATCH);
      },
      ...SPECIAL_CELLS_METHODS,
    },
  },

  RangeFormat: {
    props: {
      ColumnWidth: {
        get: (h) => uniform(h.rect.column, h.rect.columnCount, (c) => h.sheet.columnWidth(c)),
        set: (h, v, ctx, loc) => writeSize(ctx.wb, h.sheet, h.rect, "columns", v, loc),
      },
      RowHeight: {
        get: (h) => uniform(h.rect.row, h.rect.rowCount, (r) => h.sheet.rowHeight(r)),
        set: (h, v, ctx, loc) => writeSize(ctx.wb, h.sheet, h.rect, "rows", v, loc),
      },
    },
    nav: { Font: (h) => ({ type: "RangeFont", sheet: h.sheet, rect: h.rect }) },
    methods: {
      AutofitColumns: (h, _a, ctx, loc) => autofitColumns(ctx.wb, h.sheet, h.rect, loc),
      AutofitRows: (h, _a, ctx, loc) => autofitRows(ctx.wb, h.sheet, h.rect, loc),
    },
  },

  RangeFont: {
    props: Object.fromEntries(
      ["Bold", "Italic", "Color", "Size", "Name", "Underline", "Strikethrough"].map((name) => {
        const prop = name.charAt(0).toLowerCase() + name.slice(1);
        return [
          name,
          {
            get: (h, ctx, loc) => readFont(ctx.wb, h.sheet, h.rect, prop, loc),
            set: (h, v, ctx, loc) => writeFont(ctx.wb, h.sheet, h.rect, prop, v, loc),
          },
        ];
      }),
    ),
  },
};

/** The common value of consecutive columns or rows, or null when they differ. */
function uniform(from, count, at) {
  const first = at(from);
  for (let i = from + 1; i < from + Math.min(count, 100_000); i++) if (at(i) !== first) return null;
  return first;
}

/** The part of the sheet's used range inside this range, or null. */
function usedWithin(h, valuesOnly) {
  const used = h.sheet.usedRect(valuesOnly === true);
  const r = used === null ? null : intersection(used, h.rect);
  return r === null ? null : rangeHandle(h.sheet, r);
}
