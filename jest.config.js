/** Jest runs the pure core and the mocked Office adapter in plain Node. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests", "<rootDir>/src"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }],
  },
  moduleNameMapper: {
    // office-addin-mock -> office-addin-manifest reaches an ESM-only module; its CommonJS officeApp is all the mock uses.
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
  testPathIgnorePatterns: ["/node_modules/", "/dist/", "<rootDir>/tests/e2e/"],
};
