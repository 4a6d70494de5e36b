/**
 * Writes what a sync learned: new orders with their lines (one transaction per batch, so no
 * order ever exists without its lines), and marketplace status changes through the state machine.
 */
import { In } from "typeorm";
import type { SalesOrderService } from "../catalog/sales-order.service";
import type { Database } from "../db/data-source";
import { inTransaction, type Tx } from "../db/transaction";
import type { MarketplaceOrder } from "../marketplace/marketplace.port";
import { OrderEvent } from "../orders/order-event.entity";
import { OrderItem } from "../orders/order-item.entity";
import { OrderStatus, statusRank } from "../orders/order-status";
import type { ChangeBy, OrderService } from "../orders/order.service";
import { Order } from "../orders/order.entity";
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

export class OrderImport {
  constructor(
    private readonly db: Database,
    private readonly orders: OrderService,
    private readonly salesOrders: SalesOrderService,
  ) {}

  /** Inserts the orders not stored yet; returns how many were new. Idempotent. */
  async importNew(accountId: number, incoming: MarketplaceOrder[]): Promise<number> {
    if (incoming.length === 0) return 0;
    return inTransaction(this.db, async (tx) => {
      const { manager } = tx;
      const ids = incoming.map((o) => o.marketplaceOrderId);
      const existing = new Set(
        (await manager.find(Order, { select: { marketplaceOrderId: true }, where: { accountId, marketplaceOrderId: In(ids) } })).map(
          (o) => o.marketplaceOrderId,
        ),
      );
      const fresh = [...new Map(incoming.filter((o) => !existing.has(o.marketplaceOrderId)).map((o) => [o.marketplaceOrderId, o])).values()];
      if (fresh.length === 0) return 0;
      const now = new Date();
      await manager.insert(
        Order,
        fresh.map((o) => ({
          accountId,
          marketplace: "CLAROSHOP",
          marketplaceOrderId: o.marketplaceOrderId,
          // Every order starts PENDING; later marketplace statuses go through the state machine.
          status: OrderStatus.PENDING,
          marketplaceStatus: cut(o.marketplaceStatus, 60),
          placedAt: o.placedAt,
          customerName: cut(o.customerName, 200) || "(sin nombre)",
          shippingAddress: {
            recipient: cut(o.shippingAddress.recipient, 200),
            street: cut(o.shippingAddress.street, 300),
            neighborhood: orNull(o.shippingAddress.neighborhood, 200),
            municipality: orNull(o.shippingAddress.municipality, 200),
            city: orNull(o.shippingAddress.city, 200),
            state: orNull(o.shippingAddress.state, 100),
            postalCode: cut(o.shippingAddress.postalCode, 10),
            betweenStreets: orNull(o.shippingAddress.betweenStreets, 300),
            notes: orNull(o.shippingAddress.notes, 500),
            phone: orNull(o.shippingAddress.phone, 40),
          },
          totalCents: o.totalCents,
          shippingType: null,
          version: 1,
          createdAt: now,
          updatedAt: now,
        })),
      );
      const stored = await manager.find(Order, {
        where: { accountId, marketplaceOrderId: In(fresh.map((o) => o.marketplaceOrderId)) },
      });
      const idOf = new Map(stored.map((o) => [o.marketplaceOrderId, o.id]));
      await manager.insert(
        OrderItem,
        fresh.flatMap((o) =>
          o.lines.map((line) => ({
            orderId: idOf.get(o.marketplaceOrderId) as number,
            lineId: cut(line.lineId, 40),
            sku: cut(line.sku, 80),
            title: cut(line.title, 500),
            quantity: line.quantity,
            unitPriceCents: line.unitPriceCents,
            productId: null,
            issue: null,
          })),
        ),
      );
      await manager.insert(
        OrderEvent,
        stored.map((o) => ({ orderId: o.id, at: now, from: null, to: OrderStatus.PENDING, action: "imported", note: null, ...SYNC_ACTOR })),
      );
      await this.salesOrders.generateForImported(tx, stored.map((o) => o.id), SYNC_ACTOR);
      for (const o of fresh) {
        if (o.status !== "PENDING") await this.applyStatus(tx, idOf.get(o.marketplaceOrderId) as number, o);
      }
      return fresh.length;
    });
  }

  /** Moves a stored order forward to what the marketplace reports; never backwards. */
  async updateStatus(orderId: number, reported: MarketplaceOrder): Promise<boolean> {
    return inTransaction(this.db, (tx) => this.applyStatus(tx, orderId, reported));
  }

  private async applyStatus(tx: Tx, orderId: number, reported: MarketplaceOrder): Promise<boolean> {
    const order = await tx.manager.findOneByOrFail(Order, { id: orderId });
    const to = reported.status as OrderStatus;
    // A stale page or detail never moves an order back, and final statuses stay final.
    if (to === OrderStatus.PENDING || statusRank(to) <= statusRank(order.status)) return false;
    const shipment = reported.shipment;
    let shippingType: ShippingType | undefined;
    if (shipment && to !== OrderStatus.CANCELLED && !(await tx.manager.existsBy(Shipment, { orderId }))) {
      shippingType = shipment.type === "MANUAL" ? ShippingType.MANUAL : ShippingType.AUTOMATIC;
      await tx.manager.insert(Shipment, {
        orderId,
        type: shippingType,
        carrier: cut(shipment.carrier, 80) || "FedEx",
        trackingNumber: orNull(shipment.trackingNumber, 80),
        labelUploadId: null,
        shippedAt: new Date(),
        idempotencyKey: null,
      });
    }
    await this.orders.transition(tx, {
      orderId,
      to,
      action: MARKETPLACE_ACTION[to],
      note: `Claro Shop: ${cut(reported.marketplaceStatus, 60)}`,
      set: shippingType ? { shippingType } : undefined,
      ...SYNC_ACTOR,
    });
    if (to === OrderStatus.CANCELLED) await this.salesOrders.releaseReserved(tx, orderId);
    return true;
  }
}
