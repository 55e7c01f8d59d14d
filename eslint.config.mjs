// ESLint 9 flat config: @eslint/js + typescript-eslint recommended, the Office add-in rules, and a ban on
// HTML-injection sinks (the add-in only ever writes text to the page).
import js from "@eslint/js";
import { defineConfig, globalIgnores } from "eslint/config";
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

// Node globals, spelled out rather than importing the `globals` package, which is not a direct dependency.
const nodeGlobals = {
  process: "readonly",
  console: "readonly",
  Buffer: "readonly",
  URL: "readonly",
  setTimeout: "readonly",
  clearTimeout: "readonly",
  setInterval: "readonly",
  clearInterval: "readonly",
  structuredClone: "readonly",
  performance: "readonly",
  fetch: "readonly",
  TextEncoder: "readonly",
  TextDecoder: "readonly",
};
const commonJsGlobals = {
  ...nodeGlobals,
  require: "readonly",
  module: "writable",
  exports: "writable",
  __dirname: "readonly",
  __filename: "readonly",
};

const HTML_SINK_MESSAGE =
  "Do not build HTML from strings (XSS risk with source text and user input): use textContent, createElement and append.";

export default defineConfig([
  globalIgnores(["dist/", "node_modules/", "coverage/", "test-results/"]),

  js.configs.recommended,

  {
    files: ["**/*.ts"],
    extends: [tseslint.configs.recommended],
  },

  // The rules of eslint-plugin-office-addins, wired by hand: the plugin's own "recommended" flat config
  // bundles its own copy of @typescript-eslint and eslint-plugin-prettier, which would clash with the above.
  {
    files: ["src/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "warn",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },

  // No HTML sinks anywhere in the code.
  {
    files: ["**/*.{ts,js,mjs,cjs}"],
    rules: {
      "no-restricted-properties": [
        "error",
        { property: "innerHTML", message: HTML_SINK_MESSAGE },
        { property: "outerHTML", message: HTML_SINK_MESSAGE },
        { property: "insertAdjacentHTML", message: HTML_SINK_MESSAGE },
        { object: "document", property: "write", message: HTML_SINK_MESSAGE },
        { object: "document", property: "writeln", message: HTML_SINK_MESSAGE },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "MemberExpression[computed=true][property.value=/^(innerHTML|outerHTML|insertAdjacentHTML)$/]",
          message: HTML_SINK_MESSAGE,
        },
      ],
    },
  },

  // Build and tooling scripts run in Node.
  {
    files: ["**/*.mjs"],
    languageOptions: { sourceType: "module", globals: nodeGlobals },
  },
  {
    files: ["**/*.cjs", "webpack.config.js", "jest.config.js"],
    languageOptions: { sourceType: "commonjs", globals: commonJsGlobals },
  },
]);
