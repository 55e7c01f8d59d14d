import { EN_WORKBOOK } from "../../../src/excel/i18n/en";
import { TABLE_COLUMNS } from "../../../src/excel/columns";
import { COUNTRIES } from "../../../src/core/countries";
import { comparisonChartData, stanceMatrix, tableBlock, timeline } from "../../../src/excel/blocks";
import { ownNoteIds } from "../../../src/excel/citations/citationText";
import {
  fingerprint,
  freezeCell,
  readStore,
  removesNote,
  stillFrozen,
  storeCells,
  type FreezeInput,
} from "../../../src/excel/citations/freeze";
import { encodeEntry } from "../../../src/excel/citations/registry";
import { caCells, cellMeanings } from "../../../src/excel/citations/scan";
import { RECORDS } from "../../../src/core/dataset";

function input(
  formula: string,
  value: unknown,
  numberFormat = "General",
  extra: Partial<FreezeInput> = {},
): FreezeInput {
  const [cell] = caCells(
    "Data",
    [{ address: "Data!B3", formulas: [[formula]], values: [[value]], numberFormat: [[numberFormat]] }],
    false,
  );
  return {
    cell,
    meanings: cellMeanings(cell, new Map(), (t) => t),
    spill: null,
    entity: null,
    note: null,
    ...extra,
  };
}

describe("freezeCell: what a frozen cell keeps", () => {
  test("a lookup on a General cell keeps the figure's own format, so >22% still reads >22%", () => {
    const frozen = freezeCell(input('=CA.RUTRADE("TJ")', 0.22), true);
    expect(frozen).toMatchObject({
      kind: "value",
      address: "B3",
      range: "B3",
      values: [[0.22]],
      numberFormat: '">"0%',
    });
    expect(ownNoteIds(frozen.note)).toEqual(["trade-growth.TJ"]);
    expect(frozen.stored).toMatchObject({
      formula: '=CA.RUTRADE("TJ")',
      numberFormat: "General",
      noteAdded: true,
    });
  });

  test("a cell with its own format keeps it; a computed value keeps the cell's format", () => {
    expect(freezeCell(input('=CA.RUTRADE("UZ")', 0.4, "0.0%"), true).numberFormat).toBeNull();
    expect(freezeCell(input('=CA.RUTRADE("UZ")*100', 40), true).numberFormat).toBeNull();
  });

  test("a cell that has a note keeps it and gets none; without notes in Excel, none is added", () => {
    expect(freezeCell(input('=CA.RUTRADE("UZ")', 0.4, "General", { note: "mine" }), true).note).toBeNull();
    const noNotes = freezeCell(input('=CA.RUTRADE("UZ")', 0.4, "General", { note: undefined }), false);
    expect(noNotes.note).toBeNull();
    expect(noNotes.stored.noteAdded).toBe(false);
  });

  test("a mixed formula's note lists every record it uses", () => {
    const frozen = freezeCell(input('=CA.RUTRADE("UZ")-CA.RUTRADE("KZ")', 0.3), true);
    expect(ownNoteIds(frozen.note)).toEqual(["trade-growth.UZ", "trade-growth.KZ"]);
  });

  test("a spill is written over its own range; a card as the card", () => {
    const values = [
      ["id", "country"],
      ["trade-growth.KZ", "Kazakhstan"],
    ];
    const spill = freezeCell(
      input('=CA.INDICATORS("trade")', "id", "General", { spill: { address: "Data!B3:C4", values } }),
      true,
    );
    expect(spill).toMatchObject({ kind: "spill", range: "B3:C4", values });
    const card = freezeCell(
      input('=CA.COUNTRY("UZ")', "#VALUE!", "General", { entity: { type: "Entity", text: "Uzbekistan" } }),
      true,
    );
    expect(card.kind).toBe("card");
    expect(card.stored.fingerprint).toBe(fingerprint("card", [], "Uzbekistan"));
  });
});

