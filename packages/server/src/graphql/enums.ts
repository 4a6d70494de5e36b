import { registerEnumType } from "type-graphql";
import { Role } from "../auth/role";
import { EvidenceKind, EvidenceSubmissionState } from "../evidence/evidence-kind";
import { InvoiceState } from "../invoicing/invoice-state";
import { LineIssueCode } from "../orders/order-item.entity";
import { OrderStatus } from "../orders/order-status";
import { ShippingType } from "../shipping/shipping-type";
import { SyncRunState } from "../sync/sync-run.entity";

registerEnumType(OrderStatus, {
  name: "OrderStatus",
  description: "Where an order is in the workflow.",
  valuesConfig: {
    PENDING: { description: "Pendiente: synced, not shipped yet." },
    SHIPPED: { description: "Embarcado: the guide and tracking number are complete." },
    DELIVERED: { description: "Entregado: the marketplace accepted the delivery evidence." },
    CANCELLED: { description: "Cancelado by the marketplace or by staff before shipping." },
  },
});
registerEnumType(ShippingType, {
  name: "ShippingType",
  description: "Who issues the shipping guide.",
  valuesConfig: {
    AUTOMATIC: { description: "Claro Shop issues the guide (FedEx by default)." },
    MANUAL: { description: "The seller's own carrier and tracking number." },
  },
});
registerEnumType(Role, {
  name: "Role",
  description: "What a user or API key may do.",
  valuesConfig: {
    ADMIN: { description: "Everything, including users, API keys and settings." },
    STAFF: { description: "The order workflow." },
    INTEGRATOR: { description: "The order workflow through the API; no user administration." },
  },
});
registerEnumType(EvidenceKind, {
  name: "EvidenceKind",
  description: "What an evidence file proves.",
  valuesConfig: {
    INVOICE: { description: "The invoice (PDF)." },
    DELIVERY_PHOTO: { description: "A photo of the delivery (manual shipping)." },
  },
});
registerEnumType(EvidenceSubmissionState, {
  name: "EvidenceSubmissionState",
  description: "Progress of the evidence upload to the marketplace.",
  valuesConfig: {
    QUEUED: { description: "Waiting to be sent (or being retried)." },
    SENT: { description: "Accepted by the marketplace." },
    FAILED: { description: "Gave up after the last attempt; can be retried." },
  },
});
registerEnumType(LineIssueCode, {
  name: "LineIssueCode",
  description: "Why a line blocks the automatic sales order.",
  valuesConfig: {
    SKU_NOT_REGISTERED: { description: "No product or SKU mapping matches the line's SKU." },
    OUT_OF_STOCK: { description: "The matched product has fewer units than the line needs." },
  },
});
registerEnumType(SyncRunState, {
  name: "SyncRunState",
  description: "State of a sync run.",
  valuesConfig: {
    RUNNING: { description: "In progress." },
    SUCCEEDED: { description: "Finished." },
    FAILED: { description: "Stopped with an error." },
  },
});
registerEnumType(InvoiceState, {
  name: "InvoiceState",
  description: "State of an invoice.",
  valuesConfig: {
    DRAFT: { description: "Being prepared; can still change." },
    ISSUED: { description: "Saved (grabada): frozen, with its PDF." },
  },
});
