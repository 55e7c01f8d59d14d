import { COUNTRIES } from "../../src/core/countries";
import { FORMER_IDS } from "../../src/core/data/formerIds";
import { EXAMPLE_LINKS, RELATED_LINKS } from "../../src/core/data/relations";
import { RECORDS, RECORDS_BY_ID } from "../../src/core/dataset";
import { TOPICS } from "../../src/core/topics";
import { selectRecords } from "../../src/core/query";

describe("dataset rules", () => {
  test("ids are unique and stable in form (indicator or indicator.CC)", () => {
    expect(RECORDS_BY_ID.size).toBe(RECORDS.length);
    for (const r of RECORDS) {
      expect(r.id).toBe(r.scope === "REGION" ? r.indicator : `${r.indicator}.${r.scope}`);
    }
  });

  test("counts by kind", () => {
    const count = (kind: string) => RECORDS.filter((r) => r.kind === kind).length;
    expect([count("figure"), count("stance"), count("event")]).toEqual([14, 32, 33]);
  });

  test("every figure is a finite number; percentages are fractions between 0 and 1", () => {
    for (const r of RECORDS) {
      if (r.kind !== "figure") continue;
      expect(Number.isFinite(r.value)).toBe(true);
      if (r.unit === "percent") expect(r.value > 0 && r.value <= 1).toBe(true);
    }
  });

  test("periods are ISO dates with start before end, and a label; no time given means none at all", () => {
    for (const r of RECORDS) {
      expect(r.period.label.length).toBeGreaterThan(0);
      if (r.period.end === null) {
        expect([r.id, r.period]).toEqual([r.id, { start: null, end: null, label: "not stated" }]);
        continue;
      }
      expect(r.period.end).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (r.period.start !== null) expect(r.period.start <= r.period.end).toBe(true);
      expect(r.period.label).not.toBe("not stated");
    }
  });

  test("an undated poll does not read as dated: no start, the publication as its latest end, and the label says so", () => {
    const polls = RECORDS.filter((r) => r.indicator === "poll-war-blame");
    expect(polls).toHaveLength(3);
    for (const r of polls) {
      expect([r.id, r.period]).toEqual([
        r.id,
        { start: null, end: "2022-12-23", label: "date not stated; published 23 Dec 2022" },
      ]);
      expect(r.note).toMatch(/neither the date nor the pollster/);
    }
  });

  test("nothing ends after the day the analysis was published, unless the source dates it earlier", () => {
    for (const r of RECORDS) {
      if (r.period.end !== null) expect([r.id, r.period.end <= "2022-12-23"]).toEqual([r.id, true]);
    }
  });

  test("what holds at publication says which day: “as of 23 Dec 2022”, never a month alone", () => {
    for (const r of RECORDS) expect(r.period.label).not.toMatch(/^as of [A-Z][a-z]{2} \d{4}$/);
  });

  test("every topic has records and every record's topic is listed", () => {
    const topicIds = TOPICS.map((t) => t.id) as string[];
    for (const r of RECORDS) expect(topicIds).toContain(r.topic);
    for (const id of topicIds) expect(RECORDS.some((r) => r.topic === id)).toBe(true);
  });

  test("records are frozen: a caller cannot change a figure", () => {
    const record = RECORDS_BY_ID.get("trade-growth.UZ") as { value: number };
    expect(() => {
      record.value = 1;
    }).toThrow(TypeError);
    expect(RECORDS_BY_ID.get("trade-growth.UZ")).toMatchObject({ value: 0.4 });
  });

  test("no text starts with a character a spreadsheet reads as a formula", () => {
    for (const r of RECORDS) for (const text of [r.label, r.quote]) expect(text).not.toMatch(/^[=+\-@]/);
  });

  test("the five trade-growth periods differ, as the source says", () => {
    const periods = selectRecords({ topic: "trade" }, null)
      .filter((r) => r.indicator === "trade-growth")
      .map((r) => r.period.label);
    expect(periods).toEqual(["Jan–Oct 2022", "Jan–Sep 2022", "Jan–Aug 2022", "Jan–Jun 2022", "Q1 2022"]);
  });

  test("each country has an answer for all six per-country statements; two stances are the region's", () => {
    for (const c of COUNTRIES) {
      expect(selectRecords({ kind: "stance" }, c.code)).toHaveLength(6);
    }
    expect(selectRecords({ kind: "stance" }, "REGION").map((r) => r.id)).toEqual([
      "supported-georgia-war",
      "russia-willing-to-compensate",
    ]);
  });
});

