/**
 * The multi-process deployment on this machine: two real server processes (the built
 * dist/main.js, as each replica runs it) on one MariaDB database and one Redis, reached through
 * nothing but their own ports. A sync asked of both runs once, outbound marketplace calls run
 * once between the two workers, a subscriber on one sees a change made on the other, and a
 * replica killed with SIGKILL in the middle of outbound calls loses none of them.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { RunningSandbox } from "@pedidos/claroshop-sandbox";
import { openDatabase, type Database } from "../../db/data-source";
import { seedCatalog } from "../../demo/demo-data";
import { OutboxJob, OutboxState } from "../../outbox/outbox-job.entity";
import { SyncRun } from "../../sync/sync-run.entity";
import { ADMIN, testDatabase } from "../harness";
import { compareWithSandbox, startTestMarketplace, TEST_PRIVATE_KEY } from "../marketplace";
import { gql, loginAdmin, MAIN, startChild, stopChild, waitUntil, type Child } from "../processes";
import { subscribeTo } from "../ws-client";

const REDIS_URL = process.env.TEST_REDIS_URL || "redis://127.0.0.1:6379";
const ORDERS = 120;
/** Short, so the surviving replica takes over a killed one's calls within the test. */
const LEASE_SECONDS = 3;

interface Replica extends Child {
  token: string;
}

