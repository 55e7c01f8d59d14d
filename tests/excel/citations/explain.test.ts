import { RECORDS } from "../../../src/core/dataset";
import { indicatorsSpill } from "../../../src/core/spill";
import { selectRecords } from "../../../src/core/query";
import { callMeaning, literalValue, UNKNOWN_ARGUMENT } from "../../../src/excel/citations/callRecords";
import {
  explainCell,
  referenceKey,
  referencesToLoad,
  type ActiveCellFacts,
} from "../../../src/excel/citations/explain";
import { formulaCalls } from "../../../src/excel/citations/formulaCalls";
import { tableBlock } from "../../../src/excel/blocks";
import { EN_WORKBOOK } from "../../../src/excel/i18n";
import { blockReference, encodeEntry } from "../../../src/excel/citations/registry";
import { record } from "../../support/records";

const unknown = (text: string) => `cannot read ${text}`;
const ids = (records: readonly { id: string }[]) => records.map((r) => r.id);

function facts(partial: Partial<ActiveCellFacts> & { address: string }): ActiveCellFacts {
  return {
    formula: "",
    formulaLocal: "",
    value: "",
    spillParent: null,
    row: null,
    names: [],
    russianLocal: false,
    ...partial,
  };
}

describe("callMeaning resolves a call as the functions resolve their arguments", () => {
  const meaning = (formula: string, values?: unknown[]) => {
    const [call] = formulaCalls(formula);
    return callMeaning(call, values ?? call.args.map(literalValue), unknown);
  };

  test.each([
    ['=CA.RUTRADE("UZ")', ["trade-growth.UZ"]],
    ['=CA.RUTRADE("Tadzhikistan", "quote")', ["trade-growth.TJ"]],
    ['=CA.RUPOLL("Киргизия")', ["poll-war-blame.KG"]],
    ['=CA.INDICATOR("oil-export-via-russia", "KZ")', ["oil-export-via-russia.KZ"]],
    ['=CA.INDICATOR("putin-meetings")', ["putin-meetings"]],
    ['=CA.INDICATOR("csto-exercises-cancelled.KG", , "period")', ["csto-exercises-cancelled.KG"]],
  ])("%s → %j", (formula, expected) => {
    const m = meaning(formula);
    expect(m.kind === "records" ? ids(m.records) : m).toEqual(expected);
  });

  test("the field asked for is kept, and defaults to value", () => {
    const a = meaning('=CA.RUTRADE("UZ", "period")');
    const b = meaning('=CA.RUTRADE("UZ")');
    expect([a.kind === "records" && a.field, b.kind === "records" && b.field]).toEqual(["period", "value"]);
  });

  test("CA.INDICATORS stands for the rows it spills, CA.COUNTRY for the card's records", () => {
    const table = meaning('=CA.INDICATORS("trade")');
    expect(table.kind === "records" && ids(table.records)).toEqual(
      ids(selectRecords({ topic: "trade" }, null)),
    );
    const card = meaning('=CA.COUNTRY("UZ")');
    expect(card.kind === "records" && card.shape).toBe("card");
    expect(card.kind === "records" && card.records.map((r) => r.scope)).toEqual(
      expect.arrayContaining(["UZ", "REGION"]),
    );
  });

  test("a call the function would refuse says why, in the function's words", () => {
    const m = meaning('=CA.RUPOLL("Tajikistan")');
    expect(m).toMatchObject({
      kind: "unresolved",
      reason: expect.stringContaining("no poll for Tajikistan"),
    });
    expect(meaning('=CA.RUTRADE("Uzbekstan")')).toMatchObject({
      reason: expect.stringContaining("Did you mean Uzbekistan"),
    });
  });

  test("an argument the pane cannot know is named, not guessed", () => {
    const [call] = formulaCalls("=CA.RUTRADE(TRIM(A1))");
    expect(callMeaning(call, [UNKNOWN_ARGUMENT], unknown)).toMatchObject({
      kind: "unresolved",
      reason: "cannot read TRIM(A1)",
    });
  });

  test("CA.COUNTRIES and CA.SOURCE stand for no record", () => {
    expect(meaning("=CA.COUNTRIES()").kind).toBe("countries");
    expect(meaning('=CA.SOURCE("title")').kind).toBe("source");
  });
});

