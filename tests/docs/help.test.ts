import { readFileSync } from "fs";
import { join } from "path";
import { RECORDS } from "../../src/core/dataset";
import { EN } from "../../src/taskpane/i18n/en";
import { RU } from "../../src/taskpane/i18n/ru";

/** The help page quotes example results; each must be a value the dataset holds, shown with its percent. */
const page = (name: string) => readFileSync(join(__dirname, "..", "..", "src", "help", name), "utf8");
const values = new Set(RECORDS.flatMap((r) => (r.kind === "figure" ? [r.value] : [])));

/** English pages write 0.4 and (40%); Russian ones 0,4 and (40 %). */
test.each([
  ["help.html", "."],
  ["help.ru.html", ","],
])("every example result on %s is a figure of the dataset", (name, decimal) => {
  const number = decimal === "." ? "\\d+(?:\\.\\d+)?" : "\\d+(?:,\\d+)?";
  const pattern = new RegExp(`<code>(${number})</code>(?: \\((\\d+)\\s?%\\))?`, "g");
  const examples = [...page(name).matchAll(pattern)];
  expect(examples.length).toBeGreaterThanOrEqual(5);
  for (const [, shown, percent] of examples) {
    const value = Number(shown.replace(",", "."));
    expect([shown, values.has(value)]).toEqual([shown, true]);
    if (percent !== undefined) expect(Number(percent) / 100).toBeCloseTo(value, 10);
  }
});

test("the English and Russian help pages link to each other and have the same sections", () => {
  const ids = (html: string) => [...html.matchAll(/<section id="([\w-]+)"/g)].map((m) => m[1]);
  expect(page("help.html")).toContain('href="help.ru.html"');
  expect(page("help.ru.html")).toContain('href="help.html"');
  expect(page("help.ru.html")).toMatch(/<html lang="ru">/);
  expect(ids(page("help.ru.html"))).toEqual(ids(page("help.html")));
});

test.each([
  ["help.html", EN],
  ["help.ru.html", RU],
])(
  "%s has a section on the pane naming its four starts and its search, inserts and citing",
  (name, texts) => {
    const section = /<section id="pane"[\s\S]*?<\/section>/.exec(page(name))?.[0] ?? "";
    const text = section.replace(/<[^>]+>/g, "").replace(/\s+/g, " ");
    for (const start of Object.values(texts.starts)) expect(text).toContain(start);
    for (const action of [texts.copyTsv, texts.downloadCsv]) expect(text).toContain(action);
    expect(text).toMatch(
      name === "help.html"
        ? /Search and filters[\s\S]*Inserts[\s\S]*Cite and share/
        : /Поиск и фильтры[\s\S]*Вставка[\s\S]*Цитаты и обмен/,
    );
  },
);
