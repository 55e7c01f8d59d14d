/*
 * A record's period in the pane's detail: the label, then its ISO dates in the language's style, never a
 * second pair of brackets after a label that has its own ("2022 (to 23 Dec)").
 */
import { RECORDS } from "../../src/core/dataset";
import { ENGLISH } from "../../src/taskpane/i18n";
import { RUSSIAN } from "../../src/taskpane/i18n/russian";
import { periodText } from "../../src/taskpane/ui/detail";
import { record } from "../support/records";

const plain = (text: string) => text.replace(/\u00a0/g, " ");

test.each([
  [
    "trade-growth.UZ",
    "Jan–Sep 2022 (2022-01-01 to 2022-09-30)",
    "янв.–сент. 2022 (с 01.01.2022 по 30.09.2022)",
  ],
  [
    "putin-meetings",
    "2022 (to 23 Dec; 2022-01-01 to 2022-12-23)",
    "2022 (по 23 дек.; с 01.01.2022 по 23.12.2022)",
  ],
  ["supported-invasion.UZ", "as of 23 Dec 2022 (until 2022-12-23)", "на 23 дек. 2022 (по 23.12.2022)"],
  ["telescopic-sights-growth.KG", "not stated", "не указано"],
])("%s: %j, %j", (id, english, russian) => {
  expect(periodText(record(id), ENGLISH)).toBe(english);
  expect(plain(periodText(record(id), RUSSIAN))).toBe(russian);
});

test("no period of the dataset reads with nested or doubled brackets, in either language", () => {
  for (const r of RECORDS) {
    for (const language of [ENGLISH, RUSSIAN]) {
      const text = periodText(r, language);
      expect([r.id, /\([^)]*\(|\)\s*\(/.test(text)]).toEqual([r.id, false]);
    }
  }
});
