#!/usr/bin/env node
// The whole test suite: build every package (type checks, schema and client-type freshness),
// then each package's jest suites; the server's integration suites once more on MySQL/MariaDB
// when TEST_DATABASE_URL is set. Prints a summary and exits non-zero on any failure.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "pedidos-tests-"));

// Everything the run prints is kept, to check at the end that no secret reached any log.
const transcript = [];

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { stdio: ["inherit", "pipe", "pipe"], cwd: root, maxBuffer: 512 * 1024 * 1024, ...options });
  process.stdout.write(result.stdout ?? "");
  process.stderr.write(result.stderr ?? "");
  transcript.push(String(result.stdout ?? ""), String(result.stderr ?? ""));
  return result.status ?? 1;
}

const steps = [];

console.log("\n== build (types, schema.graphql and generated client types must be current) ==");
if (run("pnpm", ["-r", "run", "build"]) !== 0) {
  console.error("build failed");
  process.exit(1);
}
if (run("pnpm", ["--filter", "@pedidos/server", "run", "schema:check"]) !== 0) process.exit(1);

function jest(label, pkg, extraArgs = [], env = {}) {
  const out = path.join(tmp, `${label.replace(/\W+/g, "-")}.json`);
  console.log(`\n== ${label} ==`);
  const code = run("pnpm", ["exec", "jest", "--json", `--outputFile=${out}`, ...extraArgs], {
    cwd: path.join(root, "packages", pkg),
    env: { ...process.env, ...env },
  });
  let passed = 0;
  let failed = 0;
  if (fs.existsSync(out)) {
    const report = JSON.parse(fs.readFileSync(out, "utf8"));
    passed = report.numPassedTests;
    failed = report.numFailedTests + report.numRuntimeErrorTestSuites;
  }
  if (code !== 0 && failed === 0) failed = 1;
  steps.push({ label, passed, failed });
}

const sqliteEnv = { TEST_DATABASE_URL: "" };
jest("server (SQLite)", "server", [], sqliteEnv);
if (process.env.TEST_DATABASE_URL) {
  jest("server integration (MySQL/MariaDB)", "server", ["src/test", "src/db"], {
    TEST_DATABASE_URL: process.env.TEST_DATABASE_URL,
  });
}
for (const pkg of ["claroshop-sandbox", "client"]) {
  if (fs.existsSync(path.join(root, "packages", pkg, "jest.config.js")) || fs.existsSync(path.join(root, "packages", pkg, "jest.config.cjs"))) {
    jest(pkg, pkg);
  }
}

/** A step that passes or fails as one: a script run to its end with exit code 0. */
function script(heading, label, args, env = {}) {
  console.log(`\n== ${heading} ==`);
  const ok = run("node", args, { env: { ...process.env, ...env } }) === 0;
  steps.push({ label, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
}

script("start smoke (what pnpm start serves)", "start smoke", ["scripts/smoke-start.mjs"]);
script("integrators' example (examples/pending-to-delivered.mjs with an API key)", "example: pending to delivered", ["scripts/example-run.mjs"]);
// The benchmark in its quick form: every figure must run to its end (ratios are reported, not
// gated: on a shared machine they are not stable enough to fail a build on).
script("benchmarks, quick run (pnpm bench --quick)", "bench --quick runs every figure", ["packages/bench/dist/main.js", "--quick"], { NODE_ENV: "production" });

console.log("\n== end-to-end in headless Chromium ==");
const before = transcript.length;
const e2e = run("node", ["packages/client/e2e/run.mjs"]);
const e2eCounts = /e2e: (\d+) passed, (\d+) failed/.exec(transcript.slice(before).join("\n"));
steps.push({
  label: "end-to-end (Chromium)",
  passed: e2eCounts ? Number(e2eCounts[1]) : 0,
  failed: e2eCounts ? Number(e2eCounts[2]) || (e2e === 0 ? 0 : 1) : 1,
});

// The private keys the tests give the marketplace client, and any signed Claro Shop URL.
console.log("\n== secrets in logs ==");
const SECRETS = ["PRIVADA-prueba-nunca-en-logs-7f3a", "sandbox-private"];
const SIGNED_URL = /apicm\/v1\/[^/\s"']+\/[0-9a-f]{64}\//;
const text = transcript.join("\n");
const leaks = [...SECRETS.filter((s) => text.includes(s)), ...(SIGNED_URL.test(text) ? ["a signed Claro Shop URL"] : [])];
console.log(leaks.length ? `found in the output: ${leaks.join(", ")}` : `none found in ${text.length} characters of output`);
steps.push({ label: "no secrets in logs", passed: leaks.length ? 0 : 1, failed: leaks.length ? 1 : 0 });

fs.rmSync(tmp, { recursive: true, force: true });
console.log("\n== summary ==");
for (const s of steps) console.log(`${s.label.padEnd(40)} ${String(s.passed).padStart(5)} passed ${String(s.failed).padStart(4)} failed`);
const passed = steps.reduce((n, s) => n + s.passed, 0);
const failed = steps.reduce((n, s) => n + s.failed, 0);
console.log(`total: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
