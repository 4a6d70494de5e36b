import { createPrng, type Prng } from "../random/prng";
import { DEFAULT_AUTOMATIC_CARRIER } from "../marketplace-guesses";
import { findListing, type SandboxListing } from "./catalog";
import { guideNumber, lineFromListing, randomAddress, randomTransactionId } from "./order-factory";
import { createIdSequences, generateOrders, type IdSequences } from "./order-generator";
import { canTransition, IllegalTransitionError } from "./order-status";
import type {
  Channel, Evidence, GuideType, OrderStatus, SandboxOrder, ShippingAddress, Shipment,
} from "./order.types";

export class OrderNotFoundError extends Error {
  constructor(readonly nopedido: string) {
    super(`order ${nopedido} does not exist`);
    this.name = "OrderNotFoundError";
  }
}

export class DuplicateOrderError extends Error {
  constructor(readonly nopedido: string) {
    super(`order ${nopedido} already exists`);
    this.name = "DuplicateOrderError";
  }
}

export interface ShipRequest {
  type: GuideType;
  /** Manual guides: the seller's carrier and tracking number. Automatic: ignored. */
  carrier?: string;
  tracking?: string;
  /** The guide number stays hidden this long after shipping (automatic guides only). */
  guideDelayMs?: number;
  reason?: string;
}

export interface NewOrderLine {
  sku: string;
  quantity?: number;
  unitPriceCents?: number;
  title?: string;
}

export interface NewOrder {
  nopedido?: string;
  placedAt?: number;
  channel?: Channel;
  lines?: NewOrderLine[];
  shipping?: Partial<ShippingAddress>;
  shippingCents?: number;
}

export interface StoreSettings {
  seed: number;
  orderCount: number;
  automaticCarrier?: string;
}

/** All orders in memory, oldest first; the only place that changes an order's status. */
export class OrderStore {
  private orders = new Map<string, SandboxOrder>();
  private ordered: SandboxOrder[] = [];
  private byStatusCache = new Map<string, SandboxOrder[]>();
  private ids!: IdSequences;
  private rng!: Prng;
  private carrier = DEFAULT_AUTOMATIC_CARRIER;
  /** Bumped on every change; list caches key on it. */
  version = 0;

  constructor(
    private readonly nowMs: () => number,
    settings: StoreSettings,
  ) {
    this.reset(settings);
  }

  reset(settings: StoreSettings): void {
    this.carrier = settings.automaticCarrier ?? DEFAULT_AUTOMATIC_CARRIER;
    this.ids = createIdSequences(settings.seed);
    this.rng = createPrng(settings.seed, "runtime");
    const generated = generateOrders(
      { seed: settings.seed, count: settings.orderCount, nowMs: this.nowMs(), automaticCarrier: this.carrier },
      this.ids,
    );
    this.orders = new Map(generated.map((o) => [o.nopedido, o]));
    this.ordered = generated;
    this.touch();
  }

  get automaticCarrier(): string {
    return this.carrier;
  }

  get(nopedido: string): SandboxOrder | undefined {
    return this.orders.get(nopedido);
  }

  require(nopedido: string): SandboxOrder {
    const order = this.orders.get(nopedido);
    if (!order) throw new OrderNotFoundError(nopedido);
    return order;
  }

  all(): readonly SandboxOrder[] {
    return this.ordered;
  }

  withStatus(statuses: readonly OrderStatus[]): readonly SandboxOrder[] {
    const key = statuses.join("|");
    let cached = this.byStatusCache.get(key);
    if (!cached) {
      cached = this.ordered.filter((o) => statuses.includes(o.status));
      this.byStatusCache.set(key, cached);
    }
    return cached;
  }

  /** The guide number as the marketplace shows it now: null until it has been issued. */
  visibleGuide(order: SandboxOrder): string | null {
    const s = order.shipment;
    return s && this.nowMs() >= s.guideReadyAt ? s.guide : null;
  }

