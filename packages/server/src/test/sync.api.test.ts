import type { RunningSandbox } from "@pedidos/claroshop-sandbox";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { seedCatalog } from "../demo/demo-data";
import { ensureDefaultAccount } from "../marketplace/marketplace-accounts";
import { OrderEvent } from "../orders/order-event.entity";
import { Order } from "../orders/order.entity";
import { startTestServer, type TestServer } from "./harness";
import { subscribeTo } from "./ws-client";
import { compareWithSandbox, FAST_CLIENT, readingAs, startTestMarketplace, TWENTY_PERCENT_FAULTS } from "./marketplace";

const engine = process.env.TEST_DATABASE_URL ? "MariaDB" : "SQLite";

describe(`order sync from the sandbox marketplace (${engine})`, () => {
  let t: TestServer;
  let sandbox: RunningSandbox;
  let accountId: number;

  beforeAll(async () => {
    const market = await startTestMarketplace({ orderCount: 2000 });
    sandbox = market.sandbox;
    t = await startTestServer({ config: market.config, server: { marketplaceClient: FAST_CLIENT } });
    await seedCatalog(t.server.db);
    accountId = (await ensureDefaultAccount(t.server.db, true)).id;
  });
  afterAll(async () => {
    await t.close();
    await sandbox.close();
  });

  it("imports 2,000 orders under 20% faults exactly once each; the next sync completes them (R1)", async () => {
    sandbox.setFaults(TWENTY_PERCENT_FAULTS);
    const first = await t.server.services.sync.runToEnd(accountId, "prueba");
    const afterFaults = await compareWithSandbox(t.server.db, sandbox);
    const requests = sandbox.requests().length;
    sandbox.setFaults({});
    const second = await t.server.services.sync.runToEnd(accountId, "prueba");
    const report = await compareWithSandbox(t.server.db, sandbox);
    console.log(
      `R1 (${engine}): ${requests} marketplace requests under faults; first run ${first?.state} created ${first?.ordersCreated}` +
        ` (${first?.error ?? "no errors"}); after it: ${afterFaults.stored} stored, ${afterFaults.duplicates} duplicates,` +
        ` ${afterFaults.missing.length} missing; after the next sync: ${report.stored} stored of ${report.marketplace},` +
        ` ${report.duplicates} duplicates, ${report.missing.length} missing, ${report.wrongStatus.length} wrong statuses,` +
        ` ${report.wrongLines.length} wrong lines`,
    );
    expect(first?.state).toBe("SUCCEEDED");
    expect(afterFaults.duplicates).toBe(0);
    expect(afterFaults.wrongLines).toEqual([]);
    expect(second?.state).toBe("SUCCEEDED");
    expect(report.marketplace).toBeGreaterThanOrEqual(2000);
    expect(report).toMatchObject({ duplicates: 0, missing: [], wrongStatus: [], wrongLines: [], withoutLines: 0 });
    expect(report.stored).toBe(report.marketplace);
  }, 240_000);

  it("writes the pages of a run in batches: one transaction for many marketplace pages", async () => {
    for (let i = 0; i < 300; i++) sandbox.state.create({});
    const orderInserts: string[] = [];
    const stop = t.server.db.queryLog.watch((sql) => {
      if (/^\s*INSERT INTO [`"]order[`"]/i.test(sql)) orderInserts.push(sql);
    });
    const run = await t.server.services.sync.runToEnd(accountId, "prueba");
    stop();
    expect(run).toMatchObject({ state: "SUCCEEDED", ordersCreated: 300 });
    // 300 new orders arrive in at least 3 list pages (at most 100 per page); page by page would
    // take as many inserts. Batches close at 1,000 orders or after 2 s, so 2 would need a slow run.
    expect(orderInserts.length).toBeLessThanOrEqual(2);
  });

  it("generates sales orders on import for fully stocked orders and records line issues for the rest", async () => {
    const db = t.server.db.dataSource;
    const [{ withSales }] = await db.query("SELECT COUNT(*) AS withSales FROM sales_order");
    const [{ withIssues }] = await db.query("SELECT COUNT(DISTINCT orderId) AS withIssues FROM order_item WHERE issue IS NOT NULL");
    expect(Number(withSales)).toBeGreaterThan(0);
    expect(Number(withIssues)).toBeGreaterThan(0);
    const [{ overlap }] = await db.query(
      "SELECT COUNT(*) AS overlap FROM sales_order s WHERE EXISTS (SELECT 1 FROM order_item i WHERE i.orderId = s.orderId AND i.issue IS NOT NULL)",
    );
    expect(Number(overlap)).toBe(0);
  });

  it("applies marketplace changes through the state machine with source sync", async () => {
    const pending = sandbox.state.withStatus(["Pendiente"]).slice(0, 2);
    sandbox.state.cancel(pending[0].nopedido);
    sandbox.admin.shipOrder(pending[1].nopedido, { type: "automatica" });
    const created = sandbox.state.create({});
    const run = await t.server.services.sync.runToEnd(accountId, "prueba");
    expect(run).toMatchObject({ state: "SUCCEEDED", ordersCreated: 1, ordersUpdated: 2 });
    const repo = t.server.db.dataSource.getRepository(Order);
    const cancelled = await repo.findOneByOrFail({ marketplaceOrderId: pending[0].nopedido });
    const shipped = await repo.findOneByOrFail({ marketplaceOrderId: pending[1].nopedido });
    expect(cancelled.status).toBe("CANCELLED");
    expect(shipped.status).toBe("SHIPPED");
    expect(await repo.existsBy({ marketplaceOrderId: created.nopedido })).toBe(true);
    const event = await t.server.db.dataSource
      .getRepository(OrderEvent)
      .findOneByOrFail({ orderId: cancelled.id, to: "CANCELLED" as never });
    expect(event).toMatchObject({ from: "PENDING", action: "marketplaceCancelled", source: "sync", actor: "sistema" });
    expect(await compareWithSandbox(t.server.db, sandbox)).toMatchObject({ duplicates: 0, missing: [], wrongStatus: [], wrongLines: [] });
  });

  it("never moves a DELIVERED order back when a stale page says pendiente (R5)", async () => {
    const delivered = await t.server.db.dataSource.getRepository(Order).findOneByOrFail({ status: "DELIVERED" as never });
    const real = t.server.services.gateways.for(accountId);
    const stale = readingAs(real, {
      listOrderIds: async (status, page) =>
        status === "PENDING" && page === 1
          ? { ids: [delivered.marketplaceOrderId], hasMore: false, totalPages: 1, totalOrders: 1 }
          : real.listOrderIds(status, page),
      getOrder: async (id) => {
        const order = await real.getOrder(id);
        return id === delivered.marketplaceOrderId ? { ...order, status: "PENDING", marketplaceStatus: "Pendiente" } : order;
      },
    });
    t.server.services.gateways.register(accountId, stale);
    try {
      const historyBefore = await t.server.db.dataSource.getRepository(OrderEvent).countBy({ orderId: delivered.id });
      await t.server.services.sync.runToEnd(accountId, "prueba");
      const after = await t.server.db.dataSource.getRepository(Order).findOneByOrFail({ id: delivered.id });
      expect(after.status).toBe("DELIVERED");
      expect(after.version).toBe(delivered.version);
      expect(await t.server.db.dataSource.getRepository(OrderEvent).countBy({ orderId: delivered.id })).toBe(historyBefore);
    } finally {
      t.server.services.gateways.register(accountId, real);
    }
  });

  it("looks up no missing order when a list has more pages than a run reads", async () => {
    const [listed, unlisted] = await t.server.db.dataSource.getRepository(Order).find({ where: { status: "PENDING" as never }, take: 2, order: { id: "ASC" } });
    const real = t.server.services.gateways.for(accountId);
    const details: string[] = [];
    // A pending list that never ends (every page shows the same known order) and empty others.
    const endless = readingAs(real, {
      listOrderIds: async (status) =>
        status === "PENDING"
          ? { ids: [listed.marketplaceOrderId], hasMore: true, totalPages: null, totalOrders: null }
          : { ids: [], hasMore: false, totalPages: 1, totalOrders: 0 },
      getOrder: async (id) => {
        details.push(id);
        return real.getOrder(id);
      },
    });
    t.server.services.gateways.register(accountId, endless);
    try {
      const run = await t.server.services.sync.runToEnd(accountId, "prueba");
      expect(run?.state).toBe("SUCCEEDED");
      // The lists were not read to their end: an order they did not show may be on a page not read.
      expect(details).not.toContain(unlisted.marketplaceOrderId);
      expect(details).toEqual([]);
    } finally {
      t.server.services.gateways.register(accountId, real);
    }
  });

  it("ends a run refused by the marketplace as FAILED with its message, and no secret in it", async () => {
    const real = t.server.services.gateways.for(accountId);
    t.server.services.gateways.registerClaroShop(accountId, { baseUrl: sandbox.url, publicKey: sandbox.publicKey, privateKey: "clave-equivocada-123" });
    try {
      const run = await t.server.services.sync.runToEnd(accountId, "prueba");
      expect(run?.state).toBe("FAILED");
      expect(run?.error).toMatch(/^Claro Shop rechazó la consulta: /);
      expect(run?.error).not.toContain("clave-equivocada-123");
      expect(run?.error).not.toMatch(/apicm|[0-9a-f]{64}/);
    } finally {
      t.server.services.gateways.register(accountId, real);
    }
  });

  it("runs syncOrders over HTTP and streams its progress over graphql-ws", async () => {
    const token = await t.login();
    const client = createClient({
      url: `${t.url.replace("http", "ws")}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
    });
    const events: { state: string; progress: number; ordersSeen: number }[] = [];
    const done = new Promise<void>((resolve, reject) => {
      client.subscribe<{ syncProgress: { state: string; progress: number; ordersSeen: number } }>(
        { query: "subscription { syncProgress { id state progress ordersSeen } }" },
        {
          next: ({ data }) => {
            if (!data) return;
            events.push(data.syncProgress);
            if (data.syncProgress.state !== "RUNNING") resolve();
          },
          error: reject,
          complete: () => undefined,
        },
      );
    });
    done.catch(() => undefined); // awaited below; no unhandled rejection if an assertion fails first
    // The subscription is registered once the socket acknowledged it; give it that round trip.
    await new Promise((r) => client.on("connected", () => r(undefined)));
    await new Promise((r) => setTimeout(r, 100));
    const res = await t.gql<{ syncOrders: { id: string; state: string } }>("mutation { syncOrders { id state } }", undefined, token);
    expect(res.errors).toBeUndefined();
    expect(res.data?.syncOrders.state).toBe("RUNNING");
    await done;
    await client.dispose();
    expect(events.length).toBeGreaterThan(2);
    expect(events.at(-1)).toMatchObject({ state: "SUCCEEDED", progress: 1 });
    const progress = events.map((e) => e.progress);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    const runs = await t.gql<{ syncRuns: { state: string; trigger: string }[] }>("{ syncRuns(first: 1) { state trigger } }", undefined, token);
    expect(runs.data?.syncRuns[0]).toEqual({ state: "SUCCEEDED", trigger: "admin@pruebas.mx" });
  });

  it("tells a late subscriber of a run how it ended (no race with fast runs)", async () => {
    const run = await t.server.services.sync.runToEnd(accountId, "prueba");
    const sub = await subscribeTo<{ syncProgress: { id: string; state: string; progress: number } }>(
      t.url,
      await t.login(),
      "subscription($id: ID) { syncProgress(runId: $id) { id state progress } }",
      { id: String(run?.id) },
    );
    try {
      expect((await sub.next()).syncProgress).toEqual({ id: String(run?.id), state: "SUCCEEDED", progress: 1 });
    } finally {
      await sub.close();
    }
  });

  it("refuses a socket without a valid token (4403)", async () => {
    const code = await new Promise<number>((resolve) => {
      const client = createClient({
        url: `${t.url.replace("http", "ws")}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: "Bearer no-es-un-token" },
        retryAttempts: 0,
        on: { closed: (event) => resolve((event as { code: number }).code) },
      });
      client.subscribe({ query: "subscription { syncProgress { id } }" }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    });
    expect(code).toBe(4403);
  });
});
