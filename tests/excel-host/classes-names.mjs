/*
 * NamedItemCollection and NamedItem (Workbook.names, Worksheet.names) as the host answers them; the rules are
 * in names.mjs. A named item is addressed by its _Id, its name (the client reads _Id to reach it again).
 */
import { excelError, invalidArgument, invalidOperation, itemNotFound } from "./errors.mjs";
import { nullHandle, rangeHandle, readOnly, sheetHandle } from "./handles.mjs";
import {
  addName,
  checkedComment,
  nameFormula,
  nameIn,
  nameType,
  nameValue,
  namesIn,
  readReference,
} from "./names.mjs";

/** @typedef {import("./handles.mjs").ClassDef} ClassDef */

/** @param {import("./names.mjs").Name} item */
const nameHandle = (item) => ({ type: "NamedItem", item });

/** The range of a name, or why it has none. */
function rangeOf(h, location) {
  const r = h.item.reference;
  if (r.kind === "range") return rangeHandle(r.sheet, r.rect);
  // Excel: "Throws an error if the named item's type isn't a range"; the codes are inferred.
  if (r.kind === "ref") throw excelError("InvalidReference", location);
  throw invalidOperation(location, `The name ${h.item.name} is not a range.`);
}

/** @type {Record<string, ClassDef>} */
export const NAME_CLASSES = {
  NamedItemCollection: {
    collection: {
      items: (h, ctx) => namesIn(ctx.wb, h.sheet).map(nameHandle),
      get: (h, key, ctx) => {
        const item = nameIn(ctx.wb, h.sheet, key);
        return item && nameHandle(item);
      },
    },
    methods: {
      Add: (h, [name, reference, comment], ctx, loc) =>
        nameHandle(addName(ctx, h.sheet, name, reference, comment, loc)),
    },
  },

  NamedItem: {
    id: (h) => h.item.name,
    idKey: "_Id",
    alive: (h, ctx) => ctx.wb.names.includes(h.item),
    props: {
      Name: readOnly((h) => h.item.name),
      _Id: readOnly((h) => h.item.name),
      Type: readOnly((h) => nameType(h.item)),
      Value: readOnly((h) => nameValue(h.item)),
      Scope: readOnly((h) => (h.item.scope === null ? "Workbook" : "Worksheet")),
      Visible: {
        get: (h) => h.item.visible,
        set: (h, v, _ctx, loc) => {
          if (typeof v !== "boolean") throw invalidArgument(loc);
          h.item.visible = v;
        },
      },
      Comment: {
        get: (h) => h.item.comment,
        set: (h, v, _ctx, loc) => void (h.item.comment = checkedComment(v, loc)),
      },
      Formula: {
        get: (h) => nameFormula(h.item),
        set: (h, v, ctx, loc) => {
          if (typeof v !== "string" || !v.trim().startsWith("=")) throw invalidArgument(loc);
          h.item.reference = readReference(ctx, h.item.scope, v, loc);
        },
      },
    },
    nav: {
      Worksheet: (h) => {
        if (h.item.scope === null) throw itemNotFound("NamedItem.worksheet");
        return sheetHandle(h.item.scope);
      },
      WorksheetOrNullObject: (h) =>
        h.item.scope === null ? nullHandle("Worksheet") : sheetHandle(h.item.scope),
    },
    methods: {
      Delete: (h, _a, ctx) => {
        ctx.wb.names.splice(ctx.wb.names.indexOf(h.item), 1);
      },
      GetRange: (h, _a, _ctx, loc) => rangeOf(h, loc),
      GetRangeOrNullObject: (h) =>
        h.item.reference.kind === "range"
          ? rangeHandle(h.item.reference.sheet, h.item.reference.rect)
          : nullHandle("Range"),
    },
  },
};
