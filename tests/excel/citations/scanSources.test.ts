import { RECORDS } from "../../../src/core/dataset";
import { indicatorsSpill } from "../../../src/core/spill";
import { selectRecords } from "../../../src/core/query";
import { RU_WORKBOOK } from "../../../src/excel/i18n/ru";
import { cellBlocks } from "../../../src/excel/citations/cellRuns";
import { syncInChunks, writeBytes } from "../../../src/excel/citations/chunks";
import { encodeEntry, registeredBlocks } from "../../../src/excel/citations/registry";
import {
  addBlockUsages,
  addCellUsages,
  argumentReferences,
  caCells,
  cellMeanings,
  cellReference,
  type Usages,
} from "../../../src/excel/citations/scan";
import { linkReference, OTHER_CELLS_LISTED, sourcesBlock } from "../../../src/excel/citations/sources";
import { excelDateSerial } from "../../../src/excel/formats";
import { record } from "../../support/records";

const noReason = (text: string) => text;
const byId = (usages: Usages) => Object.fromEntries([...usages].map(([r, cells]) => [r.id, cells]));

describe("caCells reads the CA.* formula cells of loaded areas", () => {
  test("CA calls in either spelling are kept with their position; other formulas are not", () => {
    const cells = caCells(
      "My data",
      [
        {
          address: "'My data'!B2:C3",
          formulas: [
            ['=CA.RUTRADE("UZ")', "=SUM(A1:A3)"],
            ["=A1*2", '=CA.INDICATOR("putin-meetings")*2'],
          ],
        },
        { address: "'My data'!E7", formulas: [[""]], formulasLocal: [['=CA.ПОКАЗАТЕЛЬ_ЦА("putin-visits")']] },
      ],
      true,
    );
    expect(cells.map((c) => [cellReference(c.sheet, c.row, c.column), c.calls[0].fn])).toEqual([
      ["'My data'!B2", "RUTRADE"],
      ["'My data'!C3", "INDICATOR"],
      ["'My data'!E7", "INDICATOR"],
    ]);
  });

  test("references are listed once, with the cell's own sheet where none is named", () => {
    const cells = caCells(
      "Data",
      [{ address: "Data!A1:A2", formulas: [["=CA.RUTRADE(B1)"], ["=CA.INDICATOR(B1, Other!C3)"]] }],
      false,
    );
    expect(argumentReferences(cells)).toEqual([
      { sheet: "Data", address: "B1" },
      { sheet: "Other", address: "C3" },
    ]);
  });
});

describe("usages: where each record is used", () => {
  test("lookups at their cell, a plain CA.INDICATORS spill row by row, a wrapped one at its anchor", () => {
    const cells = caCells(
      "Data",
      [
        {
          address: "Data!A1:C1",
          formulas: [['=CA.RUTRADE("UZ")', '=CA.INDICATORS("trade")', '=ROWS(CA.INDICATORS("trade"))']],
        },
      ],
      false,
    );
    const usages: Usages = new Map();
    for (const cell of cells) addCellUsages(usages, cell, cellMeanings(cell, new Map(), noReason));
    const trade = selectRecords({ topic: "trade" }, null);
    expect(byId(usages)["trade-growth.UZ"]).toEqual([
      "Data!A1",
      `Data!B${2 + trade.findIndex((r) => r.id === "trade-growth.UZ")}`,
      "Data!C1",
    ]);
    expect(usages.size).toBe(trade.length);
  });

  test("a referenced argument resolves through the loaded values; unknown ones add nothing", () => {
    const [cell] = caCells("Data", [{ address: "Data!A1", formulas: [["=CA.RUTRADE(B1)"]] }], false);
    const known: Usages = new Map();
    addCellUsages(known, cell, cellMeanings(cell, new Map([["data!b1", "Kyrgyzstan"]]), noReason));
    expect(byId(known)).toEqual({ "trade-growth.KG": ["Data!A1"] });
    const unknown: Usages = new Map();
    addCellUsages(unknown, cell, cellMeanings(cell, new Map(), noReason));
    expect(unknown.size).toBe(0);
  });

  test("a block's rows count as long as they hold what was written", () => {
    const trade = RECORDS.filter((r) => r.indicator === "trade-growth");
    const [block] = registeredBlocks([
      {
        name: "_CA_chart_x_1",
        formula: "='Data'!$B$2:$C$9",
        comment: encodeEntry({
          kind: "chart",
          lang: "en",
          indicator: "trade-growth",
          countries: ["KZ", "UZ"],
        }),
      },
    ]);
    const values = [
      ["title", ""],
      ["head", ""],
      ["Kazakhstan", 0.1],
      ["Uzbekistan", 0.99],
    ];
    const usages: Usages = new Map();
    addBlockUsages(usages, { block, values });
    expect(byId(usages)).toEqual({ [trade[0].id]: ["Data!C4"] });
  });
});

