/*
 * Number formats and typed input, approximately as Excel (en-US) does them: the display text of a value under a
 * number format (Range.text), date serials in the 1900 and 1904 date systems, and how a typed string becomes a
 * number, percentage, date, boolean, error or text when written through Range.values.
 *
 * Covered: General, @, 0 # ? placeholders, decimals, thousands separators and scaling commas, %, quoted and
 * backslash literals, [colour] and [condition] tags (ignored), up to four sections, E+00, and dates and times
 * (yyyy yy mmmm mmm mm m dddd ddd dd d hh h mm ss AM/PM). Not covered: fractions, elapsed [h], locales.
 */

const ERROR_VALUES = Object.freeze([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BUSY!",
  "#CONNECT!",
  "#BLOCKED!",
  "#UNKNOWN!",
  "#PYTHON!",
]);

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** The date serial of a calendar day. @param {number} y @param {number} m 1-12 @param {number} d @param {boolean} date1904 */
export function dateSerial(y, m, d, date1904 = false) {
  const ms = Date.UTC(y, m - 1, d);
  if (date1904) return (ms - EPOCH_1904) / DAY_MS;
  const serial = (ms - EPOCH_1900) / DAY_MS;
  return serial < 61 ? serial - 1 : serial; // Excel counts a 29 February 1900 (serial 60)
}

/** The calendar parts of a serial. @param {number} serial @param {boolean} date1904 */
function serialParts(serial, date1904 = false) {
  const days = Math.floor(serial);
  let seconds = Math.round((serial - days) * 86_400);
  let dayCount = days;
  if (seconds >= 86_400) {
    seconds -= 86_400;
    dayCount += 1;
  }
  let y, m, d, weekday;
  if (!date1904 && dayCount === 60) [y, m, d, weekday] = [1900, 2, 29, 3];
  else {
    const base = date1904 ? EPOCH_1904 : dayCount < 60 ? EPOCH_1900 + DAY_MS : EPOCH_1900;
    const date = new Date(base + dayCount * DAY_MS);
    [y, m, d, weekday] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCDay()];
  }
  return {
    y,
    m,
    d,
    weekday,
    h: Math.floor(seconds / 3600),
    min: Math.floor(seconds / 60) % 60,
    s: seconds % 60,
  };
}