async function call<T>(replica: Replica, query: string, variables?: Record<string, unknown>): Promise<T> {
  const body = await gql<T>(replica.url, query, variables, replica.token);
  if (!body.data || body.errors) throw new Error(`${replica.name}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

describe("two server processes on MariaDB + Redis", () => {
  let sandbox: RunningSandbox;
  let dataDir: string;
  let target: Awaited<ReturnType<typeof testDatabase>>;
  let db: Database;
  let env: NodeJS.ProcessEnv;
  const replicas: Replica[] = [];

  async function startReplica(name: string): Promise<Replica> {
    const child = await startChild(env, name);
    const replica = { ...child, token: await loginAdmin(child.url) };
    replicas.push(replica);
    return replica;
  }

  const kill = (replica: Replica) => stopChild(replica, "SIGKILL");

  beforeAll(async () => {
    if (!fs.existsSync(MAIN)) throw new Error("dist/main.js is missing: build the server first (pnpm test does)");
    sandbox = (await startTestMarketplace({ orderCount: ORDERS, seed: 31 })).sandbox;
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "pedidos-replicas-"));
    target = await testDatabase(dataDir);
    // Migrated and the catalog in place before either replica starts (as a deployment's release step).
    db = await openDatabase(target.config);
    await seedCatalog(db);
    env = {
      PATH: process.env.PATH,
      NODE_ENV: "production",
      // One shared data folder, as the replicas' shared volume (uploads, signing secret).
      DATA_DIR: dataDir,
      DATABASE_URL: (target.config as { url: string }).url,
      REDIS_URL,
      CLAROSHOP_BASE_URL: sandbox.url,
      CLAROSHOP_PUBLIC_KEY: sandbox.publicKey,
      CLAROSHOP_PRIVATE_KEY: TEST_PRIVATE_KEY,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      JWT_SECRET: "r".repeat(40),
      OUTBOX_LEASE_SECONDS: String(LEASE_SECONDS),
    };
    await startReplica("a");
    await startReplica("b");
  }, 90_000);

  afterAll(async () => {
    await Promise.all(replicas.map(kill));
    await db?.dataSource.destroy();
    await sandbox?.close();
    await target?.drop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    const logs = replicas.map((r) => r.output()).join("\n");
    expect(logs).not.toContain(TEST_PRIVATE_KEY);
  });

  const pendingOrders = async (replica: Replica, count: number) =>
    (
      await call<{ orders: { edges: { node: { id: string; marketplaceOrderId: string } }[] } }>(
        replica,
        "query($n: Int) { orders(first: $n, filter: { statuses: [PENDING], needsAttention: false }) { edges { node { id marketplaceOrderId } } } }",
        { n: count },
      )
    ).orders.edges.map((e) => e.node);

  const manualGuide = (replica: Replica, orderId: string, n: number) =>
    call(replica, 'mutation($id: ID!, $t: String!) { generateGuide(input: { orderId: $id, type: MANUAL, carrier: "Estafeta", trackingNumber: $t }) { status } }', {
      id: orderId,
      t: `EST-${String(9_000_000_000 + n)}`,
    });

  const jobs = () => db.dataSource.getRepository(OutboxJob).find({ order: { id: "ASC" } });
  /** Guides Claro Shop accepted per order (a replayed idempotency key is not a second guide). */
  const acceptedGuides = (marketplaceOrderId: string) =>
    sandbox.requests({ resource: "embarque" }).filter((r) => r.outcome === "ok" && r.body?.nopedido === marketplaceOrderId).length;

  it("a sync asked of both replicas at once runs once and mirrors the marketplace", async () => {
    const [a, b] = replicas;
    const [ra, rb] = await Promise.all([
      call<{ syncOrders: { id: string } }>(a, "mutation { syncOrders { id } }"),
      call<{ syncOrders: { id: string } }>(b, "mutation { syncOrders { id } }"),
    ]);
    expect(ra.syncOrders.id).toBe(rb.syncOrders.id);
    const runs = db.dataSource.getRepository(SyncRun);
    await waitUntil(async () => (await runs.countBy({ state: "SUCCEEDED" as never })) === 1, 60_000, "the sync to finish");
    expect(await runs.count()).toBe(1);
    expect(await compareWithSandbox(db, sandbox)).toMatchObject({ duplicates: 0, missing: [], wrongLines: [], withoutLines: 0 });
  }, 90_000);

  it("a subscriber on one replica sees a change made on the other", async () => {
    const [a, b] = replicas;
    const [order] = await pendingOrders(a, 1);
    const watch = await subscribeTo<{ orderStatusChanged: { from: string; to: string } }>(
      b.url,
      b.token,
      "subscription($id: ID) { orderStatusChanged(orderId: $id) { from to } }",
      { id: order.id },
    );
    try {
      await manualGuide(a, order.id, 1);
      expect((await watch.next()).orderStatusChanged).toEqual({ from: "PENDING", to: "SHIPPED" });
    } finally {
      await watch.close();
    }
    await waitUntil(async () => acceptedGuides(order.marketplaceOrderId) === 1, 30_000, "the guide at Claro Shop");
  }, 60_000);

  it("outbound calls queued on both replicas run once each between the two workers", async () => {
    const [a, b] = replicas;
    const orders = await pendingOrders(a, 16);
    expect(orders).toHaveLength(16);
    sandbox.setFaults({ slowMs: 100 });
    // Half through each replica; both workers race for every job.
    await Promise.all(orders.map((o, i) => manualGuide(i % 2 ? a : b, o.id, 100 + i)));
    const mine = new Set(orders.map((o) => Number(o.id)));
    await waitUntil(
      async () => (await jobs()).filter((j) => mine.has(j.orderId ?? -1)).every((j) => j.state === OutboxState.DONE),
      60_000,
      "every queued call to finish",
    );
    sandbox.setFaults({});
    const perOrder = orders.map((o) => acceptedGuides(o.marketplaceOrderId));
    expect(perOrder).toEqual(orders.map(() => 1));
    expect((await jobs()).filter((j) => mine.has(j.orderId ?? -1))).toHaveLength(16);
  }, 90_000);

  it("killing a replica in the middle of outbound calls loses none: the other one finishes them, each once", async () => {
    const [a] = replicas;
    const b = replicas[1];
    const orders = await pendingOrders(a, 20);
    expect(orders).toHaveLength(20);
    // Slow marketplace answers: calls are in flight on both workers when the kill lands.
    sandbox.setFaults({ slowMs: 400 });
    const before = sandbox.requests().length;
    await Promise.all(orders.map((o, i) => manualGuide(a, o.id, 200 + i)));
    await waitUntil(async () => sandbox.requests({ after: before }).length >= 3, 30_000, "calls in flight");
    await kill(a);
    const mine = new Set(orders.map((o) => Number(o.id)));
    const unfinished = (await jobs()).filter((j) => mine.has(j.orderId ?? -1) && j.state !== OutboxState.DONE).length;
    await waitUntil(
      async () => (await jobs()).filter((j) => mine.has(j.orderId ?? -1)).every((j) => j.state === OutboxState.DONE),
      90_000,
      "the surviving replica to finish every call",
    ).catch(async (err: Error) => {
      const states = (await jobs()).filter((j) => mine.has(j.orderId ?? -1)).map((j) => `${j.id}:${j.state}/${j.attempts}/${j.lastError ?? ""}`);
      const dead = (await jobs()).filter((j) => mine.has(j.orderId ?? -1) && j.state !== OutboxState.DONE).map((j) => j.idempotencyKey);
      const seen = sandbox.requests({ after: before }).filter((r) => dead.includes(r.idempotencyKey ?? "")).map((r) => JSON.stringify({ k: r.idempotencyKey, o: r.outcome, s: r.status, b: r.body, f: r.faults }));
      throw new Error(`${err.message}\nseen: ${seen.join("\n")}\njobs: ${states.join(" ")}\nnow ${new Date().toISOString()}\nb said:\n${b.output().slice(-3000)}`);
    });
    sandbox.setFaults({});
    const perOrder = orders.map((o) => acceptedGuides(o.marketplaceOrderId));
    const replays = sandbox.requests({ after: before, resource: "embarque" }).filter((r) => r.outcome === "replay").length;
    console.log(
      `replicas: a killed with ${unfinished} of 20 calls unfinished; b finished them: ` +
        `${perOrder.reduce((x, y) => x + y, 0)} guides accepted for 20 orders, ${replays} replayed by idempotency key`,
    );
    expect(unfinished).toBeGreaterThan(0);
    expect(perOrder).toEqual(orders.map(() => 1));
    for (const o of orders) expect(sandbox.state.get(o.marketplaceOrderId)?.status).toBe("Embarcado");
    // The survivor still serves.
    expect((await call<{ orders: { totalCount: number } }>(b, "{ orders(first: 1) { totalCount } }")).orders.totalCount).toBe(ORDERS);
  }, 150_000);
});
