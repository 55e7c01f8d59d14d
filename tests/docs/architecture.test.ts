/*
 * The map (docs/architecture.md) holds: its table of folders says what each folder of src/ may import, and
 * every import of every source file keeps to it, so that no arrow runs back up (core never imports excel,
 * taskpane or functions). Every folder of src/ is on the map, and src/core uses no Office or DOM global at
 * run time (Office types in type positions are allowed).
 */
import fs from "fs";
import path from "path";
import ts from "typescript";

const ROOT = path.join(__dirname, "..", "..");
const SRC = path.join(ROOT, "src");
const MAP = fs.readFileSync(path.join(ROOT, "docs", "architecture.md"), "utf8");

/** The map's table: folder → the folders it may import ("—" for none). */
function contracts(): Map<string, Set<string>> {
  const rows = [...MAP.matchAll(/^\| `src\/(\w+)`\s*\|.*\|\s*([^|]+?)\s*\|$/gm)];
  return new Map(
    rows.map(([, folder, allowed]) => [folder, new Set([...allowed.matchAll(/`(\w+)`/g)].map((m) => m[1]))]),
  );
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(file) : entry.name.endsWith(".ts") ? [file] : [];
  });
}

const folderOf = (file: string): string => path.relative(SRC, file).split(path.sep)[0];
const parsed = (file: string): ts.SourceFile =>
  ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);

/** The module specifiers a file imports: import and export … from, import(), require(). */
function importsOf(source: ts.SourceFile): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier !== undefined)
      found.push((node.moduleSpecifier as ts.StringLiteral).text);
    if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === "require")) &&
      node.arguments.length > 0 &&
      ts.isStringLiteral(node.arguments[0])
    )
      found.push(node.arguments[0].text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Where a relative import lands: "core", "excel"… (a folder of src/), or null for a package. */
function importedFolder(file: string, specifier: string): string | null {
  if (!specifier.startsWith(".")) return null;
  const target = path.resolve(path.dirname(file), specifier);
  const relative = path.relative(SRC, target);
  return relative.startsWith("..") ? `outside src (${relative})` : relative.split(path.sep)[0];
}

const FILES = sourceFiles(SRC);

test("the map names every folder of src/, and only those", () => {
  const folders = fs
    .readdirSync(SRC, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  expect([...contracts().keys()].sort()).toEqual(folders);
});

test("the map's table reads as it is meant to: core imports only core", () => {
  expect(contracts().get("core")).toEqual(new Set(["core"]));
  expect(contracts().get("taskpane")?.has("excel")).toBe(true);
});

test("every import keeps to the map: 0 arrows running back up", () => {
  const rules = contracts();
  const broken = FILES.flatMap((file) => {
    const from = folderOf(file);
    const allowed = rules.get(from) ?? new Set<string>();
    return importsOf(parsed(file))
      .map((specifier) => ({ specifier, to: importedFolder(file, specifier) }))
      .filter(({ to }) => to !== null && !allowed.has(to))
      .map(
        ({ specifier, to }) => `${path.relative(ROOT, file)} → ${specifier} (${from} may not import ${to})`,
      );
  });
  expect(broken).toEqual([]);
});

test("the check finds an import running back up", () => {
  const file = path.join(SRC, "core", "example.ts");
  expect(importedFolder(file, "../excel/guard")).toBe("excel");
  expect(importedFolder(file, "./types")).toBe("core");
  expect(importedFolder(file, "typescript")).toBeNull();
  const source = ts.createSourceFile(
    file,
    'import { a } from "../excel/a1";\nexport * from "../taskpane/ui/dom";\nconst b = import("../functions/functions");',
    ts.ScriptTarget.Latest,
    true,
  );
  expect(importsOf(source).map((s) => importedFolder(file, s))).toEqual(["excel", "taskpane", "functions"]);
});

/** Office and DOM globals read at run time: `Office.context`, `typeof document`, `window.x`, `Excel.run(…)`. */
function runtimeGlobals(source: ts.SourceFile): string[] {
  const GLOBALS = new Set([
    "Office",
    "Excel",
    "OfficeExtension",
    "CustomFunctions",
    "document",
    "window",
    "navigator",
  ]);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && GLOBALS.has(node.text)) {
      const parent = node.parent;
      const read =
        (ts.isPropertyAccessExpression(parent) && parent.expression === node) ||
        ts.isTypeOfExpression(parent) ||
        ts.isCallExpression(parent) ||
        ts.isBinaryExpression(parent);
      if (read)
        found.push(`${node.text} (line ${source.getLineAndCharacterOfPosition(node.getStart()).line + 1})`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

test("src/core uses no Office or DOM global at run time", () => {
  const used = FILES.filter((file) => folderOf(file) === "core").flatMap((file) =>
    runtimeGlobals(parsed(file)).map((use) => `${path.relative(ROOT, file)}: ${use}`),
  );
  expect(used).toEqual([]);
});

test("the global check tells a type from a run-time read", () => {
  const source = ts.createSourceFile(
    "x.ts",
    "type T = Excel.EntityCellValue;\nconst v: Office.Context | null = null;\nif (typeof document !== 'undefined') Office.onReady();",
    ts.ScriptTarget.Latest,
    true,
  );
  expect(runtimeGlobals(source).map((use) => use.split(" ")[0])).toEqual(["document", "Office"]);
});
