import { createPrng, type Prng } from "../random/prng";
import { DEFAULT_AUTOMATIC_CARRIER } from "../marketplace-guesses";
import { MANUAL_CARRIERS } from "./mexican-data";
import { guideNumber, IdSequence, randomAddress, randomLines, randomTransactionId } from "./order-factory";
import type { OrderStatus, SandboxOrder, Shipment } from "./order.types";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const SPREAD_DAYS = 30;
/** Every this-many orders one line is forced outside the catalogue, so small seeds show it too. */
const FORCED_UNKNOWN_EVERY = 9;

export interface GenerateOptions {
  seed: number;
  count: number;
  nowMs: number;
  automaticCarrier?: string;
}

/** Sequences for new ids, continued after the generated ones (admin-created orders use them). */
export interface IdSequences {
  orders: IdSequence;
  lines: IdSequence;
}

export function createIdSequences(seed: number): IdSequences {
  const rng = createPrng(seed, "id-base");
  return {
    orders: new IdSequence(41_000_000 + rng.int(0, 900_000), 57),
    lines: new IdSequence(8_200_000 + rng.int(0, 600_000), 9),
  };
}

/** Shares of the seeded orders past "Pendiente"; the rest stay pending. */
const DELIVERED_SHARE = 0.2;
const SHIPPED_SHARE = 0.15;
const SUPPLIER_SHARE = 0.05;

/**
 * Fixed shares (so even a small seed shows every status) given mostly to older orders:
 * the oldest-weighted scores take "Entregado" first, then "Embarcado", then the supplier status.
 */
function seededStatuses(rng: Prng, placements: number[], nowMs: number): OrderStatus[] {
  const scores = placements.map((placedAt) => ((nowMs - placedAt) / (SPREAD_DAYS * DAY)) * 0.5 + rng.next() * 0.5);
  const ranked = placements.map((_, i) => i).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0));
  const n = placements.length;
  const delivered = Math.round(n * DELIVERED_SHARE);
  const shipped = delivered + Math.round(n * SHIPPED_SHARE);
  const supplier = shipped + Math.round(n * SUPPLIER_SHARE);
  const statuses: OrderStatus[] = placements.map(() => "Pendiente");
  ranked.forEach((index, rank) => {
    if (rank < delivered) statuses[index] = "Entregado";
    else if (rank < shipped) statuses[index] = "Embarcado";
    else if (rank < supplier) statuses[index] = "Por embarcar con Proveedor";
  });
  return statuses;
}

function seededShipment(rng: Prng, order: SandboxOrder, nowMs: number, automaticCarrier: string): Shipment {
  const latest = Math.min(nowMs, order.placedAt + 3 * DAY);
  const createdAt = rng.int(Math.min(order.placedAt + 4 * HOUR, latest), latest);
  const automatic = rng.chance(0.75);
  const carrier = automatic ? automaticCarrier : rng.pick(MANUAL_CARRIERS);
  return {
    type: automatic ? "automatica" : "manual",
    carrier,
    guide: guideNumber(rng, carrier),
    createdAt,
    guideReadyAt: createdAt,
    lineIds: order.lines.map((l) => l.id),
  };
}

/** Same seed and clock -> the same orders; placement spread over the last 30 days. */
export function generateOrders(options: GenerateOptions, ids: IdSequences): SandboxOrder[] {
  const rng = createPrng(options.seed, "orders");
  const carrier = options.automaticCarrier ?? DEFAULT_AUTOMATIC_CARRIER;
  const placements: number[] = [];
  for (let i = 0; i < options.count; i++) {
    placements.push(options.nowMs - Math.floor(rng.next() * SPREAD_DAYS * DAY));
  }
  placements.sort((a, b) => a - b);
  const statuses = seededStatuses(rng, placements, options.nowMs);

  return placements.map((placedAt, index) => {
    const channel = rng.chance(0.8) ? "CS" : "SR";
    const forceUnknown = index % FORCED_UNKNOWN_EVERY === FORCED_UNKNOWN_EVERY - 2;
    const authorizedAt = Math.min(options.nowMs, placedAt + rng.int(60_000, 2 * HOUR));
    const order: SandboxOrder = {
      nopedido: ids.orders.next(rng),
      status: "Pendiente",
      placedAt,
      authorizedAt,
      channel,
      transactionId: randomTransactionId(rng),
      shipping: randomAddress(rng),
      lines: randomLines(rng, ids.lines, channel, forceUnknown),
      shipment: null,
      deliveredAt: null,
      cancelledAt: null,
      comments: [{ at: authorizedAt, user: "Sistema", text: "Pago autorizado" }],
      evidence: [],
      history: [{ at: placedAt, from: null, to: "Pendiente", reason: "colocado" }],
    };
    const status = statuses[index] ?? "Pendiente";
    if (status === "Por embarcar con Proveedor") {
      order.status = status;
      order.history.push({ at: authorizedAt, from: "Pendiente", to: status, reason: "asignado a proveedor" });
    }
    if (status === "Embarcado" || status === "Entregado") {
      const shipment = seededShipment(rng, order, options.nowMs, carrier);
      order.shipment = shipment;
      order.status = "Embarcado";
      order.history.push({ at: shipment.createdAt, from: "Pendiente", to: "Embarcado", reason: "guía asignada" });
    }
    if (status === "Entregado" && order.shipment) {
      const deliveredAt = Math.min(options.nowMs, order.shipment.createdAt + rng.int(1, 5) * DAY);
      order.status = "Entregado";
      order.deliveredAt = deliveredAt;
      order.history.push({ at: deliveredAt, from: "Embarcado", to: "Entregado", reason: "entregado" });
    }
    return order;
  });
}
