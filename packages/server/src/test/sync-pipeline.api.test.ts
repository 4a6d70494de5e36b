/**
 * How a sync spends its marketplace round trips: the next list page (after a list's last, the
 * next list's first) is asked for while the current page's details are read, so no list request
 * waits alone between two pages, and a page's details are queued before the previous page's are
 * all answered; how it ends: the write left after the last read holds about one page; and what
 * a list page that fails leaves: everything read before it, written.
 */
import type { RunningSandbox } from "@pedidos/claroshop-sandbox";
import type { ClaroShopLegacyConfig } from "../config";
import { ClaroshopClient } from "../marketplace/claroshop/claroshop-client";
import { ClaroshopGateway } from "../marketplace/claroshop/claroshop-gateway";
import { ensureDefaultAccount } from "../marketplace/marketplace-accounts";
import { MarketplaceUnavailableError, type MarketplaceListStatus, type MarketplaceOrder } from "../marketplace/marketplace.port";
import { Order } from "../orders/order.entity";
import { createSyncLock } from "../sync/sync-lock";
import { SyncService } from "../sync/sync.service";
import { startTestServer, type TestServer } from "./harness";
import { FAST_CLIENT, readingAs, startTestMarketplace } from "./marketplace";

const engine = process.env.TEST_DATABASE_URL ? "MariaDB" : "SQLite";
const LISTS: Record<string, MarketplaceListStatus> = { pendientes: "PENDING", embarcados: "SHIPPED", entregados: "DELIVERED" };

interface SyncSetup {
  t: TestServer;
  sandbox: RunningSandbox;
  accountId: number;
  legacy: ClaroShopLegacyConfig;
}

/** For the enclosing describe: a sandbox marketplace and a server whose default account reads it. */
function syncServer(options: { orderCount: number; seed: number }): () => SyncSetup {
  let setup: SyncSetup | undefined;
  beforeAll(async () => {
    const market = await startTestMarketplace(options);
    const t = await startTestServer({ config: market.config, server: { marketplaceClient: FAST_CLIENT } });
    const accountId = (await ensureDefaultAccount(t.server.db, true)).id;
    setup = { t, sandbox: market.sandbox, accountId, legacy: market.config.claroshop?.legacy as ClaroShopLegacyConfig };
  });
  afterAll(async () => {
    await setup?.t.close();
    await setup?.sandbox.close();
  });
  return () => setup as SyncSetup;
}

describe(`sync round trips (${engine})`, () => {
  const setup = syncServer({ orderCount: 400, seed: 5 });

  it("asks for the next list page, or the next list's first, before the current page's details are all read", async () => {
    const { t, sandbox, accountId } = setup();
    const run = await t.server.services.sync.runToEnd(accountId, "prueba");
    expect(run?.state).toBe("SUCCEEDED");
    const requests = sandbox.requests({ api: "legacy" });

    // Which page lists each order, read back through the same gateway.
    const gateway = t.server.services.gateways.for(accountId);
    const lists = requests.filter((r) => LISTS[r.query.action]);
    const pageOf = new Map<string, number>();
    for (const [i, r] of lists.entries()) {
      for (const id of (await gateway.listOrderIds(LISTS[r.query.action], Number(r.query.page))).ids) {
        if (!pageOf.has(id)) pageOf.set(id, i);
      }
    }
    const lastDetailOf = new Map<number, number>();
    for (const r of requests) {
      if (r.query.action === "detallepedido") lastDetailOf.set(pageOf.get(r.query.nopedido) as number, r.id);
    }

    // The lists one after the other, in the order orders move through them.
    const order = Object.keys(LISTS);
    expect(lists.map((r) => order.indexOf(r.query.action))).toEqual(lists.map((r) => order.indexOf(r.query.action)).sort((a, b) => a - b));

    let pairs = 0;
    let acrossLists = 0;
    for (let i = 0; i + 1 < lists.length; i++) {
      const [current, following] = [lists[i], lists[i + 1]];
      const lastDetail = lastDetailOf.get(i);
      if (lastDetail === undefined) continue;
      pairs++;
      if (following.query.action !== current.query.action) acrossLists++;
      expect({ page: `${current.query.action} ${current.query.page}`, nextAskedBeforeLastDetail: following.id < lastDetail }).toEqual({
        page: `${current.query.action} ${current.query.page}`,
        nextAskedBeforeLastDetail: true,
      });
    }
    expect(pairs).toBeGreaterThanOrEqual(3);
    expect(acrossLists).toBe(2);
  });
});

