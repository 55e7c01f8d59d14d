/*
 * The indicators compared across countries (one figure per country): defined once here, and everything that
 * names or describes a comparison (the CA function, the pane's chart and button, the chart and sheet written
 * into Excel, the wording for a country without a figure) is derived from this list. Adding a comparison is
 * one entry here plus its data, its Russian words (RU_TERMS.comparisons, RU_MISSING_FIGURES: the build fails
 * without them), and its CA function in src/functions with its Russian metadata.
 */
import { COUNTRIES, scopeLabel, type Country } from "./countries";
import { RECORDS_BY_INDICATOR, type IndicatorId } from "./dataset";
import { displayValue } from "./fields";
import type { FigureRecord } from "./types";

interface ComparisonEntry {
  readonly indicator: IndicatorId;
  /** The CA function that returns one country's figure (`=CA.RUTRADE("UZ")`). */
  readonly functionName: string;
  /** What the figures measure, without the period: the chart title starts with it. */
  readonly title: string;
  /** Heading of the value column written beside the chart. */
  readonly series: string;
  /** Name of the sheet a chart inserted on a new sheet gets. */
  readonly sheetName: string;
  /** The pane's button, and its stable name for tests and assistive technology. */
  readonly buttonLabel: string;
  readonly buttonName: string;
  /** What a missing figure is called: "The source reports no poll for Tajikistan". */
  readonly missingFigure: string;
}

export const COMPARISONS = [
  {
    indicator: "trade-growth",
    functionName: "RUTRADE",
    title: "Growth of Russia’s trade turnover with Central Asian countries, 2022",
    series: "Growth of trade turnover with Russia",
    sheetName: "Trade growth chart",
    buttonLabel: "Insert trade chart",
    buttonName: "insert-trade-chart",
    missingFigure: "trade-turnover growth figure",
  },
  {
    indicator: "poll-war-blame",
    functionName: "RUPOLL",
    title: "People who blame the current economic problems on the Russian occupation of Ukraine",
    series: "Share who blame the occupation",
    sheetName: "Occupation blame poll chart",
    buttonLabel: "Insert poll chart",
    buttonName: "insert-poll-chart",
    missingFigure: "poll",
  },
] as const satisfies readonly ComparisonEntry[];

export type Comparison = (typeof COMPARISONS)[number];
export type ComparableIndicator = Comparison["indicator"];

export function comparison(indicator: ComparableIndicator): Comparison {
  // Every ComparableIndicator is an entry: the type is derived from the list.
  return COMPARISONS.find((c) => c.indicator === indicator) as Comparison;
}

export function isComparable(indicator: string): indicator is ComparableIndicator {
  return COMPARISONS.some((c) => c.indicator === indicator);
}

/** The compared figures, one per country the source reports, in the dataset's (the source's) order. */
export function comparisonFigures(indicator: ComparableIndicator): readonly FigureRecord[] {
  return (RECORDS_BY_INDICATOR.get(indicator) ?? []).filter((r): r is FigureRecord => r.kind === "figure");
}

/**
 * The order every rendering lists the countries in (the sheet's rows, the chart's bars, the pane's preview):
 * those with a figure in the source's order, then those without one in the usual order.
 */
export function comparisonOrder(indicator: ComparableIndicator): readonly Country["code"][] {
  return [
    ...comparisonFigures(indicator).map((r) => r.scope as Country["code"]),
    ...missingCountries(indicator).map((c) => c.code),
  ];
}

/**
 * The caveats the records carry (their notes, in the language `noteOf` gives), each once: a note another one
 * already contains is left out (Uzbekistan's poll note repeats the poll-wide one after its own sentence).
 */
export function comparisonCaveats(
  indicator: ComparableIndicator,
  noteOf: (record: FigureRecord) => string | undefined,
): readonly string[] {
  const notes = [...new Set(comparisonFigures(indicator).map(noteOf))].filter(
    (n): n is string => n !== undefined && n !== "",
  );
  return notes.filter((n) => !notes.some((other) => other !== n && other.includes(n)));
}

/** The countries the source gives no figure for, in the usual order. */
export function missingCountries(indicator: ComparableIndicator): readonly Country[] {
  const reported = new Set<string>(comparisonFigures(indicator).map((r) => r.scope));
  return COUNTRIES.filter((c) => !reported.has(c.code));
}

/** The one period all figures share, or null when they differ (then each row carries its own). */
export function sharedPeriod(indicator: ComparableIndicator): string | null {
  const periods = new Set(comparisonFigures(indicator).map((r) => r.period.label));
  return periods.size === 1 ? [...periods][0] : null;
}

/** The chart's title, in the pane and in Excel: what is measured, and the period or "periods differ". */
export function comparisonTitle(indicator: ComparableIndicator): string {
  const period = sharedPeriod(indicator);
  return `${comparison(indicator).title} (${period ?? "periods differ"})`;
}

/** "The source reports no poll for Tajikistan, Turkmenistan." */
export function missingFigureSentence(indicator: ComparableIndicator): string | null {
  const missing = missingCountries(indicator);
  if (missing.length === 0) return null;
  return `The source reports no ${comparison(indicator).missingFigure} for ${missing.map((c) => c.name).join(", ")}.`;
}

/**
 * The notes every rendering of the comparison carries: missing countries, lower bounds, differing periods, and
 * the records' own caveats (the polls' undated, unnamed source).
 */
export function comparisonNotes(indicator: ComparableIndicator): readonly string[] {
  const figures = comparisonFigures(indicator);
  const notes: string[] = [];
  const missing = missingFigureSentence(indicator);
  if (missing !== null) notes.push(missing);
  if (figures.some((r) => r.qualifier === "more than")) {
    notes.push("“>” or “more than”: the source gives the figure as a lower bound.");
  }
  if (sharedPeriod(indicator) === null) notes.push("Periods differ by country; compare with care.");
  return [...notes, ...comparisonCaveats(indicator, (r) => r.note)];
}

/**
 * "Kazakhstan (Jan–Oct 2022)", or "Tajikistan (Jan–Aug 2022, more than 22%)" where the source hedges: the
 * hedge with the figure it hedges, not a dangling "more than". Without the period (all figures share it and
 * the title gives it): "Kyrgyzstan", "Tajikistan (more than 22%)".
 */
export function categoryLabel(record: FigureRecord, withPeriod = true): string {
  const hedge =
    record.qualifier === "exact"
      ? ""
      : `${record.qualifier} ${displayValue({ ...record, qualifier: "exact" })}`;
  const inBrackets = [withPeriod ? record.period.label : "", hedge].filter((part) => part !== "").join(", ");
  return inBrackets === "" ? scopeLabel(record.scope) : `${scopeLabel(record.scope)} (${inBrackets})`;
}
