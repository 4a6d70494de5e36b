/**
 * Writes what a sync learned, a batch of pages at a time: one transaction per batch, so no order
 * ever exists without its lines, and a fixed number of statements whatever the batch's size. New orders come
 * with their lines, history and sales orders; every status the marketplace reports goes through
 * the state machine (OrderService.transitionMany), never backwards.
 */
import { In } from "typeorm";
import type { QueryDeepPartialEntity } from "typeorm/query-builder/QueryPartialEntity";
import type { SalesOrderService } from "../catalog/sales-order.service";
import { bulkInsert } from "../db/bulk-insert";
import type { Database } from "../db/data-source";
import { inTransaction, type Tx } from "../db/transaction";
import type { MarketplaceOrder } from "../marketplace/marketplace.port";
import { OrderEvent } from "../orders/order-event.entity";
import { LineIssueCode, OrderItem } from "../orders/order-item.entity";
import { OrderStatus, statusRank } from "../orders/order-status";
import type { BatchTransition, ChangeBy, OrderService } from "../orders/order.service";
import { Order } from "../orders/order.entity";
import { lockedOrders, storedOrders, type StoredOrder } from "../orders/stored-orders";
import { Shipment } from "../shipping/shipment.entity";
import { ShippingType } from "../shipping/shipping-type";

export const SYNC_ACTOR: ChangeBy = { actor: "sistema", source: "sync" };

/** The state machine's action for each status the marketplace can report. */
const MARKETPLACE_ACTION: Record<Exclude<OrderStatus, OrderStatus.PENDING>, string> = {
  [OrderStatus.SHIPPED]: "marketplaceShipped",
  [OrderStatus.DELIVERED]: "marketplaceDelivered",
  [OrderStatus.CANCELLED]: "marketplaceCancelled",
};

const cut = (text: string | null | undefined, max: number): string => (text ?? "").slice(0, max);
const orNull = (text: string | null | undefined, max: number): string | null => (text ? text.slice(0, max) : null);


export interface PageResult {
  /** Orders inserted. */
  created: number;
  /** Orders stored before whose status moved forward. */
  updated: number;
}

/** Where a sync hands what it read: OrderImport itself, or the write thread that runs one (import-thread.ts). */
export interface PageWriter {
  writePage(accountId: number, incoming: MarketplaceOrder[]): Promise<PageResult>;
  /** Releases what the writer holds (the write thread); called when the server stops. */
  close?(): Promise<void>;
}

export class OrderImport implements PageWriter {
  constructor(
    private readonly db: Database,
    private readonly orders: OrderService,
    private readonly salesOrders: SalesOrderService,
  ) {}

  /** Stores a batch of marketplace orders (one or more pages): inserts the new ones and moves the known ones forward. Idempotent. */
  async writePage(accountId: number, incoming: MarketplaceOrder[]): Promise<PageResult> {
    const reported = [...new Map(incoming.map((o) => [o.marketplaceOrderId, o])).values()];
    if (reported.length === 0) return { created: 0, updated: 0 };
    return inTransaction(this.db, async (tx) => {
      const known = await this.readStored(tx, accountId, reported.map((o) => o.marketplaceOrderId));
      const isKnown = new Set(known.map((o) => o.marketplaceOrderId));
      const inserted = await this.insertNew(
        tx,
        accountId,
        reported.filter((o) => !isKnown.has(o.marketplaceOrderId)),
      );
      const changed = await this.applyStatuses(tx, [...known, ...inserted], reported);
      const isNew = new Set(inserted.map((o) => o.id));
      return { created: inserted.length, updated: changed.filter((id) => !isNew.has(id)).length };
    });
  }

  /** writePage, counting the orders it inserted (tools and benchmarks). */
  async importNew(accountId: number, incoming: MarketplaceOrder[]): Promise<number> {
    return (await this.writePage(accountId, incoming)).created;
  }

  /** The page's orders stored already; on MySQL locked until commit, by primary key (never the gaps new ids fill). */
  private async readStored(tx: Tx, accountId: number, marketplaceOrderIds: string[]): Promise<StoredOrder[]> {
    const found = await storedOrders(tx.manager, accountId, marketplaceOrderIds);
    if (found.length === 0 || this.db.engine !== "mysql") return found;
    return lockedOrders(tx.manager, found.map((o) => o.id));
  }

