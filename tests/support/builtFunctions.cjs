/**
 * The built functions bundle (dist/functions.js) loaded the way Excel loads it, in a Node vm: a script that
 * calls CustomFunctions.associate, with Office.js reporting the requirement sets of the Excel it plays. One
 * loader for the benchmark (scripts/bench/functions.mjs), the browser tests' view of the product
 * (tests/e2e/support/product.mjs) and the Jest checks of the build (tests/functions). CommonJS, so that both
 * Node's ES modules and ts-jest can load it; types in builtFunctions.d.cts.
 */
"use strict";
const { existsSync, readFileSync } = require("node:fs");
const { join } = require("node:path");
const vm = require("node:vm");

const DIST = join(__dirname, "..", "..", "dist");

/**
 * Office.js as the functions ask it at call time: Office.context.requirements.isSetSupported over `sets` (set
 * name → highest version), and the display language when one is given. `asked` collects every question
 * ("ExcelApi 1.19").
 * @param {Readonly<Record<string, string>>} sets
 * @param {{ displayLanguage?: string, asked?: string[] }} [options]
 */
function officeReporting(sets, { displayLanguage, asked } = {}) {
  const isSetSupported = (name, version = "1.1") => {
    if (asked) asked.push(`${name} ${version}`);
    return sets[name] !== undefined && Number(sets[name]) >= Number(version);
  };
  return {
    context: {
      requirements: { isSetSupported },
      ...(displayLanguage === undefined ? {} : { displayLanguage }),
    },
  };
}

/**
 * The functions dist/functions.js registers, by id, loaded with Office.js reporting `sets` (null: no Office.js
 * at all, as only Node has none) and `displayLanguage`.
 * @param {Readonly<Record<string, string>> | null} [sets]
 * @param {string} [displayLanguage]
 * @returns {Map<string, (...args: unknown[]) => any>}
 */
function loadFunctions(sets = null, displayLanguage = "en-US") {
  const file = join(DIST, "functions.js");
  if (!existsSync(file)) throw new Error("dist/functions.js not found: run `npm run build` first.");
  const associated = new Map();
  // Like Excel's CustomFunctions.Error: a plain object with code and message (no stack capture).
  class CustomFunctionsError {
    constructor(code, message) {
      this.code = code;
      this.message = message;
    }
  }
  // The page that hosts the functions: webpack loads an on-demand file (ru.js, the Russian words) by adding a
  // script element; here the file is read from dist/ and run in the same context, then reported loaded.
  const document = {
    getElementsByTagName: () => [],
    createElement: () => ({ setAttribute() {} }),
    head: {
      appendChild(script) {
        const chunk = join(DIST, script.src);
        try {
          vm.runInContext(readFileSync(chunk, "utf8"), context, { filename: chunk });
          setTimeout(() => script.onload({ type: "load", target: script }), 0);
        } catch {
          setTimeout(() => script.onerror({ type: "error", target: script }), 0);
        }
      },
    },
  };
  const context = vm.createContext({
    document,
    setTimeout,
    clearTimeout,
    CustomFunctions: {
      associate: (id, fn) => associated.set(id, fn),
      Error: CustomFunctionsError,
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
    },
    ...(sets === null ? {} : { Office: officeReporting(sets, { displayLanguage }) }),
  });
  vm.runInContext(readFileSync(file, "utf8"), context, { filename: file });
  return associated;
}

module.exports = { loadFunctions, officeReporting };
