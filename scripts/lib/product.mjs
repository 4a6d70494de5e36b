// The built product as a newcomer's `pnpm start` runs it (packages/server/dist/main.js with the
// bundled sandbox marketplace) on a fresh data folder and a free port, for the checks in
// scripts/: it reads the first admin's e-mail and password from the output and never prints them.
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the product; `label` prefixes every message and the final `label: 0 passed, 1 failed`
 * printed by `fail`, which also shows the server's output with every secret hidden and exits.
 */
export async function startProduct(label, { prefix = `pedidos-${label}-`, startMs = 60_000 } = {}) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const env = { ...process.env, DATA_DIR: dataDir, PORT: String(await freePort()) };
  for (const name of Object.keys(env)) {
    if (name.startsWith("CLAROSHOP_") || name.startsWith("ADMIN_") || name.startsWith("PEDIDOS_")) delete env[name];
    if (name === "DATABASE_URL" || name === "JWT_SECRET") delete env[name];
  }
  const server = spawn(process.execPath, ["dist/main.js"], { cwd: path.join(root, "packages/server"), env });
  let output = "";
  server.stdout.on("data", (d) => (output += d));
  server.stderr.on("data", (d) => (output += d));

  /** Secrets that must never reach the log, whatever prints them. */
  const secrets = [];
  const redact = (text) => secrets.reduce((t, s) => t.split(s).join("<hidden>"), String(text).replace(/(vez\): ).*/g, "$1<hidden>"));
  const cleanups = [];

  async function stop() {
    for (const cleanup of cleanups) cleanup();
    if (server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((r) => server.once("exit", r));
      server.kill("SIGTERM");
      const killer = setTimeout(() => server.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(killer);
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  }

  async function fail(message) {
    console.error(`${label}: ${redact(message)}\n--- server output ---\n${redact(output)}`);
    console.log(`${label}: 0 passed, 1 failed`);
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

  const [, url] = await waitFor(/escuchando en (http:\/\/\S+)/, startMs);
  const [, email] = await waitFor(/Primer administrador: (\S+)/, 5000);
  const [, password] = await waitFor(/vez\): (\S+)/, 5000);
  secrets.push(password);

  /** One GraphQL operation over HTTP; the answer's JSON. */
  async function gql(query, variables, token) {
    const res = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return res.json();
  }

  /** The first admin's bearer token (kept secret). */
  async function loginAdmin() {
    const login = await gql("mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }", { e: email, p: password });
    const token = login.data?.login?.token;
    if (!token) await fail(`login failed: ${JSON.stringify(login.errors)}`);
    secrets.push(token);
    return token;
  }

  return { root, env, url, secrets, redact, gql, loginAdmin, fail, stop, onStop: (fn) => cleanups.push(fn) };
}
