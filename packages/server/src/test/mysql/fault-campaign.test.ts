/**
 * The fault campaign (R1-R3 together, against the built server process):
 *
 * 1. A sync of the sandbox's orders under 20% marketplace faults, the server process killed with
 *    SIGKILL at random points and restarted, and its MariaDB server stopped and started again in
 *    the middle of a running sync while the server keeps running; a final clean sync must leave
 *    exactly the marketplace's orders, once each, with their lines and statuses.
 * 2. Manual guides and delivery evidence queued for several orders while Claro Shop is down, the
 *    server killed once while the calls wait; once Claro Shop is back every call is delivered
 *    exactly once (per order and kind) and every order ends DELIVERED.
 *
 * Short by default (part of the MariaDB test run); `CAMPAIGN=full` runs it at scale.
 * The database is a private mariadbd on a temporary data folder, so it can really be restarted
 * without touching the machine's shared server; where none can be started, a TCP proxy in front
 * of TEST_DATABASE_URL's server is cut and restored instead (the summary line says so).
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { createConnection } from "mysql2/promise";
import type { RunningSandbox } from "@pedidos/claroshop-sandbox";
import { openDatabase, type Database } from "../../db/data-source";
import { createScratchMysql } from "../../db/scratch-mysql";
import { seedCatalog } from "../../demo/demo-data";
import { OutboxJob, OutboxState } from "../../outbox/outbox-job.entity";
import { SyncRun, SyncRunState } from "../../sync/sync-run.entity";
import { ADMIN } from "../harness";
import { compareWithSandbox, startTestMarketplace, TEST_PRIVATE_KEY, TWENTY_PERCENT_FAULTS } from "../marketplace";
import { freePort, gql, loginAdmin, MAIN, startChild, stopChild, waitUntil, type Child } from "../processes";
import { TcpProxy } from "../tcp-proxy";

const FULL = process.env.CAMPAIGN === "full";
const SIZE = FULL ? { orders: 10_000, kills: 8, evidence: 30 } : { orders: 1_000, kills: 5, evidence: 6 };
const MODE = FULL ? "full" : "short";
/** Bounds for the waits (not sleeps): generous, so only a real stall fails them. */
const SEGMENT_MS = FULL ? 300_000 : 90_000;
const FINAL_SYNC_MS = FULL ? 600_000 : 120_000;
const DELIVERY_MS = FULL ? 300_000 : 120_000;

const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4f80000000049454e44ae426082",
  "hex",
);

const run = promisify(execFile);
const MARIADBD = ["/usr/sbin/mariadbd", "/usr/bin/mariadbd"].find((p) => fs.existsSync(p));
const INSTALL_DB = ["/usr/bin/mariadb-install-db", "/usr/bin/mysql_install_db"].find((p) => fs.existsSync(p));

/** The campaign's own database server, which it may stop and start at will. */
interface RestartableDatabase {
  /** The campaign's database on this server. */
  url: string;
  kind: "mariadbd" | "proxy";
  /** Takes the database away: a clean shutdown (SIGTERM), or every connection cut and new ones refused. */
  stop(): Promise<void>;
  /** Brings it back on the same address (and data). */
  start(): Promise<void>;
  close(): Promise<void>;
}

