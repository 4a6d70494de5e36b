import type { SandboxOrder } from "../orders/order.types";
import type { SandboxContext } from "../sandbox-context";
import type { CreateInput, ShipInput } from "./admin-inputs";

export interface PublicSettings {
  publicKey: string;
  t1Username: string;
  sellerId: string;
  seed: number;
  orderCount: number;
  automaticCarrier: string;
}

/** Steering operations shared by the admin API and the in-process handle. */
export class SandboxAdmin {
  constructor(private readonly ctx: SandboxContext) {}

  createOrder(input: CreateInput): SandboxOrder {
    const order = this.ctx.store.create(input.order);
    if (input.ship) this.ctx.store.ship(order.nopedido, { ...input.ship, reason: "creado embarcado desde /__admin" });
    if (input.status === "Por embarcar con Proveedor") this.ctx.store.assignToSupplier(order.nopedido);
    if (input.status === "Entregado") this.ctx.store.deliver(order.nopedido, "creado entregado desde /__admin");
    if (input.status === "Cancelado") this.ctx.store.cancel(order.nopedido, "creado cancelado desde /__admin");
    return order;
  }

  shipOrder(nopedido: string, input: ShipInput): SandboxOrder {
    this.ctx.store.ship(nopedido, { ...input, reason: "embarcado desde /__admin" });
    return this.ctx.store.require(nopedido);
  }

  /** Delivers, issuing an automatic guide first when the order has none yet. */
  deliverOrder(nopedido: string): SandboxOrder {
    const order = this.ctx.store.require(nopedido);
    if (order.status === "Pendiente" || order.status === "Por embarcar con Proveedor") {
      this.ctx.store.ship(nopedido, { type: "automatica", reason: "embarcado desde /__admin" });
    }
    return this.ctx.store.deliver(nopedido, "entregado desde /__admin");
  }

  /** New seeded orders; the request log, idempotency keys and faults start over too. */
  reset(changes: { seed?: number; orderCount?: number }): void {
    const settings = this.ctx.settings;
    if (changes.seed !== undefined) settings.seed = changes.seed;
    if (changes.orderCount !== undefined) settings.orderCount = changes.orderCount;
    this.ctx.store.reset({
      seed: settings.seed, orderCount: settings.orderCount, automaticCarrier: settings.automaticCarrier,
    });
    this.ctx.log.clear();
    this.ctx.idempotency.clear();
    this.ctx.faults.reset(settings.seed);
  }

  publicSettings(): PublicSettings {
    const s = this.ctx.settings;
    return {
      publicKey: s.publicKey, t1Username: s.t1.username, sellerId: s.t1.sellerId,
      seed: s.seed, orderCount: s.orderCount, automaticCarrier: s.automaticCarrier,
    };
  }
}
