#!/usr/bin/env node
// The integrators' example, run as they would run it: the built product starts with the bundled
// sandbox marketplace on a fresh data folder, the first admin signs in and creates an INTEGRATOR
// API key, and `node examples/pending-to-delivered.mjs` must take a pending order to DELIVERED
// with that key. Run after `pnpm -r run build`. Neither the password nor the key is printed.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "pedidos-example-"));
const env = { ...process.env, DATA_DIR: dataDir };
for (const name of Object.keys(env)) {
  if (name.startsWith("CLAROSHOP_") || name === "DATABASE_URL" || name.startsWith("ADMIN_") || name === "JWT_SECRET") delete env[name];
  if (name.startsWith("PEDIDOS_")) delete env[name];
}
env.PORT = String(43000 + Math.floor(Math.random() * 2000));

const server = spawn(process.execPath, ["dist/main.js"], { cwd: path.join(root, "packages/server"), env });
let output = "";
server.stdout.on("data", (d) => (output += d));
server.stderr.on("data", (d) => (output += d));

/** Secrets that must never reach the log, whatever prints them. */
const secrets = [];
const redact = (text) => secrets.reduce((t, s) => t.split(s).join("<hidden>"), text.replace(/(vez\): ).*/g, "$1<hidden>"));

let example = null;

async function stop() {
  if (example && example.exitCode === null && example.signalCode === null) example.kill("SIGKILL");
  if (server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((r) => server.once("exit", r));
    server.kill("SIGTERM");
    const killer = setTimeout(() => server.kill("SIGKILL"), 10000);
    await exited;
    clearTimeout(killer);
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
}

async function fail(message) {
  console.error(`example: ${redact(message)}\n--- server output ---\n${redact(output)}`);
  console.log("example: 0 passed, 1 failed");
  await stop();
  process.exit(1);
}

async function waitFor(pattern, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const match = pattern.exec(output);
    if (match) return match;
    if (server.exitCode !== null) await fail(`the server exited with ${server.exitCode}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  await fail(`timed out waiting for ${pattern}`);
}

const timer = setTimeout(() => void fail("took longer than 240 s"), 240000);
try {
  const [, url] = await waitFor(/escuchando en (http:\/\/\S+)/, 60000);
  const [, email] = await waitFor(/Primer administrador: (\S+)/, 5000);
  const [, password] = await waitFor(/vez\): (\S+)/, 5000);
  secrets.push(password);

  const gql = async (query, variables, token) => {
    const res = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return res.json();
  };
  const login = await gql("mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }", { e: email, p: password });
  const token = login.data?.login?.token;
  if (!token) await fail(`login failed: ${JSON.stringify(login.errors)}`);
  secrets.push(token);

  const created = await gql(
    "mutation($name: String!) { createApiKey(name: $name, role: INTEGRATOR) { key apiKey { name role } } }",
    { name: "Ejemplo pendiente a entregado" },
    token,
  );
  const key = created.data?.createApiKey?.key;
  if (!key || created.data.createApiKey.apiKey.role !== "INTEGRATOR") await fail(`createApiKey failed: ${JSON.stringify(created.errors)}`);
  secrets.push(key);
  console.log(`example: ${url} is up; an INTEGRATOR API key was created; running examples/pending-to-delivered.mjs`);

  example = spawn(process.execPath, ["examples/pending-to-delivered.mjs"], {
    cwd: root,
    env: { ...env, PEDIDOS_URL: url, PEDIDOS_API_KEY: key, PEDIDOS_TIMEOUT_SECONDS: "90" },
  });
  let exampleOutput = "";
  example.stdout.on("data", (d) => {
    exampleOutput += d;
    process.stdout.write(redact(String(d)));
  });
  example.stderr.on("data", (d) => {
    exampleOutput += d;
    process.stderr.write(redact(String(d)));
  });
  const code = await new Promise((resolve) => example.once("exit", (c, signal) => resolve(c ?? signal)));
  const final = /Final status: (\S+)/.exec(exampleOutput)?.[1];
  if (code !== 0) await fail(`the example exited with ${code}`);
  if (final !== "DELIVERED") await fail(`the example ended with status ${final ?? "(none printed)"}, not DELIVERED`);
  if (exampleOutput.includes(key)) await fail("the example printed the API key");
  console.log("example: the order reached DELIVERED through the public API");
  console.log("example: 1 passed, 0 failed");
} finally {
  clearTimeout(timer);
  await stop();
}