describe(`sync detail reads across pages (${engine})`, () => {
  const setup = syncServer({ orderCount: 120, seed: 11 });

  it("asks for the next page's details while the current page's are still being answered, so its requests in flight never drain between pages", async () => {
    const { t, accountId, legacy } = setup();
    // Short list pages, so every list spans several.
    const real = new ClaroshopGateway(new ClaroshopClient({ ...legacy, ...FAST_CLIENT }), { pageSize: 10 });
    const firstPage = new Set((await real.listOrderIds("PENDING", 1)).ids);
    const held = [...firstPage][firstPage.size - 1];
    // One detail of the first page is held back until a detail of another page is asked for (or
    // two seconds pass, which a sync that drains its requests at each page's end waits for).
    let release: (by: string) => void = () => undefined;
    const releasedBy = new Promise<string>((resolve) => {
      release = resolve;
    });
    const timer = setTimeout(() => release("timeout"), 2_000);
    const gateway = readingAs(real, {
      getOrder: async (id) => {
        if (!firstPage.has(id)) release("next page");
        if (id === held) await releasedBy;
        return real.getOrder(id);
      },
    });
    t.server.services.gateways.register(accountId, gateway);
    try {
      const run = await t.server.services.sync.runToEnd(accountId, "prueba");
      expect(run?.state).toBe("SUCCEEDED");
      expect(await releasedBy).toBe("next page");
    } finally {
      clearTimeout(timer);
      t.server.services.gateways.register(accountId, real);
    }
  });
});

describe(`sync with a list page that fails (${engine})`, () => {
  const setup = syncServer({ orderCount: 120, seed: 12 });

  it("still writes every order it read before the failure", async () => {
    const { t, accountId, legacy } = setup();
    const real = new ClaroshopGateway(new ClaroshopClient({ ...legacy, ...FAST_CLIENT }), { pageSize: 10 });
    const gateway = readingAs(real, {
      listOrderIds: async (status, page) => {
        if (status === "SHIPPED" && page === 1) throw new MarketplaceUnavailableError("Claro Shop no responde");
        return real.listOrderIds(status, page);
      },
    });
    const pending: string[] = [];
    for (let page = 1; ; page++) {
      const listed = await real.listOrderIds("PENDING", page);
      pending.push(...listed.ids);
      if (!listed.hasMore || listed.ids.length === 0) break;
    }
    t.server.services.gateways.register(accountId, gateway);
    try {
      const run = await t.server.services.sync.runToEnd(accountId, "prueba");
      expect(run?.state).toBe("FAILED");
      // Every pending order was read before the shipped list failed, the last page's included.
      const stored = await t.server.db.dataSource.getRepository(Order).find({ select: { marketplaceOrderId: true } });
      expect(new Set(stored.map((o) => o.marketplaceOrderId))).toEqual(new Set(pending));
    } finally {
      t.server.services.gateways.register(accountId, real);
    }
  });
});

describe(`sync write batches (${engine})`, () => {
  const setup = syncServer({ orderCount: 300, seed: 8 });
  beforeAll(() => {
    // Short list pages, so the last list spans several.
    const { t, accountId, legacy } = setup();
    t.server.services.gateways.register(accountId, new ClaroshopGateway(new ClaroshopClient({ ...legacy, ...FAST_CLIENT }), { pageSize: 8 }));
  });

  it("shrinks its batches within the last list, so the write after the last read holds about one page", async () => {
    const { t, sandbox, accountId } = setup();
    const { db, services } = t.server;
    const written: { orders: MarketplaceOrder[]; readsSoFar: number }[] = [];
    const writer = {
      writePage: async (id: number, orders: MarketplaceOrder[]) => {
        written.push({ orders, readsSoFar: sandbox.requests({ api: "legacy" }).length });
        return services.syncWriter.writePage(id, orders);
      },
    };
    const batching = { maxOrders: 40, maxWaitMs: 60_000 };
    const sync = new SyncService(db, services.gateways, writer, createSyncLock(db), services.pubsub, batching);
    sandbox.clearRequests();
    const run = await sync.runToEnd(accountId, "prueba");
    expect(run?.state).toBe("SUCCEEDED");
    const requests = sandbox.requests({ api: "legacy" });
    // The orders of each page of the last list, read back through the same gateway.
    const gateway = services.gateways.for(accountId);
    const pages = await Promise.all(
      requests.filter((r) => r.query.action === "entregados").map(async (r) => (await gateway.listOrderIds("DELIVERED", Number(r.query.page))).ids),
    );
    const delivered = new Set(pages.flat());
    const pageRows = Math.max(...pages.map((ids) => ids.length));
    expect(pages.length).toBeGreaterThanOrEqual(4);

    // Every order written once, every batch within its limit (a page is never split).
    expect(written.reduce((sum, w) => sum + w.orders.length, 0)).toBe(run?.ordersCreated);
    for (const w of written) expect(w.orders.length).toBeLessThan(batching.maxOrders + pageRows);
    // Within the last list the batches shrink, down to one page for the write that nothing overlaps.
    const last = written.filter((w) => w.orders.every((o) => delivered.has(o.marketplaceOrderId)));
    const sizes = last.map((w) => w.orders.length);
    expect(sizes.length).toBeGreaterThanOrEqual(3);
    expect(sizes.slice(1)).toEqual([...sizes.slice(1)].sort((a, b) => b - a));
    expect(sizes[sizes.length - 1]).toBeLessThanOrEqual(pageRows);
    // That last write came after the last read: all of the sync's requests had been made.
    expect(written[written.length - 1].readsSoFar).toBe(requests.length);
  });
});
