/**
 * Jest runs the pure modules (core, functions, the Excel shaping and guard) and the checks of the build in
 * plain Node. The workbook actions run in the browser tests, through Excel's own client (tests/e2e).
 */
const { DEV_URL } = require("./scripts/hosting.cjs");

module.exports = {
  // What webpack's DefinePlugin gives the bundles (src/core/hosting.ts): the development URL, from its one home.
  globals: { __ADDIN_BASE_URL__: DEV_URL },
  testEnvironment: "node",
  roots: ["<rootDir>/tests", "<rootDir>/src"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }],
  },
  testPathIgnorePatterns: ["/node_modules/", "/dist/", "<rootDir>/tests/e2e/"],
};
