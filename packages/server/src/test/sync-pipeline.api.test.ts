/**
 * How a sync spends its marketplace round trips: a list's next page is asked for while the
 * current page's details are read, so no list request waits alone between two pages.
 */
import type { RunningSandbox } from "@pedidos/claroshop-sandbox";
import { ensureDefaultAccount } from "../marketplace/marketplace-accounts";
import type { MarketplaceListStatus } from "../marketplace/marketplace.port";
import { startTestServer, type TestServer } from "./harness";
import { FAST_CLIENT, startTestMarketplace } from "./marketplace";

const engine = process.env.TEST_DATABASE_URL ? "MariaDB" : "SQLite";
const LISTS: Record<string, MarketplaceListStatus> = { pendientes: "PENDING", embarcados: "SHIPPED", entregados: "DELIVERED" };

describe(`sync round trips (${engine})`, () => {
  let t: TestServer;
  let sandbox: RunningSandbox;
  let accountId: number;

  beforeAll(async () => {
    const market = await startTestMarketplace({ orderCount: 400, seed: 5 });
    sandbox = market.sandbox;
    t = await startTestServer({ config: market.config, server: { marketplaceClient: FAST_CLIENT } });
    accountId = (await ensureDefaultAccount(t.server.db, true)).id;
  });
  afterAll(async () => {
    await t.close();
    await sandbox.close();
  });

  it("asks for a list's next page before the current page's details are all read", async () => {
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

    let pairs = 0;
    for (let i = 0; i + 1 < lists.length; i++) {
      const [current, following] = [lists[i], lists[i + 1]];
      const lastDetail = lastDetailOf.get(i);
      if (following.query.action !== current.query.action || lastDetail === undefined) continue;
      pairs++;
      expect({ page: `${current.query.action} ${current.query.page}`, nextAskedBeforeLastDetail: following.id < lastDetail }).toEqual({
        page: `${current.query.action} ${current.query.page}`,
        nextAskedBeforeLastDetail: true,
      });
    }
    expect(pairs).toBeGreaterThanOrEqual(3);
  });
});
