/*
 * Agreement checks: what the product itself says the workbook should hold, so that the browser tests never
 * copy the dataset. The built custom functions (dist/functions.js, loaded in a Node vm as Excel loads them)
 * answer every label, value, period, qualifier, quote, date and figure's number format, and the citation; the
 * few rules here (General for TRUE/FALSE, text for events, category labels, the timeline's order) are the
 * documented ones, applied to those answers.
 *
 * A test built on these checks that the pane and the functions agree, not that either is right: a change
 * shared by both bundles (a figure, a format, a label) passes it. The pinned expectations, written from the
 * source and independent of the bundle, are in workbook/pinned.e2e.test.mjs.
 */
import { dateSerial } from "../../excel-host/numfmt.mjs";
import { REQUIREMENTS } from "../../excel-host/shim.mjs";
import { loadFunctions } from "../../support/builtFunctions.cjs";

/** @type {Map<string, Function> | null} */
let loaded = null;
/** @type {Map<string, Function> | null} */
let withDataTypes = null;

/** The bundle as Excel without data types runs it: plain numbers, TRUE/FALSE and text. */
function functions() {
  loaded ??= loadFunctions();
  return loaded;
}

/**
 * Calls CA.<name>(...args) of the built bundle; an Excel error (#VALUE!, #N/A) throws, naming the call.
 * @param {string} name @param {...unknown} args
 * @returns {any}
 */
export function ca(name, ...args) {
  const fn = functions().get(name);
  if (fn === undefined) throw new Error(`dist/functions.js has no CA.${name}`);
  try {
    // A copy made in this realm: arrays of the vm's realm would fail deepStrictEqual against ours.
    return structuredClone(fn(...args));
  } catch (error) {
    const e = /** @type {{ code?: string, message?: string }} */ (error);
    throw new Error(`CA.${name}(${args.map((a) => JSON.stringify(a)).join(", ")}) → ${e.code}: ${e.message}`);
  }
}

/** A field of a record, as =CA.INDICATOR(id, , field) answers it. @param {string} id @param {string} field */
export const field = (id, field) => ca("INDICATOR", id, undefined, field);

/**
 * @typedef {{ id: string, country: string, label: string, value: string | number | boolean, unit: string,
 *   period: string, qualifier: string, [column: string]: unknown }} ProductRecord
 */

/**
 * The records CA.INDICATORS(topic) lists, as objects keyed by its header (id, country, label, value, …).
 * @param {string} [topic] @returns {ProductRecord[]}
 */
export function records(topic) {
  const [header, ...rows] = /** @type {unknown[][]} */ (ca("INDICATORS", topic));
  return rows.map(
    (row) =>
      /** @type {ProductRecord} */ (Object.fromEntries(header.map((name, i) => [String(name), row[i]]))),
  );
}

/** @param {string} id @returns {ProductRecord} */
export function record(id) {
  const found = records().find((r) => r.id === id);
  if (found === undefined) throw new Error(`CA.INDICATORS() lists no record ${id}`);
  return found;
}

/** The five countries, in CA.COUNTRIES() order. @returns {{ name: string, code: string }[]} */
export const countries = () =>
  /** @type {string[][]} */ (ca("COUNTRIES")).map(([name, code]) => ({ name, code }));

/** The line every block ends with. */
export const sourceLine = () => `Source: ${ca("SOURCE")}`;

/** The country code a record's id ends with, or null for a region-wide record. @param {string} id */
export function countryCodeOf(id) {
  const suffix = /\.([A-Z]{2})$/.exec(id)?.[1];
  return suffix !== undefined && countries().some((c) => c.code === suffix) ? suffix : null;
}

/**
 * A figure's own number format (0% for 40%, ">"0% for >22%, …), as the functions give it where Excel has data
 * types (ExcelApi 1.19): CA.INDICATOR then answers { type: "Double", basicValue, numberFormat }.
 * @param {string} id
 */
export function figureFormat(id) {
  withDataTypes ??= loadFunctions(REQUIREMENTS.current);
  const answer = withDataTypes.get("INDICATOR")?.(id);
  if (answer === null || typeof answer !== "object" || typeof answer.numberFormat !== "string")
    throw new Error(`CA.INDICATOR("${id}") with data types gave no number format: ${JSON.stringify(answer)}`);
  return /** @type {string} */ (answer.numberFormat);
}

