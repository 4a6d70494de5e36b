/**
 * R2: the real server process (the built dist/main.js, as `pnpm start` runs it) is killed with
 * SIGKILL in the middle of syncs and restarted; the next run completes and every order is there
 * exactly once, with all its lines.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { RunningSandbox } from "@pedidos/claroshop-sandbox";
import { openDatabase, type Database } from "../db/data-source";
import { SyncRun } from "../sync/sync-run.entity";
import { ADMIN, testDatabase } from "./harness";
import { compareWithSandbox, startTestMarketplace, TEST_PRIVATE_KEY } from "./marketplace";
import { gql, loginAdmin, MAIN, startChild, stopChild, waitUntil, type Child } from "./processes";

const engine = process.env.TEST_DATABASE_URL ? "MariaDB" : "SQLite";
const ORDERS = 1200;
const KILLS = 5;

async function startSync(child: Child): Promise<void> {
  const res = await gql<{ syncOrders: { id: string } }>(child.url, "mutation { syncOrders { id } }", undefined, await loginAdmin(child.url));
  if (!res.data) throw new Error(`syncOrders failed: ${JSON.stringify(res.errors)}`);
}

const kill = (child: Child) => stopChild(child, "SIGKILL");

describe(`server killed during sync (${engine})`, () => {
  let sandbox: RunningSandbox;
  let dataDir: string;
  let target: Awaited<ReturnType<typeof testDatabase>>;
  let db: Database;
  let env: NodeJS.ProcessEnv;
  const outputs: string[] = [];

  beforeAll(async () => {
    if (!fs.existsSync(MAIN)) throw new Error("dist/main.js is missing: build the server first (pnpm test does)");
    sandbox = (await startTestMarketplace({ orderCount: ORDERS, seed: 21 })).sandbox;
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "pedidos-crash-"));
    target = await testDatabase(dataDir);
    // The server keeps its SQLite file in DATA_DIR under its own name: read that same file.
    if (target.config.engine === "sqlite") target.config = { engine: "sqlite", file: path.join(dataDir, "pedidos.sqlite") };
    db = await openDatabase(target.config);
    env = {
      PATH: process.env.PATH,
      NODE_ENV: "production",
      DATA_DIR: dataDir,
      ...(target.config.engine === "mysql" ? { DATABASE_URL: target.config.url } : {}),
      CLAROSHOP_BASE_URL: sandbox.url,
      CLAROSHOP_PUBLIC_KEY: sandbox.publicKey,
      CLAROSHOP_PRIVATE_KEY: TEST_PRIVATE_KEY,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      JWT_SECRET: "y".repeat(40),
      // Small write batches: a run commits many times, so kills land between and inside its transactions.
      SYNC_BATCH_ORDERS: "50",
    };
    // Slow enough that a sync spans many batches, so a kill lands mid-run.
    sandbox.setFaults({ slowMs: 2, rate500: 0.05 });
  });
  afterAll(async () => {
    await db?.dataSource.destroy();
    await sandbox?.close();
    await target?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const orderCount = async () => Number((await db.dataSource.query("SELECT COUNT(*) AS n FROM `order`"))[0].n);

  it(`keeps every order exactly once, with its lines, across ${KILLS} SIGKILLs`, async () => {
    const killedAt: number[] = [];
    for (let i = 0; i < KILLS; i++) {
      const child = await startChild(env);
      const before = await orderCount();
      await startSync(child);
      // A random point of this run: after some more orders arrived, well before the end.
      const goal = Math.min(ORDERS - 50, before + 20 + Math.floor(Math.random() * 200));
      await waitUntil(async () => (await orderCount()) >= goal, 60_000, `${goal} orders`).catch((err: Error) => {
        throw new Error(`${err.message}; server said:\n${child.output()}`);
      });
      await kill(child);
      outputs.push(child.output());
      killedAt.push(await orderCount());
      const report = await compareWithSandbox(db, sandbox);
      expect({ duplicates: report.duplicates, withoutLines: report.withoutLines, wrongLines: report.wrongLines }).toEqual({
        duplicates: 0,
        withoutLines: 0,
        wrongLines: [],
      });
    }
    const last = await startChild(env);
    sandbox.setFaults({});
    await startSync(last);
    const runs = db.dataSource.getRepository(SyncRun);
    await waitUntil(async () => (await runs.countBy({ state: "SUCCEEDED" as never })) > 0, 120_000, "a finished sync");
    last.process.kill("SIGTERM");
    await new Promise((r) => last.process.once("exit", r));
    outputs.push(last.output());

    const report = await compareWithSandbox(db, sandbox);
    const interrupted = await runs.countBy({ state: "FAILED" as never });
    console.log(
      `R2 (${engine}): killed at ${killedAt.join(", ")} orders; after restart: ${report.stored} stored of ${report.marketplace},` +
        ` ${report.duplicates} duplicates, ${report.missing.length} missing, ${report.withoutLines} without lines;` +
        ` ${interrupted} interrupted runs marked FAILED`,
    );
    expect(report).toMatchObject({ duplicates: 0, missing: [], wrongStatus: [], wrongLines: [], withoutLines: 0 });
    expect(interrupted).toBe(KILLS);
    const logs = outputs.join("\n");
    expect(logs).not.toContain(TEST_PRIVATE_KEY);
    expect(logs).not.toMatch(/apicm\/v1\/[^/\s]+\/[0-9a-f]{64}/);
  }, 300_000);
});
