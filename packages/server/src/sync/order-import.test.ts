import { Product } from "../catalog/product.entity";
import { ensureDefaultAccount } from "../marketplace/marketplace-accounts";
import { OrderEvent } from "../orders/order-event.entity";
import { Order } from "../orders/order.entity";
import { Shipment } from "../shipping/shipment.entity";
import type { MarketplaceOrder } from "../marketplace/marketplace.port";
import { startTestServer, type TestServer } from "../test/harness";
import { marketplaceOrder } from "../test/marketplace-orders";
import { OrderImport } from "./order-import";

const engine = process.env.TEST_DATABASE_URL ? "MariaDB" : "SQLite";
const SKU = "IMPORT-PRUEBA-1";

describe(`order import, a batch at a time (${engine})`, () => {
  let t: TestServer;
  let importer: OrderImport;
  let accountId: number;

  beforeAll(async () => {
    t = await startTestServer();
    accountId = (await ensureDefaultAccount(t.server.db, true)).id;
    await t.server.db.dataSource
      .getRepository(Product)
      .insert({ sku: SKU, name: "Producto de prueba", priceCents: 10000, stock: 10_000, updatedAt: new Date() });
    importer = new OrderImport(t.server.db, t.server.services.orders, t.server.services.salesOrders);
  });
  afterAll(() => t.close());

  const orders = () => t.server.db.dataSource.getRepository(Order);
  const stock = async () => (await t.server.db.dataSource.getRepository(Product).findOneByOrFail({ sku: SKU })).stock;
  const page = (prefix: string, n: number) =>
    Array.from({ length: n }, (_, i) => marketplaceOrder(`${prefix}${i}`, (["PENDING", "SHIPPED", "DELIVERED"] as const)[i % 3]));

  it("writes a page in the same number of statements whatever its size, and a page again changes nothing", async () => {
    const statementsFor = async (incoming: MarketplaceOrder[]) => {
      const before = t.server.db.queryLog.statements;
      await importer.writePage(accountId, incoming);
      return t.server.db.queryLog.statements - before;
    };
    const small = await statementsFor(page("810", 6));
    const large = await statementsFor(page("820", 90));
    console.log(`statements per page (${engine}): 6 orders ${small}, 90 orders ${large}`);
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(25);

    const stored = await orders().findBy({ marketplaceOrderId: "8201" });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ status: "SHIPPED", shippingType: "MANUAL", version: 3 }); // imported, sales order, shipped
    const history = await t.server.db.dataSource.getRepository(OrderEvent).find({ where: { orderId: stored[0].id }, order: { at: "ASC", id: "ASC" } });
    expect(history.map((h) => h.action)).toEqual(["imported", "generateOrder", "marketplaceShipped"]);

    expect(await importer.writePage(accountId, page("820", 90))).toEqual({ created: 0, updated: 0 });
    expect(await orders().countBy({ accountId })).toBe(96);
  });

  it("moves known orders forward through the state machine, never back, with their history and events after commit", async () => {
    await importer.writePage(accountId, [marketplaceOrder("8301", "PENDING"), marketplaceOrder("8302", "PENDING"), marketplaceOrder("8303", "DELIVERED")]);
    const [shipping, cancelling, delivered] = await Promise.all(["8301", "8302", "8303"].map((id) => orders().findOneByOrFail({ marketplaceOrderId: id })));
    const stockBefore = await stock();
    const historyOf = (orderId: number) => t.server.db.dataSource.getRepository(OrderEvent).find({ where: { orderId }, order: { id: "ASC" } });
    const deliveredHistory = await historyOf(delivered.id);

    const events = t.server.services.pubsub.subscribe("ORDER_STATUS_CHANGED")[Symbol.asyncIterator]();
    const first = events.next();
    const result = await importer.writePage(accountId, [
      marketplaceOrder("8301", "SHIPPED"),
      marketplaceOrder("8302", "CANCELLED"),
      marketplaceOrder("8303", "PENDING"), // stale: the order was delivered (R5)
    ]);
    expect(result).toEqual({ created: 0, updated: 2 });
    const published = [(await first).value, (await events.next()).value];
    await events.return?.();
    expect(published.map((e) => [e.orderId, e.from, e.to]).sort()).toEqual(
      [
        [shipping.id, "PENDING", "SHIPPED"],
        [cancelling.id, "PENDING", "CANCELLED"],
      ].sort(),
    );

    const shipped = await orders().findOneByOrFail({ id: shipping.id });
    expect(shipped).toMatchObject({ status: "SHIPPED", shippingType: "MANUAL", version: shipping.version + 1 });
    expect(await t.server.db.dataSource.getRepository(Shipment).findOneByOrFail({ orderId: shipping.id })).toMatchObject({
      type: "MANUAL",
      carrier: "DHL",
      trackingNumber: "GUIA-8301",
    });
    expect((await historyOf(shipping.id)).at(-1)).toMatchObject({
      from: "PENDING",
      to: "SHIPPED",
      action: "marketplaceShipped",
      actor: "sistema",
      source: "sync",
      note: "Claro Shop: Embarcado",
    });

    const cancelled = await orders().findOneByOrFail({ id: cancelling.id });
    expect(cancelled).toMatchObject({ status: "CANCELLED", version: cancelling.version + 1 });
    expect((await historyOf(cancelling.id)).at(-1)).toMatchObject({ from: "PENDING", to: "CANCELLED", action: "marketplaceCancelled", source: "sync" });
    // Its sales order had reserved 2 units: they are back.
    expect(await stock()).toBe(stockBefore + 2);

    expect(await orders().findOneByOrFail({ id: delivered.id })).toMatchObject({ status: "DELIVERED", version: delivered.version });
    expect(await historyOf(delivered.id)).toEqual(deliveredHistory);
  });
});