describe("explainCell: a formula cell", () => {
  test("literal arguments: one record, no reference to load", () => {
    const cell = facts({
      address: "Data!B3",
      formula: '=CA.RUTRADE("UZ")',
      formulaLocal: '=CA.RUTRADE("UZ")',
    });
    expect(referencesToLoad(cell)).toEqual([]);
    const explained = explainCell(cell, new Map(), unknown);
    expect(explained).toMatchObject({ source: "formula", formula: '=CA.RUTRADE("UZ")', changed: false });
    expect(ids(explained?.records ?? [])).toEqual(["trade-growth.UZ"]);
  });

  test("a mixed formula lists every record it uses", () => {
    const cell = facts({ address: "Data!B3", formula: '=CA.RUTRADE("UZ")*100-CA.RUTRADE("KZ")' });
    expect(ids(explainCell(cell, new Map(), unknown)?.records ?? [])).toEqual([
      "trade-growth.UZ",
      "trade-growth.KZ",
    ]);
  });

  test("references are loaded (own sheet and others) and then resolve", () => {
    const cell = facts({ address: "'My data'!C5", formula: "=CA.INDICATOR(A1, Data!B2)" });
    const refs = referencesToLoad(cell);
    expect(refs).toEqual([
      { sheet: "My data", address: "A1" },
      { sheet: "Data", address: "B2" },
    ]);
    const values = new Map([
      [referenceKey(refs[0]), "oil-export-via-russia"],
      [referenceKey(refs[1]), "Kazakhstan"],
    ]);
    expect(ids(explainCell(cell, values, unknown)?.records ?? [])).toEqual(["oil-export-via-russia.KZ"]);
    // Without the values, the call says which argument it could not read.
    expect(explainCell(cell, new Map(), unknown)?.calls[0]).toMatchObject({
      kind: "unresolved",
      reason: "cannot read A1",
    });
  });

  test("a range argument stands for one record per country cell; bad cells are left out", () => {
    const cell = facts({ address: "Data!B2", formula: "=CA.RUTRADE(A2:A6)" });
    const [ref] = referencesToLoad(cell);
    expect(ref).toEqual({ sheet: "Data", address: "A2:A6" });
    const values = new Map([[referenceKey(ref), [["KZ"], ["Uzbekistan"], ["Atlantis"], [null], ["KZ"]]]]);
    expect(ids(explainCell(cell, values, unknown)?.records ?? [])).toEqual([
      "trade-growth.KZ",
      "trade-growth.UZ",
    ]);
    // A range of fields beside a range of countries: the records of the cells, the first cell's field.
    const both = facts({ address: "Data!C2", formula: '=CA.INDICATOR("trade-growth", A2:A3, B1:C1)' });
    const refs = referencesToLoad(both);
    const grids = new Map([
      [referenceKey(refs[0]), [["TJ"], ["KG"]]],
      [referenceKey(refs[1]), [["quote", "period"]]],
    ]);
    const explained = explainCell(both, grids, unknown);
    expect(ids(explained?.records ?? [])).toEqual(["trade-growth.TJ", "trade-growth.KG"]);
    expect(explained?.calls[0]).toMatchObject({ kind: "records", field: "quote" });
    // Every cell unreadable: the call says why, from its first cell.
    const none = new Map([[referenceKey(ref), [["Atlantis"], ["Narnia"]]]]);
    expect(explainCell(cell, none, unknown)?.calls[0]).toMatchObject({
      kind: "unresolved",
      reason: expect.stringContaining("Atlantis"),
    });
  });

  test("a Russian Excel's formula, read through formulasLocal", () => {
    const cell = facts({
      address: "Лист1!B3",
      formula: "",
      formulaLocal: '=CA.ТОРГОВЛЯ_РФ("KG"; "период")',
      russianLocal: true,
    });
    const explained = explainCell(cell, new Map(), unknown);
    expect(explained?.formula).toBe('=CA.ТОРГОВЛЯ_РФ("KG"; "период")');
    expect(explained?.calls[0].call.fn).toBe("RUTRADE");
  });

  test("a cell without a CA call, outside any block, has no explanation", () => {
    expect(
      explainCell(facts({ address: "Data!A1", formula: "=SUM(B1:B4)", value: 3 }), new Map(), unknown),
    ).toBeNull();
    expect(explainCell(facts({ address: "Data!A1", value: 0.4 }), new Map(), unknown)).toBeNull();
  });
});

