/**
 * Demo data for a first start, the tests and the benchmarks: a sandbox account, a small catalog
 * and orders at every stage of the workflow. Deterministic: the same call writes the same data.
 */
import { SANDBOX_PRODUCTS, SANDBOX_UNKNOWN_SKUS } from "@pedidos/claroshop-sandbox";
import { In } from "typeorm";
import { Product } from "../catalog/product.entity";
import { SalesOrder } from "../catalog/sales-order.entity";
import type { Database } from "../db/data-source";
import { inTransaction } from "../db/transaction";
import { EvidenceKind, EvidenceSubmissionState } from "../evidence/evidence-kind";
import { EvidenceSubmission } from "../evidence/evidence-submission.entity";
import { Evidence } from "../evidence/evidence.entity";
import { Upload } from "../evidence/upload.entity";
import { InvoiceState } from "../invoicing/invoice-state";
import { Invoice } from "../invoicing/invoice.entity";
import { Payment } from "../invoicing/payment.entity";
import type { MarketplaceAccount } from "../marketplace/marketplace-account.entity";
import { ensureDefaultAccount } from "../marketplace/marketplace-accounts";
import { OrderEvent } from "../orders/order-event.entity";
import { LineIssueCode, OrderItem } from "../orders/order-item.entity";
import { OrderStatus } from "../orders/order-status";
import { Order } from "../orders/order.entity";
import { Shipment } from "../shipping/shipment.entity";
import { ShippingType } from "../shipping/shipping-type";

/** The sandbox marketplace's listings, so synced orders match the demo catalog; some out of stock. */
export const DEMO_PRODUCTS = SANDBOX_PRODUCTS.map((p, i) => ({
  sku: p.sku,
  name: p.name,
  priceCents: p.price,
  stock: i % 7 === 4 ? 0 : 5 + ((i * 7) % 30),
}));

/** A SKU the seller never registered. */
export const DEMO_UNKNOWN_SKU = SANDBOX_UNKNOWN_SKUS[0];

const NAMES = [
  "María Guadalupe Hernández",
  "José Luis Martínez",
  "Ana Sofía Ramírez",
  "Juan Carlos López",
  "Fernanda García Torres",
  "Luis Ángel Sánchez",
  "Daniela Flores Cruz",
  "Miguel Ángel Reyes",
];
const PLACES = [
  { city: "Ciudad de México", state: "CDMX", municipality: "Coyoacán", neighborhood: "Del Carmen", postalCode: "04100" },
  { city: "Guadalajara", state: "Jalisco", municipality: "Guadalajara", neighborhood: "Americana", postalCode: "44160" },
  { city: "Monterrey", state: "Nuevo León", municipality: "Monterrey", neighborhood: "Obispado", postalCode: "64060" },
  { city: "Puebla", state: "Puebla", municipality: "Puebla", neighborhood: "La Paz", postalCode: "72160" },
];

export type DemoStage = "pending" | "pendingIssue" | "shipped" | "invoiced" | "delivered" | "cancelled";

const STAGES: DemoStage[] = ["pending", "pendingIssue", "pending", "shipped", "invoiced", "delivered", "pending", "cancelled"];

export interface SeedOptions {
  count: number;
  /** Which stage order i is at; defaults to a realistic mix. */
  stage?: (i: number) => DemoStage;
  /** Order numbers start here (marketplace "nopedido"). */
  firstNumber?: number;
  now?: Date;
}

/** The sandbox's account (the first Claro Shop account, created when missing). */
export function ensureSandboxAccount(db: Database): Promise<MarketplaceAccount> {
  return ensureDefaultAccount(db, true);
}

export async function seedCatalog(db: Database): Promise<Product[]> {
  const repo = db.dataSource.getRepository(Product);
  await repo.upsert(
    DEMO_PRODUCTS.map((p) => ({ ...p, updatedAt: new Date() })),
    ["sku"],
  );
  return repo.find({ order: { id: "ASC" } });
}

