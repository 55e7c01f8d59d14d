import { RECORDS } from "../../../src/core/dataset";
import { RU_WORKBOOK } from "../../../src/excel/i18n/ru";
import {
  copiedCitation,
  manyRecordsNote,
  NOTE_QUOTE_LIMIT,
  noteText,
  ownNoteIds,
  shortenQuote,
} from "../../../src/excel/citations/citationText";
import { record } from "../../support/records";

const LONG =
  "Russia's trade turnover with the region is growing rapidly: by 10 percent with Kazakhstan in the first ten months of this year, by 40 percent with Uzbekistan in the first nine months, and by more than 22 percent with Tajikistan in the first eight months.";

describe("shortenQuote keeps the quote verbatim, or cuts it between words with an ellipsis", () => {
  test("a quote that fits is unchanged", () => {
    expect(shortenQuote("Short and sweet.", "sweet", 40)).toBe("Short and sweet.");
  });

  test("a long quote keeps the stated words, cut between words, marked with …", () => {
    const short = shortenQuote(LONG, "more than 22 percent", 80);
    expect(short).toContain("more than 22 percent");
    expect(short.startsWith("…")).toBe(true);
    const inner = short.replace(/^…|…$/g, "");
    // Every kept piece is a run of whole words of the quote, in place.
    expect(LONG).toContain(inner);
    const at = LONG.indexOf(inner);
    expect(at === 0 || LONG[at - 1] === " ").toBe(true);
    const end = at + inner.length;
    expect(end === LONG.length || LONG[end] === " " || short.endsWith(LONG.slice(end - 1, end))).toBe(true);
    expect(short.length).toBeLessThanOrEqual(80 + 2 + 20);
  });

  test("every record's quote, at several limits: whole words only, the stated words kept, never longer than needed", () => {
    for (const r of RECORDS) {
      for (const limit of [40, 80, NOTE_QUOTE_LIMIT]) {
        const short = shortenQuote(r.quote, r.statedAs, limit);
        const inner = short.replace(/^…/, "").replace(/…$/, "");
        const at = r.quote.indexOf(inner);
        expect([r.id, limit, at >= 0]).toEqual([r.id, limit, true]);
        expect([r.id, at === 0 || /\s/.test(r.quote[at - 1])]).toEqual([r.id, true]);
        const end = at + inner.length;
        expect([r.id, end === r.quote.length || /\s/.test(r.quote[end])]).toEqual([r.id, true]);
        expect([r.id, short.startsWith("…"), short.endsWith("…")]).toEqual([
          r.id,
          at > 0,
          end < r.quote.length,
        ]);
        if (r.statedAs.length <= limit && r.quote.includes(r.statedAs)) {
          expect([r.id, short.includes(r.statedAs)]).toEqual([r.id, true]);
        }
      }
    }
  });
});

describe("noteText: what a cell's note says", () => {
  test("a hedged figure: label, value as stated, quote, citation, and the id after the add-in's name", () => {
    const note = noteText(record("trade-growth.TJ"));
    const lines = note.split("\n");
    expect(lines[0]).toBe(record("trade-growth.TJ").label);
    expect(lines[1]).toBe(">22% (more than), Jan–Aug 2022");
    expect(note).toContain("more than 22 percent");
    expect(note).toContain("Temur Umarov");
    expect(note).toContain("machine translation");
    expect(lines[lines.length - 1]).toBe("Central Asia Indicators · trade-growth.TJ");
    expect(ownNoteIds(note)).toEqual(["trade-growth.TJ"]);
  });

  test("a stance says its basis and condition", () => {
    const note = noteText(record("allows-private-mir-use.KZ"));
    expect(note).toContain("Basis: stated");
    expect(note).toContain("Condition: only after obtaining US approval to do so");
    expect(noteText(record("supported-invasion.UZ"))).toContain("Basis: region-wide");
  });

  test("every record's note stays readable in a note box (at most about 700 characters)", () => {
    for (const r of RECORDS) expect([r.id, noteText(r).length <= 700]).toEqual([r.id, true]);
  });

  test("in Russian: Russian label and value style, English quote, Russian signature the add-in still knows", () => {
    const note = noteText(record("trade-growth.TJ"), RU_WORKBOOK);
    expect(note).toContain(">22");
    expect(note).toContain("более");
    expect(note).toContain("more than 22 percent");
    expect(ownNoteIds(note)).toEqual(["trade-growth.TJ"]);
  });

  test("a cell standing for many records lists some and counts the rest", () => {
    const records = RECORDS.slice(0, 8);
    const note = manyRecordsNote(records);
    expect(note).toContain("8 records");
    expect(note).toContain("and 3 more");
    expect(ownNoteIds(note)).toEqual(records.map((r) => r.id));
  });

  test("a user's note is not taken for the add-in's", () => {
    expect(ownNoteIds("Checked with the ministry, 2023")).toBeNull();
    expect(ownNoteIds("Central Asia Indicators are great")).toBeNull();
    expect(ownNoteIds(undefined)).toBeNull();
  });
});

describe("copiedCitation", () => {
  test("author, title, outlet, date, the machine-translated republication, no invented URL, then the quote", () => {
    const text = copiedCitation(record("trade-growth.UZ"));
    const [citation, quote] = text.split("\n");
    expect(citation).toMatch(
      /^Temur Umarov, “Russia and Central Asia: Never Closer, or Drifting Apart\?”, Carnegie/,
    );
    expect(citation).toContain("December 2022");
    expect(citation).toContain("republished (machine translation) by exbulletin.com on 2022-12-23");
    expect(citation).toContain("URL: none");
    expect(citation).not.toMatch(/https?:/);
    expect(quote).toBe(`“${record("trade-growth.UZ").quote}”`);
  });

  test("in Russian, the date in words and the quote in English", () => {
    const text = copiedCitation(record("trade-growth.UZ"), RU_WORKBOOK);
    expect(text).toContain("23 декабря 2022 года");
    expect(text).toContain(record("trade-growth.UZ").quote);
  });
});
