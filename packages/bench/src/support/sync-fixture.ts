/** The sandbox marketplace in a child process and the real server pointed at it (P3, P4). */
import { ensureSandboxAccount, seedCatalog } from "@pedidos/server/dist/demo/demo-data.js";
import type { MarketplaceOrder } from "@pedidos/server/dist/server.js";
import type { OrderImport } from "@pedidos/server/dist/sync/order-import.js";
import { upcomingAfter } from "@pedidos/server/dist/sync/sync.service.js";
import { DEFAULT_WRITE_BATCHING, inWriteBatches, type ReadPage } from "@pedidos/server/dist/sync/write-batches.js";
import { startBenchServer, startSandboxProcess, type BenchEnv, type BenchServer, type SandboxProcess } from "./env";

export interface SyncFixture {
  sandbox: SandboxProcess;
  t: BenchServer;
  accountId: number;
  close(): Promise<void>;
}

export async function startSyncFixture(env: BenchEnv, orderCount: number): Promise<SyncFixture> {
  const sandbox = await startSandboxProcess(orderCount);
  let t: BenchServer;
  try {
    // The product's own client settings (timeouts, requests in flight), as in production.
    t = await startBenchServer(env, { claroshop: sandbox.claroshop, marketplaceSandbox: true });
  } catch (err) {
    await sandbox.close();
    throw err;
  }
  await seedCatalog(t.server.db);
  const accountId = (await ensureSandboxAccount(t.server.db)).id;
  return {
    sandbox,
    t,
    accountId,
    async close() {
      await t.close();
      await sandbox.close();
    },
  };
}

const LISTS = ["PENDING", "SHIPPED", "DELIVERED"] as const;

/**
 * The pages a sync hands to its import, read the way the sync reads them: each list page by
 * page, then the detail of every order not seen before (in parallel, as many in flight as the client allows).
 */
export async function readPages(fixture: SyncFixture): Promise<ReadPage<MarketplaceOrder>[]> {
  const gateway = fixture.t.server.services.gateways.for(fixture.accountId);
  const seen = new Set<string>();
  const pages: ReadPage<MarketplaceOrder>[] = [];
  for (const list of LISTS) {
    let listed = 0;
    for (let page = 1; page <= 5000; page++) {
      const result = await gateway.listOrderIds(list, page);
      const ids = result.ids.filter((id) => !seen.has(id));
      ids.forEach((id) => seen.add(id));
      listed += ids.length;
      const more = result.hasMore && result.ids.length > 0;
      // What the sync tells its batching of the orders still to come.
      const upcoming = upcomingAfter(result, page, listed, list === LISTS[LISTS.length - 1], more);
      if (ids.length) pages.push({ items: await Promise.all(ids.map((id) => gateway.getOrder(id))), upcoming });
      if (!more) break;
    }
  }
  return pages;
}

/**
 * The sync's write phase alone: the parsed pages imported through OrderImport in the batches the
 * sync forms (inWriteBatches with its defaults, one transaction each), into tables the caller
 * emptied. Fails unless every order was created; returns the transactions written.
 */
export async function importPages(importer: OrderImport, accountId: number, pages: ReadPage<MarketplaceOrder>[]): Promise<{ transactions: number }> {
  async function* pagesOf() {
    yield* pages;
  }
  let created = 0;
  let transactions = 0;
  for await (const batch of inWriteBatches(pagesOf(), DEFAULT_WRITE_BATCHING)) {
    created += await importer.importNew(accountId, batch.items);
    transactions++;
  }
  const wanted = pages.reduce((sum, page) => sum + page.items.length, 0);
  if (created !== wanted) throw new Error(`the import created ${created} orders of ${wanted}`);
  return { transactions };
}