describe("explainCell: a cell spilled by CA.INDICATORS", () => {
  const spill = indicatorsSpill(selectRecords({ topic: "trade" }, null));
  const parent = {
    address: "Data!B2",
    formula: '=CA.INDICATORS("trade")',
    formulaLocal: '=CA.INDICATORS("trade")',
  };
  const at = (row: number, column: number): ActiveCellFacts =>
    facts({
      address: `Data!${"BCDEFGHIJKLM"[column]}${row + 2}`,
      value: spill[row][column],
      spillParent: parent,
      row: { address: `Data!A${row + 2}:L${row + 2}`, values: [["x", ...spill[row]]] },
    });

  test("any cell of a row names that row's record", () => {
    expect(ids(explainCell(at(3, 4), new Map(), unknown)?.records ?? [])).toEqual([String(spill[3][0])]);
    expect(explainCell(at(3, 4), new Map(), unknown)?.source).toBe("spill");
  });

  test("the header row names no single record", () => {
    expect(explainCell(at(0, 2), new Map(), unknown)).toBeNull();
  });

  test("a spill of another function is not explained", () => {
    const other = {
      ...at(3, 4),
      spillParent: { ...parent, formula: "=SEQUENCE(10)", formulaLocal: "=SEQUENCE(10)" },
    };
    expect(explainCell(other, new Map(), unknown)).toBeNull();
  });
});