/** Writes `count` orders in one transaction with bulk inserts; returns their ids. */
export async function seedOrders(db: Database, accountId: number, options: SeedOptions): Promise<number[]> {
  const products = await seedCatalog(db);
  const now = options.now ?? new Date();
  const stageOf = options.stage ?? ((i: number) => STAGES[i % STAGES.length]);
  const first = options.firstNumber ?? 70000000;
  return inTransaction(db, async ({ manager }) => {
    const upload = await manager.save(
      manager.create(Upload, {
        storageKey: `demo${String(first).padStart(28, "0")}`.slice(0, 32),
        fileName: "factura-demo.pdf",
        contentType: "application/pdf",
        size: 0,
        uploadedBy: "sistema",
        createdAt: now,
      }),
    );
    const orders: Partial<Order>[] = [];
    for (let i = 0; i < options.count; i++) {
      const stage = stageOf(i);
      const place = PLACES[i % PLACES.length];
      const name = NAMES[i % NAMES.length];
      const status =
        stage === "shipped" || stage === "invoiced"
          ? OrderStatus.SHIPPED
          : stage === "delivered"
            ? OrderStatus.DELIVERED
            : stage === "cancelled"
              ? OrderStatus.CANCELLED
              : OrderStatus.PENDING;
      orders.push({
        accountId,
        marketplace: "CLAROSHOP",
        marketplaceOrderId: String(first + i),
        status,
        marketplaceStatus: "",
        placedAt: new Date(now.getTime() - (i + 1) * 37 * 60 * 1000),
        customerName: name,
        shippingAddress: {
          recipient: name,
          street: `Av. Insurgentes ${100 + i}`,
          neighborhood: place.neighborhood,
          municipality: place.municipality,
          city: place.city,
          state: place.state,
          postalCode: place.postalCode,
          betweenStreets: null,
          notes: null,
          phone: null,
        },
        totalCents: 0,
        shippingType: status === OrderStatus.PENDING || status === OrderStatus.CANCELLED ? null : i % 2 ? ShippingType.MANUAL : ShippingType.AUTOMATIC,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
    }
    const ids: number[] = [];
    for (let start = 0; start < orders.length; start += 200) {
      const result = await manager.insert(Order, orders.slice(start, start + 200));
      ids.push(...result.identifiers.map((r) => Number(r.id)));
    }

    const items: Partial<OrderItem>[] = [];
    const totals = new Map<number, number>();
    ids.forEach((orderId, i) => {
      const stage = stageOf(i);
      const a = products[i % products.length];
      const b = products[(i + 2) % products.length];
      const lines = [
        { p: a, quantity: 1 + (i % 3) },
        ...(i % 4 === 0 ? [] : [{ p: b, quantity: 1 }]),
      ];
      lines.forEach(({ p, quantity }, n) => {
        const unknown = stage === "pendingIssue" && n === 0;
        items.push({
          orderId,
          lineId: `${orderId}${n}`,
          sku: unknown ? DEMO_UNKNOWN_SKU : p.sku,
          title: unknown ? "Artículo sin registrar" : p.name,
          quantity,
          unitPriceCents: p.priceCents,
          productId: stage === "pending" || stage === "pendingIssue" ? null : p.id,
          issue: unknown ? LineIssueCode.SKU_NOT_REGISTERED : null,
        });
        totals.set(orderId, (totals.get(orderId) ?? 0) + p.priceCents * quantity);
      });
    });
    for (let start = 0; start < items.length; start += 300) await manager.insert(OrderItem, items.slice(start, start + 300));
    for (const [orderId, total] of totals) await manager.update(Order, { id: orderId }, { totalCents: total });

    const salesOrders: Partial<SalesOrder>[] = [];
    const shipments: Partial<Shipment>[] = [];
    const invoices: Partial<Invoice>[] = [];
    const evidence: Partial<Evidence>[] = [];
    const submissions: Partial<EvidenceSubmission>[] = [];
    const events: Partial<OrderEvent>[] = [];
    ids.forEach((orderId, i) => {
      const stage = stageOf(i);
      const order = orders[i];
      events.push({ orderId, at: order.placedAt, from: null, to: OrderStatus.PENDING, action: "imported", actor: "sistema", source: "sync", note: null });
      if (stage === "pending" || stage === "pendingIssue") return;
      salesOrders.push({ orderId, folio: `PV-${String(orderId).padStart(6, "0")}`, generatedAt: now, generatedBy: "sistema", backorder: false });
      if (stage === "cancelled") {
        events.push({ orderId, at: now, from: OrderStatus.PENDING, to: OrderStatus.CANCELLED, action: "cancelOrder", actor: "admin@pedidos.local", source: "api", note: "Cliente desistió" });
        return;
      }
      shipments.push({
        orderId,
        type: order.shippingType as ShippingType,
        carrier: order.shippingType === ShippingType.MANUAL ? "Estafeta" : "FedEx",
        trackingNumber: String(7700000000 + i),
        labelUploadId: null,
        shippedAt: now,
        idempotencyKey: null,
      });
      events.push({ orderId, at: now, from: OrderStatus.PENDING, to: OrderStatus.SHIPPED, action: "generateGuide", actor: "sistema", source: "api", note: null });
      if (stage === "shipped") return;
      const total = totals.get(orderId) ?? 0;
      const subtotal = Math.round(total / 1.16);
      invoices.push({
        orderId,
        state: InvoiceState.ISSUED,
        series: "A",
        folio: String(orderId),
        receiverRfc: "XAXX010101000",
        receiverName: "PUBLICO EN GENERAL",
        cfdiUse: "S01",
        subtotalCents: subtotal,
        taxCents: total - subtotal,
        totalCents: total,
        uuid: null,
        pdfUploadId: null,
        issuedAt: now,
        createdAt: now,
      });
      evidence.push({ orderId, kind: EvidenceKind.INVOICE, uploadId: upload.id, fileName: upload.fileName, contentType: upload.contentType, uploadedAt: now });
      if (stage === "delivered") {
        submissions.push({ orderId, state: EvidenceSubmissionState.SENT, attempts: 1, lastError: null, sentAt: now, updatedAt: now });
        events.push({ orderId, at: now, from: OrderStatus.SHIPPED, to: OrderStatus.DELIVERED, action: "sendEvidence", actor: "sistema", source: "outbox", note: null });
      }
    });
    const chunks = async <T>(entity: new () => T, rows: Partial<T>[]) => {
      for (let start = 0; start < rows.length; start += 300) await manager.insert(entity, rows.slice(start, start + 300) as never);
    };
    await chunks(SalesOrder, salesOrders);
    await chunks(Shipment, shipments);
    await chunks(Invoice, invoices);
    await chunks(Evidence, evidence);
    await chunks(EvidenceSubmission, submissions);
    await chunks(OrderEvent, events);
    // Only this call's invoices: the chunks of order ids keep the IN lists short.
    const invoiceRows: Invoice[] = [];
    for (let start = 0; start < ids.length; start += 300) {
      invoiceRows.push(...(await manager.findBy(Invoice, { orderId: In(ids.slice(start, start + 300)) })));
    }
    const payments = invoiceRows.map((inv) => ({ invoiceId: inv.id, method: "03", amountCents: inv.totalCents, paidAt: now, reference: `SPEI-${inv.folio}` }));
    await chunks(Payment, payments);
    return ids;
  });
}
