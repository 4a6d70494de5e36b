import { Product } from "../catalog/product.entity";
import { SalesOrder } from "../catalog/sales-order.entity";
import { SkuMapping } from "../catalog/sku-mapping.entity";
import { ensureSandboxAccount, seedOrders } from "../demo/demo-data";
import { OrderItem } from "../orders/order-item.entity";
import { Order } from "../orders/order.entity";
import { OrderImport } from "../sync/order-import";
import { startTestServer, type GraphQLResult, type TestServer } from "./harness";
import { marketplaceOrder } from "./marketplace-orders";

const ORDER = `query($id: ID!) { order(id: $id) { id status version
  salesOrder { folio generatedBy } lineIssues { sku code }
  items { sku quantity product { sku } } history { action actor source note } } }`;

const GENERATE = `mutation($input: GenerateOrderInput!) { generateOrder(input: $input) {
  id status salesOrder { folio generatedBy } lineIssues { sku code } items { sku product { sku } }
  history { action actor source note } } }`;

interface OrderView {
  id: string;
  status: string;
  version: number;
  salesOrder: { folio: string; generatedBy: string } | null;
  lineIssues: { sku: string; code: string }[];
  items: { sku: string; quantity: number; product: { sku: string } | null }[];
  history: { action: string; actor: string; source: string; note: string | null }[];
}

