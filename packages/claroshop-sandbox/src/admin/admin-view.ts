import { orderTotalCents } from "../legacy/order-rows";
import type { OrderStore } from "../orders/order-store";
import type { SandboxOrder } from "../orders/order.types";

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

/** The sandbox's own view of an order (quantities and integer cents), for tests and tools. */
export function adminOrderView(store: OrderStore, order: SandboxOrder): Record<string, unknown> {
  const s = order.shipment;
  return {
    nopedido: order.nopedido,
    status: order.status,
    placedAt: iso(order.placedAt),
    authorizedAt: iso(order.authorizedAt),
    channel: order.channel,
    transactionId: order.transactionId,
    totalCents: orderTotalCents(order),
    shipping: order.shipping,
    lines: order.lines.map((l) => ({ ...l })),
    shipment: s
      ? { ...s, createdAt: iso(s.createdAt), guideReadyAt: iso(s.guideReadyAt), visibleGuide: store.visibleGuide(order) }
      : null,
    deliveredAt: iso(order.deliveredAt),
    cancelledAt: iso(order.cancelledAt),
    evidence: order.evidence.map((e) => ({ ...e, at: iso(e.at) })),
    history: order.history.map((h) => ({ ...h, at: iso(h.at) })),
    comments: order.comments.map((c) => ({ ...c, at: iso(c.at) })),
  };
}

export function adminOrderSummary(store: OrderStore, order: SandboxOrder): Record<string, unknown> {
  return {
    nopedido: order.nopedido,
    status: order.status,
    placedAt: iso(order.placedAt),
    lines: order.lines.length,
    units: order.lines.reduce((n, l) => n + l.quantity, 0),
    totalCents: orderTotalCents(order),
    guide: store.visibleGuide(order),
    carrier: order.shipment?.carrier ?? null,
  };
}
