/** @type {import('jest').Config} */
const swc = [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: "es2022",
    },
  },
];

module.exports = {
  testEnvironment: "node",
  transform: { "^.+\\.ts$": swc },
  roots: ["<rootDir>/src"],
  testMatch: ["**/*.test.ts"],
  // Several server processes sharing one database is a MySQL deployment: those suites need it.
  testPathIgnorePatterns: process.env.TEST_DATABASE_URL ? ["/node_modules/"] : ["/node_modules/", "/src/test/mysql/"],
  setupFiles: ["reflect-metadata"],
  testTimeout: 60000,
};
