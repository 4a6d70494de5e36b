/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "jsdom",
  // Resolve packages to their CommonJS builds, not the browser ones.
  testEnvironmentOptions: { customExportConditions: ["node", "node-addons"] },
  testMatch: ["<rootDir>/src/**/*.test.ts"],
  moduleFileExtensions: ["ts", "js", "mjs", "cjs", "json", "vue"],
  transform: {
    "^.+\\.vue$": "@vue/vue3-jest",
    "^.+\\.ts$": "<rootDir>/jest/typescript-transform.cjs",
    "^.+\\.m?js$": "babel-jest",
  },
  // vue-router 5 depends on an ESM-only package (nostics) that must be transformed too.
  transformIgnorePatterns: ["/node_modules/(?!.*nostics)"],
  moduleNameMapper: {
    "^@apollo/client/core/index.js$": "@apollo/client/core/core.cjs",
  },
  setupFiles: ["<rootDir>/src/test/jsdom-setup.ts"],
};
