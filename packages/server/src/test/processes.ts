/**
 * Real server processes for tests: the built dist/main.js started as a deployment runs it, reached
 * only through its own port, and stopped with a signal (SIGKILL for crashes).
 */
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { ADMIN } from "./harness";

export const MAIN = path.resolve(__dirname, "../../dist/main.js");

export interface Child {
  name: string;
  process: ChildProcess;
  url: string;
  /** Everything the process wrote to stdout and stderr so far. */
  output: () => string;
}

export interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[];
}

/** A TCP port nobody listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Starts dist/main.js with `env` (plus PORT) and waits until it says it listens. */
export async function startChild(env: NodeJS.ProcessEnv, name = "server", startMs = 30_000): Promise<Child> {
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], { env: { ...env, PORT: String(port) }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const deadline = Date.now() + startMs;
  while (!output.includes("escuchando en")) {
    if (child.exitCode !== null || child.signalCode !== null || Date.now() > deadline) {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      throw new Error(`${name} did not start:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { name, process: child, url: `http://127.0.0.1:${port}`, output: () => output };
}

/** Sends `signal` (SIGKILL by default) and resolves once the process is gone. */
export function stopChild(child: Child, signal: NodeJS.Signals = "SIGKILL"): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.process.exitCode !== null || child.process.signalCode !== null) return resolve();
    child.process.once("exit", () => resolve());
    child.process.kill(signal);
  });
}

/** One GraphQL operation over HTTP; the answer as it came. */
export async function gql<T>(url: string, query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLAnswer<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GraphQLAnswer<T>;
}

/** The administrator's bearer token on that process. */
export async function loginAdmin(url: string): Promise<string> {
  const res = await gql<{ login: { token: string } }>(
    url,
    "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }",
    { e: ADMIN.email, p: ADMIN.password },
  );
  const token = res.data?.login.token;
  if (!token) throw new Error(`login failed: ${JSON.stringify(res.errors)}`);
  return token;
}

/** Polls `check` until it holds; a check that throws counts as "not yet". */
export async function waitUntil(check: () => Promise<boolean>, ms: number, what: string, everyMs = 100): Promise<void> {
  const deadline = Date.now() + ms;
  let lastError: unknown = null;
  for (;;) {
    try {
      if (await check()) return;
      lastError = null;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      const why = lastError instanceof Error ? ` (last error: ${lastError.message})` : "";
      throw new Error(`timed out after ${ms} ms waiting for ${what}${why}`);
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
