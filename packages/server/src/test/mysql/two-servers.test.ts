import type { RunningSandbox } from "@pedidos/claroshop-sandbox";
import { SyncRun } from "../../sync/sync-run.entity";
import { startTestServer, type TestServer } from "../harness";
import { compareWithSandbox, FAST_CLIENT, startTestMarketplace } from "../marketplace";

describe("two server processes on one MariaDB", () => {
  let a: TestServer;
  let b: TestServer;
  let sandbox: RunningSandbox;

  beforeAll(async () => {
    const market = await startTestMarketplace({ orderCount: 300, seed: 11 });
    sandbox = market.sandbox;
    a = await startTestServer({ config: market.config, server: { marketplaceClient: FAST_CLIENT } });
    b = await startTestServer({ config: market.config, server: { marketplaceClient: FAST_CLIENT }, database: a.database });
  });
  afterAll(async () => {
    await b.close();
    await a.close();
    await sandbox.close();
  });

  const runs = () => a.server.db.dataSource.getRepository(SyncRun).find({ order: { id: "ASC" } });

  it("both scheduled: each due run happens once", async () => {
    sandbox.setFaults({ slowMs: 5 });
    const started = await Promise.all([a.server.scheduler.tick(), b.server.scheduler.tick(), b.server.scheduler.tick(), a.server.scheduler.tick()]);
    expect(started.reduce((x, y) => x + y, 0)).toBe(1);
    await Promise.all([a.server.services.sync.drain(), b.server.services.sync.drain()]);
    // Finished and not due again: later ticks on either process start nothing.
    expect(await a.server.scheduler.tick()).toBe(0);
    expect(await b.server.scheduler.tick()).toBe(0);
    const all = await runs();
    expect(all.map((r) => r.state)).toEqual(["SUCCEEDED"]);
    expect(await compareWithSandbox(a.server.db, sandbox)).toMatchObject({ duplicates: 0, missing: [], wrongLines: [], withoutLines: 0 });
  });

  it("a manual sync asked on both at once runs once; both answer the same run", async () => {
    const before = (await runs()).length;
    const [ta, tb] = [await a.login(), await b.login()];
    const [ra, rb] = await Promise.all([
      a.gql<{ syncOrders: { id: string } }>("mutation { syncOrders { id } }", undefined, ta),
      b.gql<{ syncOrders: { id: string } }>("mutation { syncOrders { id } }", undefined, tb),
    ]);
    expect(ra.errors).toBeUndefined();
    expect(rb.errors).toBeUndefined();
    expect(ra.data?.syncOrders.id).toBe(rb.data?.syncOrders.id);
    await Promise.all([a.server.services.sync.drain(), b.server.services.sync.drain()]);
    expect((await runs()).length).toBe(before + 1);
  });
});
