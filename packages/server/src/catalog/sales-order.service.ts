import { In } from "typeorm";
import { bulkInsert } from "../db/bulk-insert";
import type { Database } from "../db/data-source";
import { inTransaction, type Tx } from "../db/transaction";
import { AppError, badInput, notFound } from "../graphql/errors";
import { LineIssueCode, OrderItem } from "../orders/order-item.entity";
import { OrderStatus } from "../orders/order-status";
import type { ChangeBy, OrderService } from "../orders/order.service";
import { Order } from "../orders/order.entity";
import { Product } from "./product.entity";
import { SalesOrder } from "./sales-order.entity";
import { SkuMapping } from "./sku-mapping.entity";

export interface GenerateOrderRequest {
  orderId: number;
  /** Saved (upserted by marketplace SKU) before matching. */
  skuMappings?: { sku: string; productId: number }[] | null;
  /** Generate even when stock is short; the stock then goes negative. */
  allowBackorder?: boolean | null;
}

/** A line matched against the catalog: its product, or why it cannot be served. */
interface PlannedLine<I> {
  item: I;
  productId: number | null;
  issue: LineIssueCode | null;
}

/** An order's lines matched against the catalog, and what each product would need. */
interface LinesPlan<I> {
  lines: PlannedLine<I>[];
  /** Units needed per product id, over all of the order's lines. */
  needs: Map<number, number>;
}

/** A stored order's plan, ready to reserve. */
interface OrderPlan extends LinesPlan<OrderItem> {
  orderId: number;
}

/** planAutomatic's decision for one order: each line's product and issue, in the order given. */
export interface AutomaticPlan {
  generated: boolean;
  lines: { productId: number | null; issue: LineIssueCode | null }[];
  needs: Map<number, number>;
}

const AUTOMATIC = { note: "automático", backorder: false } as const;

/** Internal sales orders and the stock they reserve. */
export class SalesOrderService {
  constructor(
    private readonly db: Database,
    private readonly orders: OrderService,
  ) {}

  /**
   * The automatic decision for orders about to be stored or just stored, in the order given: each
   * line matched with the catalog (the products stay locked until commit on MySQL), and the orders
   * whose every line has a product with enough stock marked `generated`, later orders seeing the
   * units earlier ones took. Orders without lines are never generated.
   */
  async planAutomatic(tx: Tx, orders: { sku: string; quantity: number }[][]): Promise<AutomaticPlan[]> {
    const productBySku = await this.matchProducts(tx, orders.flat().map((l) => l.sku));
    const stock = new Map([...productBySku.values()].map((p) => [p.id, p.stock]));
    return orders.map((lines) => {
      const plan = planOrder(lines, productBySku, stock);
      const generated = lines.length > 0 && plan.lines.every((l) => l.issue === null);
      if (generated) for (const [productId, units] of plan.needs) stock.set(productId, (stock.get(productId) ?? 0) - units);
      return { generated, lines: plan.lines.map(({ productId, issue }) => ({ productId, issue })), needs: plan.needs };
    });
  }

  /**
   * The automatic sales orders of orders stored with their lines already tied to their products
   * (planAutomatic's `generated` orders): the sales orders, the units taken and the history.
   */
  async createAutomatic(tx: Tx, orders: { orderId: number; needs: Map<number, number> }[], by: ChangeBy): Promise<void> {
    await this.createSalesOrders(tx, orders, by, AUTOMATIC);
  }

