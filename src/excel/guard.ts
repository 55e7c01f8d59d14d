/*
 * The no-overwrite guard, as a pure function of what the first sync loaded: the target's cells, spill state,
 * overlapping tables and merged areas, the sheet's protection, and the cells a chart would cover. It answers
 * the first reason not to write, with a message naming the cells, or null when the target is free.
 */
import { cellAddress, displayAddress, intersects, parseRect, rectAddress, type CellRect } from "./a1";
import { BOTH_ALTERNATIVES, refuse, type InsertOutcome } from "./contract";
import { EN_WORKBOOK, type WorkbookTexts } from "./i18n";
import type { OccupiedCell } from "./i18n/types";

/** What the guard needs to know of an insert: how messages name it and its size. */
export interface PlanSummary {
  /** "The value", "The table “Trade” (6 rows)". */
  readonly what: string;
  readonly rowCount: number;
  readonly columnCount: number;
}

export interface Inspection {
  readonly address: string;
  readonly formulas: readonly (readonly unknown[])[];
  /** The target's number formats (a format other than General is the user's); absent: not checked. */
  readonly numberFormats?: readonly (readonly unknown[])[];
  /** Cells of the target holding a note (or comment); absent: not checked. */
  readonly noteCells?: readonly CellRect[];
  readonly hasSpill: boolean | null;
  readonly sheetName: string;
  readonly sheetProtected: boolean;
  readonly tableNames: readonly string[];
  readonly mergedAreas: readonly CellRect[];
  readonly chartArea: { readonly address: string; readonly formulas: readonly (readonly unknown[])[] } | null;
  /** Where the block lies on the sheet, in points; null where Excel did not say. */
  readonly blockFrame: PointRect | null;
  /** Where the new chart would lie, in points (comparison charts only). */
  readonly chartFrame: PointRect | null;
  /** The sheet's charts, shapes and pictures, floating above the cells. */
  readonly drawings: readonly Drawing[];
}

/** A rectangle in points, as Excel gives the position of ranges, charts and shapes. */
export interface PointRect {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

export interface Drawing {
  readonly kind: "chart" | "shape";
  readonly name: string;
  readonly frame: PointRect;
}

/** Whether two rectangles share some area (touching edges do not count). */
export function overlaps(a: PointRect, b: PointRect): boolean {
  return (
    a.left < b.left + b.width &&
    b.left < a.left + a.width &&
    a.top < b.top + b.height &&
    b.top < a.top + a.height
  );
}

function drawingName(drawing: Drawing, texts: WorkbookTexts): string {
  return texts.drawing(drawing.kind, drawing.name);
}

function isEmptyCell(cell: unknown): boolean {
  return cell === "" || cell === null || cell === undefined;
}

/** The default number format: a cell with any other was formatted by someone, and is the user's. */
const GENERAL = "General";

/**
 * The occupied cells of a loaded grid, by A1 address, in reading order: a value or formula, else a note (its
 * cell among `noteCells`), else a number format of the user's (`numberFormats`, where loaded). A template's
 * formatted empty cell is the user's as much as a value: writing there would replace the format.
 */
function occupiedCells(
  address: string,
  formulas: readonly (readonly unknown[])[],
  numberFormats: readonly (readonly unknown[])[] | null = null,
  noteCells: readonly CellRect[] = [],
): OccupiedCell[] {
  const origin = parseRect(address) ?? { row: 0, column: 0, rowCount: 0, columnCount: 0 };
  const found: OccupiedCell[] = [];
  formulas.forEach((row, r) =>
    row.forEach((cell, c) => {
      const at = { row: origin.row + r, column: origin.column + c, rowCount: 1, columnCount: 1 };
      const address = cellAddress(at.row, at.column);
      const format = numberFormats?.[r]?.[c];
      if (!isEmptyCell(cell)) {
        const formula = typeof cell === "string" && cell.startsWith("=");
        found.push({ address, holds: formula ? "formula" : "value" });
      } else if (noteCells.some((area) => intersects(area, at))) {
        found.push({ address, holds: "note" });
      } else if (typeof format === "string" && format !== GENERAL) {
        found.push({ address, holds: "format", format });
      }
    }),
  );
  return found;
}

function describeOccupied(cells: readonly OccupiedCell[], texts: WorkbookTexts): string {
  return texts.occupied(cells[0], cells.length - 1);
}

function needs(plan: PlanSummary, address: string, texts: WorkbookTexts): string {
  const area = displayAddress(address);
  return plan.rowCount === 1 && plan.columnCount === 1
    ? texts.goesIn(plan.what, area)
    : texts.needs(plan.what, area, plan.rowCount, plan.columnCount);
}

/** The first reason not to write, or null when the target is free. Reads only what the first sync loaded. */
export function guard(
  plan: PlanSummary,
  seen: Inspection,
  texts: WorkbookTexts = EN_WORKBOOK,
): InsertOutcome | null {
  if (seen.sheetProtected) {
    return refuse("protected", texts.sheetProtected(seen.sheetName), ["new-sheet"]);
  }
  const intro = needs(plan, seen.address, texts);
  if (seen.tableNames.length > 0) {
    return refuse("table", texts.tables(intro, seen.tableNames), BOTH_ALTERNATIVES);
  }
  if (seen.hasSpill === true || seen.hasSpill === null) {
    return refuse("spill", texts.spill(intro), BOTH_ALTERNATIVES);
  }
  if (seen.mergedAreas.length > 0) {
    return refuse(
      "merged",
      texts.merged(intro, seen.mergedAreas.map(rectAddress).join(", ")),
      BOTH_ALTERNATIVES,
    );
  }
  const occupied = occupiedCells(
    seen.address,
    seen.formulas,
    seen.numberFormats ?? null,
    seen.noteCells ?? [],
  );
  if (occupied.length > 0) {
    return refuse("not-empty", texts.notEmpty(intro, describeOccupied(occupied, texts)), BOTH_ALTERNATIVES);
  }
  if (seen.chartArea !== null) {
    const covered = occupiedCells(seen.chartArea.address, seen.chartArea.formulas);
    if (covered.length > 0) {
      return refuse(
        "not-empty",
        texts.chartCovers(displayAddress(seen.chartArea.address), describeOccupied(covered, texts)),
        BOTH_ALTERNATIVES,
      );
    }
  }
  const underBlock =
    seen.blockFrame === null
      ? undefined
      : seen.drawings.find((d) => overlaps(d.frame, seen.blockFrame as PointRect));
  if (underBlock !== undefined) {
    return refuse("floating", texts.underDrawing(intro, drawingName(underBlock, texts)), BOTH_ALTERNATIVES);
  }
  const underChart =
    seen.chartFrame === null
      ? undefined
      : seen.drawings.find((d) => overlaps(d.frame, seen.chartFrame as PointRect));
  if (underChart !== undefined && seen.chartArea !== null) {
    return refuse(
      "floating",
      texts.chartOverDrawing(displayAddress(seen.chartArea.address), drawingName(underChart, texts)),
      BOTH_ALTERNATIVES,
    );
  }
  return null;
}
