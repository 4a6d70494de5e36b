import type { EntityManager } from "typeorm";
import { SalesOrder } from "../catalog/sales-order.entity";
import { EvidenceSubmission } from "../evidence/evidence-submission.entity";
import { Evidence } from "../evidence/evidence.entity";
import { Invoice } from "../invoicing/invoice.entity";
import { Payment } from "../invoicing/payment.entity";
import { Shipment } from "../shipping/shipment.entity";
import type { Loaders } from "../graphql/loaders";
import type { Order } from "./order.entity";
import type { OrderFacts } from "./order-status";

export interface FactSources {
  salesOrder: SalesOrder | null;
  shipment: Shipment | null;
  invoice: Invoice | null;
  payments: Payment[];
  evidence: Evidence[];
  submission: EvidenceSubmission | null;
}

export function isPaid(invoice: Invoice | null, payments: Payment[]): boolean {
  if (!invoice) return false;
  return payments.reduce((sum, p) => sum + p.amountCents, 0) >= invoice.totalCents;
}

export function toFacts(order: Order, s: FactSources): OrderFacts {
  return {
    status: order.status,
    shippingType: s.shipment?.type ?? order.shippingType,
    hasSalesOrder: s.salesOrder !== null,
    carrier: s.shipment?.carrier ?? null,
    trackingNumber: s.shipment?.trackingNumber ?? null,
    invoiceState: s.invoice?.state ?? null,
    invoicePaid: isPaid(s.invoice, s.payments),
    evidenceKinds: [...new Set(s.evidence.map((e) => e.kind))],
    evidenceSubmission: s.submission?.state ?? null,
  };
}

/** The facts as the transaction sees them, for the state machine's requirement checks. */
export async function readFacts(manager: EntityManager, order: Order): Promise<OrderFacts> {
  const orderId = order.id;
  const [salesOrder, shipment, invoice, evidence, submission] = await Promise.all([
    manager.findOneBy(SalesOrder, { orderId }),
    manager.findOneBy(Shipment, { orderId }),
    manager.findOneBy(Invoice, { orderId }),
    manager.findBy(Evidence, { orderId }),
    manager.findOneBy(EvidenceSubmission, { orderId }),
  ]);
  const payments = invoice ? await manager.findBy(Payment, { invoiceId: invoice.id }) : [];
  return toFacts(order, { salesOrder, shipment, invoice, payments, evidence, submission });
}

/** The same facts through the request's loaders (batched across a page of orders). */
export async function loadFacts(loaders: Loaders, order: Order): Promise<OrderFacts> {
  const [salesOrder, shipment, invoice, evidence, submission] = await Promise.all([
    loaders.salesOrderByOrder.load(order.id),
    loaders.shipmentByOrder.load(order.id),
    loaders.invoiceByOrder.load(order.id),
    loaders.evidenceByOrder.load(order.id),
    loaders.submissionByOrder.load(order.id),
  ]);
  const payments = invoice ? await loaders.paymentsByInvoice.load(invoice.id) : [];
  return toFacts(order, { salesOrder, shipment, invoice, payments, evidence, submission });
}
