import { In } from "typeorm";
import { ensureSandboxAccount, seedOrders } from "../demo/demo-data";
import { Evidence } from "../evidence/evidence.entity";
import { createLoaders } from "../graphql/loaders";
import { Invoice } from "../invoicing/invoice.entity";
import { decodeCursor } from "../orders/order-query";
import { OrderItem } from "../orders/order-item.entity";
import { Order } from "../orders/order.entity";
import type { OrderFilter } from "../orders/order.types";
import { OrderStatus } from "../orders/order-status";
import { Shipment } from "../shipping/shipment.entity";
import { engineName, startTestServer, type TestServer } from "../test/harness";

/**
 * Loaders and order pages read rows with their own SQL and precompiled hydration: the entities
 * must be the ones TypeORM's find() and query builder give (same class, same values, same keys).
 */
describe(`rows read without TypeORM's query machinery (${engineName()})`, () => {
  let t: TestServer;
  let ids: number[];

  beforeAll(async () => {
    t = await startTestServer();
    const account = await ensureSandboxAccount(t.server.db);
    await seedOrders(t.server.db, account.id, { count: 40, now: new Date("2026-01-15T18:00:00Z") });
    ids = (await t.server.db.dataSource.getRepository(Order).find({ order: { id: "ASC" } })).map((o) => o.id);
  });
  afterAll(() => t.close());

  const repo = <T extends object>(entity: new () => T) => t.server.db.dataSource.getRepository(entity);

  it("loads the same entities as find()", async () => {
    const loaders = createLoaders(t.server.db);
    const some = ids.slice(0, 25);
    expect(await Promise.all(some.map((id) => loaders.order.load(id)))).toStrictEqual(
      await repo(Order).find({ where: { id: In(some) }, order: { id: "ASC" } }),
    );
    const items = await repo(OrderItem).find({ where: { orderId: In(some) }, order: { id: "ASC" } });
    expect(await Promise.all(some.map((id) => loaders.itemsByOrder.load(id)))).toStrictEqual(
      some.map((id) => items.filter((i) => i.orderId === id)),
    );
    const evidence = await repo(Evidence).find({ where: { orderId: In(some) }, order: { uploadedAt: "ASC", id: "ASC" } });
    expect(await Promise.all(some.map((id) => loaders.evidenceByOrder.load(id)))).toStrictEqual(
      some.map((id) => evidence.filter((e) => e.orderId === id)),
    );
    for (const [entity, loader] of [
      [Shipment, loaders.shipmentByOrder],
      [Invoice, loaders.invoiceByOrder],
    ] as const) {
      const rows: { orderId: number }[] = await repo(entity as new () => { orderId: number }).find({ where: { orderId: In(some) } });
      expect(await Promise.all(some.map((id) => (loader.load as (k: number) => Promise<unknown>)(id)))).toStrictEqual(
        some.map((id) => rows.find((r) => r.orderId === id) ?? null),
      );
    }
  });

  it("reads the relations of a window of orders alongside it: every order the window holds, nothing else, only the properties asked for", async () => {
    const loaders = createLoaders(t.server.db);
    const queries = t.server.services.orderQueries;
    const filter = { statuses: [OrderStatus.PENDING, OrderStatus.SHIPPED, OrderStatus.DELIVERED] };
    const window = queries.window(filter, 6, null, 2);
    const held = ((await t.server.db.dataSource.query(window.sql, window.parameters)) as { id: number }[]).map((r) => Number(r.id));
    expect(held.length).toBe(7);
    const byId = (a: number, b: number) => a - b;
    const outside = ids.find((id) => !held.includes(id))!;

    const items = await loaders.itemsByOrder.loadWithin(new Set(["sku", "quantity"]), window);
    expect([...items.keys()].sort(byId)).toEqual([...held].sort(byId));
    expect(items.has(outside)).toBe(false);
    const fullItems = (await loaders.itemsByOrder.loadMany(held)) as OrderItem[][];
    const pick = (row: OrderItem) => ({ id: row.id, orderId: row.orderId, sku: row.sku, quantity: row.quantity, title: row.title });
    expect(held.map((id) => items.get(id)!.map(pick))).toStrictEqual(fullItems.map((rows) => rows.map((row) => ({ ...pick(row), title: undefined }))));
    for (const rows of items.values()) for (const row of rows) expect(row).toBeInstanceOf(OrderItem);
    // Not shared: the request's loader still gives whole rows.
    expect(await loaders.itemsByOrder.load(held[0])).toStrictEqual(fullItems[0]);

    // One row at most per order, null for an order without one.
    const shipments = await loaders.shipmentByOrder.loadWithin(new Set(["carrier"]), window);
    expect([...shipments.keys()].sort(byId)).toEqual([...held].sort(byId));
    const fullShipments = (await loaders.shipmentByOrder.loadMany(held)) as (Shipment | null)[];
    const carrierOf = (s: Shipment | null | undefined) => s && { id: s.id, orderId: s.orderId, carrier: s.carrier, trackingNumber: s.trackingNumber };
    expect(held.map((id) => carrierOf(shipments.get(id)))).toStrictEqual(fullShipments.map((s) => s && { ...carrierOf(s), trackingNumber: undefined }));
    expect(held.some((id) => shipments.get(id) === null)).toBe(true);
    expect(held.some((id) => shipments.get(id) !== null)).toBe(true);
  });

  it("pages and counts like the query builder, for every filter", async () => {
    const queries = t.server.services.orderQueries;
    const builderPage = (filter: OrderFilter | null, first: number, after?: string, offset?: number) => {
      const qb = (queries as unknown as { filtered(f: OrderFilter | null): ReturnType<ReturnType<typeof repo<Order>>["createQueryBuilder"]> }).filtered(filter);
      if (after) {
        const cursor = decodeCursor(after);
        qb.andWhere("(o.placedAt < :cPlaced OR (o.placedAt = :cPlaced AND o.id < :cId))", { cPlaced: cursor.placedAt, cId: cursor.id });
      }
      return qb.orderBy("o.placedAt", "DESC").addOrderBy("o.id", "DESC").limit(first + 1).offset(offset).getMany();
    };
    const middle = (await repo(Order).findOneByOrFail({ id: ids[20] })) as Order;
    const filters: (OrderFilter | null)[] = [
      null,
      {},
      { statuses: [OrderStatus.PENDING, OrderStatus.SHIPPED] },
      { search: "a" },
      { search: middle.customerName.slice(0, 6) },
      { search: "%_!" },
      { placedFrom: new Date("2026-01-10T00:00:00Z") },
      { placedTo: middle.placedAt },
      { needsAttention: true },
      { needsAttention: false, statuses: [OrderStatus.PENDING], search: "1" },
    ];
    for (const filter of filters) {
      for (const [first, offset] of [[15, undefined], [5, 3], [0, undefined]] as const) {
        const page = await queries.page(filter, first, null, offset);
        const expected = await builderPage(filter, first, undefined, offset);
        // The window nests the same selection: the page's ids and the one after them.
        const window = queries.window(filter, first, null, offset);
        const windowIds = ((await t.server.db.dataSource.query(window.sql, window.parameters)) as { id: number }[]).map((r) => Number(r.id));
        expect(windowIds).toEqual(expected.map((o) => o.id));
        expect(page.edges.map((e) => e.node)).toStrictEqual(expected.slice(0, first));
        expect(page.pageInfo.hasNextPage).toBe(expected.length > first);
        if (page.pageInfo.endCursor) {
          expect(page.edges[page.edges.length - 1].cursor).toBe(page.pageInfo.endCursor);
          const next = await queries.page(filter, 5, page.pageInfo.endCursor);
          expect(next.edges.map((e) => e.node)).toStrictEqual((await builderPage(filter, 5, page.pageInfo.endCursor)).slice(0, 5));
        }
      }
      const builderCount = (queries as unknown as { filtered(f: OrderFilter | null): { getCount(): Promise<number> } }).filtered(filter).getCount();
      expect(await queries.count(filter)).toBe(await builderCount);
    }
  });
});
