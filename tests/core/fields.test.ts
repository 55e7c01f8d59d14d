import { displayValue } from "../../src/core/fields";
import { record } from "../support/records";

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
    expect(displayValue(record(id))).toBe(shown);
  });
});
