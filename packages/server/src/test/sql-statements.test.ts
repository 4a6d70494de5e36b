import { ensureSandboxAccount, seedOrders } from "../demo/demo-data";
import { startTestServer, type TestServer } from "./harness";

const PAGE = `query($n: Int) {
  orders(first: $n) {
    totalCount
    edges { node { id status items { id sku quantity } shipment { id carrier trackingNumber }
      invoice { id total state } evidence { id kind fileName } } }
  }
}`;

describe(`SQL statements per orders page (${process.env.TEST_DATABASE_URL ? "MariaDB" : "SQLite"})`, () => {
  let t: TestServer;
  let token: string;

  beforeAll(async () => {
    t = await startTestServer();
    const account = await ensureSandboxAccount(t.server.db);
    await seedOrders(t.server.db, account.id, { count: 200, stage: () => "invoiced" });
    token = await t.login();
  });
  afterAll(() => t.close());

  async function statementsFor(n: number): Promise<number> {
    const log = t.server.db.queryLog;
    const before = log.statements;
    const res = await t.gql<{ orders: { edges: { node: { items: unknown[]; shipment: unknown; invoice: unknown; evidence: unknown[] } }[] } }>(
      PAGE,
      { n },
      token,
    );
    const used = log.statements - before;
    expect(res.errors).toBeUndefined();
    const edges = res.data!.orders.edges;
    expect(edges).toHaveLength(n);
    for (const { node } of edges) {
      expect(node.items.length).toBeGreaterThan(0);
      expect(node.shipment).not.toBeNull();
      expect(node.invoice).not.toBeNull();
      expect(node.evidence.length).toBeGreaterThan(0);
    }
    return used;
  }

  it("is the same for 1, 50 and 200 orders, and at most 6", async () => {
    const counts = { 1: await statementsFor(1), 50: await statementsFor(50), 200: await statementsFor(200) };
    console.log(`SQL statements per orders page (${process.env.TEST_DATABASE_URL ? "mysql" : "sqlite"}): ${JSON.stringify(counts)}`);
    expect(counts[50]).toBe(counts[1]);
    expect(counts[200]).toBe(counts[1]);
    expect(counts[1]).toBeLessThanOrEqual(6);
  });
});
