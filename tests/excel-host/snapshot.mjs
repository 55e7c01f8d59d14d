/*
 * Snapshots of a workbook and their differences, to assert what an action changed and that nothing outside a
 * block did. A snapshot is plain JSON: only non-default cells, widths and heights appear (format: README.md).
 */
import { cellAddress, columnName, containsCell, rectAddress, rectOf, sheetAddress } from "./a1.mjs";
import { formulaOf, isEmptyCell, valueOf } from "./cells.mjs";
import { nameFormula } from "./names.mjs";
import { Sheet, spillRect } from "./sheet.mjs";

/** Everything that differs from a new cell. */
function cellSnapshot(cell, spilledFrom) {
  const out = {};
  if (!isEmptyCell(cell)) out.value = valueOf(cell);
  if (cell.formula !== undefined) out.formula = formulaOf(cell);
  if (cell.numberFormat !== undefined) out.numberFormat = cell.numberFormat;
  if (cell.font !== undefined) out.font = { ...cell.font };
  if (cell.json !== undefined) out.json = structuredClone(cell.json);
  if (cell.locked === false) out.locked = false;
  if (cell.note !== undefined) out.note = cell.note.content;
  if (cell.hyperlink !== undefined) out.hyperlink = { ...cell.hyperlink };
  if (spilledFrom) out.spilledFrom = spilledFrom;
  return out;
}

const drawing = (d, extra) => ({
  name: d.name,
  id: d.id,
  top: d.top,
  left: d.left,
  width: d.width,
  height: d.height,
  ...extra,
});

/**
 * A plain, JSON-able picture of everything the host models that is not default: cells (with spilled values,
 * marked spilledFrom), widths, heights, merged areas, spills, tables, charts, shapes, protection, active cell.
 * @param {import("./workbook.mjs").Workbook} wb
 */
export function snapshot(wb) {
  const sheets = {};
  wb.sheets.forEach((sheet, position) => {
    const cells = {};
    for (const [key, cell] of sheet.cells) {
      const { row, column } = Sheet.positionOf(key);
      const snap = cellSnapshot(sheet.read(row, column) ?? cell);
      if (Object.keys(snap).length > 0) cells[cellAddress(row, column)] = snap;
    }
    for (const s of sheet.spills) {
      const r = spillRect(s);
      for (let row = r.row; row < r.row + r.rowCount; row++) {
        for (let column = r.column; column < r.column + r.columnCount; column++) {
          if (row === s.row && column === s.column) continue;
          cells[cellAddress(row, column)] = cellSnapshot(
            sheet.read(row, column),
            cellAddress(s.row, s.column),
          );
        }
      }
    }
    sheets[sheet.name] = {
      id: sheet.id,
      position,
      visibility: sheet.visibility,
      activeCell: cellAddress(sheet.activeCell.row, sheet.activeCell.column),
      protection: { protected: sheet.protection.protected, options: { ...sheet.protection.options } },
      cells: Object.fromEntries(Object.entries(cells).sort(([a], [b]) => compareAddresses(a, b))),
      columnWidths: Object.fromEntries(
        [...sheet.columnWidths].sort((a, b) => a[0] - b[0]).map(([c, w]) => [columnName(c), w]),
      ),
      rowHeights: Object.fromEntries(
        [...sheet.rowHeights].sort((a, b) => a[0] - b[0]).map(([r, h]) => [String(r + 1), h]),
      ),
      merged: sheet.merged.map((r) => rectAddress(r)),
      customProperties: Object.fromEntries(sheet.customProperties.map((p) => [p.key, p.value])),
      spills: sheet.spills.map((s) => ({
        anchor: cellAddress(s.row, s.column),
        range: rectAddress(spillRect(s)),
      })),
      tables: wb.tables
        .filter((t) => t.sheet === sheet)
        .map((t) => ({
          name: t.name,
          id: t.id,
          range: rectAddress(t.rect),
          style: t.style,
          headers: wb.tableHeaders(t),
        })),
      charts: sheet.charts.map((c) =>
        drawing(c, {
          type: c.chartType,
          source: sheetAddress(c.data.sheet.name, c.data.rect),
          seriesBy: c.seriesBy,
          title: { ...c.title },
          legend: { ...c.legend },
          dataLabels: { ...c.dataLabels },
          axes: {
            valueAxis: { ...c.axes.valueAxis, title: { ...c.axes.valueAxis.title } },
            categoryAxis: { ...c.axes.categoryAxis, title: { ...c.axes.categoryAxis.title } },
          },
        }),
      ),
      shapes: sheet.shapes.map((s) =>
        drawing(s, { type: s.type, geometricShapeType: s.geometricShapeType, text: s.text }),
      ),
    };
  });
  return {
    activeSheet: wb.activeSheet?.name ?? null,
    use1904DateSystem: wb.use1904DateSystem,
    protection: { protected: wb.protection.protected },
    customProperties: Object.fromEntries(wb.customProperties.map((p) => [p.key, p.value])),
    names: wb.names.map((n) => ({
      name: n.name,
      scope: n.scope === null ? "Workbook" : n.scope.name,
      formula: nameFormula(n),
      comment: n.comment,
      visible: n.visible,
    })),
    sheets,
  };
}