describe("the store and restoring", () => {
  const frozen = freezeCell(input('=CA.RUTRADE("TJ")', 0.22), true);

  test("the store reads back what was written (a quote prefix, if reported, ignored)", () => {
    const rows = storeCells([frozen.stored]);
    expect(rows[1].slice(0, 3)).toEqual(["Data", "B3", '=CA.RUTRADE("TJ")']);
    expect(readStore(rows)).toEqual([frozen.stored]);
    const prefixed = rows.map((row) =>
      row.map((v) => (typeof v === "string" && v.startsWith("=") ? `'${v}` : v)),
    );
    expect(readStore(prefixed)).toEqual([frozen.stored]);
    expect(readStore([["header"], ["Data", "B3", "B3", "nonsense", "=x"], [1, 2, 3]])).toEqual([]);
  });

  test("every field survives the store, the usual ones left out of it", () => {
    const unusual = {
      ...frozen.stored,
      kind: "spill" as const,
      range: "B3:L40",
      numberFormat: '"≈"0.0%',
      formulaLocal: '=CA.ПОКАЗАТЕЛИ_ЦА("trade"; "KZ")',
      noteAdded: true,
    };
    const next = { ...frozen.stored, address: "C9", range: "C9", noteAdded: false };
    const rows = storeCells([unusual, next]);
    expect(rows[2][0]).toBe(""); // the same sheet is not repeated
    expect(rows[2][3]).toBe(frozen.stored.fingerprint); // a usual cell: its fingerprint alone
    expect(readStore(rows)).toEqual([unusual, next]);
  });

  test("a cell still holding the frozen value restores; an edited or re-typed one does not", () => {
    expect(stillFrozen(frozen.stored, { values: [[0.22]], formulas: [[0.22]], note: null })).toBe(true);
    expect(stillFrozen(frozen.stored, { values: [[0.25]], formulas: [[0.25]], note: null })).toBe(false);
    expect(stillFrozen(frozen.stored, { values: [[0.22]], formulas: [["=0.22"]], note: null })).toBe(false);
    expect(stillFrozen(frozen.stored, { values: [[0.22 + 1e-17]], formulas: [[0.22]], note: null })).toBe(
      true,
    );
  });

  test("restoring removes the note freezing added, only while it is still the add-in's", () => {
    const now = (note: string | null) => ({ values: [[0.22]], formulas: [[0.22]], note });
    expect(removesNote(frozen.stored, now(frozen.note))).toBe(true);
    expect(removesNote(frozen.stored, now("The user's own words now"))).toBe(false);
    expect(removesNote(frozen.stored, now(null))).toBe(false);
  });
});

describe("every inserted block is remembered, and cites a sentence for each value", () => {
  test("tables and the timeline carry their quote column; their marks name the id column", () => {
    // The table with every column (the column chooser's full set), so that its id column is there to name.
    for (const block of [tableBlock(RECORDS.slice(0, 5), "T", EN_WORKBOOK, TABLE_COLUMNS), timeline()]) {
      expect(block.cellNotes).toEqual([]);
      expect(block.mark.kind).toBe("table");
      if (block.mark.kind === "table") {
        expect(block.header[block.mark.columns.indexOf("quote")]).toBe("Quote");
        expect(block.header[block.mark.columns.indexOf("id")]).toBe("Id");
        expect(block.mark.rows).toBe(block.rows.length);
      }
      expect(encodeEntry(block.mark).length).toBeLessThanOrEqual(255);
    }
  });

  test("a chart's data notes each value; the matrix notes each TRUE/FALSE", () => {
    const chart = comparisonChartData("trade-growth");
    expect(chart.cellNotes.map((n) => [n.row, n.column])).toEqual(chart.rows.map((_, i) => [i, 1]));
    expect(
      chart.cellNotes.every(
        (n, i) =>
          ownNoteIds(n.text)?.[0] ===
          `trade-growth.${chart.mark.kind === "chart" ? chart.mark.countries[i] : ""}`,
      ),
    ).toBe(true);
    const matrix = stanceMatrix();
    const filled = matrix.rows
      .flatMap((row, r) => row.slice(1).map((v, c) => [r, c + 1, v] as const))
      .filter(([, , v]) => v !== "");
    expect(matrix.cellNotes.map((n) => [n.row, n.column])).toEqual(filled.map(([r, c]) => [r, c]));
    expect(matrix.mark).toMatchObject({ kind: "matrix", countries: COUNTRIES.map((c) => c.code) });
  });
});
