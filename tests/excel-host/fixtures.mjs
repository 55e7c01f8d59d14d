/*
 * Starting workbooks from a compact description (snapshots to compare before and after: snapshot.mjs, re-exported
 * here).
 *
 * buildWorkbook({
 *   sheets: [{
 *     name: "Data", active: true, activeCell: "B3", visibility: "Visible",
 *     cells: { A1: 5, A2: "text", A3: "=A1", B1: { value: 0.4, numberFormat: "0%", font: { bold: true } },
 *              B2: { formula: '=CA.RUTRADE("UZ")', value: 0.4 }, "C1:D2": { numberFormat: "@" },
 *              E1: { json: { type: "Entity", text: "Kazakhstan", properties: {} } },
 *              F1: { value: 1, note: "text" | { content, author }, hyperlink: { documentReference: "Data!B3" } } },
 *     fill: { "B2:K2501": ({ row, column, address }) => a cell as in cells, or undefined },   // fixture-cells.mjs
 *     customProperties: { "ca-owner": "sources-sheet" },
 *     columnWidths: { B: 120, "C:D": 30 }, rowHeights: { 1: 30, "3:4": 20 },
 *     merged: ["D4:E5"],
 *     spills: [{ anchor: "G2", formula: "=SEQUENCE(3)", values: [[1], [2], [3]] }],
 *     tables: [{ name: "Trade", range: "B2:D9", style: "TableStyleLight1" }],
 *     charts: [{ type: "BarClustered", source: "B2:C7", position: ["F2", "M17"] }],   // or top/left/width/height
 *     shapes: [{ type: "Rectangle", left: 10, top: 20, width: 50, height: 30 }],     // or position
 *     protection: { protected: true, options: { allowFormatCells: true }, unlocked: ["B2:C3"] },  // or true
 *   }],
 *   names: [{ name: "CA_Block_1", reference: "Data!B3:M20", comment: "", visible: false, scope: "Data" }],
 *   customProperties: { key: value },   // Workbook.properties.custom
 *   protection: true,            // workbook structure
 *   use1904DateSystem: true,
 *   evaluateFormula, mergedAreaLimit, maxCellsPerRequest, userName,   // Workbook options (workbook.mjs)
 * })
 * A range key ("C1:D2") applies its cell to every cell of the range. A sheet without cells gets none; a
 * description without sheets gets one sheet, "Sheet1".
 */
import { columnIndex, rect, rectOf } from "./a1.mjs";
import { addChart, addShape } from "./drawings.mjs";
import { applyCells } from "./fixture-cells.mjs";
import { applyNames } from "./names.mjs";
import { DEFAULT_PROTECTION_OPTIONS } from "./sheet.mjs";
import { Workbook } from "./workbook.mjs";

const area = (address) => rectOf(address, "address in a workbook description");

/** Column keys ("B", "C:D") or row keys ("1", "3:4") to index ranges. */
function indexes(key, columns) {
  const [a, b = a] = String(key).split(":");
  const from = columns ? columnIndex(a) : Number(a) - 1;
  const to = columns ? columnIndex(b) : Number(b) - 1;
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function placeDrawing(sheet, target, spec) {
  if (spec.position) {
    const [start, end] = spec.position.map(area);
    const from = sheet.bounds(start);
    const to = sheet.bounds(end);
    Object.assign(target, {
      top: from.top,
      left: from.left,
      width: to.left + to.width - from.left,
      height: to.top + to.height - from.top,
    });
  }
  for (const key of ["top", "left", "width", "height"])
    if (typeof spec[key] === "number") target[key] = spec[key];
}

/** @param {any} description @returns {Workbook} */
export function buildWorkbook(description = {}) {
  const {
    sheets = [{ name: "Sheet1" }],
    protection,
    use1904DateSystem,
    names,
    customProperties,
    ...options
  } = description;
  const wb = new Workbook(options);
  wb.use1904DateSystem = use1904DateSystem === true;
  const protections = [];
  for (const spec of sheets) {
    const sheet = wb.addSheet(spec.name);
    if (spec.active) wb.activeSheet = sheet;
    if (spec.activeCell) {
      const r = area(spec.activeCell);
      sheet.activeCell = { row: r.row, column: r.column };
      sheet.selection = r;
    }
    for (const [key, width] of Object.entries(spec.columnWidths ?? {}))
      for (const c of indexes(key, true)) sheet.columnWidths.set(c, width);
    for (const [key, height] of Object.entries(spec.rowHeights ?? {}))
      for (const r of indexes(key, false)) sheet.rowHeights.set(r, height);
    applyCells(wb, sheet, spec);
    for (const [key, value] of Object.entries(spec.customProperties ?? {}))
      sheet.customProperties.push({ key, value });
    for (const s of spec.spills ?? []) {
      const anchor = area(s.anchor);
      const cell = sheet.edit(anchor.row, anchor.column);
      cell.formula = s.formula ?? "=SPILL()";
      cell.value = s.values[0][0];
      sheet.spills.push({ row: anchor.row, column: anchor.column, values: s.values });
    }
    sheet.merged.push(...(spec.merged ?? []).map(area));
    for (const t of spec.tables ?? []) {
      const table = wb.addTable(sheet, area(t.range), true, "fixture");
      if (t.name) wb.renameTable(table, t.name, "fixture");
      if (t.style !== undefined) wb.setTableStyle(table, t.style, "fixture");
    }
    for (const c of spec.charts ?? []) {
      const source = c.source ? area(c.source) : rect(0, 0);
      const chart = addChart(
        wb,
        sheet,
        c.type ?? "ColumnClustered",
        sheet,
        source,
        c.seriesBy ?? "Auto",
        "fixture",
      );
      if (c.name) chart.name = c.name;
      if (c.title) chart.title.text = c.title;
      placeDrawing(sheet, chart, c);
    }
    for (const s of spec.shapes ?? []) {
      const shape = addShape(
        wb,
        sheet,
        { type: "GeometricShape", geometricShapeType: s.type ?? "Rectangle", name: s.type ?? "Rectangle" },
        "fixture",
      );
      if (s.name) shape.name = s.name;
      placeDrawing(sheet, shape, s);
    }
    if (spec.visibility) sheet.visibility = spec.visibility;
    if (spec.protection)
      protections.push([sheet, spec.protection === true ? { protected: true } : spec.protection]);
  }
  for (const [sheet, p] of protections) {
    sheet.protection = {
      protected: p.protected !== false,
      options: { ...DEFAULT_PROTECTION_OPTIONS, ...p.options },
      password: p.password ?? "",
    };
    for (const key of p.unlocked ?? []) {
      const r = area(key);
      for (let row = r.row; row < r.row + r.rowCount; row++)
        for (let column = r.column; column < r.column + r.columnCount; column++)
          sheet.edit(row, column).locked = false;
    }
  }
  applyNames(wb, names ?? []);
  for (const [key, value] of Object.entries(customProperties ?? {})) wb.customProperties.push({ key, value });
  if (protection) wb.protection = { protected: true, password: protection.password ?? "" };
  if (wb.activeSheet?.visibility !== "Visible")
    wb.activeSheet = wb.sheets.find((s) => s.visibility === "Visible") ?? null;
  return wb;
}

export { changesOutside, diffSnapshots, snapshot } from "./snapshot.mjs";
