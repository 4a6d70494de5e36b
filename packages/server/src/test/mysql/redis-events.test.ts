import { ensureSandboxAccount, seedOrders } from "../../demo/demo-data";
import { startTestServer, type TestServer } from "../harness";
import { subscribeTo } from "../ws-client";

const REDIS_URL = process.env.TEST_REDIS_URL || "redis://127.0.0.1:6379";

describe("two server processes on MariaDB + Redis", () => {
  let a: TestServer;
  let b: TestServer;
  let ids: number[];

  beforeAll(async () => {
    a = await startTestServer({ config: { redisUrl: REDIS_URL } });
    b = await startTestServer({ config: { redisUrl: REDIS_URL }, database: a.database });
    const account = await ensureSandboxAccount(a.server.db);
    ids = await seedOrders(a.server.db, account.id, { count: 2, firstNumber: 74000000, stage: () => "pending" });
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it("a subscriber on one process sees a change made through the other", async () => {
    const sub = await subscribeTo<{ orderStatusChanged: { to: string; order: { id: string; status: string } } }>(
      a.url,
      await a.login(),
      "subscription($id: ID) { orderStatusChanged(orderId: $id) { to order { id status } } }",
      { id: String(ids[0]) },
    );
    try {
      const res = await b.gql(`mutation { cancelOrder(orderId: "${ids[0]}", reason: "desde b") { status } }`, undefined, await b.login());
      expect(res.errors).toBeUndefined();
      expect((await sub.next()).orderStatusChanged).toEqual({ to: "CANCELLED", order: { id: String(ids[0]), status: "CANCELLED" } });
    } finally {
      await sub.close();
    }
  });
});
