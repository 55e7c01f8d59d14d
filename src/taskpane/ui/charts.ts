import { COUNTRIES } from "../../core/countries";
import { RECORDS_BY_INDICATOR } from "../../core/dataset";
import { displayValue } from "../../core/fields";
import type { FigureRecord, IndicatorRecord } from "../../core/types";
import type { ComparableIndicator } from "../excel/contract";
import { button, el, svg, uniqueId } from "./dom";

/** One bar per country; countries without a record get a note instead of a bar (never a zero bar). */
interface ChartSpec {
  readonly indicator: ComparableIndicator;
  readonly title: string;
  readonly note: string;
  /** What to say for a country the source has no figure for. */
  readonly missing: string;
  /** Whether each row repeats its period (the trade periods differ; the poll has one date). */
  readonly periodPerRow: boolean;
}

const SPECS: readonly ChartSpec[] = [
  {
    indicator: "trade-growth",
    title: "Growth of Russia’s trade turnover, 2022",
    note: "Each country’s figure covers a different part of 2022: compare with care. “>” marks a lower bound (the source says “more than”).",
    missing: "no figure in the source",
    periodPerRow: true,
  },
  {
    indicator: "poll-war-blame",
    title: "Share who blame economic problems on the war in Ukraine",
    note: "The source cites polls for three countries only.",
    missing: "no poll in the source",
    periodPerRow: false,
  },
];

const WIDTH = 360;
const LABEL_WIDTH = 112;
const BAR_START = LABEL_WIDTH + 6;
const BAR_SPACE = 180;
const ROW_HEIGHT = 34;
const BAR_HEIGHT = 14;

function figuresOf(indicator: string): ReadonlyMap<string, FigureRecord> {
  const records = (RECORDS_BY_INDICATOR.get(indicator) ?? []).filter(
    (r: IndicatorRecord): r is FigureRecord => r.kind === "figure",
  );
  return new Map(records.map((r) => [r.scope, r]));
}

/** Words a screen reader gets for one country. */
function spoken(name: string, record: FigureRecord | undefined, spec: ChartSpec): string {
  if (!record) return `${name}: ${spec.missing}`;
  const value = displayValue(record).replace(/^>/, "more than ").replace(/^≈/, "about ");
  return `${name}: ${value}, ${record.period.label}`;
}

function chartSvg(spec: ChartSpec): { node: SVGSVGElement; summary: string } {
  const figures = figuresOf(spec.indicator);
  const max = Math.max(...[...figures.values()].map((r) => r.value)) * 1.05;
  const height = COUNTRIES.length * ROW_HEIGHT + 4;
  const titleId = uniqueId("chart-title");
  const summary = COUNTRIES.map((c) => spoken(c.name, figures.get(c.code), spec)).join("; ");
  const rows = COUNTRIES.map((country, i) => {
    const record = figures.get(country.code);
    const top = i * ROW_HEIGHT + 4;
    const labelY = spec.periodPerRow ? top + 11 : top + 15;
    const parts: SVGElement[] = [svg("text", { class: "chart-country", x: 0, y: labelY }, [country.name])];
    if (spec.periodPerRow && record) {
      parts.push(svg("text", { class: "chart-period", x: 0, y: top + 25 }, [record.period.label]));
    }
    if (!record) {
      parts.push(svg("text", { class: "chart-missing", x: BAR_START, y: top + 15 }, [spec.missing]));
      return svg("g", { class: "chart-row missing", "data-country": country.code }, parts);
    }
    const length = Math.max(2, (record.value / max) * BAR_SPACE);
    const barY = top + 4;
    const moreThan = record.qualifier === "more than";
    parts.push(
      svg("rect", { class: "bar", x: BAR_START, y: barY, width: length, height: BAR_HEIGHT, rx: 2 }),
    );
    let labelX = BAR_START + length + 6;
    if (moreThan) {
      // A lower bound: the bar continues as an open, dashed arrow; the label keeps its ">".
      parts.push(
        svg("path", {
          class: "bar-more",
          d: `M${BAR_START + length} ${barY + BAR_HEIGHT / 2}h14m-4 -4l4 4l-4 4`,
        }),
      );
      labelX += 16;
    }
    parts.push(
      svg("text", { class: "bar-value", x: labelX, y: barY + BAR_HEIGHT - 3 }, [
        displayValue(record),
        moreThan ? svg("tspan", { class: "bar-qualifier" }, [" more than"]) : null,
      ]),
    );
    return svg("g", { class: "chart-row", "data-country": country.code, "data-value": record.value }, parts);
  });
  const node = svg(
    "svg",
    {
      class: "chart",
      viewBox: `0 0 ${WIDTH} ${height}`,
      width: "100%",
      role: "img",
      "aria-labelledby": titleId,
      preserveAspectRatio: "xMinYMin meet",
    },
    [svg("title", { id: titleId }, [`${spec.title}. ${summary}.`]), ...rows],
  );
  return { node, summary };
}

/** The trade-growth and poll comparisons, each with its "Insert … chart" button. */
export function createCharts(insert: (indicator: ComparableIndicator) => void): HTMLElement {
  return el(
    "div",
    { class: "charts" },
    SPECS.map((spec) => {
      const { node } = chartSvg(spec);
      // One shared period goes into the caption; differing periods are on every row of the chart.
      const periods = [...new Set([...figuresOf(spec.indicator).values()].map((r) => r.period.label))];
      const caption = spec.periodPerRow ? spec.title : `${spec.title} (${periods.join(", ")})`;
      const label = spec.indicator === "trade-growth" ? "Insert trade chart" : "Insert poll chart";
      return el("figure", { class: "chart-figure", "data-indicator": spec.indicator }, [
        el("figcaption", { class: "chart-title" }, [caption]),
        node,
        el("p", { class: "chart-note" }, [spec.note]),
        button(label, () => insert(spec.indicator), {
          appearance: "outline",
          name: spec.indicator === "trade-growth" ? "insert-trade-chart" : "insert-poll-chart",
        }),
      ]);
    }),
  );
}
