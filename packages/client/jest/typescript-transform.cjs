// Jest transform for .ts files: the TypeScript compiler already installed, CommonJS out.
// Type checking is vue-tsc's job; this only strips types.
const crypto = require("node:crypto");
const fs = require("node:fs");
const ts = require("typescript");

const compilerOptions = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  esModuleInterop: true,
  resolveJsonModule: true,
  inlineSourceMap: true,
  inlineSources: true,
};
const self = fs.readFileSync(__filename, "utf8");

module.exports = {
  process(source, fileName) {
    const { outputText } = ts.transpileModule(source, { compilerOptions, fileName });
    return { code: outputText };
  },
  getCacheKey(source, fileName) {
    return crypto.createHash("sha256").update(ts.version).update(self).update(fileName).update(source).digest("hex");
  },
};
