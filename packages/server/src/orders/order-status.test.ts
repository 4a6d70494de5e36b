import { EvidenceKind } from "../evidence/evidence-kind";
import { InvoiceState } from "../invoicing/invoice-state";
import { ShippingType } from "../shipping/shipping-type";
import { nextActions } from "./order-actions";
import {
  checkTransition,
  isFinal,
  ORDER_STATUSES,
  OrderStatus,
  statusRank,
  transitionsBetween,
  type ChangeSource,
  type OrderFacts,
} from "./order-status";

const { PENDING, SHIPPED, DELIVERED, CANCELLED } = OrderStatus;

const blank = (status: OrderStatus): OrderFacts => ({
  status,
  shippingType: null,
  hasSalesOrder: false,
  carrier: null,
  trackingNumber: null,
  invoiceState: null,
  invoicePaid: false,
  evidenceKinds: [],
  evidenceSubmission: null,
});

const complete = (status: OrderStatus, shippingType = ShippingType.MANUAL): OrderFacts => ({
  status,
  shippingType,
  hasSalesOrder: true,
  carrier: "Estafeta",
  trackingNumber: "123",
  invoiceState: InvoiceState.ISSUED,
  invoicePaid: true,
  evidenceKinds: [EvidenceKind.INVOICE, EvidenceKind.DELIVERY_PHOTO],
  evidenceSubmission: null,
});

/** Every (from, to) pair and the actions that may take it, by source. The table under test. */
const EXPECTED: Record<OrderStatus, Record<OrderStatus, Partial<Record<ChangeSource, string[]>>>> = {
  PENDING: {
    PENDING: {},
    SHIPPED: { api: ["generateGuide"], outbox: ["generateGuide"], sync: ["marketplaceShipped"] },
    DELIVERED: { sync: ["marketplaceDelivered"] },
    CANCELLED: { api: ["cancelOrder"], sync: ["marketplaceCancelled"] },
  },
  SHIPPED: {
    PENDING: {},
    SHIPPED: {},
    DELIVERED: { outbox: ["sendEvidence"], sync: ["marketplaceDelivered"] },
    CANCELLED: { sync: ["marketplaceCancelled"] },
  },
  DELIVERED: { PENDING: {}, SHIPPED: {}, DELIVERED: {}, CANCELLED: {} },
  CANCELLED: { PENDING: {}, SHIPPED: {}, DELIVERED: {}, CANCELLED: {} },
};

const ACTIONS = ["generateGuide", "marketplaceShipped", "sendEvidence", "marketplaceDelivered", "cancelOrder", "marketplaceCancelled"];
const SOURCES: ChangeSource[] = ["api", "sync", "outbox"];

describe("order state machine", () => {
  const pairs = ORDER_STATUSES.flatMap((from) => ORDER_STATUSES.map((to) => [from, to] as const));

  it.each(pairs)("%s -> %s allows exactly the expected actions per source", (from, to) => {
    for (const source of SOURCES) {
      const allowed = ACTIONS.filter((action) => checkTransition(complete(from), to, action, source).ok);
      expect({ source, allowed }).toEqual({ source, allowed: EXPECTED[from][to][source] ?? [] });
    }
    const anyAllowed = Object.values(EXPECTED[from][to]).some((a) => a.length > 0);
    expect(transitionsBetween(from, to).length > 0).toBe(anyAllowed);
  });

  it("refuses an illegal move with ILLEGAL_TRANSITION", () => {
    const check = checkTransition(complete(DELIVERED), PENDING, "marketplaceShipped", "sync");
    expect(check).toMatchObject({ ok: false, reason: "ILLEGAL_TRANSITION" });
  });

  it("lists what generateGuide is missing", () => {
    const check = checkTransition(blank(PENDING), SHIPPED, "generateGuide", "api");
    expect(check).toEqual({ ok: false, reason: "REQUIREMENTS_MISSING", missing: ["SALES_ORDER", "SHIPPING_TYPE", "TRACKING"] });
  });

  it("requires a delivery photo for MANUAL shipping only", () => {
    const manual = { ...complete(SHIPPED, ShippingType.MANUAL), evidenceKinds: [EvidenceKind.INVOICE] };
    const automatic = { ...complete(SHIPPED, ShippingType.AUTOMATIC), evidenceKinds: [EvidenceKind.INVOICE] };
    expect(checkTransition(manual, DELIVERED, "sendEvidence", "outbox")).toEqual({
      ok: false,
      reason: "REQUIREMENTS_MISSING",
      missing: ["DELIVERY_PHOTO"],
    });
    expect(checkTransition(automatic, DELIVERED, "sendEvidence", "outbox").ok).toBe(true);
  });

  it("lists each evidence requirement when missing", () => {
    const facts: OrderFacts = { ...blank(SHIPPED), shippingType: ShippingType.MANUAL, hasSalesOrder: true };
    expect(checkTransition(facts, DELIVERED, "sendEvidence", "outbox")).toMatchObject({
      missing: ["INVOICE_ISSUED", "INVOICE_PAID", "INVOICE_EVIDENCE", "DELIVERY_PHOTO"],
    });
  });

  it("knows the final statuses and never ranks a later status lower", () => {
    expect(ORDER_STATUSES.filter(isFinal)).toEqual([DELIVERED, CANCELLED]);
    expect(statusRank(PENDING)).toBeLessThan(statusRank(SHIPPED));
    expect(statusRank(SHIPPED)).toBeLessThan(statusRank(DELIVERED));
  });
});

describe("next actions", () => {
  it("offers generating the sales order first and blocks the guide until then", () => {
    expect(nextActions(blank(PENDING))).toEqual([
      { action: "generateOrder", enabled: true, missing: [] },
      { action: "generateGuide", enabled: false, missing: ["SALES_ORDER"] },
      { action: "createInvoice", enabled: true, missing: [] },
      { action: "cancelOrder", enabled: true, missing: [] },
    ]);
  });

  it("lists what sendEvidence still needs on a shipped order", () => {
    const facts: OrderFacts = { ...complete(SHIPPED), invoicePaid: false, evidenceKinds: [EvidenceKind.INVOICE] };
    const send = nextActions(facts).find((a) => a.action === "sendEvidence");
    expect(send).toEqual({ action: "sendEvidence", enabled: false, missing: ["INVOICE_PAID", "DELIVERY_PHOTO"] });
  });

  it("offers nothing on a cancelled order", () => {
    expect(nextActions(blank(CANCELLED))).toEqual([]);
  });
});
