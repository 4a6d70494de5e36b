/**
 * Información de envío: "Generar guía" (AUTOMATIC: Claro Shop issues the guide now) or the
 * seller's own carrier and tracking number (MANUAL: reported to Claro Shop through the outbox).
 * Either way the order becomes SHIPPED through the state machine.
 */
import type { Database } from "../db/data-source";
import { inTransaction } from "../db/transaction";
import type { FileStorage } from "../evidence/storage";
import { Upload } from "../evidence/upload.entity";
import { AppError, badInput, notFound } from "../graphql/errors";
import type { MarketplaceGateways } from "../marketplace/marketplace-gateways";
import {
  MarketplaceRejectedError,
  MarketplaceUnavailableError,
  type GuideResult,
} from "../marketplace/marketplace.port";
import { OrderItem } from "../orders/order-item.entity";
import { readFacts } from "../orders/order-facts";
import { OrderStatus, REQUIREMENTS } from "../orders/order-status";
import type { ChangeBy, OrderService } from "../orders/order.service";
import { Order } from "../orders/order.entity";
import { PermanentError, RetryableError, type Outbox } from "../outbox/outbox.service";
import type { OutboxJob } from "../outbox/outbox-job.entity";
import { Shipment } from "./shipment.entity";
import { ShippingType } from "./shipping-type";

export const MANUAL_GUIDE_JOB = "claroshop.manualGuide";

export interface GuideInput {
  orderId: number;
  type: ShippingType;
  carrier?: string | null;
  trackingNumber?: string | null;
  idempotencyKey?: string | null;
}

const TRACKING = /^[A-Za-z0-9-]{6,40}$/;

/** What a marketplace failure means to the person who clicked. */
export function marketplaceError(err: unknown, what: string): Error {
  if (err instanceof MarketplaceUnavailableError) {
    return new AppError("MARKETPLACE_UNAVAILABLE", `Claro Shop no responde; ${what} no se completó. Inténtalo de nuevo en unos minutos.`);
  }
  if (err instanceof MarketplaceRejectedError) return badInput(`Claro Shop rechazó ${what}: ${err.message}`);
  return err instanceof Error ? err : new Error(String(err));
}

export class ShippingService {
  constructor(
    private readonly db: Database,
    private readonly orders: OrderService,
    private readonly gateways: MarketplaceGateways,
    private readonly outbox: Outbox,
    private readonly storage: FileStorage,
  ) {
    outbox.register(MANUAL_GUIDE_JOB, (job) => this.reportManualGuide(job));
  }

  async generateGuide(input: GuideInput, by: ChangeBy): Promise<Order> {
    const key = input.idempotencyKey?.trim().slice(0, 100) || null;
    const order = await this.db.dataSource.getRepository(Order).findOneBy({ id: input.orderId });
    if (!order) throw notFound("El pedido");
    const existing = await this.db.dataSource.getRepository(Shipment).findOneBy({ orderId: order.id });
    if (existing) {
      // A repeated request returns the first result, never a second guide.
      if (key && existing.idempotencyKey === key) return order;
      throw new AppError("ILLEGAL_TRANSITION", "El pedido ya tiene guía.", { from: order.status, to: OrderStatus.SHIPPED, action: "generateGuide" });
    }
    if (order.status !== OrderStatus.PENDING) {
      throw new AppError("ILLEGAL_TRANSITION", `Solo un pedido pendiente puede embarcarse (está ${order.status}).`, {
        from: order.status,
        to: OrderStatus.SHIPPED,
        action: "generateGuide",
      });
    }
    // Checked before asking Claro Shop for anything: a guide for an order we cannot ship is waste.
    const facts = await readFacts(this.db.dataSource.manager, order);
    if (!REQUIREMENTS.SALES_ORDER.isMet(facts)) {
      throw new AppError("REQUIREMENTS_MISSING", "Falta generar el pedido interno.", { missing: ["SALES_ORDER"] });
    }
    const lineIds = [...new Set((await this.db.dataSource.getRepository(OrderItem).findBy({ orderId: order.id })).map((i) => i.lineId))];
    return input.type === ShippingType.AUTOMATIC
      ? this.automatic(order, lineIds, key, by)
      : this.manual(order, lineIds, input, key, by);
  }

