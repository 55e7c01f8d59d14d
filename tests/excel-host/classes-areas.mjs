/*
 * RangeAreas and RangeCollection (its areas) as the host answers them, and the special-cell methods of Range
 * and RangeAreas (special.mjs). Each area is a Range whose grid properties load as a Range's do.
 */
import { cellCount, isEntireColumns, isEntireRows, sheetAddress } from "./a1.mjs";
import { itemNotFound } from "./errors.mjs";
import { nullHandle, rangeHandle, readOnly, sheetHandle } from "./handles.mjs";
import { specialCells } from "./special.mjs";

/** @typedef {import("./handles.mjs").ClassDef} ClassDef */

/** The rectangles of a Range or RangeAreas handle. @param {import("./handles.mjs").Handle} h */
const rectsOf = (h) => (h.type === "RangeAreas" ? h.areas : [h.rect]);

/** getSpecialCells(OrNullObject) of Range and RangeAreas. @type {NonNullable<ClassDef["methods"]>} */
export const SPECIAL_CELLS_METHODS = {
  GetSpecialCells: (h, [cellType, cellValueType], _ctx, loc) => {
    const areas = specialCells(h.sheet, rectsOf(h), cellType, cellValueType, loc);
    if (areas.length === 0) throw itemNotFound(loc, "No cells were found.");
    return { type: "RangeAreas", sheet: h.sheet, areas };
  },
  GetSpecialCellsOrNullObject: (h, [cellType, cellValueType], _ctx, loc) => {
    const areas = specialCells(h.sheet, rectsOf(h), cellType, cellValueType, loc);
    return areas.length === 0 ? nullHandle("RangeAreas") : { type: "RangeAreas", sheet: h.sheet, areas };
  },
};

/** "Sheet1!A1:B2, Sheet1!D4:E5", as Excel writes a RangeAreas' address. */
const areasAddress = (h) => h.areas.map((r) => sheetAddress(h.sheet.name, r)).join(", ");

/** @type {Record<string, ClassDef>} */
export const AREAS_CLASSES = {
  RangeAreas: {
    keepReference: true,
    alive: (h, ctx) => ctx.wb.sheets.includes(h.sheet),
    props: {
      Address: readOnly(areasAddress),
      AddressLocal: readOnly(areasAddress),
      AreaCount: readOnly((h) => h.areas.length),
      CellCount: readOnly((h) => h.areas.reduce((n, r) => n + cellCount(r), 0)),
      IsEntireRow: readOnly((h) => h.areas.every(isEntireRows)),
      IsEntireColumn: readOnly((h) => h.areas.every(isEntireColumns)),
    },
    nav: {
      Areas: (h) => ({ type: "RangeCollection", sheet: h.sheet, areas: h.areas }),
      Worksheet: (h) => sheetHandle(h.sheet),
    },
    methods: { ...SPECIAL_CELLS_METHODS, Calculate: () => undefined },
  },

  RangeCollection: {
    collection: {
      items: (h) => h.areas.map((r) => rangeHandle(h.sheet, r)),
      at: (h, index) => (h.areas[index] === undefined ? undefined : rangeHandle(h.sheet, h.areas[index])),
    },
  },
};