describe(`sales orders over HTTP (${process.env.TEST_DATABASE_URL ? "MariaDB" : "SQLite"})`, () => {
  let t: TestServer;
  let token: string;
  /** Pending orders without a sales order; their lines are rewritten per test. */
  let ids: number[];
  let accountId: number;

  beforeAll(async () => {
    t = await startTestServer();
    const account = await ensureSandboxAccount(t.server.db);
    accountId = account.id;
    ids = await seedOrders(t.server.db, account.id, { count: 10, firstNumber: 72000000, stage: () => "pending" });
    const products = t.server.db.dataSource.getRepository(Product);
    await products.insert(
      ["TST-A", "TST-B", "TST-C", "TST-D"].map((sku) => ({ sku, name: `Producto ${sku}`, priceCents: 10000, stock: 0, updatedAt: new Date() })),
    );
    token = await t.login();
  });
  afterAll(() => t.close());

  const q = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) =>
    t.gql<T>(query, variables, token);

  const db = () => t.server.db.dataSource;

  async function setLines(orderId: number, lines: [sku: string, quantity: number][]): Promise<void> {
    await db().getRepository(OrderItem).delete({ orderId });
    await db()
      .getRepository(OrderItem)
      .insert(
        lines.map(([sku, quantity], n) => ({
          orderId,
          lineId: `${orderId}-${n}`,
          sku,
          title: `Artículo ${sku}`,
          quantity,
          unitPriceCents: 10000,
          productId: null,
          issue: null,
        })),
      );
  }

  const setStock = (sku: string, stock: number) => db().getRepository(Product).update({ sku }, { stock });
  const stockOf = async (sku: string) => (await db().getRepository(Product).findOneByOrFail({ sku })).stock;
  const productId = async (sku: string) => String((await db().getRepository(Product).findOneByOrFail({ sku })).id);

  async function view(orderId: number): Promise<OrderView> {
    const res = await q<{ order: OrderView }>(ORDER, { id: String(orderId) });
    expect(res.errors).toBeUndefined();
    return res.data!.order;
  }

  const generate = (input: Record<string, unknown>) => q<{ generateOrder: OrderView }>(GENERATE, { input });

  const codeOf = (res: GraphQLResult) => res.errors?.[0].extensions?.code;

  it("generates automatically on import what is complete, and records why the rest is not", async () => {
    await setStock("TST-A", 4);
    await setStock("TST-B", 5);
    await setStock("TST-C", 3);
    await db().getRepository(SkuMapping).insert({
      marketplaceSku: "MKT-B",
      productId: Number(await productId("TST-B")),
      createdBy: "admin@pruebas.mx",
      createdAt: new Date(),
    });
    // Imported in this order: full, unknown, short, mapped, twoLines, exhausted.
    const incoming = [
      marketplaceOrder("73000001", "PENDING", [["TST-A", 2], ["TST-B", 1]]),
      marketplaceOrder("73000002", "PENDING", [["TST-A", 1], ["NO-EXISTE-1", 1]]),
      marketplaceOrder("73000003", "PENDING", [["TST-C", 5]]),
      marketplaceOrder("73000004", "PENDING", [["MKT-B", 1]]),
      marketplaceOrder("73000005", "PENDING", [["TST-A", 1], ["TST-A", 1]]),
      marketplaceOrder("73000006", "PENDING", [["TST-A", 1]]),
    ];
    const importer = new OrderImport(t.server.db, t.server.services.orders, t.server.services.salesOrders);

    const catalogReads: string[] = [];
    const stop = t.server.db.queryLog.watch((sql) => {
      if (/^\s*SELECT/i.test(sql) && /FROM\s+[`"](product|sku_mapping)[`"]/i.test(sql)) catalogReads.push(sql);
    });
    expect(await importer.writePage(accountId, incoming)).toEqual({ created: 6, updated: 0 });
    stop();
    expect(catalogReads.length).toBeLessThanOrEqual(3);
    if (t.server.db.engine === "mysql") expect(catalogReads.some((sql) => /FOR UPDATE/i.test(sql))).toBe(true);

    // The later tests take these orders where the seeded ones were.
    const orders = db().getRepository(Order);
    const imported = await Promise.all(incoming.map(async (o) => (await orders.findOneByOrFail({ marketplaceOrderId: o.marketplaceOrderId })).id));
    ids.splice(0, imported.length, ...imported);
    const [full, unknown, short, mapped, twoLines, exhausted] = ids;

    for (const id of [full, mapped, twoLines]) {
      const order = await view(id);
      expect(order.status).toBe("PENDING");
      expect(order.salesOrder).toEqual({ folio: `PV-${String(id).padStart(6, "0")}`, generatedBy: "sistema" });
      expect(order.lineIssues).toEqual([]);
      expect(order.items.every((i) => i.product !== null)).toBe(true);
      expect(order.history.at(-1)).toEqual({ action: "generateOrder", actor: "sistema", source: "sync", note: "automático" });
    }
    expect((await view(mapped)).items[0].product).toEqual({ sku: "TST-B" });

    const blocked = { unknown: await view(unknown), short: await view(short), exhausted: await view(exhausted) };
    for (const order of Object.values(blocked)) {
      expect(order.salesOrder).toBeNull();
      expect(order.status).toBe("PENDING");
      expect(order.history.map((h) => h.action)).not.toContain("generateOrder");
    }
    expect(blocked.unknown.lineIssues).toEqual([{ sku: "NO-EXISTE-1", code: "SKU_NOT_REGISTERED" }]);
    expect(blocked.short.lineIssues).toEqual([{ sku: "TST-C", code: "OUT_OF_STOCK" }]);
    // The earlier orders of the batch took the last units of TST-A.
    expect(blocked.exhausted.lineIssues).toEqual([{ sku: "TST-A", code: "OUT_OF_STOCK" }]);

    // Exactly the units of the generated orders: A 2 + 2, B 1 + 1 (mapped); C untouched.
    expect(await stockOf("TST-A")).toBe(0);
    expect(await stockOf("TST-B")).toBe(3);
    expect(await stockOf("TST-C")).toBe(3);

    // The same page again changes nothing.
    const before = await view(full);
    expect(await importer.writePage(accountId, incoming)).toEqual({ created: 0, updated: 0 });
    expect(await view(full)).toEqual(before);
    expect(await stockOf("TST-A")).toBe(0);
  });

  it("generates by hand once a SKU mapping fixes an unknown SKU", async () => {
    const unknown = ids[1];
    await setStock("TST-A", 1);
    const res = await generate({ orderId: String(unknown), skuMappings: [{ sku: "NO-EXISTE-1", productId: await productId("TST-B") }] });
    expect(res.errors).toBeUndefined();
    const order = res.data!.generateOrder;
    expect(order.salesOrder).toEqual({ folio: `PV-${String(unknown).padStart(6, "0")}`, generatedBy: "admin@pruebas.mx" });
    expect(order.lineIssues).toEqual([]);
    expect(order.items.map((i) => i.product?.sku)).toEqual(["TST-A", "TST-B"]);
    expect(order.history.at(-1)).toEqual({ action: "generateOrder", actor: "admin@pruebas.mx", source: "api", note: "manual" });
    const mapping = await db().getRepository(SkuMapping).findOneByOrFail({ marketplaceSku: "NO-EXISTE-1" });
    expect(mapping.createdBy).toBe("admin@pruebas.mx");
    expect(await stockOf("TST-A")).toBe(0);
    expect(await stockOf("TST-B")).toBe(2);
    expect((await db().getRepository(SalesOrder).findOneByOrFail({ orderId: unknown })).backorder).toBe(false);
  });

  it("answers REQUIREMENTS_MISSING with what is missing, and saves nothing then", async () => {
    const order = ids[6];
    await setLines(order, [["NO-EXISTE-2", 1], ["TST-C", 5]]);
    const res = await generate({ orderId: String(order), skuMappings: [{ sku: "OTRO-SKU", productId: await productId("TST-A") }] });
    expect(codeOf(res)).toBe("REQUIREMENTS_MISSING");
    expect(res.errors?.[0].extensions?.missing).toEqual(["SKU_NOT_REGISTERED:NO-EXISTE-2", "OUT_OF_STOCK:TST-C"]);
    expect(await db().getRepository(SkuMapping).existsBy({ marketplaceSku: "OTRO-SKU" })).toBe(false);
    const backorder = await generate({ orderId: String(order), allowBackorder: true });
    expect(backorder.errors?.[0].extensions?.missing).toEqual(["SKU_NOT_REGISTERED:NO-EXISTE-2"]);
    const stockOnly = await generate({ orderId: String(ids[2]) });
    expect(codeOf(stockOnly)).toBe("REQUIREMENTS_MISSING");
    expect(stockOnly.errors?.[0].extensions?.missing).toEqual(["OUT_OF_STOCK:TST-C"]);
    const badProduct = await generate({ orderId: String(order), skuMappings: [{ sku: "NO-EXISTE-2", productId: "999999" }] });
    expect(codeOf(badProduct)).toBe("NOT_FOUND");
    expect(await stockOf("TST-C")).toBe(3);
    expect((await view(order)).salesOrder).toBeNull();
  });

  it("generates a backorder when asked: full quantity reserved, stock negative; cancelling gives it all back", async () => {
    const short = ids[2];
    const res = await generate({ orderId: String(short), allowBackorder: true });
    expect(res.errors).toBeUndefined();
    expect(res.data!.generateOrder.salesOrder?.generatedBy).toBe("admin@pruebas.mx");
    expect(res.data!.generateOrder.history.at(-1)).toEqual({
      action: "generateOrder",
      actor: "admin@pruebas.mx",
      source: "api",
      note: "manual con faltante (backorder)",
    });
    expect((await db().getRepository(SalesOrder).findOneByOrFail({ orderId: short })).backorder).toBe(true);
    expect(await stockOf("TST-C")).toBe(-2);

    const cancel = await q<{ cancelOrder: { status: string } }>(
      'mutation($id: ID!) { cancelOrder(orderId: $id, reason: "Cliente desistió") { status } }',
      { id: String(short) },
    );
    expect(cancel.errors).toBeUndefined();
    expect(cancel.data?.cancelOrder.status).toBe("CANCELLED");
    expect(await stockOf("TST-C")).toBe(3);
  });

  it("refuses to generate twice, or for an order that is not pending", async () => {
    const twice = await generate({ orderId: String(ids[0]) });
    expect(codeOf(twice)).toBe("BAD_USER_INPUT");
    expect(twice.errors?.[0].message).toBe("El pedido ya tiene pedido interno.");

    const cancelled = ids[2];
    const notPending = await generate({ orderId: String(cancelled), allowBackorder: true });
    expect(codeOf(notPending)).toBe("ILLEGAL_TRANSITION");
    expect(await stockOf("TST-C")).toBe(3);

    expect(codeOf(await generate({ orderId: "999999" }))).toBe("NOT_FOUND");
    const anonymous = await t.gql(GENERATE, { input: { orderId: String(ids[7]) } });
    expect(codeOf(anonymous)).toBe("UNAUTHENTICATED");
  });

  it("never sells the last unit twice, nor generates one order twice, under concurrent requests", async () => {
    const [first, second] = [ids[7], ids[8]];
    await setLines(first, [["TST-D", 1]]);
    await setLines(second, [["TST-D", 1]]);
    await setStock("TST-D", 1);
    const results = await Promise.all([generate({ orderId: String(first) }), generate({ orderId: String(second) })]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.find((r) => r.errors)?.errors?.[0].extensions?.missing).toEqual(["OUT_OF_STOCK:TST-D"]);
    expect(await stockOf("TST-D")).toBe(0);

    const same = ids[9];
    await setLines(same, [["TST-D", 1]]);
    await setStock("TST-D", 5);
    const twice = await Promise.all([generate({ orderId: String(same) }), generate({ orderId: String(same) })]);
    expect(twice.filter((r) => !r.errors)).toHaveLength(1);
    expect(twice.map(codeOf).filter(Boolean)).toEqual(["BAD_USER_INPUT"]);
    expect(await stockOf("TST-D")).toBe(4);
  });
});