  private async automatic(order: Order, lineIds: string[], key: string | null, by: ChangeBy): Promise<Order> {
    const gateway = this.gateways.for(order.accountId);
    let guide: GuideResult;
    try {
      guide = await gateway.requestGuide({
        marketplaceOrderId: order.marketplaceOrderId,
        type: "AUTOMATIC",
        lineIds,
        // One key per order: asking again (a retry, a second click) gets the same guide back.
        idempotencyKey: `guide:${order.accountId}:${order.marketplaceOrderId}`,
      });
    } catch (err) {
      throw marketplaceError(err, "la guía");
    }
    if (!guide.trackingNumber) {
      throw new AppError("MARKETPLACE_UNAVAILABLE", "Claro Shop aún no asigna el número de guía; inténtalo de nuevo en un momento.");
    }
    const labelUploadId = await this.storeLabel(order, by);
    return inTransaction(this.db, async (tx) => {
      await tx.manager.insert(Shipment, {
        orderId: order.id,
        type: ShippingType.AUTOMATIC,
        carrier: guide.carrier.slice(0, 80) || "FedEx",
        trackingNumber: guide.trackingNumber,
        labelUploadId,
        shippedAt: new Date(),
        idempotencyKey: key,
      });
      return this.orders.transition(tx, {
        orderId: order.id,
        to: OrderStatus.SHIPPED,
        action: "generateGuide",
        note: `Guía automática ${guide.carrier} ${guide.trackingNumber}`,
        set: { shippingType: ShippingType.AUTOMATIC },
        ...by,
      });
    });
  }

  /** The label is a convenience: when Claro Shop cannot give it now, the guide still stands. */
  private async storeLabel(order: Order, by: ChangeBy): Promise<number | null> {
    try {
      const label = await this.gateways.for(order.accountId).getLabel(order.marketplaceOrderId);
      if (!label) return null;
      const storageKey = await this.storage.put(label.data);
      const extension = label.contentType === "application/pdf" ? "pdf" : label.contentType === "image/png" ? "png" : "jpg";
      const upload = await this.db.dataSource.getRepository(Upload).save({
        storageKey,
        fileName: `guia-${order.marketplaceOrderId}.${extension}`,
        contentType: label.contentType,
        size: label.data.length,
        uploadedBy: by.actor,
        createdAt: new Date(),
      });
      return upload.id;
    } catch (err) {
      console.warn(`[shipping] label for order ${order.id} not stored: ${err instanceof Error ? err.name : "error"}`);
      return null;
    }
  }

  private async manual(order: Order, lineIds: string[], input: GuideInput, key: string | null, by: ChangeBy): Promise<Order> {
    const carrier = input.carrier?.trim() ?? "";
    const tracking = input.trackingNumber?.trim() ?? "";
    if (!carrier || carrier.length > 80) throw badInput("Indica la paquetería (hasta 80 caracteres).", "carrier");
    if (!TRACKING.test(tracking)) {
      throw badInput("El número de rastreo debe tener de 6 a 40 letras, números o guiones.", "trackingNumber");
    }
    return inTransaction(this.db, async (tx) => {
      await tx.manager.insert(Shipment, {
        orderId: order.id,
        type: ShippingType.MANUAL,
        carrier,
        trackingNumber: tracking,
        labelUploadId: null,
        shippedAt: new Date(),
        idempotencyKey: key,
      });
      const shipped = await this.orders.transition(tx, {
        orderId: order.id,
        to: OrderStatus.SHIPPED,
        action: "generateGuide",
        note: `Guía manual ${carrier} ${tracking}`,
        set: { shippingType: ShippingType.MANUAL },
        ...by,
      });
      await this.outbox.enqueue(tx, {
        kind: MANUAL_GUIDE_JOB,
        orderId: order.id,
        payload: { accountId: order.accountId, marketplaceOrderId: order.marketplaceOrderId, carrier, trackingNumber: tracking, lineIds },
        idempotencyKey: `guide:${order.accountId}:${order.marketplaceOrderId}`,
      });
      return shipped;
    });
  }

  private async reportManualGuide(job: OutboxJob): Promise<void> {
    const p = job.payload as { accountId: number; marketplaceOrderId: string; carrier: string; trackingNumber: string; lineIds: string[] };
    try {
      await this.gateways.for(p.accountId).requestGuide({
        marketplaceOrderId: p.marketplaceOrderId,
        type: "MANUAL",
        carrier: p.carrier,
        trackingNumber: p.trackingNumber,
        lineIds: p.lineIds,
        idempotencyKey: job.idempotencyKey,
      });
    } catch (err) {
      if (err instanceof MarketplaceRejectedError) throw new PermanentError(`Claro Shop rechazó la guía manual: ${err.message}`);
      throw new RetryableError(err instanceof MarketplaceUnavailableError ? "Claro Shop no responde" : "Error al reportar la guía");
    }
  }
}
