/*
 * Every record's period label says the same time as its start and end dates, in English and in Russian. The
 * labels are read back into dates by a small grammar (months, quarters, years, "to 23 Dec", "as of",
 * "not stated"), and the two labels that name the time by an event are listed with their dates. Moving a
 * record's end date without its label, or a label without its dates, fails here.
 */
import { RECORDS } from "../../src/core/dataset";
import { RU_MESSAGES } from "../../src/core/i18n/ru/messages";
import type { IndicatorRecord } from "../../src/core/types";

interface Dates {
  readonly start: string | null;
  readonly end: string | null;
}

const EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** Excel's Russian month abbreviations; the short months are written in full («июнь»). */
const RU_MONTHS = [
  "янв.",
  "февр.",
  "март",
  "апр.",
  "май",
  "июнь",
  "июль",
  "авг.",
  "сент.",
  "окт.",
  "нояб.",
  "дек.",
];
const ROMAN_QUARTERS = ["I", "II", "III", "IV"];

const iso = (year: number, month: number, day: number): string =>
  `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
const lastDay = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();
const monthSpan = (year: number, first: number, last: number): Dates => ({
  start: iso(year, first, 1),
  end: iso(year, last, lastDay(year, last)),
});

/** The words of one language's labels, as patterns over which the grammar below is written. */
interface Words {
  readonly months: readonly string[];
  readonly quarter: (label: string) => { quarter: number; year: number } | null;
  /** "(to 23 Dec)" / «(по 23 дек.)», and the same with the year. */
  readonly to: RegExp;
  readonly asOf: RegExp;
  readonly undated: RegExp;
  readonly notStated: string;
}

const monthPattern = (months: readonly string[]): string =>
  months.map((m) => m.replace(/\./g, "\\.")).join("|");

const EN: Words = {
  months: EN_MONTHS,
  quarter: (label) => {
    const m = /^Q([1-4]) (\d{4})$/.exec(label);
    return m === null ? null : { quarter: Number(m[1]), year: Number(m[2]) };
  },
  to: new RegExp(`^(.*) \\(to (\\d{1,2}) (${monthPattern(EN_MONTHS)})(?: (\\d{4}))?\\)$`),
  asOf: new RegExp(`^as of (\\d{1,2}) (${monthPattern(EN_MONTHS)}) (\\d{4})$`),
  undated: new RegExp(`^date not stated; published (\\d{1,2}) (${monthPattern(EN_MONTHS)}) (\\d{4})$`),
  notStated: "not stated",
};

const RU: Words = {
  months: RU_MONTHS,
  quarter: (label) => {
    const m = /^(I|II|III|IV) кв\. (\d{4})$/.exec(label);
    return m === null ? null : { quarter: ROMAN_QUARTERS.indexOf(m[1]) + 1, year: Number(m[2]) };
  },
  to: new RegExp(`^(.*) \\(по (\\d{1,2}) (${monthPattern(RU_MONTHS)})(?: (\\d{4}))?\\)$`),
  asOf: new RegExp(`^на (\\d{1,2}) (${monthPattern(RU_MONTHS)}) (\\d{4})$`),
  undated: new RegExp(`^дата не указана; опубл\\. (\\d{1,2}) (${monthPattern(RU_MONTHS)}) (\\d{4})$`),
  notStated: "не указано",
};

/** "2008", "Oct 2022", "Jan–Sep 2022", "Q2 2022" (and their Russian forms) as first and last day; else null. */
function readSpan(label: string, words: Words): Dates | null {
  if (/^\d{4}$/.test(label)) return { start: `${label}-01-01`, end: `${label}-12-31` };
  const quarter = words.quarter(label);
  if (quarter !== null) return monthSpan(quarter.year, quarter.quarter * 3 - 2, quarter.quarter * 3);
  const months = monthPattern(words.months);
  const range = new RegExp(`^(${months})(?:–(${months}))? (\\d{4})$`).exec(label);
  if (range === null) return null;
  const first = words.months.indexOf(range[1]) + 1;
  const last = range[2] === undefined ? first : words.months.indexOf(range[2]) + 1;
  return monthSpan(Number(range[3]), first, last);
}

/** The dates a label states, or null where the grammar cannot read it. */
function readLabel(raw: string, words: Words): Dates | null {
  const label = raw.replace(/\u00a0/g, " ");
  if (label === words.notStated) return { start: null, end: null };
  const day = (d: string, month: string, year: string | number): string =>
    iso(Number(year), words.months.indexOf(month) + 1, Number(d));
  const asOf = words.asOf.exec(label) ?? words.undated.exec(label);
  if (asOf !== null) return { start: null, end: day(asOf[1], asOf[2], asOf[3]) };
  const to = words.to.exec(label);
  if (to !== null) {
    const span = readSpan(to[1], words);
    if (span === null) return null;
    const end = day(to[2], to[3], to[4] ?? (span.start as string).slice(0, 4));
    return { start: span.start, end };
  }
  return readSpan(label, words);
}

/**
 * The labels that name their time by an event the source does not date: the start is unknown, the end is
 * publication. Listed here with their dates, since no grammar reads them.
 */
const EVENT_ANCHORED: Readonly<Record<string, Dates>> = {
  "since the start of the war (to 23 Dec 2022)": { start: null, end: "2022-12-23" },
  "after the outbreak of war and the start of mobilization (to 23 Dec 2022)": {
    start: null,
    end: "2022-12-23",
  },
  "с начала войны (по 23\u00a0дек.\u00a02022)": { start: null, end: "2022-12-23" },
  "после начала войны и объявления мобилизации (по 23\u00a0дек.\u00a02022)": {
    start: null,
    end: "2022-12-23",
  },
};

const datesOf = (r: IndicatorRecord): Dates => ({ start: r.period.start, end: r.period.end });
const russianLabel = (r: IndicatorRecord): string => RU_MESSAGES.period(r.period.label);

describe("the grammar reads the label shapes it claims to", () => {
  test.each([
    ["Q2 2022", EN, { start: "2022-04-01", end: "2022-06-30" }],
    ["Jan–Sep 2022", EN, { start: "2022-01-01", end: "2022-09-30" }],
    ["2008", EN, { start: "2008-01-01", end: "2008-12-31" }],
    ["Dec 2022 (to 23 Dec)", EN, { start: "2022-12-01", end: "2022-12-23" }],
    ["Feb 2024", EN, { start: "2024-02-01", end: "2024-02-29" }],
    ["as of 23 Dec 2022", EN, { start: null, end: "2022-12-23" }],
    ["II кв. 2022", RU, { start: "2022-04-01", end: "2022-06-30" }],
    ["янв.–июнь 2022", RU, { start: "2022-01-01", end: "2022-06-30" }],
    ["дек. 2022 (по 23 дек.)", RU, { start: "2022-12-01", end: "2022-12-23" }],
    ["Sometime in 2022", EN, null],
    ["Q5 2022", EN, null],
  ])("%j reads as %j", (label, words, dates) => {
    expect(readLabel(label, words)).toEqual(dates);
  });
});

describe.each([
  ["English", (r: IndicatorRecord) => r.period.label, EN],
  ["Russian", russianLabel, RU],
])("every record's %s period label states its start and end", (_language, labelOf, words) => {
  test.each(RECORDS.map((r) => [r.id, r] as const))("%s", (_id, r) => {
    const label = labelOf(r);
    const listed = Object.prototype.hasOwnProperty.call(EVENT_ANCHORED, label) ? EVENT_ANCHORED[label] : null;
    const read = listed ?? readLabel(label, words);
    expect({ label, dates: read }).toEqual({ label, dates: datesOf(r) });
  });
});

test("every Russian period label is translated, not the English one passed through", () => {
  const untranslated = RECORDS.filter(
    (r) => !/^\d{4}$/.test(r.period.label) && russianLabel(r) === r.period.label,
  );
  expect(untranslated.map((r) => r.id)).toEqual([]);
});
