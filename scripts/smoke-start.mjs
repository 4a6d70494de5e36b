#!/usr/bin/env node
// What a newcomer's `pnpm start` does, checked end to end on a fresh data folder: the built
// server starts, serves the web app and /graphql, prints the first sign-in, and a login
// followed by an orders query returns the demo orders. Run after `pnpm -r run build`.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "pedidos-smoke-"));
const env = { ...process.env, DATA_DIR: dataDir, PORT: "0" };
for (const name of Object.keys(env)) {
  if (name.startsWith("CLAROSHOP_") || name === "DATABASE_URL" || name.startsWith("ADMIN_") || name === "JWT_SECRET") delete env[name];
}
env.PORT = String(41000 + Math.floor(Math.random() * 2000));

const child = spawn(process.execPath, ["dist/main.js"], { cwd: path.join(root, "packages/server"), env });
let output = "";
child.stdout.on("data", (d) => (output += d));
child.stderr.on("data", (d) => (output += d));

function fail(message) {
  console.error(`start smoke: ${message}\n--- server output ---\n${output.replace(/(vez\): ).*/g, "$1<hidden>")}`);
  child.kill("SIGKILL");
  console.log("start smoke: 0 passed, 1 failed");
  process.exit(1);
}

async function waitFor(pattern, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const match = pattern.exec(output);
    if (match) return match;
    if (child.exitCode !== null) fail(`the server exited with ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  fail(`timed out waiting for ${pattern}`);
}

const timer = setTimeout(() => fail("took longer than 60 s"), 60000);
try {
  const [, url] = await waitFor(/escuchando en (http:\/\/\S+)/, 45000);
  const [, email] = await waitFor(/Primer administrador: (\S+)/, 5000);
  const [, password] = await waitFor(/vez\): (\S+)/, 5000);

  const page = await fetch(`${url}/pedidos`);
  const html = await page.text();
  if (!page.ok || !html.includes('<div id="app"')) fail(`the web app is not served at ${url}/pedidos (HTTP ${page.status})`);

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
  if (!token) fail(`login failed: ${JSON.stringify(login.errors)}`);
  const orders = await gql("{ orders(first: 5) { totalCount edges { node { marketplaceOrderId status customerName } } } }", {}, token);
  const total = orders.data?.orders?.totalCount ?? 0;
  if (total === 0) fail(`no demo orders: ${JSON.stringify(orders)}`);
  console.log(`start smoke: ${url} served the app; login + orders returned ${total} demo orders`);
  console.log("start smoke: 1 passed, 0 failed");
} finally {
  clearTimeout(timer);
  if (child.exitCode === null) {
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    await exited;
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
}