/** @param {string} a @param {string} b */
function compareAddresses(a, b) {
  const ra = rectOf(a);
  const rb = rectOf(b);
  return ra.row - rb.row || ra.column - rb.column;
}

/**
 * What changed between two snapshots: [{ sheet, kind, key, before, after }] with kind "cell" (key "B2"),
 * "columnWidth" (key "B"), "rowHeight" (key "3"), or "sheet" for anything else of a sheet (key "tables",
 * "charts", "merged", …; a sheet added or removed has key "*"), or "workbook" (sheet null).
 */
export function diffSnapshots(before, after) {
  const changes = [];
  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
  for (const key of ["activeSheet", "use1904DateSystem", "protection", "names", "customProperties"]) {
    if (!same(before[key], after[key]))
      changes.push({ sheet: null, kind: "workbook", key, before: before[key], after: after[key] });
  }
  for (const name of new Set([...Object.keys(before.sheets), ...Object.keys(after.sheets)])) {
    const a = before.sheets[name];
    const b = after.sheets[name];
    if (!a || !b) {
      changes.push({ sheet: name, kind: "sheet", key: "*", before: a ?? null, after: b ?? null });
      continue;
    }
    for (const [field, kind] of [
      ["cells", "cell"],
      ["columnWidths", "columnWidth"],
      ["rowHeights", "rowHeight"],
    ]) {
      for (const key of new Set([...Object.keys(a[field]), ...Object.keys(b[field])])) {
        if (!same(a[field][key], b[field][key]))
          changes.push({
            sheet: name,
            kind,
            key,
            before: a[field][key] ?? null,
            after: b[field][key] ?? null,
          });
      }
    }
    for (const key of Object.keys(b)) {
      if (["cells", "columnWidths", "rowHeights"].includes(key)) continue;
      if (!same(a[key], b[key]))
        changes.push({ sheet: name, kind: "sheet", key, before: a[key], after: b[key] });
    }
  }
  return changes;
}

/**
 * The changes of diffSnapshots not inside a block: cells outside "Sheet1!B2:D9", and every change of another
 * kind or sheet. A column width or row height is never inside a block, even of the block's own columns or
 * rows: it is the whole column's or row's, and reaches the user's cells above, below or beside it.
 * @param {ReturnType<typeof diffSnapshots>} changes @param {string} sheetName @param {string} address
 */
export function changesOutside(changes, sheetName, address) {
  const block = rectOf(address);
  return changes.filter((c) => {
    if (c.sheet !== sheetName || c.kind !== "cell") return true;
    const r = rectOf(c.key);
    return !containsCell(block, r.row, r.column);
  });
}
