/**
 * THE order state machine: statuses, the transition table and the requirements each transition
 * checks. Pure: no I/O. Every status change goes through OrderService.transition, which consults
 * this table; the workflow diagram in the app is drawn from it through the `orderWorkflow` query.
 */
import { EvidenceKind, EvidenceSubmissionState } from "../evidence/evidence-kind";
import { InvoiceState } from "../invoicing/invoice-state";
import { ShippingType } from "../shipping/shipping-type";

export enum OrderStatus {
  PENDING = "PENDING",
  SHIPPED = "SHIPPED",
  DELIVERED = "DELIVERED",
  CANCELLED = "CANCELLED",
}

export const ORDER_STATUSES: readonly OrderStatus[] = [
  OrderStatus.PENDING,
  OrderStatus.SHIPPED,
  OrderStatus.DELIVERED,
  OrderStatus.CANCELLED,
];

/** Who asked for a change: a person or key through the API, the marketplace sync, or the outbox worker. */
export type ChangeSource = "api" | "sync" | "outbox";

/** A plain snapshot of what is known about an order, read in the same transaction as the change. */
export interface OrderFacts {
  status: OrderStatus;
  shippingType: ShippingType | null;
  hasSalesOrder: boolean;
  carrier: string | null;
  trackingNumber: string | null;
  invoiceState: InvoiceState | null;
  invoicePaid: boolean;
  evidenceKinds: readonly EvidenceKind[];
  evidenceSubmission: EvidenceSubmissionState | null;
}

export interface Requirement {
  /** Stable code shown to clients in `missing` lists. */
  code: string;
  description: string;
  isMet(facts: OrderFacts): boolean;
}

const requirement = (code: string, description: string, isMet: (f: OrderFacts) => boolean): Requirement => ({
  code,
  description,
  isMet,
});

export const REQUIREMENTS = {
  SALES_ORDER: requirement("SALES_ORDER", "The internal sales order is generated", (f) => f.hasSalesOrder),
  SHIPPING_TYPE: requirement("SHIPPING_TYPE", "A shipping type is chosen", (f) => f.shippingType !== null),
  TRACKING: requirement(
    "TRACKING",
    "Carrier and tracking number are known",
    (f) => !!f.carrier && !!f.trackingNumber,
  ),
  INVOICE_ISSUED: requirement("INVOICE_ISSUED", "The invoice is issued", (f) => f.invoiceState === InvoiceState.ISSUED),
  INVOICE_PAID: requirement("INVOICE_PAID", "Payments cover the invoice total", (f) => f.invoicePaid),
  INVOICE_EVIDENCE: requirement("INVOICE_EVIDENCE", "The invoice is attached as evidence", (f) =>
    f.evidenceKinds.includes(EvidenceKind.INVOICE),
  ),
  DELIVERY_PHOTO: requirement(
    "DELIVERY_PHOTO",
    "A delivery photo is attached (manual shipping only)",
    (f) => f.shippingType !== ShippingType.MANUAL || f.evidenceKinds.includes(EvidenceKind.DELIVERY_PHOTO),
  ),
} as const;

const EVIDENCE_REQUIREMENTS = [
  REQUIREMENTS.INVOICE_ISSUED,
  REQUIREMENTS.INVOICE_PAID,
  REQUIREMENTS.INVOICE_EVIDENCE,
  REQUIREMENTS.DELIVERY_PHOTO,
];

export interface Transition {
  from: OrderStatus;
  to: OrderStatus;
  action: string;
  sources: readonly ChangeSource[];
  requirements: readonly Requirement[];
}

const { PENDING, SHIPPED, DELIVERED, CANCELLED } = OrderStatus;

/** The marketplace is the authority on its own status changes: those transitions check nothing. */
export const TRANSITIONS: readonly Transition[] = [
  {
    from: PENDING,
    to: SHIPPED,
    action: "generateGuide",
    sources: ["api", "outbox"],
    requirements: [REQUIREMENTS.SALES_ORDER, REQUIREMENTS.SHIPPING_TYPE, REQUIREMENTS.TRACKING],
  },
  { from: PENDING, to: SHIPPED, action: "marketplaceShipped", sources: ["sync"], requirements: [] },
  { from: SHIPPED, to: DELIVERED, action: "sendEvidence", sources: ["outbox"], requirements: EVIDENCE_REQUIREMENTS },
  { from: SHIPPED, to: DELIVERED, action: "marketplaceDelivered", sources: ["sync"], requirements: [] },
  { from: PENDING, to: DELIVERED, action: "marketplaceDelivered", sources: ["sync"], requirements: [] },
  { from: PENDING, to: CANCELLED, action: "cancelOrder", sources: ["api"], requirements: [] },
  { from: PENDING, to: CANCELLED, action: "marketplaceCancelled", sources: ["sync"], requirements: [] },
  { from: SHIPPED, to: CANCELLED, action: "marketplaceCancelled", sources: ["sync"], requirements: [] },
];

export function findTransition(from: OrderStatus, to: OrderStatus, action: string): Transition | undefined {
  return TRANSITIONS.find((t) => t.from === from && t.to === to && t.action === action);
}

export function transitionsBetween(from: OrderStatus, to: OrderStatus): Transition[] {
  return TRANSITIONS.filter((t) => t.from === from && t.to === to);
}

export function missingRequirements(transition: Transition, facts: OrderFacts): string[] {
  return transition.requirements.filter((r) => !r.isMet(facts)).map((r) => r.code);
}

/** The requirements sendEvidence checks before it queues anything; also its `missing` list. */
export function evidenceRequirementsMissing(facts: OrderFacts): string[] {
  return EVIDENCE_REQUIREMENTS.filter((r) => !r.isMet(facts)).map((r) => r.code);
}

export type TransitionCheck =
  | { ok: true; transition: Transition }
  | { ok: false; reason: "ILLEGAL_TRANSITION"; message: string }
  | { ok: false; reason: "REQUIREMENTS_MISSING"; missing: string[] };

/** Decides whether `action` may move an order with these facts to `to` when asked by `source`. */
export function checkTransition(
  facts: OrderFacts,
  to: OrderStatus,
  action: string,
  source: ChangeSource,
): TransitionCheck {
  const transition = findTransition(facts.status, to, action);
  if (!transition || !transition.sources.includes(source)) {
    return {
      ok: false,
      reason: "ILLEGAL_TRANSITION",
      message: `${action} cannot move an order from ${facts.status} to ${to}`,
    };
  }
  const missing = missingRequirements(transition, facts);
  if (missing.length > 0) return { ok: false, reason: "REQUIREMENTS_MISSING", missing };
  return { ok: true, transition };
}

/** Statuses no transition leaves. */
export function isFinal(status: OrderStatus): boolean {
  return !TRANSITIONS.some((t) => t.from === status);
}

/** A rank that only grows along the workflow: a sync never moves an order to a lower rank. */
export function statusRank(status: OrderStatus): number {
  switch (status) {
    case PENDING:
      return 0;
    case SHIPPED:
      return 1;
    case DELIVERED:
    case CANCELLED:
      return 2;
  }
}
