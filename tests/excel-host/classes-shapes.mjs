/*
 * Shapes as the host answers them: geometric shapes, text boxes and lines, their names ("Rectangle 1",
 * "Oval 2"), positions and sizes in points. Not modelled (NotImplemented): images, groups, text frames, fills.
 */
import { addShape } from "./drawings.mjs";
import { invalidArgument } from "./errors.mjs";
import { byKey, editsObjects, fields, readOnly } from "./handles.mjs";

/** @typedef {import("./handles.mjs").ClassDef} ClassDef */

const shapeHandle = (shape) => ({ type: "Shape", shape });

const SHAPE_PREFIX = {
  Rectangle: "Rectangle",
  Ellipse: "Oval",
  Triangle: "Isosceles Triangle",
  RightTriangle: "Right Triangle",
  RoundRectangle: "Rectangle: Rounded Corners",
};

/** @type {Record<string, ClassDef>} */
export const SHAPE_CLASSES = {
  ShapeCollection: {
    props: { Count: readOnly((h) => h.sheet.shapes.length) },
    collection: {
      items: (h) => h.sheet.shapes.map(shapeHandle),
      get: (h, key) => {
        const shape = byKey(h.sheet.shapes, key);
        return shape && shapeHandle(shape);
      },
    },
    methods: {
      AddGeometricShape: (h, [type], ctx, loc) => {
        if (typeof type !== "string" || !/^[A-Z][A-Za-z0-9]*$/.test(type)) throw invalidArgument(loc);
        return shapeHandle(
          addShape(
            ctx.wb,
            h.sheet,
            { type: "GeometricShape", geometricShapeType: type, name: SHAPE_PREFIX[type] ?? type },
            loc,
          ),
        );
      },
      AddTextBox: (h, [text], ctx, loc) =>
        shapeHandle(
          addShape(
            ctx.wb,
            h.sheet,
            { type: "TextBox", geometricShapeType: null, text: String(text ?? ""), name: "TextBox" },
            loc,
          ),
        ),
      AddLine: (h, [x1, y1, x2, y2, connectorType], ctx, loc) => {
        if (![x1, y1, x2, y2].every((v) => typeof v === "number")) throw invalidArgument(loc);
        return shapeHandle(
          addShape(
            ctx.wb,
            h.sheet,
            {
              type: "Line",
              geometricShapeType: null,
              connectorType: connectorType ?? "Straight",
              name: "Straight Connector",
              left: Math.min(x1, x2),
              top: Math.min(y1, y2),
              width: Math.abs(x2 - x1),
              height: Math.abs(y2 - y1),
            },
            loc,
          ),
        );
      },
    },
  },

  Shape: {
    id: (h) => h.shape.id,
    alive: (h) => h.shape.sheet.shapes.includes(h.shape),
    props: {
      Id: readOnly((h) => h.shape.id),
      Type: readOnly((h) => h.shape.type),
      ZOrderPosition: readOnly((h) => h.shape.sheet.shapes.indexOf(h.shape)),
      ...fields(
        (h) => h.shape,
        {
          Name: "string",
          Left: "number",
          Top: "number",
          Width: "size",
          Height: "size",
          Visible: "boolean",
          AltTextTitle: "string",
          AltTextDescription: "string",
        },
        editsObjects((h) => h.shape.sheet),
      ),
      GeometricShapeType: {
        get: (h) => h.shape.geometricShapeType,
        set: (h, v, ctx, loc) => {
          if (h.shape.type !== "GeometricShape" || typeof v !== "string") throw invalidArgument(loc);
          ctx.wb.requireEditable(h.shape.sheet, null, "objects", loc);
          h.shape.geometricShapeType = v;
        },
      },
    },
    methods: {
      Delete: (h, _a, ctx, loc) => {
        ctx.wb.requireEditable(h.shape.sheet, null, "objects", loc);
        h.shape.sheet.shapes.splice(h.shape.sheet.shapes.indexOf(h.shape), 1);
      },
      IncrementLeft: (h, [d], _ctx, loc) => {
        if (typeof d !== "number") throw invalidArgument(loc);
        h.shape.left += d;
      },
      IncrementTop: (h, [d], _ctx, loc) => {
        if (typeof d !== "number") throw invalidArgument(loc);
        h.shape.top += d;
      },
    },
  },
};
