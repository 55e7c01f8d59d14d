import {
  COMPARISONS,
  comparisonFigures,
  comparisonOrder,
  sharedPeriod,
  type Comparison,
  type ComparableIndicator,
} from "../../core/comparisons";
import { QUALIFIER_PREFIXES } from "../../core/figureDisplay";
import type { FigureRecord } from "../../core/types";
import type { PaneLanguage } from "../i18n";
import { button, el, svg, uniqueId } from "./dom";
import { translated } from "./text";

/**
 * One bar per country; countries without a record get a note instead of a bar (never a zero bar). Titles,
 * notes, wording and buttons come from the comparison registry, as in the chart written to Excel.
 */
interface ChartSpec {
  readonly comparison: Comparison;
  readonly title: string;
  /** What to say for a country the source has no figure for. */
  readonly missing: string;
  /** Whether each row repeats its period (the trade periods differ; the poll has one date). */
  readonly periodPerRow: boolean;
}

function specOf(comparison: Comparison, { words }: PaneLanguage): ChartSpec {
  return {
    comparison,
    title: words.comparisonTitle(comparison.indicator),
    missing: words.missingInSource(comparison.indicator),
    periodPerRow: sharedPeriod(comparison.indicator) === null,
  };
}

const WIDTH = 360;
const LABEL_WIDTH = 112;
const BAR_START = LABEL_WIDTH + 6;
const BAR_SPACE = 180;
const ROW_HEIGHT = 34;
const BAR_HEIGHT = 14;

function figuresOf(indicator: ComparableIndicator): ReadonlyMap<string, FigureRecord> {
  return new Map(comparisonFigures(indicator).map((r) => [r.scope, r]));
}

/** Words a screen reader gets for one country. */
function spoken(
  name: string,
  record: FigureRecord | undefined,
  spec: ChartSpec,
  { t, words }: PaneLanguage,
): string {
  if (!record) return t.spokenMissing(name, spec.missing);
  // The hedge's sign (figureDisplay's table) said as words: ">22%" is read "more than 22%".
  const sign = QUALIFIER_PREFIXES[record.qualifier];
  const said = record.qualifier === "more than" ? t.spokenMoreThan : t.spokenAbout;
  const shown = words.value(record);
  const value = sign !== "" && shown.startsWith(sign) ? said + shown.slice(sign.length) : shown;
  return t.spoken(name, value, words.period(record.period.label));
}

function chartSvg(spec: ChartSpec, language: PaneLanguage): { node: SVGSVGElement; summary: string } {
  const { t, words } = language;
  const figures = figuresOf(spec.comparison.indicator);
  const max = Math.max(...[...figures.values()].map((r) => r.value)) * 1.05;
  // The order of the rows written into Excel: the figures in the source's order, then the countries without one.
  const order = comparisonOrder(spec.comparison.indicator);
  const height = order.length * ROW_HEIGHT + 4;
  const titleId = uniqueId("chart-title");
  const summary = order
    .map((code) => spoken(words.country(code), figures.get(code), spec, language))
    .join("; ");
  const rows = order.map((code, i) => {
    const record = figures.get(code);
    const top = i * ROW_HEIGHT + 4;
    const labelY = spec.periodPerRow ? top + 11 : top + 15;
    const parts: SVGElement[] = [
      svg("text", { class: "chart-country", x: 0, y: labelY }, [words.country(code)]),
    ];
    if (spec.periodPerRow && record) {
      parts.push(
        svg("text", { class: "chart-period", x: 0, y: top + 25 }, [words.period(record.period.label)]),
      );
    }
    if (!record) {
      parts.push(svg("text", { class: "chart-missing", x: BAR_START, y: top + 15 }, [spec.missing]));
      return svg("g", { class: "chart-row missing", "data-country": code }, parts);
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
        words.value(record),
        moreThan ? svg("tspan", { class: "bar-qualifier" }, [t.moreThanTag]) : null,
      ]),
    );
    return svg("g", { class: "chart-row", "data-country": code, "data-value": record.value }, parts);
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

/** Every comparison of the registry, each with its "Insert … chart" button. */
export function createCharts(
  insert: (indicator: ComparableIndicator) => void,
  language: PaneLanguage,
): HTMLElement {
  const { words } = language;
  return el(
    "div",
    { class: "charts" },
    COMPARISONS.map((comparison) => {
      const spec = specOf(comparison, language);
      const { node } = chartSvg(spec, language);
      return el("figure", { class: "chart-figure", "data-indicator": comparison.indicator }, [
        el("figcaption", { class: "chart-title" }, [spec.title]),
        node,
        ...words
          .comparisonNotes(comparison.indicator)
          // A record's caveat quotes the source's English words ("polls show"): marked as such in Russian.
          .map((note) => el("p", { class: "chart-note" }, translated(note, language))),
        button(words.comparisonButton(comparison.indicator), () => insert(comparison.indicator), {
          appearance: "outline",
          name: comparison.buttonName,
        }),
      ]);
    }),
  );
}