  /** Staff's "Generar pedido": maps unknown SKUs, then generates, with a backorder if asked. */
  generateOrder(request: GenerateOrderRequest, by: ChangeBy): Promise<Order> {
    const mappings = new Map<string, number>();
    for (const m of request.skuMappings ?? []) {
      const sku = m.sku.trim();
      if (!sku || sku.length > 80) throw badInput("El SKU del mapeo es obligatorio (hasta 80 caracteres).", "skuMappings");
      if (m.productId <= 0) throw notFound("El producto");
      mappings.set(sku, m.productId);
    }
    return inTransaction(this.db, async (tx) => {
      const orderId = request.orderId;
      const order = await tx.manager.findOne(Order, {
        where: { id: orderId },
        // Two staff members pressing the button at once: the second waits, then sees the sales order.
        ...(this.db.engine === "mysql" ? { lock: { mode: "pessimistic_write" as const } } : {}),
      });
      if (!order) throw notFound("El pedido");
      if (order.status !== OrderStatus.PENDING) {
        throw new AppError(
          "ILLEGAL_TRANSITION",
          `Solo se genera el pedido interno de un pedido pendiente; este está en ${order.status}.`,
          { from: order.status, action: "generateOrder" },
        );
      }
      if (await tx.manager.existsBy(SalesOrder, { orderId })) throw badInput("El pedido ya tiene pedido interno.");

      await this.saveMappings(tx, mappings, by);
      const items = await tx.manager.find(OrderItem, { where: { orderId }, order: { id: "ASC" } });
      if (items.length === 0) throw badInput("El pedido no tiene partidas.");
      const productBySku = await this.matchProducts(tx, items.map((i) => i.sku));
      const stock = new Map([...productBySku.values()].map((p) => [p.id, p.stock]));
      const plan: OrderPlan = { orderId, ...planOrder(items, productBySku, stock) };

      const unmatched = plan.lines.filter((l) => l.issue === LineIssueCode.SKU_NOT_REGISTERED);
      const short = plan.lines.filter((l) => l.issue === LineIssueCode.OUT_OF_STOCK);
      const missing = [
        ...unmatched.map((l) => `SKU_NOT_REGISTERED:${l.item.sku}`),
        ...(request.allowBackorder ? [] : short.map((l) => `OUT_OF_STOCK:${l.item.sku}`)),
      ];
      if (missing.length > 0) {
        const unique = [...new Set(missing)];
        throw new AppError("REQUIREMENTS_MISSING", `Faltan requisitos: ${unique.join(", ")}.`, { missing: unique });
      }
      const backorder = short.length > 0;
      await this.reserve(tx, [plan], by, { note: backorder ? "manual con faltante (backorder)" : "manual", backorder });
      return tx.manager.findOneByOrFail(Order, { id: orderId });
    });
  }

  /** Cancels a pending order and gives its reserved units back to stock. */
  cancelOrder(orderId: number, reason: string, by: ChangeBy, expectedVersion?: number | null): Promise<Order> {
    const note = reason.trim();
    if (!note) throw badInput("Indica el motivo de la cancelación.", "reason");
    if (note.length > 500) throw badInput("El motivo admite hasta 500 caracteres.", "reason");
    return inTransaction(this.db, async (tx) => {
      const order = await this.orders.transition(tx, {
        orderId,
        to: OrderStatus.CANCELLED,
        action: "cancelOrder",
        note,
        expectedVersion,
        ...by,
      });
      await this.releaseReserved(tx, [orderId]);
      return order;
    });
  }

  /**
   * Gives orders' reserved units back to stock (on cancellation, by staff or the marketplace).
   * Backorders reserved their full quantity too, so every sales order gives everything back.
   */
  async releaseReserved(tx: Tx, orderIds: number[]): Promise<void> {
    if (orderIds.length === 0) return;
    const withSalesOrder = await tx.manager.find(SalesOrder, { where: { orderId: In(orderIds) }, select: { id: true, orderId: true } });
    if (withSalesOrder.length === 0) return;
    const items = await tx.manager.find(OrderItem, {
      where: { orderId: In(withSalesOrder.map((s) => s.orderId)) },
      select: { id: true, productId: true, quantity: true },
    });
    const units = new Map<number, number>();
    for (const item of items) {
      if (item.productId !== null) units.set(item.productId, (units.get(item.productId) ?? 0) + item.quantity);
    }
    await this.addToStock(tx, units);
  }

  /**
   * Marketplace SKU -> product: the product with exactly that SKU, else the SKU mapping's product.
   * Three queries for any number of SKUs; on MySQL the matched rows stay locked until commit so
   * concurrent reservations cannot oversell (SQLite transactions already take turns).
   */
  private async matchProducts(tx: Tx, skus: string[]): Promise<Map<string, Product>> {
    const wanted = [...new Set(skus)];
    if (wanted.length === 0) return new Map();
    const productIdBySku = new Map<string, number>();
    // The database may compare case- or space-insensitively; the match itself is exact, in JS.
    for (const p of await tx.manager.find(Product, { where: { sku: In(wanted) }, select: { id: true, sku: true } })) {
      productIdBySku.set(p.sku, p.id);
    }
    const unmatched = wanted.filter((s) => !productIdBySku.has(s));
    if (unmatched.length > 0) {
      for (const m of await tx.manager.find(SkuMapping, { where: { marketplaceSku: In(unmatched) } })) {
        if (!productIdBySku.has(m.marketplaceSku)) productIdBySku.set(m.marketplaceSku, m.productId);
      }
    }
    const productIds = [...new Set(productIdBySku.values())];
    if (productIds.length === 0) return new Map();
    const products = await tx.manager.find(Product, {
      where: { id: In(productIds) },
      order: { id: "ASC" }, // one lock order for everyone: no deadlocks between reservations
      ...(this.db.engine === "mysql" ? { lock: { mode: "pessimistic_write" as const } } : {}),
    });
    const byId = new Map(products.map((p) => [p.id, p]));
    const result = new Map<string, Product>();
    for (const [sku, id] of productIdBySku) {
      const product = byId.get(id);
      if (product) result.set(sku, product);
    }
    return result;
  }