/** Whether a record is a figure (a number), not a stance (TRUE/FALSE) or an event. */
const isFigure = (/** @type {ProductRecord} */ r) => typeof r.value === "number";

/**
 * The number format of a record's value in a table cell: the figure's own, General for stances (TRUE/FALSE)
 * and for events (no value).
 * @param {ProductRecord} r
 */
export const tableValueFormat = (r) => (isFigure(r) ? figureFormat(r.id) : "General");

/** The format of Insert value: as in a table, except that an event's description is written as text (@). */
export const valueFormat = (/** @type {ProductRecord} */ r) =>
  r.unit === "event" ? "@" : tableValueFormat(r);

/** The format of Insert formula: as in a table (a formula in an @ cell would never calculate). */
export const formulaFormat = tableValueFormat;

/**
 * A comparison chart's category: "Kazakhstan (Jan–Oct 2022)", or "Tajikistan (Jan–Aug 2022, more than 22%)"
 * where the source hedges (the compared figures are percentages); without the period where all figures share
 * it (the title gives it): "Kyrgyzstan".
 * @param {ProductRecord} r @param {boolean} withPeriod
 */
export function categoryLabel(r, withPeriod = true) {
  const hedge = r.qualifier === "exact" ? "" : `${r.qualifier} ${Math.round(Number(r.value) * 100)}%`;
  const inBrackets = [withPeriod ? r.period : "", hedge].filter((part) => part !== "");
  return inBrackets.length === 0 ? r.country : `${r.country} (${inBrackets.join(", ")})`;
}

/** The figures of a compared indicator ("trade-growth", "poll-war-blame"), in the source's order. */
export const comparisonFigures = (/** @type {string} */ indicator) =>
  records().filter((r) => r.id.startsWith(`${indicator}.`) && typeof r.value === "number");

/** An ISO date as an Excel serial in the workbook's date system; "" stays "". */
export function serialOf(/** @type {string} */ iso, date1904 = false) {
  if (iso === "") return "";
  const [y, m, d] = iso.split("-").map(Number);
  return dateSerial(y, m, d, date1904);
}

/**
 * The events as the timeline lists them: by end date (undated last), then start date (an open start first),
 * then id; each with its start and end as CA.INDICATOR gives them (ISO dates, or "").
 */
export function timelineEvents() {
  const events = records("events").map((r) => ({
    ...r,
    start: /** @type {string} */ (field(r.id, "start")),
    end: /** @type {string} */ (field(r.id, "end")),
    quote: /** @type {string} */ (field(r.id, "quote")),
  }));
  const byEnd = (/** @type {string} */ a, /** @type {string} */ b) =>
    a === b ? 0 : a === "" ? 1 : b === "" ? -1 : a < b ? -1 : 1;
  return events.sort(
    (a, b) =>
      byEnd(a.end, b.end) ||
      (a.start === b.start ? 0 : a.start < b.start ? -1 : 1) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/**
 * The stance matrix's columns: the stances stated per country, in the dataset's order, with each country's
 * answer. Region-wide stance records have no column.
 * @returns {{ indicator: string, answers: Map<string, boolean> }[]}
 */
export function stanceColumns() {
  /** @type {Map<string, Map<string, boolean>>} */
  const columns = new Map();
  for (const r of records("stances")) {
    const code = countryCodeOf(r.id);
    if (code === null) continue;
    const indicator = r.id.slice(0, -3);
    if (!columns.has(indicator)) columns.set(indicator, new Map());
    columns.get(indicator)?.set(code, /** @type {boolean} */ (r.value));
  }
  return [...columns].map(([indicator, answers]) => ({ indicator, answers }));
}

/**
 * A workbook option that calculates =CA.NAME("a","b") formulas with the built functions, as Excel would (the
 * host evaluates nothing else); a CA error gives the cell its error value.
 * @param {string} formula
 */
export function evaluateCaFormula(formula) {
  const match = /^=CA\.([A-Z]+)\((.*)\)$/.exec(formula);
  if (match === null) return undefined;
  const fn = functions().get(match[1]);
  if (fn === undefined) return { error: "#NAME?" };
  const args = match[2] === "" ? [] : match[2].split(",").map((a) => JSON.parse(a.trim()));
  try {
    return structuredClone(fn(...args));
  } catch (error) {
    return { error: /** @type {{ code: string }} */ (error).code };
  }
}
