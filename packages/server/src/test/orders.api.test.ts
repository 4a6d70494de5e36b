import { Product } from "../catalog/product.entity";
import { SalesOrder } from "../catalog/sales-order.entity";
import { DEMO_PRODUCTS, DEMO_UNKNOWN_SKU, ensureSandboxAccount, seedOrders, type DemoStage } from "../demo/demo-data";
import { startTestServer, type TestServer } from "./harness";

const STAGES: DemoStage[] = ["pending", "pendingIssue", "shipped", "invoiced", "delivered", "cancelled"];

describe(`orders API over HTTP (${process.env.TEST_DATABASE_URL ? "MariaDB" : "SQLite"})`, () => {
  let t: TestServer;
  let token: string;
  let ids: number[];

  beforeAll(async () => {
    t = await startTestServer();
    const account = await ensureSandboxAccount(t.server.db);
    ids = await seedOrders(t.server.db, account.id, { count: 30, stage: (i) => STAGES[i % STAGES.length] });
    token = await t.login();
  });
  afterAll(() => t.close());

  const q = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) =>
    t.gql<T>(query, variables, token);

  it("signs in and returns the demo orders, newest first", async () => {
    const res = await q<{ orders: { totalCount: number; edges: { node: { marketplaceOrderId: string; placedAt: string } }[] } }>(
      "{ orders(first: 50) { totalCount edges { node { marketplaceOrderId placedAt } } } }",
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.orders.totalCount).toBe(30);
    const placed = res.data!.orders.edges.map((e) => e.node.placedAt);
    expect([...placed].sort().reverse()).toEqual(placed);
    expect(res.data!.orders.edges[0].node.marketplaceOrderId).toBe("70000000");
  });

  it("walks every page with cursors, each order exactly once", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 10; guard++) {
      const res: { data?: { orders: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } | null } =
        await q("query($after: String) { orders(first: 7, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }", { after });
      seen.push(...res.data!.orders.edges.map((e) => e.node.id));
      if (!res.data!.orders.pageInfo.hasNextPage) break;
      after = res.data!.orders.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(30);
    expect(new Set(seen).size).toBe(30);
  });

  it("jumps to any position with `offset`: the same pages as the cursors, on the filtered list too", async () => {
    type Page = { orders: { totalCount: number; edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
    const PAGE = "query($f: OrderFilter, $after: String, $offset: Int) { orders(filter: $f, first: 7, after: $after, offset: $offset) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }";
    for (const f of [null, { statuses: ["PENDING", "SHIPPED"] }]) {
      const byCursor: string[][] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 10; guard++) {
        const res: { data?: Page | null } = await q<Page>(PAGE, { f, after });
        byCursor.push(res.data!.orders.edges.map((e) => e.node.id));
        if (!res.data!.orders.pageInfo.hasNextPage) break;
        after = res.data!.orders.pageInfo.endCursor;
      }
      const total = byCursor.flat().length;
      expect(total).toBe(f ? 20 : 30);
      // Backwards, so no page can lean on the one before it.
      for (let i = byCursor.length - 1; i >= 0; i--) {
        const res = await q<Page>(PAGE, { f, offset: i * 7 });
        expect(res.errors).toBeUndefined();
        expect(res.data!.orders.edges.map((e) => e.node.id)).toEqual(byCursor[i]);
        expect(res.data!.orders.pageInfo.hasNextPage).toBe(i < byCursor.length - 1);
        expect(res.data!.orders.totalCount).toBe(total);
      }
      const past = await q<Page>(PAGE, { f, offset: total });
      expect(past.data!.orders.edges).toEqual([]);
      expect(past.data!.orders.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
    }
    const first = await q<Page>(PAGE, {});
    const both = await q<Page>(PAGE, { after: first.data!.orders.pageInfo.endCursor, offset: 7 });
    expect(both.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(both.data).toBeNull();
    const negative = await q<Page>(PAGE, { offset: -1 });
    expect(negative.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("filters by status, search (number, customer, SKU), shipping type, dates and attention", async () => {
    const count = async (filter: Record<string, unknown>) =>
      (await q<{ orders: { totalCount: number } }>("query($f: OrderFilter) { orders(filter: $f) { totalCount } }", { f: filter })).data!
        .orders.totalCount;
    expect(await count({ statuses: ["PENDING"] })).toBe(10);
    expect(await count({ statuses: ["SHIPPED", "DELIVERED"] })).toBe(15);
    expect(await count({ search: "70000013" })).toBe(1);
    expect(await count({ search: "Sofía" })).toBeGreaterThan(0);
    expect(await count({ search: DEMO_UNKNOWN_SKU })).toBe(5);
    expect(await count({ search: "100%_!" })).toBe(0);
    expect(await count({ needsAttention: true })).toBe(10);
    expect(await count({ needsAttention: false })).toBe(20);
    const manual = await count({ shippingType: "MANUAL" });
    const automatic = await count({ shippingType: "AUTOMATIC" });
    expect(manual + automatic).toBe(15);
    const all = (await q<{ orders: { edges: { node: { placedAt: string } }[] } }>("{ orders(first: 50) { edges { node { placedAt } } } }")).data!
      .orders.edges.map((e) => e.node.placedAt);
    expect(await count({ placedFrom: all[9], placedTo: all[4] })).toBe(5);
  });

  it("counts orders per status for the tabs, zeros included", async () => {
    const res = await q<{ orderStatusCounts: { status: string; count: number }[] }>("{ orderStatusCounts { status count } }");
    expect(res.data?.orderStatusCounts).toEqual([
      { status: "PENDING", count: 10 },
      { status: "SHIPPED", count: 10 },
      { status: "DELIVERED", count: 5 },
      { status: "CANCELLED", count: 5 },
    ]);
    const empty = await q<{ orderStatusCounts: { count: number }[] }>(
      '{ orderStatusCounts(filter: { search: "no-existe" }) { count } }',
    );
    expect(empty.data?.orderStatusCounts.map((c) => c.count)).toEqual([0, 0, 0, 0]);
  });

  it("finds one order by id and by marketplace number, with its whole story", async () => {
    const byNumber = await q<{ orderByMarketplaceId: { id: string; status: string } }>(
      '{ orderByMarketplaceId(marketplaceOrderId: "70000004") { id status } }',
    );
    expect(byNumber.data?.orderByMarketplaceId).toEqual({ id: String(ids[4]), status: "DELIVERED" });
    const res = await q<{ order: Record<string, unknown> }>(
      `query($id: ID!) { order(id: $id) { id status total salesOrder { folio generatedBy } shipment { type carrier trackingNumber }
        invoice { state subtotal tax total paid payments { method amount } } evidence { kind fileName url }
        evidenceSubmission { state attempts } history { action from to actor source } nextActions { action enabled missing }
        shippingAddress { recipient postalCode city } items { sku quantity unitPrice product { sku } } } }`,
      { id: String(ids[4]) },
    );
    expect(res.errors).toBeUndefined();
    const order = res.data!.order as {
      invoice: { subtotal: string; tax: string; total: string; paid: boolean };
      evidence: { url: string }[];
      history: { action: string }[];
      nextActions: unknown[];
    };
    expect(order.invoice.paid).toBe(true);
    expect(Number(order.invoice.subtotal) + Number(order.invoice.tax)).toBeCloseTo(Number(order.invoice.total), 2);
    expect(order.evidence[0].url).toMatch(/^\/files\/\d+\?exp=\d+&sig=/);
    expect(order.history.map((h) => h.action)).toEqual(["imported", "generateGuide", "sendEvidence"]);
    expect(order.nextActions).toEqual([]);
    const missing = await q<{ order: null }>('{ order(id: "999999") { id } }');
    expect(missing.data?.order).toBeNull();
  });

  it("answers the workflow from the state machine", async () => {
    const res = await q<{ orderWorkflow: { statuses: string[]; transitions: { from: string; to: string; action: string; requirements: string[] }[] } }>(
      "{ orderWorkflow { statuses transitions { from to action requirements } } }",
    );
    expect(res.data?.orderWorkflow.statuses).toEqual(["PENDING", "SHIPPED", "DELIVERED", "CANCELLED"]);
    expect(res.data?.orderWorkflow.transitions).toContainEqual({
      from: "PENDING",
      to: "SHIPPED",
      action: "generateGuide",
      requirements: ["SALES_ORDER", "SHIPPING_TYPE", "TRACKING"],
    });
  });

  it("cancels a pending order with its history; refuses it twice", async () => {
    const repo = t.server.db.dataSource.getRepository(Product);
    // A pending order without a sales order reserved nothing: stock stays as it was.
    const id = String(ids[0]);
    const before = await repo.find();
    const res = await q<{ cancelOrder: { status: string; version: number; history: { action: string; note: string; actor: string }[] } }>(
      'mutation($id: ID!) { cancelOrder(orderId: $id, reason: "Sin existencias") { status version history { action note actor } } }',
      { id },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.cancelOrder.status).toBe("CANCELLED");
    expect(res.data?.cancelOrder.history.at(-1)).toEqual({ action: "cancelOrder", note: "Sin existencias", actor: "admin@pruebas.mx" });
    expect(await repo.find()).toEqual(before);
    const again = await q('mutation($id: ID!) { cancelOrder(orderId: $id, reason: "otra vez") { status } }', { id });
    expect(again.errors?.[0].extensions?.code).toBe("ILLEGAL_TRANSITION");
  });

  it("gives reserved stock back when a pending order with a sales order is cancelled", async () => {
    const db = t.server.db.dataSource;
    const account = await ensureSandboxAccount(t.server.db);
    const [id] = await seedOrders(t.server.db, account.id, { count: 1, firstNumber: 71000000, stage: () => "pending" });
    const items = await db.query("SELECT productId, quantity FROM order_item WHERE orderId = ?", [id]);
    expect(items.length).toBeGreaterThan(0);
    const product = await db.getRepository(Product).findOneByOrFail({ sku: DEMO_PRODUCTS[0].sku });
    await db.query("UPDATE order_item SET productId = ? WHERE orderId = ?", [product.id, id]);
    await db.getRepository(SalesOrder).insert({ orderId: id, folio: `PV-T-${id}`, generatedAt: new Date(), generatedBy: "sistema" });
    const units = (await db.query("SELECT SUM(quantity) AS n FROM order_item WHERE orderId = ?", [id]))[0].n;
    const res = await q('mutation($id: ID!) { cancelOrder(orderId: $id, reason: "Cliente desistió") { status } }', { id: String(id) });
    expect(res.errors).toBeUndefined();
    const after = await db.getRepository(Product).findOneByOrFail({ sku: DEMO_PRODUCTS[0].sku });
    expect(after.stock).toBe(product.stock + Number(units));
  });

  it("validates arguments with coded errors", async () => {
    const big = await q("{ orders(first: 500) { totalCount } }");
    expect(big.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const cursor = await q('{ orders(after: "garbage") { totalCount } }');
    expect(cursor.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const reason = await q(`mutation { cancelOrder(orderId: "${ids[6]}", reason: "  ") { id } }`);
    expect(reason.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("keeps the catalog: saveProduct creates or updates by SKU, products searches", async () => {
    const save = (stock: number) =>
      q<{ saveProduct: { sku: string; price: string; stock: number } }>(
        `mutation($s: Int!) { saveProduct(input: { sku: "PRUEBA-100%", name: "Producto de prueba", price: "1234.5", stock: $s }) { sku price stock } }`,
        { s: stock },
      );
    expect((await save(3)).data?.saveProduct).toEqual({ sku: "PRUEBA-100%", price: "1234.50", stock: 3 });
    expect((await save(7)).data?.saveProduct.stock).toBe(7);
    const found = await q<{ products: { sku: string; stock: number }[] }>('{ products(search: "100%") { sku stock } }');
    expect(found.data?.products).toEqual([{ sku: "PRUEBA-100%", stock: 7 }]);
  });

  it("gives every order its relations even when the list changed between the page and its relations' reads", async () => {
    const PAGE = "{ orders(first: 12) { edges { node { id items { sku quantity } shipment { carrier } invoice { total } evidence { kind } } } } }";
    const before = await q(PAGE);
    expect(before.errors).toBeUndefined();
    // As if 9 orders had arrived on top of the list after the page was read: the relations' window
    // then holds only the page's first 3 orders; the others' relations come from their resolvers.
    const queries = t.server.services.orderQueries;
    const window = queries.window.bind(queries);
    queries.window = (filter, _first, after, offset) => window(filter, 2, after, offset);
    try {
      expect(await q(PAGE)).toEqual(before);
    } finally {
      queries.window = window;
    }
    const orders = (before.data as { orders: { edges: { node: { items: unknown[] } }[] } }).orders.edges;
    expect(orders).toHaveLength(12);
    expect(orders.every((e) => e.node.items.length > 0)).toBe(true);
  });
});
