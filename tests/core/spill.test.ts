import { selectRecords } from "../../src/core/query";
import { indicatorsSpill } from "../../src/core/spill";

describe("indicatorsSpill: what CA.INDICATORS spills", () => {
  test("indicatorsSpill has a header and one row per record, values typed", () => {
    const rows = indicatorsSpill(selectRecords({ topic: "opinion" }, "KG"));
    expect(rows[0]).toEqual(["id", "country", "label", "value", "unit", "period", "qualifier"]);
    expect(rows[1]).toEqual([
      "poll-war-blame.KG",
      "Kyrgyzstan",
      "People in Kyrgyzstan who blame current economic problems on Russia’s war in Ukraine",
      0.7,
      "percent",
      "as of Dec 2022",
      "exact",
    ]);
    expect(rows[2]).toEqual([
      "anti-war-protests.KG",
      "Kyrgyzstan",
      "Protests against the war in Bishkek",
      "",
      "event",
      "as of Dec 2022",
      "exact",
    ]);
    expect(rows).toHaveLength(3);
  });

  test("indicatorsSpill does not mutate the records it is given", () => {
    const records = selectRecords(null, null);
    const before = JSON.stringify(records);
    const rows = indicatorsSpill(records);
    rows[1][3] = 999;
    expect(JSON.stringify(records)).toBe(before);
  });
});