describe("the Sources sheet's block", () => {
  const usages: Usages = new Map([
    [record("putin-meetings"), ["Data!B3"]],
    [record("trade-growth.TJ"), Array.from({ length: 14 }, (_, i) => `'My data'!C${i + 1}`)],
  ]);
  const report = { sheets: 3, cells: 15, blocks: 1, hidden: ["Secret"], unreadable: [] };

  test("one row per record in the dataset's order, value as stated, quote, citation, where used", () => {
    const { block, links } = sourcesBlock(usages, report);
    expect(block.rows.map((r) => r[0])).toEqual(["trade-growth.TJ", "putin-meetings"]);
    const tj = block.rows[0];
    expect(tj[3]).toBe(">22%");
    expect(tj[7]).toBe("more than");
    expect(tj[9]).toBe(record("trade-growth.TJ").quote);
    expect(tj[11]).toBe(14);
    expect(tj[12]).toBe("'My data'!C1");
    expect(tj[13]).toBe(
      `'My data'!C2, ${Array.from({ length: OTHER_CELLS_LISTED - 1 }, (_, i) => `'My data'!C${i + 3}`).join(", ")} and 3 more`,
    );
    expect(links[0]).toEqual({ row: 0, column: 12, reference: "'My data'!C1", text: "'My data'!C1" });
    expect(block.notes).toEqual([
      "Scanned 3 sheets: 15 cells with CA formulas and 1 inserted block.",
      "Hidden sheets scanned too: “Secret”.",
    ]);
    expect(block.dateColumns).toEqual([5, 6]);
    // Start and end are dates (serials), empty where the source gives none.
    const start = record("putin-meetings").period.start;
    expect(block.rows[1][5]).toBe(start === null ? "" : excelDateSerial(start));
  });

  test("in Russian: Russian words, English quotes, and a mark explain-this-cell can read", () => {
    const { block } = sourcesBlock(usages, report, RU_WORKBOOK);
    expect(block.header[0]).toBe("Код");
    expect(block.rows[0][9]).toBe(record("trade-growth.TJ").quote);
    expect(block.rows[0][3]).toBe(">22%");
    // Dates as a Russian reader writes them; the same serials as in English.
    expect(block.numberFormats[0].slice(5, 7)).toEqual(["dd.mm.yyyy", "dd.mm.yyyy"]);
    expect(sourcesBlock(usages, report).block.numberFormats[0].slice(5, 7)).toEqual(["d mmm yy", "d mmm yy"]);
    expect(encodeEntry(block.mark).length).toBeLessThanOrEqual(255);
  });

  test("links always quote the sheet", () => {
    expect(linkReference("Data!B3")).toBe("'Data'!B3");
    expect(linkReference("'It''s'!B3")).toBe("'It''s'!B3");
  });
});

describe("cellBlocks groups cells into few rectangles", () => {
  test("a full grid is one rectangle; a gap splits it; each cell is in exactly one", () => {
    const grid = Array.from({ length: 50 }, (_, r) =>
      Array.from({ length: 4 }, (_, c) => ({ row: r + 2, column: c + 1 })),
    ).flat();
    expect(cellBlocks(grid).map((b) => b.rect)).toEqual([
      { row: 2, column: 1, rowCount: 50, columnCount: 4 },
    ]);
    const holed = grid.filter((c) => !(c.row === 10 && c.column === 2));
    const blocks = cellBlocks(holed);
    const covered = blocks.flatMap((b) => b.grid.flat());
    expect(covered).toHaveLength(holed.length);
    expect(new Set(covered).size).toBe(holed.length);
    for (const b of blocks) {
      b.grid.forEach((row, r) =>
        row.forEach((cell, c) =>
          expect(cell).toMatchObject({ row: b.rect.row + r, column: b.rect.column + c }),
        ),
      );
    }
    expect(blocks.length).toBeLessThanOrEqual(4);
  });
});

describe("syncInChunks", () => {
  test("one sync without a limit; as few as the budget allows with one; every write queued once", async () => {
    let syncs = 0;
    const queued: number[] = [];
    const writes = Array.from({ length: 10 }, (_, i) => ({ bytes: 100, queue: () => queued.push(i) }));
    expect(await syncInChunks({ sync: async () => void (syncs += 1) }, writes, null)).toBe(1);
    expect(await syncInChunks({ sync: async () => void (syncs += 1) }, writes, 350)).toBe(4);
    expect(queued).toEqual([...Array(10).keys(), ...Array(10).keys()]);
    expect(await syncInChunks({ sync: async () => undefined }, [], 350)).toBe(0);
    expect(writeBytes("x")).toBeGreaterThan(3);
  });
});

describe("indicatorsSpill rows match the usages' row numbers", () => {
  test("header first, then records in order", () => {
    const spill = indicatorsSpill(selectRecords({ topic: "trade" }, null));
    expect(spill[1][0]).toBe(selectRecords({ topic: "trade" }, null)[0].id);
  });
});