  ship(nopedido: string, request: ShipRequest): Shipment {
    const order = this.require(nopedido);
    const at = this.nowMs();
    const automatic = request.type === "automatica";
    const carrier = automatic ? this.carrier : (request.carrier ?? "Otra");
    const shipment: Shipment = {
      type: request.type,
      carrier,
      guide: automatic ? guideNumber(this.rng, carrier) : (request.tracking ?? guideNumber(this.rng, carrier)),
      createdAt: at,
      guideReadyAt: automatic ? at + Math.max(0, request.guideDelayMs ?? 0) : at,
      lineIds: order.lines.map((l) => l.id),
    };
    this.transition(order, "Embarcado", request.reason ?? "guía asignada");
    order.shipment = shipment;
    order.comments.push({ at, user: "Sistema", text: `Guía ${request.type} con ${carrier}` });
    return shipment;
  }

  assignToSupplier(nopedido: string): SandboxOrder {
    const order = this.require(nopedido);
    this.transition(order, "Por embarcar con Proveedor", "asignado a proveedor");
    return order;
  }

  deliver(nopedido: string, reason = "entregado"): SandboxOrder {
    const order = this.require(nopedido);
    this.transition(order, "Entregado", reason);
    order.deliveredAt = this.nowMs();
    return order;
  }

  cancel(nopedido: string, reason = "cancelado por el marketplace"): SandboxOrder {
    const order = this.require(nopedido);
    this.transition(order, "Cancelado", reason);
    order.cancelledAt = this.nowMs();
    return order;
  }

  addEvidence(order: SandboxOrder, evidence: Omit<Evidence, "id" | "at">): Evidence {
    const saved: Evidence = { ...evidence, id: `EV${order.nopedido}-${order.evidence.length + 1}`, at: this.nowMs() };
    order.evidence.push(saved);
    this.touch();
    return saved;
  }

  create(input: NewOrder): SandboxOrder {
    const rng = this.rng;
    const nopedido = input.nopedido ?? this.ids.orders.next(rng);
    if (this.orders.has(nopedido)) throw new DuplicateOrderError(nopedido);
    this.ids.orders.observe(nopedido);
    const channel = input.channel ?? "CS";
    const placedAt = input.placedAt ?? this.nowMs();
    const wanted = input.lines && input.lines.length > 0 ? input.lines : [{ sku: rng.pick(["VOIT-BAL-N5", "LOG-K380"]) }];
    const lines = wanted.map((w) =>
      lineFromListing(this.listingFor(w), w.quantity ?? 1, this.ids.lines.next(rng), channel, rng, w.unitPriceCents),
    );
    const first = lines[0];
    if (first) first.shippingCents = input.shippingCents ?? 0;
    const order: SandboxOrder = {
      nopedido, status: "Pendiente", placedAt, authorizedAt: placedAt, channel,
      transactionId: randomTransactionId(rng),
      shipping: { ...randomAddress(rng), ...input.shipping },
      lines, shipment: null, deliveredAt: null, cancelledAt: null,
      comments: [{ at: placedAt, user: "Sistema", text: "Pago autorizado" }],
      evidence: [],
      history: [{ at: placedAt, from: null, to: "Pendiente", reason: "colocado" }],
    };
    this.orders.set(nopedido, order);
    this.ordered = [...this.ordered, order].sort((a, b) => a.placedAt - b.placedAt || a.nopedido.localeCompare(b.nopedido));
    this.touch();
    return order;
  }

  counts(): Record<OrderStatus, number> {
    const counts: Record<OrderStatus, number> = {
      Pendiente: 0, "Por embarcar con Proveedor": 0, Embarcado: 0, Entregado: 0, Cancelado: 0,
    };
    for (const o of this.ordered) counts[o.status]++;
    return counts;
  }

  private listingFor(line: NewOrderLine): SandboxListing {
    const known = findListing(line.sku);
    if (known) return { ...known, name: line.title ?? known.name };
    return {
      sku: line.sku, name: line.title ?? line.sku, price: line.unitPriceCents ?? 19900,
      claroId: this.rng.digits(7), variants: [],
    };
  }

  private transition(order: SandboxOrder, to: OrderStatus, reason: string): void {
    if (!canTransition(order.status, to)) throw new IllegalTransitionError(order.nopedido, order.status, to);
    order.history.push({ at: this.nowMs(), from: order.status, to, reason });
    order.status = to;
    this.touch();
  }

  private touch(): void {
    this.version++;
    this.byStatusCache.clear();
  }
}