  private async saveMappings(tx: Tx, mappings: Map<string, number>, by: ChangeBy): Promise<void> {
    if (mappings.size === 0) return;
    const productIds = [...new Set(mappings.values())];
    const found = await tx.manager.count(Product, { where: { id: In(productIds) } });
    if (found !== productIds.length) throw notFound("El producto");
    const now = new Date();
    await tx.manager.upsert(
      SkuMapping,
      [...mappings].map(([marketplaceSku, productId]) => ({ marketplaceSku, productId, createdBy: by.actor, createdAt: now })),
      ["marketplaceSku"],
    );
  }

  /** Writes lines' product and issue in one statement: an upsert, on the primary key, of rows that exist. */
  private async saveLines(tx: Tx, items: OrderItem[]): Promise<void> {
    if (items.length === 0) return;
    await bulkInsert(
      tx.manager,
      OrderItem,
      items.map((i) => ({
        id: i.id,
        orderId: i.orderId,
        lineId: i.lineId,
        sku: i.sku,
        title: i.title,
        quantity: i.quantity,
        unitPriceCents: i.unitPriceCents,
        productId: i.productId,
        issue: i.issue,
      })),
      { onConflict: { target: ["id"], update: ["productId", "issue"] } },
    );
  }

  /** Adds units to (or, negative, takes them from) several products' stock in one relative UPDATE. */
  private async addToStock(tx: Tx, units: Map<number, number>): Promise<void> {
    const changes = [...units].filter(([, n]) => n !== 0);
    if (changes.length === 0) return;
    // Integers only, so they can be written into the statement.
    const delta = changes.map(([id, n]) => `WHEN ${Math.trunc(id)} THEN ${Math.trunc(n)}`).join(" ");
    await tx.manager
      .createQueryBuilder()
      .update(Product)
      .set({ stock: () => `stock + CASE id ${delta} END`, updatedAt: new Date() })
      .where({ id: In(changes.map(([id]) => id)) })
      .execute();
  }

  /** Ties lines to their products, then creates the sales orders, takes the units and records history. */
  private async reserve(tx: Tx, plans: OrderPlan[], by: ChangeBy, how: { note: string; backorder: boolean }): Promise<void> {
    await this.saveLines(
      tx,
      plans.flatMap((p) => p.lines.map((l) => ({ ...l.item, productId: l.productId as number, issue: null }))),
    );
    await this.createSalesOrders(tx, plans, by, how);
  }

  /** The sales orders of orders whose lines are tied to their products, the units they take, and their history. */
  private async createSalesOrders(
    tx: Tx,
    orders: { orderId: number; needs: Map<number, number> }[],
    by: ChangeBy,
    how: { note: string; backorder: boolean },
  ): Promise<void> {
    if (orders.length === 0) return;
    const now = new Date();
    const generatedBy = by.source === "sync" ? "sistema" : by.actor;
    // One sales order per order, so the order id makes a unique folio with no counter to contend on.
    await bulkInsert(
      tx.manager,
      SalesOrder,
      orders.map((o) => ({ orderId: o.orderId, folio: folioFor(o.orderId), generatedAt: now, generatedBy, backorder: how.backorder })),
    );
    const units = new Map<number, number>();
    for (const order of orders) {
      for (const [productId, n] of order.needs) units.set(productId, (units.get(productId) ?? 0) - n);
    }
    await this.addToStock(tx, units);
    await this.orders.touchMany(
      tx,
      orders.map((o) => o.orderId),
      { action: "generateOrder", note: how.note, ...by },
    );
  }
}

/** "PV-000123": six digits at least. */
export function folioFor(orderId: number): string {
  return `PV-${String(orderId).padStart(6, "0")}`;
}

/** Matches an order's lines and flags those without a product or without enough stock. */
function planOrder<I extends { sku: string; quantity: number }>(
  items: I[],
  productBySku: Map<string, Product>,
  stock: Map<number, number>,
): LinesPlan<I> {
  const needs = new Map<number, number>();
  const matched = items.map((item) => {
    const productId = productBySku.get(item.sku)?.id ?? null;
    if (productId !== null) needs.set(productId, (needs.get(productId) ?? 0) + item.quantity);
    return { item, productId };
  });
  const lines = matched.map(({ item, productId }) => ({
    item,
    productId,
    issue:
      productId === null
        ? LineIssueCode.SKU_NOT_REGISTERED
        : (stock.get(productId) ?? 0) < (needs.get(productId) ?? 0)
          ? LineIssueCode.OUT_OF_STOCK
          : null,
  }));
  return { lines, needs };
}
