import { selectRecords } from "../../src/core/query";
import { indicatorsSpill } from "../../src/core/spill";

describe("indicatorsSpill: what CA.INDICATORS spills", () => {
  test("indicatorsSpill has a header and one row per record, values typed", () => {
    const rows = indicatorsSpill(selectRecords({ topic: "opinion" }, "KG"));
    // The first seven columns are fixed (workbooks refer to them by position); later ones are appended.
    expect(rows[0]).toEqual([
      "id",
      "country",
      "label",
      "value",
      "unit",
      "period",
      "qualifier",
      "basis",
      "condition",
      "related",
      "note",
      "examples",
      "example of",
    ]);
    expect(rows[1]).toEqual([
      "poll-war-blame.KG",
      "Kyrgyzstan",
      "People in Kyrgyzstan who blame the current economic problems on the Russian occupation of Ukraine",
      0.7,
      "percent",
      "date not stated; published 23 Dec 2022",
      "exact",
      "",
      "",
      "",
      "The source gives neither the date nor the pollster of the polls (“polls show”).",
      "",
      "",
    ]);
    expect(rows[2]).toEqual([
      "anti-war-protests.KG",
      "Kyrgyzstan",
      "Bishkek has seen several protests against the war",
      "",
      "event",
      "as of 23 Dec 2022",
      "stated",
      "",
      "",
      "",
      "The source names the city (Bishkek, Kyrgyzstan’s capital), not the country.",
      "",
      "",
    ]);
    expect(rows).toHaveLength(3);
  });

  test("a stance carries its basis and condition; linked ids are comma-separated", () => {
    const rows = indicatorsSpill(selectRecords({ kind: "stance" }, "KZ"));
    const byId = new Map(rows.slice(1).map((r) => [r[0], r]));
    expect(byId.get("allows-private-mir-use.KZ")?.slice(7, 10)).toEqual([
      "stated",
      "only after obtaining US approval to do so",
      "banks-accept-mir.KZ",
    ]);
    expect(byId.get("abides-by-sanctions.KZ")?.slice(6, 13)).toEqual([
      "stated",
      "region-wide",
      "",
      "",
      "",
      "banks-accept-mir.KZ",
      "",
    ]);
    const events = new Map(indicatorsSpill(selectRecords(null, "REGION")).map((r) => [r[0], r]));
    expect(events.get("integration-distancing")?.[11]).toBe(
      "csto-exercises-cancelled.KG, visit-postponed.UZ, turkic-states-focus",
    );
    expect(events.get("putin-meetings")?.[12]).toBe("russian-attention-to-region");
  });

  test("indicatorsSpill does not mutate the records it is given", () => {
    const records = selectRecords(null, null);
    const before = JSON.stringify(records);
    const rows = indicatorsSpill(records);
    rows[1][3] = 999;
    expect(JSON.stringify(records)).toBe(before);
  });
});
