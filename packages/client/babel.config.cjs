// Only jest uses babel: it turns ES modules (vue3-jest output, ESM-only dependencies) into CommonJS.
module.exports = {
  presets: [["@babel/preset-env", { targets: { node: "current" } }]],
};