/** "General": integers as they are, others to 10 significant digits, E notation when very large or small. @param {number} v */
function generalNumber(v) {
  if (Number.isInteger(v) && Math.abs(v) < 1e11) return String(v);
  const a = Math.abs(v);
  if (a >= 1e11 || (a !== 0 && a < 1e-9)) {
    const [mant, exp] = v.toExponential(5).split("e");
    const e = Number(exp);
    return `${mant.replace(/\.?0+$/, "")}E${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  }
  return String(Number(v.toPrecision(10)));
}

/** Splits a format into sections at ";" outside quotes and brackets. @param {string} format */
function sections(format) {
  const out = [];
  let current = "";
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === '"' && !bracket) quoted = !quoted;
    else if (c === "\\" && !quoted) {
      current += c + (format[i + 1] ?? "");
      i++;
      continue;
    } else if (c === "[" && !quoted) bracket = true;
    else if (c === "]" && !quoted) bracket = false;
    else if (c === ";" && !quoted && !bracket) {
      out.push(current);
      current = "";
      continue;
    }
    current += c;
  }
  out.push(current);
  return out;
}

/** Tokens of one section: literals and format characters. @param {string} section */
function tokenize(section) {
  const tokens = [];
  for (let i = 0; i < section.length; i++) {
    const c = section[i];
    if (c === '"') {
      const end = section.indexOf('"', i + 1);
      tokens.push({ lit: section.slice(i + 1, end < 0 ? undefined : end) });
      i = end < 0 ? section.length : end;
    } else if (c === "\\") tokens.push({ lit: section[++i] ?? "" });
    else if (c === "[")
      i = Math.max(i, section.indexOf("]", i)); // colours and conditions
    else if (c === "_") tokens.push({ lit: " ", skip: section[++i] });
    else if (c === "*") i++;
    else tokens.push({ ch: c });
  }
  return tokens;
}

const isDateSection = (tokens) =>
  tokens.some((t) => t.ch !== undefined && /[yYdDhHsS]/.test(t.ch)) ||
  (tokens.some((t) => t.ch !== undefined && /[mM]/.test(t.ch)) &&
    !tokens.some((t) => t.ch !== undefined && /[0#?]/.test(t.ch)));

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

function formatDate(tokens, serial, date1904) {
  const p = serialParts(serial, date1904);
  const text = tokens.map((t) => (t.lit !== undefined ? t.lit : t.ch)).join("");
  const ampm = /AM\/PM|A\/P/i.test(text);
  const runs = text.match(/"[^"]*"|y+|m+|d+|h+|s+|AM\/PM|A\/P|./gi) ?? [];
  let lastWasHour = false;
  return runs
    .map((run, i) => {
      const lower = run.toLowerCase();
      const next = runs.slice(i + 1).find((r) => /^[a-z]/i.test(r)) ?? "";
      let out = run;
      if (lower[0] === "y") out = lower.length <= 2 ? String(p.y % 100).padStart(2, "0") : String(p.y);
      else if (lower[0] === "m" && (lastWasHour || /^s/i.test(next)) && lower.length <= 2)
        out = String(p.min).padStart(lower.length, "0");
      else if (lower[0] === "m")
        out = [
          String(p.m),
          String(p.m).padStart(2, "0"),
          MONTHS[p.m - 1].slice(0, 3),
          MONTHS[p.m - 1],
          MONTHS[p.m - 1][0],
        ][Math.min(lower.length, 5) - 1];
      else if (lower[0] === "d")
        out = [String(p.d), String(p.d).padStart(2, "0"), DAYS[p.weekday].slice(0, 3), DAYS[p.weekday]][
          Math.min(lower.length, 4) - 1
        ];
      else if (lower[0] === "h") {
        const h = ampm ? ((p.h + 11) % 12) + 1 : p.h;
        out = String(h).padStart(lower.length >= 2 ? 2 : 1, "0");
      } else if (lower[0] === "s") out = String(p.s).padStart(lower.length >= 2 ? 2 : 1, "0");
      else if (lower === "am/pm") out = p.h < 12 ? "AM" : "PM";
      else if (lower === "a/p") out = p.h < 12 ? "A" : "P";
      if (/^[a-z]/i.test(run)) lastWasHour = lower[0] === "h";
      return out;
    })
    .join("");
}

function formatNumeric(tokens, value, signed) {
  const chars = tokens.filter((t) => t.ch !== undefined).map((t) => t.ch);
  const percent = chars.filter((c) => c === "%").length;
  const sci = tokens.findIndex((t) => t.ch === "E" || t.ch === "e");
  const dot = tokens.findIndex((t) => t.ch === ".");
  const isPh = (t) => t.ch === "0" || t.ch === "#" || t.ch === "?";
  const intEnd = dot >= 0 ? dot : sci >= 0 ? sci : tokens.length;
  const intPh = tokens.slice(0, intEnd).filter(isPh);
  const decPh = dot >= 0 ? tokens.slice(dot + 1, sci >= 0 ? sci : tokens.length).filter(isPh) : [];
  const lastInt = tokens.slice(0, intEnd).map(isPh).lastIndexOf(true);
  let scale = 0;
  for (let i = lastInt + 1; i < intEnd && tokens[i].ch === ","; i++) scale++;
  const grouping = tokens.slice(0, lastInt).some((t) => t.ch === ",");
  let v = (Math.abs(value) * 100 ** percent) / 1000 ** scale;
  let exponent = 0;
  if (sci >= 0 && v !== 0) {
    exponent = Math.floor(Math.log10(v)) - (Math.max(intPh.length, 1) - 1);
    v /= 10 ** exponent;
  }
  const fixed = v.toFixed(decPh.length);
  let [intDigits, decDigits = ""] = fixed.split(".");
  const minInt = intPh.filter((t) => t.ch === "0").length;
  if (intDigits === "0" && minInt === 0) intDigits = "";
  intDigits = intDigits.padStart(minInt, "0");
  if (grouping) intDigits = intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const decChars = decDigits.split("");
  for (let i = decPh.length - 1; i >= 0 && decPh[i].ch !== "0" && decChars[i] === "0"; i--)
    decChars[i] = decPh[i].ch === "?" ? " " : "";
  let out = "";
  let intPlaced = false;
  let decIndex = 0;
  tokens.forEach((t, i) => {
    if (t.lit !== undefined) out += t.lit;
    else if (i < intEnd && isPh(t)) {
      if (!intPlaced) out += intDigits;
      intPlaced = true;
    } else if (i === dot) out += decPh.length > 0 || intPh.length > 0 ? "." : "";
    else if (i > dot && dot >= 0 && isPh(t) && (sci < 0 || i < sci)) out += decChars[decIndex++] ?? "";
    else if (i === sci) out += `E${exponent < 0 ? "-" : "+"}`;
    else if (sci >= 0 && i > sci && isPh(t)) {
      if (tokens[i - 1].ch === "+" || tokens[i - 1].ch === "-" || !isPh(tokens[i - 1]))
        out += String(Math.abs(exponent)).padStart(tokens.slice(i).filter(isPh).length, "0");
    } else if (sci >= 0 && i === sci + 1 && (t.ch === "+" || t.ch === "-")) out += "";
    else if (t.ch === ",") out += "";
    else out += t.ch;
  });
  if (out.endsWith(".") && decPh.length === 0) out = out.slice(0, -1);
  return signed && value < 0 && Number(fixed) !== 0 ? `-${out}` : out;
}

/**
 * The text Excel shows for a value under a number format.
 * @param {number | string | boolean | null | { error: string }} value
 * @param {string} format
 * @param {{ date1904?: boolean }} [options]
 */
export function formatValue(value, format, options = {}) {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "object") return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const parts = sections(format ?? "General");
  if (typeof value === "string") {
    const textSection = parts[3] ?? (parts.length === 1 && parts[0].includes("@") ? parts[0] : null);
    if (textSection === null) return value;
    return tokenize(textSection)
      .map((t) => (t.lit !== undefined ? t.lit : t.ch === "@" ? value : t.ch))
      .join("");
  }
  let section = parts[0];
  let signed = true;
  if (value < 0 && parts.length >= 2 && parts[1] !== "") [section, signed] = [parts[1], false];
  else if (value === 0 && parts.length >= 3) section = parts[2];
  if (/^\s*general\s*$/i.test(section) || section.trim() === "@")
    return (signed ? "" : "") + generalNumber(signed ? value : Math.abs(value));
  const tokens = tokenize(section);
  if (isDateSection(tokens)) {
    if (value < 0) return "#".repeat(11);
    return formatDate(tokens, value, options.date1904 ?? false);
  }
  return formatNumeric(tokens, value, signed);
}

/**
 * How Excel (en-US) reads a typed string written through Range.values: the value and, when the cell's format is
 * General, the number format it implies (percentages, dates, thousands separators).
 * @param {string} text
 * @param {{ date1904?: boolean }} [options]
 * @returns {{ value: number | string | boolean | null | { error: string }, format?: string }}
 */
export function parseInput(text, options = {}) {
  if (text === "") return { value: null };
  if (text.startsWith("'")) return { value: text.slice(1) };
  const t = text.trim();
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === "true" };
  const error = ERROR_VALUES.find((e) => e === t.toUpperCase());
  if (error) return { value: { error } };
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return { value: Number(t) };
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t))
    return { value: Number(t.replace(/,/g, "")), format: t.includes(".") ? "#,##0.00" : "#,##0" };
  const pct = /^([+-]?(\d+\.?\d*|\.\d+))\s*%$/.exec(t);
  if (pct) return { value: Number(pct[1]) / 100, format: pct[1].includes(".") ? "0.00%" : "0%" };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  /** @type {[number, number, number, string] | []} */
  const parts = iso
    ? [+iso[1], +iso[2], +iso[3], "yyyy-mm-dd"]
    : us
      ? [+us[3], +us[1], +us[2], "m/d/yyyy"]
      : [];
  const [y = 0, m = 0, d = 0, format] = parts;
  if (format && m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate()) {
    const serial = dateSerial(y, m, d, options.date1904 ?? false);
    if (serial >= 0) return { value: serial, format };
  }
  return { value: text };
}
