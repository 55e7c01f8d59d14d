/*
 * Every Excel class the host answers, by the name the client gives it ("Range", "Worksheet", …): the class
 * definitions of the classes-*.mjs modules in one registry (handles.mjs describes a definition).
 */
import { AREAS_CLASSES } from "./classes-areas.mjs";
import { NAME_CLASSES } from "./classes-names.mjs";
import { NOTE_CLASSES } from "./classes-notes.mjs";
import { PROPERTY_CLASSES } from "./classes-properties.mjs";
import { RANGE_CLASSES } from "./classes-range.mjs";
import { DRAWING_CLASSES } from "./classes-drawings.mjs";
import { SHAPE_CLASSES } from "./classes-shapes.mjs";
import { TABLE_CLASSES } from "./classes-tables.mjs";
import { WORKBOOK_CLASSES } from "./classes-workbook.mjs";
import { WORKSHEET_CLASSES } from "./classes-worksheet.mjs";

/** @type {Record<string, import("./handles.mjs").ClassDef>} */
export const CLASSES = {
  ...RANGE_CLASSES,
  ...AREAS_CLASSES,
  ...WORKBOOK_CLASSES,
  ...WORKSHEET_CLASSES,
  ...TABLE_CLASSES,
  ...DRAWING_CLASSES,
  ...SHAPE_CLASSES,
  ...NOTE_CLASSES,
  ...NAME_CLASSES,
  ...PROPERTY_CLASSES,
};
