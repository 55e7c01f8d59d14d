/*
 * Charts as the host answers them. Positions are in points on the sheet grid (see sheet.mjs); a chart's title,
 * legend, axes (with their titles) and data labels keep the properties the add-in sets and a few more. Shapes: classes-shapes.mjs.
 * Not modelled (NotImplemented): series, chart images, fills and fonts of chart parts.
 */
import { rect } from "./a1.mjs";
import { addChart } from "./drawings.mjs";
import { invalidArgument } from "./errors.mjs";
import { byKey, editsObjects, fields, rangeArgument, readOnly, sheetHandle } from "./handles.mjs";

/** @typedef {import("./handles.mjs").ClassDef} ClassDef */

const chartHandle = (chart) => ({ type: "Chart", chart });

const chartEdit = editsObjects((h) => h.chart.sheet);

/** A cell argument of setPosition on the chart's own sheet. */
function cellOn(ctx, sheet, arg, loc) {
  const target = rangeArgument(ctx, sheet, arg, loc);
  if (target.sheet !== sheet) throw invalidArgument(loc);
  return target.rect;
}

/** The data labels' plain properties; NumberFormat is wrapped below (it unlinks the labels' format). */
const dataLabelFields = fields(
  (h) => h.chart.dataLabels,
  {
    ShowValue: "boolean",
    ShowCategoryName: "boolean",
    ShowSeriesName: "boolean",
    ShowLegendKey: "boolean",
    ShowPercentage: "boolean",
    ShowBubbleSize: "boolean",
    NumberFormat: "string",
    LinkNumberFormat: "boolean",
    Separator: "string",
    Position: [
      "Invalid",
      "None",
      "Center",
      "InsideEnd",
      "InsideBase",
      "OutsideEnd",
      "Left",
      "Right",
      "Top",
      "Bottom",
      "BestFit",
      "Callout",
    ],
  },
  chartEdit,
);

/** @type {Record<string, ClassDef>} */
export const DRAWING_CLASSES = {
  ChartCollection: {
    props: { Count: readOnly((h) => h.sheet.charts.length) },
    collection: {
      items: (h) => h.sheet.charts.map(chartHandle),
      get: (h, key) => {
        const chart = byKey(h.sheet.charts, key);
        return chart && chartHandle(chart);
      },
    },
    methods: {
      Add: (h, [type, source, seriesBy], ctx, loc) => {
        const data = rangeArgument(ctx, h.sheet, source, loc);
        return chartHandle(addChart(ctx.wb, h.sheet, type, data.sheet, data.rect, seriesBy, loc));
      },
    },
  },

  Chart: {
    id: (h) => h.chart.id,
    alive: (h) => h.chart.sheet.charts.includes(h.chart),
    props: {
      Id: readOnly((h) => h.chart.id),
      ...fields(
        (h) => h.chart,
        { Name: "string", ChartType: "string", Top: "size", Left: "size", Width: "size", Height: "size" },
        chartEdit,
      ),
    },
    nav: {
      Title: (h) => ({ type: "ChartTitle", chart: h.chart }),
      Legend: (h) => ({ type: "ChartLegend", chart: h.chart }),
      Axes: (h) => ({ type: "ChartAxes", chart: h.chart }),
      DataLabels: (h) => ({ type: "ChartDataLabels", chart: h.chart }),
      Worksheet: (h) => sheetHandle(h.chart.sheet),
    },
    methods: {
      SetPosition: (h, [start, end], ctx, loc) => {
        const sheet = h.chart.sheet;
        ctx.wb.requireEditable(sheet, null, "objects", loc);
        const s = cellOn(ctx, sheet, start, loc);
        const from = sheet.bounds(rect(s.row, s.column));
        h.chart.top = from.top;
        h.chart.left = from.left;
        if (end !== undefined && end !== null && end !== "") {
          const e = sheet.bounds(cellOn(ctx, sheet, end, loc));
          const right = e.left + e.width;
          const bottom = e.top + e.height;
          if (right <= from.left || bottom <= from.top) throw invalidArgument(loc);
          h.chart.width = right - from.left;
          h.chart.height = bottom - from.top;
        }
      },
      SetData: (h, [source, seriesBy], ctx, loc) => {
        ctx.wb.requireEditable(h.chart.sheet, null, "objects", loc);
        const data = rangeArgument(ctx, h.chart.sheet, source, loc);
        h.chart.data = data;
        h.chart.seriesBy = seriesBy ?? "Auto";
      },
      Delete: (h, _a, ctx, loc) => {
        ctx.wb.requireEditable(h.chart.sheet, null, "objects", loc);
        h.chart.sheet.charts.splice(h.chart.sheet.charts.indexOf(h.chart), 1);
      },
      Activate: () => undefined,
    },
  },

  ChartTitle: {
    props: fields(
      (h) => h.chart.title,
      { Text: "string", Visible: "boolean", Overlay: "boolean" },
      chartEdit,
    ),
  },
  ChartLegend: {
    props: fields(
      (h) => h.chart.legend,
      {
        Visible: "boolean",
        Overlay: "boolean",
        Position: ["Invalid", "Top", "Bottom", "Left", "Right", "Corner", "Custom"],
      },
      chartEdit,
    ),
  },
  ChartAxes: {
    nav: {
      ValueAxis: (h) => ({ type: "ChartAxis", chart: h.chart, axis: "valueAxis" }),
      CategoryAxis: (h) => ({ type: "ChartAxis", chart: h.chart, axis: "categoryAxis" }),
      SeriesAxis: (h) => ({ type: "ChartAxis", chart: h.chart, axis: "seriesAxis" }),
    },
  },
  ChartAxis: {
    nav: { Title: (h) => ({ type: "ChartAxisTitle", chart: h.chart, axis: h.axis }) },
    props: fields(
      (h) => h.chart.axes[h.axis],
      {
        NumberFormat: "string",
        ReversePlotOrder: "boolean",
        Visible: "boolean",
        Minimum: "number?",
        Maximum: "number?",
      },
      chartEdit,
    ),
  },
  ChartAxisTitle: {
    props: {
      ...fields((h) => h.chart.axes[h.axis].title, { Text: "string", Visible: "boolean" }, chartEdit),
      // Setting the text shows the title, as in Microsoft's sample that only sets it ("Add and format a chart
      // axis title" in the charts article of the Office Add-ins docs).
      Text: {
        get: (h) => h.chart.axes[h.axis].title.text,
        set: (h, value, ctx, location) => {
          if (typeof value !== "string") throw invalidArgument(location);
          chartEdit(h, ctx, location);
          const title = h.chart.axes[h.axis].title;
          title.text = value;
          if (value !== "") title.visible = true;
        },
      },
    },
  },
  ChartDataLabels: {
    props: {
      ...dataLabelFields,
      // A format of the labels' own unlinks them from their cells' formats (linkNumberFormat, ExcelApi 1.9).
      NumberFormat: {
        get: (h) => h.chart.dataLabels.numberFormat,
        set: (h, value, ctx, location) => {
          dataLabelFields.NumberFormat.set(h, value, ctx, location);
          h.chart.dataLabels.linkNumberFormat = false;
        },
      },
    },
  },
};
