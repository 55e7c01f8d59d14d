/*
 * The no-overwrite guard, as a pure function of what the first sync loaded: the target's cells, spill state,
 * overlapping tables and merged areas, the sheet's protection, and the cells a chart would cover. It answers
 * the first reason not to write, with a message naming the cells, or null when the target is free.
 */
import { cellAddress, displayAddress, parseRect, rectAddress, type CellRect } from "./a1";
import { BOTH_ALTERNATIVES, refuse, type InsertOutcome } from "./contract";

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

function drawingName(drawing: Drawing): string {
  return `the ${drawing.kind} “${drawing.name}”`;
}

function isEmptyCell(cell: unknown): boolean {
  return cell === "" || cell === null || cell === undefined;
}

/** The occupied cells of a loaded formulas grid, by A1 address, with what each holds. */
function occupiedCells(
  address: string,
  formulas: readonly (readonly unknown[])[],
): { address: string; holds: string }[] {
  const origin = parseRect(address) ?? { row: 0, column: 0, rowCount: 0, columnCount: 0 };
  const found: { address: string; holds: string }[] = [];
  formulas.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (isEmptyCell(cell)) return;
      const holds = typeof cell === "string" && cell.startsWith("=") ? "a formula" : "a value";
      found.push({ address: cellAddress(origin.row + r, origin.column + c), holds });
    }),
  );
  return found;
}

function describeOccupied(cells: readonly { address: string; holds: string }[]): string {
  const [first] = cells;
  const more = cells.length - 1;
  const others = more === 1 ? "1 more cell holds data" : `${more} more cells hold data`;
  return `${first.address} holds ${first.holds}${more > 0 ? ` and ${others}` : ""}`;
}

function needs(plan: PlanSummary, address: string): string {
  const area = displayAddress(address);
  return plan.rowCount === 1 && plan.columnCount === 1
    ? `${plan.what} goes in ${area}`
    : `${plan.what} needs ${area} (${plan.rowCount} rows × ${plan.columnCount} columns)`;
}

/** The first reason not to write, or null when the target is free. Reads only what the first sync loaded. */
export function guard(plan: PlanSummary, seen: Inspection): InsertOutcome | null {
  if (seen.sheetProtected) {
    return refuse(
      "protected",
      `The sheet “${seen.sheetName}” is protected, so nothing was inserted. Insert on a new sheet, or unprotect the sheet first (Review › Unprotect Sheet).`,
      ["new-sheet"],
    );
  }
  const intro = needs(plan, seen.address);
  const advice = "Nothing was inserted: pick another cell, or insert on a new sheet.";
  if (seen.tableNames.length > 0) {
    const list = seen.tableNames.map((n) => `“${n}”`).join(", ");
    const noun = seen.tableNames.length === 1 ? "table" : "tables";
    return refuse(
      "table",
      `${intro}, which overlaps the Excel ${noun} ${list}. ${advice}`,
      BOTH_ALTERNATIVES,
    );
  }
  if (seen.hasSpill === true || seen.hasSpill === null) {
    return refuse(
      "spill",
      `${intro}, which is part of a spilled formula result (a dynamic array). ${advice}`,
      BOTH_ALTERNATIVES,
    );
  }
  if (seen.mergedAreas.length > 0) {
    const list = seen.mergedAreas.map(rectAddress).join(", ");
    return refuse("merged", `${intro}, which contains merged cells (${list}). ${advice}`, BOTH_ALTERNATIVES);
  }
  const occupied = occupiedCells(seen.address, seen.formulas);
  if (occupied.length > 0) {
    return refuse("not-empty", `${intro}, but ${describeOccupied(occupied)}. ${advice}`, BOTH_ALTERNATIVES);
  }
  if (seen.chartArea !== null) {
    const covered = occupiedCells(seen.chartArea.address, seen.chartArea.formulas);
    if (covered.length > 0) {
      return refuse(
        "not-empty",
        `The chart would cover ${displayAddress(seen.chartArea.address)}, but ${describeOccupied(covered)}. ${advice}`,
        BOTH_ALTERNATIVES,
      );
    }
  }
  const underBlock =
    seen.blockFrame === null
      ? undefined
      : seen.drawings.find((d) => overlaps(d.frame, seen.blockFrame as PointRect));
  if (underBlock !== undefined) {
    return refuse(
      "floating",
      `${intro}, which lies under ${drawingName(underBlock)}: the insert would be hidden. ${advice}`,
      BOTH_ALTERNATIVES,
    );
  }
  const underChart =
    seen.chartFrame === null
      ? undefined
      : seen.drawings.find((d) => overlaps(d.frame, seen.chartFrame as PointRect));
  if (underChart !== undefined && seen.chartArea !== null) {
    return refuse(
      "floating",
      `The chart would go over ${displayAddress(seen.chartArea.address)}, where ${drawingName(underChart)} already sits. ${advice}`,
      BOTH_ALTERNATIVES,
    );
  }
  return null;
}
