import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Config, DatabaseConfig } from "../config";
import { createScratchMysql } from "../db/scratch-mysql";
import { startServer, type RunningServer, type ServerOptions } from "../server";

export const ADMIN = { email: "admin@pruebas.mx", password: "clave-de-prueba-123" };

/** SQLite in a temp folder by default; a fresh database on TEST_DATABASE_URL's server when set. */
export async function testDatabase(dataDir: string): Promise<{ config: DatabaseConfig; drop(): Promise<void> }> {
  if (process.env.TEST_DATABASE_URL) {
    const scratch = await createScratchMysql(process.env.TEST_DATABASE_URL);
    return { config: { engine: "mysql", url: scratch.url }, drop: scratch.drop };
  }
  return { config: { engine: "sqlite", file: path.join(dataDir, "test.sqlite") }, drop: async () => undefined };
}

export const engineName = () => (process.env.TEST_DATABASE_URL ? "mysql" : "sqlite");

export interface GraphQLResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
}

export interface TestServer {
  server: RunningServer;
  database: DatabaseConfig;
  url: string;
  /** Sends one operation over real HTTP. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GraphQLResult<T>>;
  login(email?: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  config?: Partial<Config>;
  server?: ServerOptions;
  /** Share another test server's database (several processes on one database). */
  database?: DatabaseConfig;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "pedidos-test-"));
  const db = options.database ? { config: options.database, drop: async () => undefined } : await testDatabase(dataDir);
  const server = await startServer(
    {
      port: 0,
      dataDir,
      database: db.config,
      jwtSecret: "x".repeat(40),
      admin: ADMIN,
      // These tests run the TypeScript sources, which a worker thread cannot load: the sync's
      // write thread is tested from the build (import-thread test, the server processes' tests).
      syncWriteThread: false,
      ...options.config,
    },
    // No background workers unless a test asks: their queries would blur statement counts.
    { schedulerTickMs: null, outboxPollMs: null, ...options.server },
  );
  const url = `http://127.0.0.1:${server.port}`;
  const gql = async <T>(query: string, variables?: Record<string, unknown>, token?: string | null) => {
    const res = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GraphQLResult<T>;
  };
  return {
    server,
    database: db.config,
    url,
    gql,
    async login(email = ADMIN.email, password = ADMIN.password) {
      const result = await gql<{ login: { token: string } }>(
        "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }",
        { e: email, p: password },
      );
      if (!result.data) throw new Error(`login failed: ${JSON.stringify(result.errors)}`);
      return result.data.login.token;
    },
    async close() {
      await server.close();
      await db.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
