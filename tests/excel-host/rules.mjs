/*
 * Excel's rules the host checks: sheet, table and defined names, built-in table styles, chart types.
 */
import { MAX_COLUMNS, MAX_ROWS, columnIndex } from "./a1.mjs";

export const CHART_TYPES = new Set(
  (
    "ColumnClustered ColumnStacked ColumnStacked100 3DColumnClustered 3DColumnStacked 3DColumnStacked100 " +
    "BarClustered BarStacked BarStacked100 3DBarClustered 3DBarStacked 3DBarStacked100 Line LineStacked " +
    "LineStacked100 LineMarkers LineMarkersStacked LineMarkersStacked100 3DLine Pie PieOfPie PieExploded 3DPie " +
    "3DPieExploded BarOfPie XYScatter XYScatterSmooth XYScatterSmoothNoMarkers XYScatterLines " +
    "XYScatterLinesNoMarkers Area AreaStacked AreaStacked100 3DArea 3DAreaStacked 3DAreaStacked100 Doughnut " +
    "DoughnutExploded Radar RadarMarkers RadarFilled Surface SurfaceWireframe SurfaceTopView " +
    "SurfaceTopViewWireframe Bubble Bubble3DEffect StockHLC StockOHLC StockVHLC StockVOHLC 3DColumn Histogram " +
    "Boxwhisker Pareto RegionMap Treemap Waterfall Sunburst Funnel"
  ).split(" "),
);

export const TABLE_STYLE = /^TableStyle(Light([1-9]|1\d|2[01])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01]))$/;

/** Why Excel refuses a sheet name, or null. @param {unknown} name */
export function sheetNameProblem(name) {
  if (typeof name !== "string" || name.length === 0) return "empty";
  if (name.length > 31) return "longer than 31 characters";
  if (/[:\\/?*[\]]/.test(name)) return "contains : \\ / ? * [ or ]";
  if (name.startsWith("'") || name.endsWith("'")) return "starts or ends with an apostrophe";
  if (name.toLowerCase() === "history") return "reserved (History)";
  return null;
}

/** Why Excel refuses a table name, or null. @param {unknown} name */
export function tableNameProblem(name) {
  if (typeof name !== "string" || name.length === 0) return "empty";
  if (name.length > 255) return "longer than 255 characters";
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name))
    return "not a letter, underscore or backslash followed by letters, digits, periods or underscores";
  if (/^[cr]$/i.test(name)) return "C and R are reserved";
  const cell = /^\$?([A-Za-z]{1,3})\$?([1-9]\d{0,6})$/.exec(name);
  if (
    (cell && columnIndex(cell[1]) < MAX_COLUMNS && Number(cell[2]) <= MAX_ROWS) ||
    /^[Rr]\d*[Cc]\d*$/.test(name)
  ) {
    return "looks like a cell reference";
  }
  return null;
}

/**
 * Why Excel refuses a defined name, or null: a table name's rules (names and tables share them), and not TRUE or
 * FALSE (ECMA-376, SpreadsheetML "Names": a name shall not be TRUE, FALSE or a cell reference).
 * @param {unknown} name
 */
export function definedNameProblem(name) {
  if (typeof name === "string" && /^(TRUE|FALSE)$/i.test(name)) return "TRUE and FALSE are reserved";
  return tableNameProblem(name);
}