describe("explainCell: a cell of a block the add-in inserted", () => {
  const trade = RECORDS.filter((r) => r.indicator === "trade-growth");
  const tableName = {
    name: "_CA_table_x_1",
    formula: blockReference("Data", { row: 2, column: 1, rowCount: 2 + trade.length + 1, columnCount: 3 }),
    comment: encodeEntry({
      kind: "table",
      lang: "en",
      columns: ["label", "value", "id"],
      rows: trade.length,
    }),
  };
  const rowOf = (i: number, value: unknown, id: string) => ({
    address: `Data!B${5 + i}:D${5 + i}`,
    values: [[trade[i].label, value, id]],
  });

  test("a table's body cell names its row's record by the id column", () => {
    const cell = facts({
      address: "Data!C6",
      value: trade[1].kind === "figure" ? trade[1].value : 0,
      names: [tableName],
      row: rowOf(1, 0.4, trade[1].id),
    });
    const explained = explainCell(cell, new Map(), unknown);
    expect(explained).toMatchObject({ source: "block", changed: false });
    expect(ids(explained?.records ?? [])).toEqual([trade[1].id]);
  });

  test("the user's edit of a value is seen as such, never taken for the source's figure", () => {
    const cell = facts({
      address: "Data!C6",
      value: 0.55,
      names: [tableName],
      row: rowOf(1, 0.55, trade[1].id),
    });
    expect(explainCell(cell, new Map(), unknown)).toMatchObject({ changed: true });
  });

  test("a row whose id was overwritten names no record and is marked changed", () => {
    const cell = facts({
      address: "Data!C6",
      value: 0.4,
      names: [tableName],
      row: rowOf(1, 0.4, "my own text"),
    });
    expect(explainCell(cell, new Map(), unknown)).toMatchObject({ changed: true, records: [] });
  });

  describe("a table inserted without its id column (the default columns)", () => {
    const block = tableBlock(RECORDS, "All", EN_WORKBOOK);
    const width = block.header.length;
    const name = {
      name: "_CA_table_x_3",
      formula: blockReference("Default", {
        row: 0,
        column: 1,
        rowCount: 2 + RECORDS.length + 1,
        columnCount: width,
      }),
      comment: encodeEntry(block.mark),
    };
    const cellOf = (i: number, column: number, edited?: string | number) => {
      const values = [...block.rows[i]];
      if (edited !== undefined) values[column] = edited;
      return facts({
        address: `Default!${"BCDEFG"[column]}${3 + i}`,
        value: values[column],
        names: [name],
        row: { address: `Default!B${3 + i}:G${3 + i}`, values: [values] },
      });
    };

    test("every row names its own record from its country, label, value and quote", () => {
      RECORDS.forEach((r, i) => {
        const explained = explainCell(cellOf(i, 2), new Map(), unknown);
        expect({ id: r.id, changed: explained?.changed }).toEqual({ id: r.id, changed: false });
        expect(ids(explained?.records ?? [])).toContain(r.id);
        expect(explained?.records.length).toBe(1);
      });
    });

    test("an edited value is seen as the user's, an unknown quote names no record", () => {
      const i = RECORDS.findIndex((r) => r.id === "trade-growth.KZ");
      expect(explainCell(cellOf(i, 2, 0.99), new Map(), unknown)).toMatchObject({ changed: true });
      expect(ids(explainCell(cellOf(i, 2, 0.99), new Map(), unknown)?.records ?? [])).toEqual([
        "trade-growth.KZ",
      ]);
      expect(explainCell(cellOf(i, 0, "x"), new Map(), unknown)).toMatchObject({
        changed: true,
        records: [],
      });
    });
  });

  test("title and header rows, and cells outside the block, have no explanation", () => {
    expect(
      explainCell(facts({ address: "Data!B3", value: "Trade", names: [tableName] }), new Map(), unknown),
    ).toBeNull();
    expect(
      explainCell(facts({ address: "Data!E6", value: 1, names: [tableName] }), new Map(), unknown),
    ).toBeNull();
    expect(
      explainCell(facts({ address: "Other!C6", value: 0.4, names: [tableName] }), new Map(), unknown),
    ).toBeNull();
  });

  test("a value cell: the record while it holds the value, changed once edited", () => {
    const valueName = {
      name: "_CA_value_x_2",
      formula: "='Data'!$F$9",
      comment: encodeEntry({ kind: "value", lang: "en", id: "trade-growth.TJ" }),
    };
    const ok = explainCell(
      facts({ address: "Data!F9", value: 0.22, names: [valueName] }),
      new Map(),
      unknown,
    );
    expect(ok).toMatchObject({ changed: false });
    expect(ids(ok?.records ?? [])).toEqual(["trade-growth.TJ"]);
    expect(
      explainCell(facts({ address: "Data!F9", value: 0.3, names: [valueName] }), new Map(), unknown),
    ).toMatchObject({ changed: true });
  });

  test("a stance matrix cell names country and stance", () => {
    const name = {
      name: "_CA_matrix_x_3",
      formula: "='Data'!$A$1:$C$9",
      comment: encodeEntry({
        kind: "matrix",
        lang: "en",
        countries: ["KZ", "UZ"],
        stances: ["supported-invasion", "abides-by-sanctions"],
      }),
    };
    const explained = explainCell(
      facts({
        address: "Data!C4",
        value: record("abides-by-sanctions.UZ").kind === "stance" ? true : 0,
        names: [name],
      }),
      new Map(),
      unknown,
    );
    expect(ids(explained?.records ?? [])).toEqual(["abides-by-sanctions.UZ"]);
    expect(explained?.changed).toBe(false);
  });
});
