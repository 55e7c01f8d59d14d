/*
 * Russian Excel: the functions' metadata in Russian (derived at build time from the generated functions.json
 * and a typed table, failing when anything lacks a translation), and the manifest's ru-RU overrides.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { RU_FUNCTIONS } from "../../src/functions/functions.ru";
import { describeBuilt, DIST } from "../support/build";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build step is CommonJS, run by webpack
const { localizeMetadata } = require("../../scripts/localizeFunctions.cjs") as {
  localizeMetadata: (
    english: Metadata,
    table: unknown,
    options: { helpPage: string },
  ) => { metadata: Metadata; problems: string[] };
};

interface Metadata {
  functions: {
    id: string;
    name: string;
    description: string;
    helpUrl: string;
    parameters: { name: string; description: string }[];
  }[];
  enums: { id: string; values: { name: string; stringValue: string; tooltip?: string }[] }[];
}

const ROOT = join(__dirname, "..", "..");
let english: Metadata;
beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(
    [join(ROOT, "src", "functions", "functions.ts")],
    true,
  );
  english = JSON.parse(generated.metadataJson) as Metadata;
});

const localize = (table: unknown = RU_FUNCTIONS) =>
  localizeMetadata(english, table, { helpPage: "help.ru.html" });

describe("functions.ru.json", () => {
  test("every function, parameter and enum value has its Russian text; ids and values unchanged", () => {
    const { metadata, problems } = localize();
    expect(problems).toEqual([]);
    expect(metadata.functions.map((f) => f.id)).toEqual(english.functions.map((f) => f.id));
    for (const [ru, en] of metadata.functions.map((f, i) => [f, english.functions[i]] as const)) {
      expect(ru.name).not.toBe(en.name);
      expect(ru.description).toMatch(/[а-яё]/i);
      for (const p of ru.parameters)
        expect([ru.id, p.name, p.description]).toEqual([
          ru.id,
          expect.stringMatching(/^[а-яё_]+$/),
          expect.stringMatching(/[а-яё]/i),
        ]);
    }
    for (const [ru, en] of metadata.enums.map((e, i) => [e, english.enums[i]] as const)) {
      expect(ru.values.map((v) => v.stringValue)).toEqual(en.values.map((v) => v.stringValue));
    }
  });

  test("the poll is of Central Asians: CA.ОПРОС_ЦА, like the other _ЦА names (the id stays RUPOLL)", () => {
    const names = Object.fromEntries(localize().metadata.functions.map((f) => [f.id, f.name]));
    expect(names.RUPOLL).toBe("ОПРОС_ЦА");
    expect(Object.values(names).filter((name) => name.endsWith("_РФ"))).toEqual(["ТОРГОВЛЯ_РФ"]);
  });

  test("the [language] argument is «язык», offered as en and ru", () => {
    const { metadata } = localize();
    for (const id of ["RUTRADE", "RUPOLL", "INDICATOR", "INDICATORS", "COUNTRY", "COUNTRIES"]) {
      const f = metadata.functions.find((candidate) => candidate.id === id);
      expect(f?.parameters.at(-1)?.name).toBe("язык");
    }
    const language = metadata.enums.find((e) => e.id === "Language");
    expect(language?.values.map((v) => [v.stringValue, v.tooltip])).toEqual([
      ["en", expect.stringMatching(/^Английский/)],
      ["ru", expect.stringMatching(/^Русский/)],
    ]);
  });

  test("names: a letter first, letters, digits, “_” and “.”, three or more; never an Excel built-in's name", () => {
    // Excel's Russian built-ins join words with "." (НОРМ.РАСП), never "_"; no other Excel language is Cyrillic.
    // So a Cyrillic name with "_" cannot be a built-in in any language. A few built-ins are checked outright.
    const BUILT_IN_RU = [
      "СУММ",
      "ЕСЛИ",
      "ВПР",
      "СТРОКА",
      "СТОЛБЕЦ",
      "ТЕКСТ",
      "ДАТА",
      "ЗНАЧЕН",
      "ИНДЕКС",
      "ПОИСКПОЗ",
    ];
    for (const fn of localize().metadata.functions) {
      expect(fn.name).toMatch(/^[А-ЯЁ][А-ЯЁ0-9_.]{2,}$/);
      expect(fn.name).toContain("_");
      expect(BUILT_IN_RU).not.toContain(fn.name);
      expect(fn.name).not.toMatch(/^[A-Z]{1,3}\d+$/);
    }
  });

  test("help links lead to the Russian help page, to a section that exists there", () => {
    const page = readFileSync(join(ROOT, "src", "help", "help.ru.html"), "utf8");
    for (const fn of localize().metadata.functions) {
      const anchor = /help\.ru\.html#([\w-]+)$/.exec(fn.helpUrl)?.[1];
      expect([fn.id, anchor]).toEqual([fn.id, expect.any(String)]);
      expect(page).toContain(`id="${anchor}"`);
    }
  });

  test("a missing translation is named, so the build fails", () => {
    const incomplete = {
      ...RU_FUNCTIONS,
      functions: {
        ...RU_FUNCTIONS.functions,
        RUPOLL: {
          ...RU_FUNCTIONS.functions.RUPOLL,
          parameters: { country: RU_FUNCTIONS.functions.RUPOLL.parameters.country },
        },
      },
      enums: { ...RU_FUNCTIONS.enums, Topic: {} },
    };
    const { problems } = localize(incomplete);
    expect(problems).toContain("function RUPOLL: parameter field has no translation");
    expect(problems).toContain("enum Topic: value trade has no translation");
    const rest = Object.fromEntries(Object.entries(RU_FUNCTIONS.functions).filter(([id]) => id !== "SOURCE"));
    expect(localize({ ...RU_FUNCTIONS, functions: rest }).problems).toContain(
      "function SOURCE has no translation",
    );
  });
});

describeBuilt(
  "the build in dist/",
  ["functions.json", "functions.ru.json", "manifest.xml", "help.ru.html"],
  () => {
    test("dist/functions.ru.json is the Russian metadata of dist/functions.json", () => {
      const built = JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")) as Metadata;
      const ru = JSON.parse(readFileSync(join(DIST, "functions.ru.json"), "utf8")) as Metadata;
      expect(ru).toEqual(localizeMetadata(built, RU_FUNCTIONS, { helpPage: "help.ru.html" }).metadata);
    });

    test("the manifest gives ru-RU its metadata, help, name, description and ribbon strings", () => {
      const xml = readFileSync(join(DIST, "manifest.xml"), "utf8");
      const override = (open: RegExp) => {
        const element = open.exec(xml)?.[0] ?? "";
        return /<(?:bt:)?Override Locale="ru-RU" Value="([^"]+)"\/>/.exec(element)?.[1];
      };
      const host = /<SourceLocation DefaultValue="([^"]+)taskpane\.html"/.exec(xml)?.[1] ?? "";
      expect(override(/<bt:Url id="Functions\.Metadata\.Url"[\s\S]*?<\/bt:Url>/)).toBe(
        `${host}functions.ru.json`,
      );
      expect(override(/<bt:Url id="Help\.Url"[\s\S]*?<\/bt:Url>/)).toBe(`${host}help.ru.html`);
      expect(override(/<SupportUrl[\s\S]*?<\/SupportUrl>/)).toBe(`${host}help.ru.html`);
      expect(override(/<DisplayName[\s\S]*?<\/DisplayName>/)).toBe("Показатели Центральной Азии");
      expect(override(/<Description[\s\S]*?<\/Description>/)?.length).toBeLessThanOrEqual(250);
      for (const id of ["GetStarted.Title", "Group.Label", "TaskpaneButton.Label"]) {
        const value = override(new RegExp(`<bt:String id="${id.replace(".", "\\.")}"[\\s\\S]*?</bt:String>`));
        expect([id, value]).toEqual([id, expect.stringMatching(/[а-яё]/i)]);
        expect((value ?? "").length).toBeLessThanOrEqual(125);
      }
      for (const id of ["GetStarted.Description", "TaskpaneButton.Tooltip"]) {
        const value = override(new RegExp(`<bt:String id="${id.replace(".", "\\.")}"[\\s\\S]*?</bt:String>`));
        expect([id, value]).toEqual([id, expect.stringMatching(/[а-яё]/i)]);
        expect((value ?? "").length).toBeLessThanOrEqual(250);
      }
    });
  },
);