  /**
   * New orders, PENDING, with their lines, an "imported" history row each and, where the catalog
   * allows, their sales orders. The catalog is matched before anything is written, so each line
   * is stored once, already tied to its product or marked with its issue. Plain inserts: the
   * unique marketplace id turns a row stored meanwhile into a failed batch (retried by the next
   * run), never into lines added twice.
   */
  private async insertNew(tx: Tx, accountId: number, fresh: MarketplaceOrder[]): Promise<StoredOrder[]> {
    if (fresh.length === 0) return [];
    const now = new Date();
    const lines = fresh.map((o) => o.lines.map(lineRow));
    const plans = await this.salesOrders.planAutomatic(tx, lines);
    await bulkInsert(tx.manager, Order, fresh.map((o) => orderRow(accountId, o, now)));
    const stored = await storedOrders(tx.manager, accountId, fresh.map((o) => o.marketplaceOrderId));
    const idOf = new Map(stored.map((o) => [o.marketplaceOrderId, o.id]));
    const ids = fresh.map((o) => idOf.get(o.marketplaceOrderId) as number);
    await bulkInsert(
      tx.manager,
      OrderItem,
      lines.flatMap((orderLines, i) =>
        orderLines.map((line, j) => {
          const planned = plans[i].lines[j];
          // A generated order's lines name their products; a blocked order's lines say why it waits.
          return plans[i].generated
            ? { ...line, orderId: ids[i], productId: planned.productId }
            : { ...line, orderId: ids[i], issue: planned.issue };
        }),
      ),
    );
    await bulkInsert(
      tx.manager,
      OrderEvent,
      ids.map((orderId) => ({
        orderId,
        at: now,
        from: null,
        to: OrderStatus.PENDING,
        action: "imported",
        note: null,
        ...SYNC_ACTOR,
      })),
    );
    await this.salesOrders.createAutomatic(
      tx,
      ids.flatMap((orderId, i) => (plans[i].generated ? [{ orderId, needs: plans[i].needs }] : [])),
      SYNC_ACTOR,
    );
    return stored;
  }

  /**
   * Moves each stored order to the status the marketplace reports when that is forward (a stale
   * "pendiente" never moves an order back; final statuses stay final); records the marketplace's
   * guide with the first shipped status, and gives a cancelled order's stock back. Returns the
   * ids of the orders that changed.
   */
  private async applyStatuses(tx: Tx, stored: StoredOrder[], reported: MarketplaceOrder[]): Promise<number[]> {
    const reportOf = new Map(reported.map((o) => [o.marketplaceOrderId, o]));
    const forward = stored.flatMap((order) => {
      const report = reportOf.get(order.marketplaceOrderId);
      const to = report?.status as OrderStatus | undefined;
      if (!report || !to || to === OrderStatus.PENDING || statusRank(to) <= statusRank(order.status)) return [];
      return [{ order, to, report }];
    });
    if (forward.length === 0) return [];

    const guides = forward.filter((f) => f.report.shipment && f.to !== OrderStatus.CANCELLED);
    const withShipment = new Set(
      guides.length === 0
        ? []
        : (
            await tx.manager.find(Shipment, { select: { orderId: true }, where: { orderId: In(guides.map((f) => f.order.id)) } })
          ).map((s) => s.orderId),
    );
    const newGuides = guides.filter((f) => !withShipment.has(f.order.id));
    const shippingTypeOf = new Map(
      newGuides.map((f) => [f.order.id, f.report.shipment?.type === "MANUAL" ? ShippingType.MANUAL : ShippingType.AUTOMATIC]),
    );
    const now = new Date();
    await bulkInsert(
      tx.manager,
      Shipment,
      newGuides.map((f) => ({
        orderId: f.order.id,
        type: shippingTypeOf.get(f.order.id) as ShippingType,
        carrier: cut(f.report.shipment?.carrier, 80) || "FedEx",
        trackingNumber: orNull(f.report.shipment?.trackingNumber, 80),
        labelUploadId: null,
        shippedAt: now,
        idempotencyKey: null,
      })),
    );

    const changes: BatchTransition[] = forward.map(({ order, to, report }) => {
      const shippingType = shippingTypeOf.get(order.id);
      return {
        order,
        to,
        action: MARKETPLACE_ACTION[to as Exclude<OrderStatus, OrderStatus.PENDING>],
        note: `Claro Shop: ${cut(report.marketplaceStatus, 60)}`,
        set: shippingType ? { shippingType } : undefined,
      };
    });
    await this.orders.transitionMany(tx, changes, SYNC_ACTOR);
    await this.salesOrders.releaseReserved(
      tx,
      forward.filter((f) => f.to === OrderStatus.CANCELLED).map((f) => f.order.id),
    );
    return forward.map((f) => f.order.id);
  }
}

/** A new order's row: always PENDING (a later status goes through the state machine), marketplace text cut to the columns. */
function orderRow(accountId: number, o: MarketplaceOrder, now: Date): QueryDeepPartialEntity<Order> {
  const address = o.shippingAddress;
  return {
    accountId,
    marketplace: "CLAROSHOP",
    marketplaceOrderId: o.marketplaceOrderId,
    status: OrderStatus.PENDING,
    marketplaceStatus: cut(o.marketplaceStatus, 60),
    placedAt: o.placedAt,
    customerName: cut(o.customerName, 200) || "(sin nombre)",
    shippingAddress: {
      recipient: cut(address.recipient, 200),
      street: cut(address.street, 300),
      neighborhood: orNull(address.neighborhood, 200),
      municipality: orNull(address.municipality, 200),
      city: orNull(address.city, 200),
      state: orNull(address.state, 100),
      postalCode: cut(address.postalCode, 10),
      betweenStreets: orNull(address.betweenStreets, 300),
      notes: orNull(address.notes, 500),
      phone: orNull(address.phone, 40),
    },
    totalCents: o.totalCents,
    shippingType: null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
}

/** A new line's row before its order has an id: no product and no issue yet. */
function lineRow(line: MarketplaceOrder["lines"][number]) {
  return {
    lineId: cut(line.lineId, 40),
    sku: cut(line.sku, 80),
    title: cut(line.title, 500),
    quantity: line.quantity,
    unitPriceCents: line.unitPriceCents,
    productId: null as number | null,
    issue: null as LineIssueCode | null,
  };
}
