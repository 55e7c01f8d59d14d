import { readFileSync } from "fs";
import { join } from "path";
import { RECORDS } from "../../src/core/dataset";

/** The help page quotes example results; each must be a value the dataset holds, shown with its percent. */
const help = readFileSync(join(__dirname, "..", "..", "src", "help", "help.html"), "utf8");
const values = new Set(RECORDS.flatMap((r) => (r.kind === "figure" ? [r.value] : [])));

test("every example result on the help page is a figure of the dataset", () => {
  const examples = [...help.matchAll(/<code>(\d+(?:\.\d+)?)<\/code>(?: \((\d+)%\))?/g)];
  expect(examples.length).toBeGreaterThanOrEqual(5);
  for (const [, shown, percent] of examples) {
    expect(values.has(Number(shown))).toBe(true);
    if (percent !== undefined) expect(Number(percent) / 100).toBeCloseTo(Number(shown), 10);
  }
});