describe("links between records come from the relation tables only", () => {
  test("every linked id is a record, and no record links to itself", () => {
    const ids = [
      ...RELATED_LINKS.flatMap((l) => l.records),
      ...EXAMPLE_LINKS.flatMap((l) => [l.general, ...l.examples]),
    ];
    for (const id of ids) expect([id, RECORDS_BY_ID.has(id)]).toEqual([id, true]);
    for (const r of RECORDS) {
      for (const id of [...(r.related ?? []), ...(r.examples ?? []), ...(r.exampleOf ?? [])]) {
        expect(id).not.toBe(r.id);
      }
    }
  });

  test("related is symmetric; examples and exampleOf mirror each other", () => {
    for (const r of RECORDS) {
      for (const id of r.related ?? [])
        expect([r.id, RECORDS_BY_ID.get(id)?.related]).toEqual([r.id, expect.arrayContaining([r.id])]);
      for (const id of r.examples ?? [])
        expect([r.id, RECORDS_BY_ID.get(id)?.exampleOf]).toEqual([r.id, expect.arrayContaining([r.id])]);
      for (const id of r.exampleOf ?? [])
        expect([r.id, RECORDS_BY_ID.get(id)?.examples]).toEqual([r.id, expect.arrayContaining([r.id])]);
    }
  });

  test("each record carries exactly the links the tables give it", () => {
    const count = (field: "related" | "examples" | "exampleOf") =>
      RECORDS.reduce((n, r) => n + (r[field]?.length ?? 0), 0);
    expect(count("related")).toBe(2 * RELATED_LINKS.length);
    const examples = EXAMPLE_LINKS.reduce((n, l) => n + l.examples.length, 0);
    expect([count("examples"), count("exampleOf")]).toEqual([examples, examples]);
    expect(RECORDS_BY_ID.get("integration-distancing")?.examples).toEqual([
      "csto-exercises-cancelled.KG",
      "visit-postponed.UZ",
      "turkic-states-focus",
    ]);
    expect(RECORDS_BY_ID.get("banks-accept-mir.KZ")).toMatchObject({
      related: ["allows-private-mir-use.KZ"],
      exampleOf: ["abides-by-sanctions.KZ"],
      note: expect.stringContaining("only Kazakhstan GRANTS"),
    });
  });
});

describe("former ids", () => {
  test("each names a current record and is no longer an id or indicator itself", () => {
    for (const [former, current] of Object.entries(FORMER_IDS)) {
      expect([former, RECORDS_BY_ID.has(current)]).toEqual([former, true]);
      expect(RECORDS.some((r) => r.id === former || r.indicator === former.replace(/\.[A-Z]{2}$/, ""))).toBe(
        false,
      );
    }
  });
});

describe("every record carries its source reference", () => {
  test("title, author, publisher, republisher, date and the file's SHA-256", () => {
    for (const r of RECORDS) {
      expect(r.source).toEqual({
        title: "Russia and Central Asia: Never Closer, or Drifting Apart?",
        author: "Temur Umarov",
        publisher: "Carnegie Endowment for International Peace (Carnegie Politika)",
        publishedLabel: "December 2022",
        republisher: "exbulletin.com",
        republishedOn: "2022-12-23",
        fileName: "article-2022-12-23.txt",
        sha256: "2f2e32c961dd1722ae21172e2093b21c5811a477419717707266f45fc6c4d7d4",
      });
    }
  });

  test("periods are frozen too", () => {
    const period = RECORDS[0].period as { end: string };
    expect(() => {
      period.end = "2030-01-01";
    }).toThrow(TypeError);
  });
});
