import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import {
  eventsMarkdown,
  figuresMarkdown,
  regionalStancesMarkdown,
  relationsMarkdown,
  stancesMarkdown,
} from "./readmeTables";

/**
 * The README's tables of figures, stances, events and links are generated from the dataset; this test fails when
 * they drift. `UPDATE_README=1 npx jest tests/docs` rewrites them.
 */
const README = join(__dirname, "..", "..", "README.md");
const SECTIONS: [string, () => string][] = [
  ["figures", figuresMarkdown],
  ["stances", stancesMarkdown],
  ["regional-stances", regionalStancesMarkdown],
  ["events", eventsMarkdown],
  ["relations", relationsMarkdown],
];

/** Prettier realigns markdown tables; compare cells, not padding. */
function normaliseTable(markdown: string): string {
  return markdown
    .trim()
    .split("\n")
    .map((line) =>
      line
        .split(/(?<!\\)\|/)
        .map((c) => c.trim().replace(/^:?-+:?$/, "---"))
        .join("|"),
    )
    .join("\n");
}

function section(text: string, name: string): { start: number; end: number } {
  const open = `<!-- table:${name} -->`;
  const close = `<!-- /table:${name} -->`;
  const start = text.indexOf(open);
  const end = text.indexOf(close);
  if (start < 0 || end < start) throw new Error(`README.md lacks the ${open} … ${close} markers`);
  return { start: start + open.length, end };
}

test.each(SECTIONS)("README's %s table matches the dataset", (name, generate) => {
  let text = readFileSync(README, "utf8");
  const { start, end } = section(text, name);
  const expected = `\n${generate()}\n`;
  if (
    process.env.UPDATE_README === "1" &&
    normaliseTable(text.slice(start, end)) !== normaliseTable(expected)
  ) {
    text = text.slice(0, start) + expected + text.slice(end);
    writeFileSync(README, text);
  }
  expect(normaliseTable(text.slice(start, end))).toBe(normaliseTable(expected));
});