/** A mariadbd of its own on a temporary data folder, stopped with SIGTERM and started again on it. */
async function privateMariaDb(dir: string): Promise<RestartableDatabase> {
  if (!MARIADBD || !INSTALL_DB) throw new Error("mariadbd is not installed");
  const dataDir = path.join(dir, "data");
  await run(INSTALL_DB, [
    "--no-defaults",
    `--datadir=${dataDir}`,
    "--auth-root-authentication-method=normal",
    "--skip-test-db",
  ]);
  const port = await freePort();
  let proc: ChildProcess | null = null;
  let output = "";
  const start = async () => {
    output = "";
    const child = spawn(
      MARIADBD,
      [
        "--no-defaults",
        `--datadir=${dataDir}`,
        `--socket=${path.join(dir, "sock")}`,
        `--pid-file=${path.join(dir, "mariadbd.pid")}`,
        `--port=${port}`,
        "--bind-address=127.0.0.1",
        "--skip-grant-tables",
        "--skip-networking=0",
        "--user=root",
      ],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    proc = child;
    child.stdout?.on("data", (d) => (output += d));
    child.stderr?.on("data", (d) => (output += d));
    const deadline = Date.now() + 60_000;
    while (!output.includes("ready for connections")) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`mariadbd did not start:\n${output.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const stop = () =>
    new Promise<void>((resolve) => {
      const child = proc;
      if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  try {
    await start();
    const admin = await createConnection({ uri: `mysql://root@127.0.0.1:${port}/` });
    await admin.query("CREATE DATABASE pedidos CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    await admin.end();
  } catch (err) {
    await stop();
    throw err;
  }
  return {
    url: `mysql://root@127.0.0.1:${port}/pedidos`,
    kind: "mariadbd",
    stop,
    start,
    close: stop,
  };
}

/** Fallback: TEST_DATABASE_URL's server behind a TCP proxy, cut (connections refused) and restored. */
async function proxiedDatabase(): Promise<RestartableDatabase & { drop(): Promise<void> }> {
  const scratch = await createScratchMysql(process.env.TEST_DATABASE_URL);
  const target = new URL(scratch.url);
  const proxy = new TcpProxy(target.hostname, Number(target.port || 3306));
  const proxied = new URL(scratch.url);
  proxied.port = String(await proxy.start());
  return {
    url: proxied.toString(),
    kind: "proxy",
    stop: () => proxy.cut("refuse"),
    start: () => proxy.restore(),
    close: () => proxy.close(),
    drop: scratch.drop,
  };
}

describe(`fault campaign (${MODE})`, () => {
  let workDir: string;
  let database: RestartableDatabase & { drop?: () => Promise<void> };
  let sandbox: RunningSandbox;
  let db: Database;
  let env: NodeJS.ProcessEnv;
  let server: Child | null = null;
  let token = "";
  const outputs: string[] = [];

  beforeAll(async () => {
    if (!fs.existsSync(MAIN)) throw new Error("dist/main.js is missing: build the server first (pnpm test does)");
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), "pedidos-campaign-"));
    try {
      database = await privateMariaDb(path.join(workDir, "mariadb"));
    } catch (err) {
      console.warn(`fault campaign: no private mariadbd (${err instanceof Error ? err.message.split("\n")[0] : err}); using a TCP proxy`);
      database = await proxiedDatabase();
    }
    const { url } = database;
    sandbox = (await startTestMarketplace({ orderCount: SIZE.orders, seed: 41 })).sandbox;
    // Migrated and the catalog in place before the server starts (the deployment's release step),
    // so imported orders get their sales orders.
    db = await openDatabase({ engine: "mysql", url });
    await seedCatalog(db);
    const dataDir = path.join(workDir, "server");
    fs.mkdirSync(dataDir);
    env = {
      PATH: process.env.PATH,
      NODE_ENV: "production",
      DATA_DIR: dataDir,
      DATABASE_URL: url,
      CLAROSHOP_BASE_URL: sandbox.url,
      CLAROSHOP_PUBLIC_KEY: sandbox.publicKey,
      CLAROSHOP_PRIVATE_KEY: TEST_PRIVATE_KEY,
      CLAROSHOP_T1_BASE_URL: sandbox.t1BaseUrl,
      CLAROSHOP_T1_TOKEN_URL: sandbox.t1TokenUrl,
      CLAROSHOP_T1_USERNAME: "sandbox",
      CLAROSHOP_T1_PASSWORD: "sandbox",
      CLAROSHOP_T1_SELLER_ID: sandbox.sellerId,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      JWT_SECRET: "c".repeat(40),
      RATE_LIMIT_PER_MINUTE: "1000000",
      // Small write batches: a run commits many times, so kills land between and inside its transactions.
      SYNC_BATCH_ORDERS: "50",
      // A killed process's claimed calls are taken over within seconds.
      OUTBOX_LEASE_SECONDS: "3",
      // Quick, many retries: queued calls outlast the outage instead of being dead-lettered.
      OUTBOX_BASE_DELAY_MS: "200",
      OUTBOX_MAX_DELAY_MS: "1500",
      OUTBOX_MAX_ATTEMPTS: "500",
    };
  }, 120_000);

  afterAll(async () => {
    if (server) {
      await stopChild(server, "SIGTERM");
      outputs.push(server.output());
    }
    await db?.dataSource.destroy().catch(() => undefined);
    await sandbox?.close();
    await database?.drop?.().catch(() => undefined);
    await database?.close();
    if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
  }, 120_000);

  const orderCount = async () => Number((await db.dataSource.query("SELECT COUNT(*) AS n FROM `order`"))[0].n);

  async function restartServer(kill: boolean): Promise<void> {
    if (server) {
      await stopChild(server, kill ? "SIGKILL" : "SIGTERM");
      outputs.push(server.output());
    }
    server = await startChild(env, "server");
    token = await loginAdmin(server.url);
  }

  const current = (): Child => {
    if (!server) throw new Error("no server process");
    return server;
  };

  async function ok<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const res = await gql<T>(current().url, query, variables, token);
    if (!res.data || res.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(res.errors)}`);
    return res.data;
  }

  const startSync = async () => Number((await ok<{ syncOrders: { id: string } }>("mutation { syncOrders { id } }")).syncOrders.id);

  async function upload(bytes: Buffer, name: string, type: string): Promise<string> {
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array(bytes)], { type }), name);
    const res = await fetch(`${current().url}/uploads`, { method: "POST", headers: { authorization: `Bearer ${token}` }, body: form });
    if (res.status !== 201) throw new Error(`upload ${name}: HTTP ${res.status} ${await res.text()}`);
    return ((await res.json()) as { uploadId: string }).uploadId;
  }

  /** Sync runs this process reported as failed in its log. */
  const syncFailures = (child: Child) => (child.output().match(/\[sync\] run \d+ failed/g) ?? []).length;

  const withOutput = (err: Error): never => {
    throw new Error(`${err.message}\nserver said:\n${server?.output().slice(-4000) ?? ""}`);
  };

  it("sync under faults, kills and a database restart; evidence queued while Claro Shop is down", async () => {
    const started = Date.now();
    // ---- 1. Sync under 20% faults, SIGKILLs and one database restart --------------------------
    const expected = sandbox.state.all().filter((o) => o.status !== "Cancelado").length;
    sandbox.setFaults({ ...TWENTY_PERCENT_FAULTS, slowMs: 2 });
    await restartServer(false);
    const steps: ("kill" | "database")[] = Array.from({ length: SIZE.kills }, () => "kill");
    steps.splice(Math.floor(SIZE.kills / 2), 0, "database");
    const segment = expected / (steps.length + 2);
    const killedAt: number[] = [];
    let kills = 0;
    let databaseRestarts = 0;
    let worstDuringKills = { duplicates: 0, withoutLines: 0 };
    const runs = db.dataSource.getRepository(SyncRun);
    let runsGivenUp = 0;
    for (const step of steps) {
      const before = await orderCount();
      let runId = await startSync();
      // A random point of this run: some more orders in, well before the end.
      const goal = Math.min(expected - 50, before + Math.max(20, Math.floor(segment * (0.4 + 0.6 * Math.random()))));
      await waitUntil(
        async () => {
          if ((await orderCount()) >= goal) return true;
          // A run may give up when Claro Shop keeps failing a page; the next one continues (as the scheduler would).
          if ((await runs.findOneBy({ id: runId }))?.state !== SyncRunState.RUNNING) {
            runsGivenUp++;
            runId = await startSync();
          }
          return false;
        },
        SEGMENT_MS,
        `${goal} orders`,
      ).catch(withOutput);
      if (step === "kill") {
        await restartServer(true);
        kills++;
        killedAt.push(await orderCount());
        const report = await compareWithSandbox(db, sandbox);
        worstDuringKills = {
          duplicates: Math.max(worstDuringKills.duplicates, report.duplicates),
          withoutLines: Math.max(worstDuringKills.withoutLines, report.withoutLines),
        };
      } else {
        // The server keeps running: it must notice and recover on its own.
        const survivor = current();
        const failuresBefore = syncFailures(survivor);
        // The database goes away under a run that is still going.
        while ((await runs.findOneBy({ id: runId }))?.state !== SyncRunState.RUNNING) {
          runsGivenUp++;
          runId = await startSync();
        }
        await database.stop();
        // Down until the server and its running sync have met the outage (a restart on this
        // machine can be quicker than the sync's next statement).
        await waitUntil(
          async () => (await fetch(`${survivor.url}/health`)).status === 503 && syncFailures(survivor) > failuresBefore,
          60_000,
          "the server and its sync to notice the database is gone",
        ).catch(withOutput);
        await database.start();
        databaseRestarts++;
        await waitUntil(
          async () => (await gql<{ orders: { totalCount: number } }>(current().url, "{ orders(first: 1) { totalCount } }", {}, token)).data != null,
          60_000,
          "the server to serve again after the database restart",
        ).catch(withOutput);
        // Our own pool saw the restart too: the first queries after it may fail once.
        await waitUntil(async () => (await orderCount()) >= 0, 30_000, "the campaign's own database connection");
        expect(current()).toBe(survivor);
        expect(survivor.process.exitCode).toBeNull();
      }
    }
    // The final clean sync, on the process that lived through the database restart or a fresh one.
    sandbox.setFaults({});
    const finalRun = await startSync().catch(withOutput);
    await waitUntil(
      async () => (await runs.findOneBy({ id: finalRun }))?.state !== SyncRunState.RUNNING,
      FINAL_SYNC_MS,
      "the final sync",
    ).catch(withOutput);
    const finalState = await runs.findOneByOrFail({ id: finalRun });
    const mirror = await compareWithSandbox(db, sandbox);
    const syncSeconds = Math.round((Date.now() - started) / 1000);

    // ---- 2. Evidence and manual guides queued while Claro Shop is down ---------------------------
    const phase2 = Date.now();
    const pending = (
      await ok<{ orders: { edges: { node: { id: string; marketplaceOrderId: string; total: string } }[] } }>(
        "query($n: Int) { orders(first: $n, filter: { statuses: [PENDING], needsAttention: false }) { edges { node { id marketplaceOrderId total } } } }",
        { n: SIZE.evidence },
      )
    ).orders.edges.map((e) => e.node);
    expect(pending).toHaveLength(SIZE.evidence);
    const lastRequest = sandbox.requests().at(-1)?.id ?? 0;
    sandbox.setFaults({ down: true });
    const mine = new Set(pending.map((o) => Number(o.id)));
    const jobs = async () => (await db.dataSource.getRepository(OutboxJob).find()).filter((j) => mine.has(j.orderId ?? -1));
    const killAfter = Math.floor(SIZE.evidence / 2);
    let killedWhileQueued = -1;
    for (const [i, order] of pending.entries()) {
      if (i === killAfter) {
        killedWhileQueued = (await jobs()).filter((j) => j.state !== OutboxState.DONE).length;
        await restartServer(true);
        kills++;
      }
      await ok(
        'mutation($id: ID!, $t: String!) { generateGuide(input: { orderId: $id, type: MANUAL, carrier: "Estafeta", trackingNumber: $t }) { status } }',
        { id: order.id, t: `EST-${String(8_000_000_000 + i)}` },
      );
      const invoice = await ok<{ createInvoice: { id: string } }>("mutation($id: ID!) { createInvoice(input: { orderId: $id }) { id } }", {
        id: order.id,
      });
      const issued = await ok<{ issueInvoice: { pdfUrl: string } }>("mutation($id: ID!) { issueInvoice(invoiceId: $id) { pdfUrl } }", {
        id: invoice.createInvoice.id,
      });
      await ok(
        'mutation($id: ID!, $amount: Decimal!, $at: DateTime!) { addPayment(input: { invoiceId: $id, method: "03", amount: $amount, paidAt: $at, reference: "SPEI-CAMPANA" }) { paid } }',
        { id: invoice.createInvoice.id, amount: order.total, at: new Date().toISOString() },
      );
      const pdf = Buffer.from(await (await fetch(`${current().url}${issued.issueInvoice.pdfUrl}`)).arrayBuffer());
      const pdfUpload = await upload(pdf, "factura.pdf", "application/pdf");
      await ok("mutation($o: ID!, $u: ID!) { attachEvidence(input: { orderId: $o, uploadId: $u, kind: INVOICE }) { id } }", { o: order.id, u: pdfUpload });
      const photo = await upload(PNG, "entrega.png", "image/png");
      await ok("mutation($o: ID!, $u: ID!) { attachEvidence(input: { orderId: $o, uploadId: $u, kind: DELIVERY_PHOTO }) { id } }", { o: order.id, u: photo });
      await ok("mutation($id: ID!) { sendEvidence(orderId: $id) { id } }", { id: order.id });
    }
    const refused = sandbox.requests({ after: lastRequest }).filter((r) => r.status === 503).length;
    const deliveredWhileDown = pending.filter((o) => sandbox.state.get(o.marketplaceOrderId)?.status === "Entregado").length;
    sandbox.setFaults({});

    const statuses = async () =>
      Promise.all(
        pending.map(async (o) => (await ok<{ order: { status: string } }>("query($id: ID!) { order(id: $id) { status } }", { id: o.id })).order.status),
      );
    // Every order delivered, or a call given up on (dead-lettered, shown to staff): nothing waits forever.
    await waitUntil(
      async () => {
        const [all, states] = await Promise.all([jobs(), statuses()]);
        const settled = all.every((j) => j.state === OutboxState.DONE || j.state === OutboxState.DEAD);
        return settled && (states.every((s) => s === "DELIVERED") || all.some((j) => j.state === OutboxState.DEAD));
      },
      DELIVERY_MS,
      "every queued call to be delivered",
    ).catch(async (err: Error) => {
      const states = (await jobs()).map((j) => `${j.kind}#${j.id}:${j.state}/${j.attempts}/${j.lastError ?? ""}`);
      throw new Error(`${err.message}\njobs: ${states.join("\n")}\nserver said:\n${current().output().slice(-4000)}`);
    });
    const finalStatuses = await statuses();
    const dead = (await jobs()).filter((j) => j.state === OutboxState.DEAD).length;

    // Count from what Claro Shop received: accepted calls per order and kind.
    const log = sandbox.requests({ after: lastRequest });
    let deliveredCalls = 0;
    let duplicateCalls = 0;
    for (const order of pending) {
      const mid = order.marketplaceOrderId;
      const evidenceKind = new Map((sandbox.state.get(mid)?.evidence ?? []).map((e) => [e.idempotencyKey, e.kind]));
      const accepted = new Map<string, number>([
        ["guide", 0],
        ["pdf", 0],
        ["png", 0],
      ]);
      for (const r of log) {
        if (r.outcome !== "ok" || r.method !== "POST") continue;
        let kind: string | undefined;
        if (r.api === "legacy" && r.resource === "embarque" && r.body?.nopedido === mid) kind = "guide";
        else if (r.api === "t1" && r.resource.includes(`/order/${mid}/`)) kind = evidenceKind.get(r.idempotencyKey) ?? "unknown";
        if (kind) accepted.set(kind, (accepted.get(kind) ?? 0) + 1);
      }
      for (const [kind, n] of accepted) {
        if (kind !== "unknown" && n >= 1) deliveredCalls++;
        duplicateCalls += kind === "unknown" ? n : Math.max(0, n - 1);
      }
    }
    const expectedCalls = 3 * pending.length;
    const replays = log.filter((r) => r.outcome === "replay").length;
    const evidenceSeconds = Math.round((Date.now() - phase2) / 1000);

    const databaseWord =
      database.kind === "mariadbd"
        ? `database restarted ${databaseRestarts}x`
        : `database restarted ${databaseRestarts}x (cut and restored through a TCP proxy: no private mariadbd here)`;
    console.log(
      `campaign (${MODE}): ${mirror.stored}/${mirror.marketplace} orders, ${mirror.duplicates} duplicates, ${mirror.missing.length} missing, ` +
        `${mirror.wrongStatus.length} wrong status, ${kills} kills, ${databaseWord}; ` +
        `evidence: ${deliveredCalls}/${expectedCalls} calls delivered, ${duplicateCalls} duplicates sent, ${dead} dead-lettered`,
    );
    console.log(
      `campaign (${MODE}) details: sync phase ${syncSeconds} s (killed at ${killedAt.join(", ")} orders; ` +
        `${runsGivenUp} runs gave up on Claro Shop and were started again; final run ${finalState.state}` +
        `${finalState.error ? `: ${finalState.error}` : ""}; ${mirror.withoutLines} without lines, ${mirror.wrongLines.length} wrong lines); ` +
        `evidence phase ${evidenceSeconds} s (${killedWhileQueued} calls unfinished at the kill, ${refused} refused while down, ` +
        `${deliveredWhileDown} delivered while down, ${replays} replayed by idempotency key)`,
    );

    expect(finalState.state).toBe(SyncRunState.SUCCEEDED);
    expect(worstDuringKills).toEqual({ duplicates: 0, withoutLines: 0 });
    expect(mirror).toMatchObject({ duplicates: 0, missing: [], wrongStatus: [], wrongLines: [], withoutLines: 0 });
    expect(mirror.stored).toBe(mirror.marketplace);
    expect(kills).toBe(SIZE.kills + 1);
    expect(databaseRestarts).toBe(1);
    expect(killedWhileQueued).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
    expect(deliveredWhileDown).toBe(0);
    expect({ deliveredCalls, duplicateCalls, dead }).toEqual({ deliveredCalls: expectedCalls, duplicateCalls: 0, dead: 0 });
    expect(finalStatuses).toEqual(pending.map(() => "DELIVERED"));
    for (const o of pending) expect(sandbox.state.get(o.marketplaceOrderId)?.status).toBe("Entregado");

    outputs.push(current().output());
    const logs = outputs.join("\n");
    expect(logs).not.toContain(TEST_PRIVATE_KEY);
    expect(logs).not.toMatch(/apicm\/v1\/[^/\s]+\/[0-9a-f]{64}/);
  }, FULL ? 1_800_000 : 600_000);
});
