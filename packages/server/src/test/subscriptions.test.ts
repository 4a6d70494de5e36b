import { ensureSandboxAccount, seedOrders } from "../demo/demo-data";
import { OrderStatus } from "../orders/order-status";
import { startTestServer, type TestServer } from "./harness";
import { subscribeTo } from "./ws-client";

interface Change {
  orderStatusChanged: { from: string | null; to: string; at: string; order: { id: string; status: string; history: { action: string }[] } };
}

const SUBSCRIPTION = `subscription($orderId: ID, $statuses: [OrderStatus!]) {
  orderStatusChanged(orderId: $orderId, statuses: $statuses) { from to at order { id status history { action } } }
}`;

describe(`orderStatusChanged over graphql-ws (${process.env.TEST_DATABASE_URL ? "MariaDB" : "SQLite"})`, () => {
  let t: TestServer;
  let token: string;
  let ids: number[];

  beforeAll(async () => {
    t = await startTestServer();
    const account = await ensureSandboxAccount(t.server.db);
    ids = await seedOrders(t.server.db, account.id, { count: 3, firstNumber: 73000000, stage: () => "pending" });
    token = await t.login();
  });
  afterAll(() => t.close());

  it("pushes committed changes, filtered by order and by target status, with the order read fresh", async () => {
    const forOrder = await subscribeTo<Change>(t.url, token, SUBSCRIPTION, { orderId: String(ids[0]) });
    const shippedOnly = await subscribeTo<Change>(t.url, token, SUBSCRIPTION, { statuses: ["SHIPPED"] });
    try {
      const cancel = await t.gql(`mutation { cancelOrder(orderId: "${ids[0]}", reason: "prueba") { status } }`, undefined, token);
      expect(cancel.errors).toBeUndefined();
      const first = (await forOrder.next()).orderStatusChanged;
      expect(first).toMatchObject({ from: "PENDING", to: "CANCELLED", order: { id: String(ids[0]), status: "CANCELLED" } });
      expect(first.order.history.at(-1)?.action).toBe("cancelOrder");

      // A marketplace-reported shipment of another order: only the SHIPPED subscriber hears it,
      // and it hears nothing of the cancellation before it.
      await t.server.services.orders.changeStatus({
        orderId: ids[1],
        to: OrderStatus.SHIPPED,
        action: "marketplaceShipped",
        actor: "sistema",
        source: "sync",
      });
      const shipped = (await shippedOnly.next()).orderStatusChanged;
      expect(shipped).toMatchObject({ from: "PENDING", to: "SHIPPED", order: { id: String(ids[1]), status: "SHIPPED" } });
      expect(forOrder.events).toEqual([]);
    } finally {
      await forOrder.close();
      await shippedOnly.close();
    }
  });

  it("publishes nothing for a change that rolled back", async () => {
    const all = await subscribeTo<Change>(t.url, token, SUBSCRIPTION);
    try {
      const stale = await t.gql(`mutation { cancelOrder(orderId: "${ids[2]}", reason: "x", expectedVersion: 99) { status } }`, undefined, token);
      expect(stale.errors?.[0].extensions?.code).toBe("CONFLICT");
      const ok = await t.gql(`mutation { cancelOrder(orderId: "${ids[2]}", reason: "y") { status } }`, undefined, token);
      expect(ok.errors).toBeUndefined();
      // The first event is the committed one; the refused attempt produced none before it.
      expect((await all.next()).orderStatusChanged).toMatchObject({ to: "CANCELLED", order: { id: String(ids[2]) } });
      expect(all.events).toEqual([]);
    } finally {
      await all.close();
    }
  });
});
