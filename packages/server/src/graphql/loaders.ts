import { Product } from "../catalog/product.entity";
import { SalesOrder } from "../catalog/sales-order.entity";
import { SkuMapping } from "../catalog/sku-mapping.entity";
import type { Database } from "../db/data-source";
import { manyBy, oneBy } from "../db/loader-utils";
import { EvidenceSubmission } from "../evidence/evidence-submission.entity";
import { Evidence } from "../evidence/evidence.entity";
import { Invoice } from "../invoicing/invoice.entity";
import { Payment } from "../invoicing/payment.entity";
import { OrderEvent } from "../orders/order-event.entity";
import { OrderItem } from "../orders/order-item.entity";
import { Order } from "../orders/order.entity";
import { Shipment } from "../shipping/shipment.entity";

/** Built fresh for every request (and every subscription event): a cache must not outlive it. */
export function createLoaders(db: Database) {
  return {
    order: oneBy(db, Order, "id"),
    itemsByOrder: manyBy(db, OrderItem, "orderId", { id: "ASC" }),
    historyByOrder: manyBy(db, OrderEvent, "orderId", { at: "ASC", id: "ASC" }),
    salesOrderByOrder: oneBy(db, SalesOrder, "orderId"),
    shipmentByOrder: oneBy(db, Shipment, "orderId"),
    invoiceByOrder: oneBy(db, Invoice, "orderId"),
    paymentsByInvoice: manyBy(db, Payment, "invoiceId", { paidAt: "ASC", id: "ASC" }),
    evidenceByOrder: manyBy(db, Evidence, "orderId", { uploadedAt: "ASC", id: "ASC" }),
    submissionByOrder: oneBy(db, EvidenceSubmission, "orderId"),
    product: oneBy(db, Product, "id"),
    productBySku: oneBy(db, Product, "sku"),
    mappingBySku: oneBy(db, SkuMapping, "marketplaceSku"),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
