/*
 * Charts and shapes of the workbook model: creation with Excel's checks, default names ("Chart 1", "Oval 2": one
 * counter per sheet), sizes and positions in points.
 */
import { rect as makeRect } from "./a1.mjs";
import { invalidArgument } from "./errors.mjs";
import { CHART_TYPES } from "./rules.mjs";

/** Size of a chart added without setPosition, in points (Excel's default 5 × 3 inches). */
const DEFAULT_CHART_SIZE = Object.freeze({ width: 360, height: 216 });
/** Size of a shape added without a size, in points (the host's choice; Excel's callers set it). */
const DEFAULT_SHAPE_SIZE = Object.freeze({ width: 72, height: 72 });

/**
 * A chart (ChartCollection.add), placed right of its data at the data's top until setPosition moves it.
 * @param {import("./workbook.mjs").Workbook} wb @param {import("./sheet.mjs").Sheet} sheet @param {string} type @param {import("./sheet.mjs").Sheet} dataSheet @param {import("./a1.mjs").Rect} data @param {string} seriesBy
 */
export function addChart(wb, sheet, type, dataSheet, data, seriesBy, location) {
  if (!CHART_TYPES.has(type)) throw invalidArgument(location, `"${type}" is not a chart type.`);
  if (!["Auto", "Columns", "Rows", undefined, null].includes(seriesBy)) throw invalidArgument(location);
  wb.requireEditable(sheet, null, "objects", location);
  const at =
    sheet === dataSheet
      ? sheet.bounds(makeRect(data.row, data.column + data.columnCount))
      : { top: 0, left: 0 };
  wb.counters.chart += 1;
  const chart = {
    id: `{CHART-${String(wb.counters.chart).padStart(4, "0")}}`,
    name: sheet.nextDrawingName("Chart"),
    sheet,
    chartType: type,
    data: { sheet: dataSheet, rect: data },
    seriesBy: seriesBy ?? "Auto",
    top: at.top,
    left: at.left,
    ...DEFAULT_CHART_SIZE,
    title: { text: "", visible: true, overlay: false },
    legend: { visible: true, position: "Right", overlay: false },
    axes: { valueAxis: axisDefaults(), categoryAxis: axisDefaults(), seriesAxis: axisDefaults() },
    dataLabels: {
      showValue: false,
      showCategoryName: false,
      showSeriesName: false,
      showLegendKey: false,
      showPercentage: false,
      showBubbleSize: false,
      numberFormat: "General",
      // A new chart's labels show their cells' formats until a format of their own is set.
      linkNumberFormat: true,
      position: "BestFit",
      separator: ", ",
    },
  };
  sheet.charts.push(chart);
  return chart;
}

/**
 * A shape (ShapeCollection.addGeometricShape / addTextBox / addLine).
 * @param {import("./workbook.mjs").Workbook} wb @param {import("./sheet.mjs").Sheet} sheet @param {{ type: string, geometricShapeType?: string | null, connectorType?: string, text?: string, name: string,
 *   left?: number, top?: number, width?: number, height?: number }} init @param {string} location
 */
export function addShape(wb, sheet, init, location) {
  wb.requireEditable(sheet, null, "objects", location);
  wb.counters.shape += 1;
  const { name, ...rest } = init;
  const shape = {
    id: `{SHAPE-${String(wb.counters.shape).padStart(4, "0")}}`,
    name: sheet.nextDrawingName(name),
    sheet,
    left: 0,
    top: 0,
    ...DEFAULT_SHAPE_SIZE,
    visible: true,
    altTextTitle: "",
    altTextDescription: "",
    ...rest,
  };
  sheet.shapes.push(shape);
  return shape;
}

function axisDefaults() {
  return {
    numberFormat: "General",
    reversePlotOrder: false,
    visible: true,
    minimum: null,
    maximum: null,
    title: { text: "", visible: false },
  };
}
