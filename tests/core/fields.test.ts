import { RECORDS_BY_ID } from "../../src/core/dataset";
import { displayValue } from "../../src/core/fields";

describe("displayValue: how the pane shows a value", () => {
  test.each([
    ["trade-growth.UZ", "40%"],
    ["trade-growth.TJ", ">22%"],
    ["putin-meetings", ">50 meetings"],
    ["telescopic-sights-growth.KG", "×7"],
    ["supported-invasion.KZ", "No"],
    ["allows-private-mir-use.KZ", "Yes"],
    ["csto-exercises-cancelled.KG", "Oct 2022"],
  ])("%s shows as %s", (id, shown) => {
    const record = RECORDS_BY_ID.get(id);
    expect(record && displayValue(record)).toBe(shown);
  });
});
