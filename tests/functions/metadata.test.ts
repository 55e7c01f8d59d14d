import { readFileSync } from "fs";
import { join } from "path";
import vm from "vm";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { COUNTRIES } from "../../src/core/countries";
import { TOPICS } from "../../src/core/topics";
import { KINDS } from "../../src/core/types";
import { FIELDS } from "../../src/core/fields";
import { SOURCE_PARTS } from "../../src/core/source";
import { DEV_URL } from "../../scripts/hosting.cjs";
import { describeBuilt, DIST } from "../support/build";
import { loadFunctions } from "../support/builtFunctions.cjs";

/**
 * functions.json is generated from the JSDoc of src/functions/functions.ts at build time. These tests
 * generate it the same way and check what Excel will show: ids, parameters, drop-down values, help links;
 * then, where a build exists, that dist/ holds the same metadata and that the built bundle registers every
 * function when loaded outside a page.
 */
const ROOT = join(__dirname, "..", "..");
const SOURCE_FILE = join(ROOT, "src", "functions", "functions.ts");

interface Parameter {
  name: string;
  type?: string;
  optional?: boolean;
  customEnumId?: string;
  dimensionality?: string;
  description?: string;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  helpUrl: string;
  parameters: Parameter[];
  result: { dimensionality?: string; type?: string };
}
interface Metadata {
  functions: FunctionMetadata[];
  enums: { id: string; values: { stringValue: string }[] }[];
}

let metadata: Metadata;
beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata([SOURCE_FILE], true);
  expect(generated.errors).toEqual([]);
  metadata = JSON.parse(generated.metadataJson) as Metadata;
});

const fn = (id: string) => metadata.functions.find((f) => f.id === id) as FunctionMetadata;
const signature = (f: FunctionMetadata) => f.parameters.map((p) => `${p.name}${p.optional ? "?" : ""}`);

test("the seven functions, with their parameters in order; those that return text end with [language]", () => {
  expect(Object.fromEntries(metadata.functions.map((f) => [f.id, signature(f)]))).toEqual({
    RUTRADE: ["country", "field?", "language?"],
    RUPOLL: ["country", "field?", "language?"],
    INDICATOR: ["id", "country?", "field?", "language?"],
    INDICATORS: ["topic?", "country?", "language?"],
    COUNTRY: ["country", "language?"],
    COUNTRIES: ["language?"],
    SOURCE: ["field?"],
  });
});

test("every function and parameter is described", () => {
  for (const f of metadata.functions) {
    expect(f.description.length).toBeGreaterThan(20);
    for (const p of f.parameters) expect(p.description?.length ?? 0).toBeGreaterThan(5);
  }
});

test("tables spill: INDICATORS and COUNTRIES return matrices", () => {
  expect(fn("INDICATORS").result.dimensionality).toBe("matrix");
  expect(fn("COUNTRIES").result.dimensionality).toBe("matrix");
  expect(fn("SOURCE").result.dimensionality).toBeUndefined();
});

test("lookups take ranges: country, field, id and language are matrices, keeping their drop-downs; one result per cell", () => {
  for (const id of ["RUTRADE", "RUPOLL", "INDICATOR"]) {
    expect(fn(id).parameters.map((p) => p.dimensionality)).toEqual(fn(id).parameters.map(() => "matrix"));
    expect(fn(id).result.dimensionality).toBe("matrix");
  }
  expect(fn("INDICATOR").parameters.map((p) => p.customEnumId)).toEqual([
    undefined,
    "Country",
    "Field",
    "Language",
  ]);
  // A table's arguments stay single values: a range of topics would make a table of tables.
  expect(fn("INDICATORS").parameters.map((p) => p.dimensionality)).toEqual([undefined, undefined, undefined]);
});

test("help links point at the function's anchor on the shipped help page", () => {
  const help = readFileSync(join(ROOT, "src", "help", "help.html"), "utf8");
  for (const f of metadata.functions) {
    expect(f.helpUrl).toBe(`${DEV_URL}help.html#${f.id.toLowerCase()}`);
    expect(help).toContain(`id="${f.id.toLowerCase()}"`);
  }
});

test("drop-down values are the core's own lists, so typed values and suggestions agree", () => {
  const values = (id: string) => metadata.enums.find((e) => e.id === id)?.values.map((v) => v.stringValue);
  expect(values("Country")).toEqual(COUNTRIES.map((c) => c.name));
  expect(values("Field")).toEqual([...FIELDS]);
  // "url" is offered so that asking for it says why there is none (#N/A), rather than "unknown field".
  expect(values("SourceField")).toEqual([...SOURCE_PARTS.keys(), "url"]);
  expect(values("Topic")).toEqual(
    expect.arrayContaining([
      ...TOPICS.map((t) => t.id),
      ...KINDS.filter((k) => k !== "stance").map((k) => `${k}s`),
    ]),
  );
  expect(values("Language")).toEqual(["en", "ru"]);
  expect(fn("RUTRADE").parameters.map((p) => p.customEnumId)).toEqual(["Country", "Field", "Language"]);
  expect(fn("INDICATORS").parameters.map((p) => p.customEnumId)).toEqual(["Topic", "Country", "Language"]);
});

describeBuilt("the build in dist/", ["functions.json", "functions.js"], () => {
  test("dist/functions.json is this metadata, with the hosting URL of the build", () => {
    const distJson = readFileSync(join(DIST, "functions.json"), "utf8");
    const host = /"helpUrl":\s*"(https:\/\/[^"]*?)help\.html/.exec(distJson)?.[1] ?? "";
    expect(host).toMatch(/^https:\/\/.+\/$/);
    expect(JSON.parse(distJson)).toEqual(JSON.parse(JSON.stringify(metadata).split(DEV_URL).join(host)));
  });

  test("dist/functions.js registers every function when loaded outside a page, and answers", () => {
    const associated = loadFunctions();
    expect([...associated.keys()].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
    expect(associated.get("RUTRADE")?.("Uzbekistan")).toBe(0.4);
    expect(() => associated.get("RUPOLL")?.("TJ")).toThrow(expect.objectContaining({ code: "#N/A" }));
  });

  test("without office.js the bundle loads and registers nothing, instead of failing", () => {
    const context = vm.createContext({});
    expect(() => vm.runInContext(readFileSync(join(DIST, "functions.js"), "utf8"), context)).not.toThrow();
  });
});
