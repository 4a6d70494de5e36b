/** What the figures run on: databases, the real server, the sandbox marketplace, an HTTP client. */
import { fork, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type { Database } from "@pedidos/server/dist/db/data-source.js";
import { createScratchMysql } from "@pedidos/server/dist/db/scratch-mysql.js";
import { seedCatalog } from "@pedidos/server/dist/demo/demo-data.js";
import { startServer, type DatabaseConfig, type RunningServer, type ServerConfig, type ServerOptions } from "@pedidos/server/dist/server.js";

export const MYSQL_URL = process.env.BENCH_MYSQL_URL ?? "mysql://root@127.0.0.1:3306/test";
export const REDIS_URL = process.env.BENCH_REDIS_URL ?? "redis://127.0.0.1:6379";
export const ADMIN = { email: "bench@pedidos.test", password: "clave-de-medicion-123" };
export const ROOT = path.resolve(__dirname, "..", "..", "..", "..");
export const CLIENT_DIST = path.join(ROOT, "packages", "client", "dist");

function reachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

export interface BenchEnv {
  engine: "mysql" | "sqlite";
  redis: boolean;
}

export async function detectEnv(forced?: "mysql" | "sqlite"): Promise<BenchEnv> {
  const mysql = forced ? forced === "mysql" : await reachable(MYSQL_URL);
  return { engine: mysql ? "mysql" : "sqlite", redis: await reachable(REDIS_URL) };
}

export interface BenchDatabase {
  config: DatabaseConfig;
  dataDir: string;
  drop(): Promise<void>;
}

/** A fresh database: a scratch schema on MariaDB, or a SQLite file in a temp folder. */
export async function createDatabase(env: BenchEnv): Promise<BenchDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "pedidos-bench-"));
  const removeDir = () => fs.rmSync(dataDir, { recursive: true, force: true });
  if (env.engine === "mysql") {
    const scratch = await createScratchMysql(MYSQL_URL);
    return {
      config: { engine: "mysql", url: scratch.url },
      dataDir,
      async drop() {
        await scratch.drop();
        removeDir();
      },
    };
  }
  return { config: { engine: "sqlite", file: path.join(dataDir, "bench.sqlite") }, dataDir, drop: async () => removeDir() };
}

export interface BenchServer {
  server: RunningServer;
  url: string;
  database: BenchDatabase;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T>;
  login(): Promise<string>;
  close(): Promise<void>;
}

/** The real server (packages/server/dist) on a fresh database, without background workers. */
export async function startBenchServer(
  env: BenchEnv,
  config: Partial<ServerConfig> = {},
  options: ServerOptions = {},
): Promise<BenchServer> {
  const database = await createDatabase(env);
  let server: RunningServer;
  try {
    server = await startServer(
      {
        port: 0,
        dataDir: database.dataDir,
        database: database.config,
        jwtSecret: "b".repeat(48),
        admin: ADMIN,
        redisUrl: env.redis ? REDIS_URL : undefined,
        // Measurements send many operations a minute; the per-user limit is not what is measured.
        rateLimitPerMinute: 1_000_000_000,
        ...config,
      },
      { schedulerTickMs: null, outboxPollMs: null, ...options },
    );
  } catch (err) {
    await database.drop();
    throw err;
  }
  const url = `http://127.0.0.1:${server.port}`;
  const gql = async <T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T> => {
    const res = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length || !body.data) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  return {
    server,
    url,
    database,
    gql,
    async login() {
      const data = await gql<{ login: { token: string } }>(
        "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }",
        { e: ADMIN.email, p: ADMIN.password },
      );
      return data.login.token;
    },
    async close() {
      await server.close();
      await database.drop();
    },
  };
}

/** Tables that hold configuration, not orders: kept by clearOrders. */
const KEPT_TABLES = new Set(["user", "api_key", "marketplace_account", "product", "sku_mapping"]);

/** Empties every order-related table (orders, lines, events, shipments, runs...) and restores stock. */
export async function clearOrders(db: Database): Promise<void> {
  const tables = db.dataSource.entityMetadatas.map((m) => m.tableName).filter((t) => !KEPT_TABLES.has(t));
  const runner = db.dataSource.createQueryRunner();
  await runner.connect();
  try {
    if (db.engine === "mysql") {
      await runner.query("SET FOREIGN_KEY_CHECKS = 0");
      for (const table of tables) await runner.query(`TRUNCATE TABLE \`${table}\``);
      await runner.query("SET FOREIGN_KEY_CHECKS = 1");
    } else {
      await runner.query("PRAGMA foreign_keys = OFF");
      for (const table of tables) await runner.query(`DELETE FROM "${table}"`);
      await runner.query("PRAGMA foreign_keys = ON");
    }
  } finally {
    await runner.release();
  }
  await seedCatalog(db);
}

export interface SandboxInfo {
  url: string;
  t1BaseUrl: string;
  t1TokenUrl: string;
  publicKey: string;
  sellerId: string;
  orders: number;
  listed: number;
}

export interface LoggedRequest {
  method: string;
  resource: string;
  query: Record<string, string>;
  status: number | null;
}

export interface SandboxProcess {
  info: SandboxInfo;
  /** The child's process id (its CPU is counted by P3). */
  pid: number | null;
  /** The server config that points the product at this sandbox. */
  claroshop: ServerConfig["claroshop"];
  requests(): Promise<LoggedRequest[]>;
  clearRequests(): Promise<void>;
  close(): Promise<void>;
}

export const SANDBOX_PRIVATE_KEY = "sandbox-private";

/** The sandbox marketplace (@pedidos/claroshop-sandbox) in a child process. */
export async function startSandboxProcess(orderCount: number): Promise<SandboxProcess> {
  const child: ChildProcess = fork(path.join(__dirname, "sandbox-process.js"), [], {
    env: { ...process.env, BENCH_SANDBOX_ORDERS: String(orderCount) },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const pending = new Map<number, (value: unknown) => void>();
  let nextId = 1;
  const info = await new Promise<SandboxInfo>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`the sandbox process exited with ${code}`)));
    child.on("message", (message: { ready?: SandboxInfo; id?: number; result?: unknown }) => {
      if (message.ready) resolve(message.ready);
      else if (message.id !== undefined) {
        pending.get(message.id)?.(message.result);
        pending.delete(message.id);
      }
    });
  });
  const call = <T>(op: string): Promise<T> =>
    new Promise<T>((resolve) => {
      const id = nextId++;
      pending.set(id, resolve as (value: unknown) => void);
      child.send({ id, op });
    });
  return {
    info,
    pid: child.pid ?? null,
    claroshop: {
      legacy: { baseUrl: info.url, publicKey: info.publicKey, privateKey: SANDBOX_PRIVATE_KEY },
      t1: { baseUrl: info.t1BaseUrl, tokenUrl: info.t1TokenUrl, username: "sandbox", password: "sandbox", sellerId: info.sellerId },
    },
    requests: () => call<LoggedRequest[]>("requests"),
    clearRequests: () => call<void>("clear"),
    async close() {
      if (child.exitCode !== null) return;
      child.removeAllListeners("exit");
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.send({ id: nextId++, op: "close" });
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
