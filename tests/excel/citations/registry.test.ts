import { COUNTRIES } from "../../../src/core/countries";
import { RECORDS } from "../../../src/core/dataset";
import { FIELDS } from "../../../src/core/fields";
import { gridIndicators } from "../../../src/excel/grid";
import type { StanceRecord } from "../../../src/core/types";
import {
  blockAt,
  blockName,
  blockReference,
  COLUMN_ROLES,
  COMMENT_LIMIT,
  decodeEntry,
  encodeEntry,
  registeredBlocks,
  type BlockEntry,
  type ColumnRole,
} from "../../../src/excel/citations/registry";

const stances = [
  ...new Set(
    RECORDS.filter((r): r is StanceRecord => r.kind === "stance" && r.scope !== "REGION").map(
      (r) => r.indicator,
    ),
  ),
];
const LARGEST: BlockEntry[] = [
  { kind: "table", lang: "ru", columns: Object.keys(COLUMN_ROLES) as ColumnRole[], rows: RECORDS.length },
  { kind: "matrix", lang: "en", countries: COUNTRIES.map((c) => c.code), stances },
  { kind: "chart", lang: "en", indicator: "trade-growth", countries: COUNTRIES.map((c) => c.code) },
  { kind: "value", lang: "ru", id: RECORDS.reduce((a, r) => (r.id.length > a.length ? r.id : a), "") },
  { kind: "card", lang: "en", country: "UZ" },
  {
    kind: "grid",
    lang: "ru",
    countries: COUNTRIES.map((c) => c.code),
    indicators: [...gridIndicators()],
    fields: [...FIELDS],
  },
];

describe("block entries travel in a named item's comment", () => {
  test.each(LARGEST)("$kind: fits in 255 characters and reads back as written", (entry) => {
    const comment = encodeEntry(entry);
    expect(comment.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(decodeEntry(comment)).toEqual(entry);
  });

  test("comments the add-in did not write are not entries", () => {
    for (const comment of [
      undefined,
      "",
      "my note",
      "v2|value|en|x",
      "v1|value|fr|x",
      "v1|table|en|Z|3",
      "v1|chart|en|x|KZ,RU",
      "v1|nope|en",
      "v1|grid|en|KZ|trade-growth|nope",
      "v1|grid|en|KZ||value",
    ]) {
      expect(decodeEntry(comment)).toBeNull();
    }
  });
});

describe("registered blocks: where they are now and which holds a cell", () => {
  const entry = encodeEntry({ kind: "value", lang: "en", id: "trade-growth.UZ" });
  test("names follow the sheet and range Excel reports; user names and #REF! are left out", () => {
    const blocks = registeredBlocks([
      { name: blockName("value", 1, 1), formula: "='My data'!$B$3", comment: entry },
      { name: "_CA_value_gone", formula: "=#REF!", comment: entry },
      { name: "Budget", formula: "=Data!$A$1", comment: entry },
      { name: "_CA_value_x", formula: "=Data!$C$4:$D$5", comment: "not ours" },
    ]);
    expect(blocks).toEqual([
      {
        name: "_CA_value_1_1",
        sheet: "My data",
        rect: { row: 2, column: 1, rowCount: 1, columnCount: 1 },
        entry: decodeEntry(entry),
      },
    ]);
    expect(blockAt(blocks, "my data", 2, 1)?.name).toBe("_CA_value_1_1");
    expect(blockAt(blocks, "My data", 2, 2)).toBeNull();
  });

  test("a block's reference quotes its sheet, so any sheet name works", () => {
    expect(blockReference("Data", { row: 2, column: 1, rowCount: 3, columnCount: 2 })).toBe(
      "='Data'!$B$3:$C$5",
    );
    expect(blockReference("It's 2022", { row: 0, column: 0, rowCount: 1, columnCount: 1 })).toBe(
      "='It''s 2022'!$A$1",
    );
  });

  test("fresh names are valid Excel names and do not repeat", () => {
    const names = new Set(Array.from({ length: 100 }, () => blockName("table")));
    expect(names.size).toBe(100);
    for (const name of names) expect(name).toMatch(/^_CA_table_[a-z0-9]+_\d+$/);
  });
});
