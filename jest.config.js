/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.[tj]s$": ["ts-jest", { tsconfig: "tsconfig.jest.json", diagnostics: false }],
  },
  // jose is ESM-only; let ts-jest transpile it for the CommonJS test runtime.
  transformIgnorePatterns: ["/node_modules/(?!jose/)"],
  setupFiles: ["reflect-metadata"],
  globalSetup: "<rootDir>/tests/support/global-setup.ts",
  globalTeardown: "<rootDir>/tests/support/global-teardown.ts",
  reporters: ["default", "<rootDir>/tests/support/summary-reporter.js"],
  maxWorkers: 2,
  testTimeout: 60000,
};
