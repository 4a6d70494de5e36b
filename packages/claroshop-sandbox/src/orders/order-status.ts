import type { OrderStatus } from "./order.types";

/** The only allowed status moves; every change is checked against this table. */
export const ORDER_TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  Pendiente: ["Por embarcar con Proveedor", "Embarcado", "Cancelado"],
  "Por embarcar con Proveedor": ["Embarcado", "Cancelado"],
  // A shipped order can still be cancelled by the marketplace (lost or refused parcel).
  Embarcado: ["Entregado", "Cancelado"],
  Entregado: [],
  Cancelado: [],
};

export const ORDER_STATUSES: readonly OrderStatus[] = Object.keys(ORDER_TRANSITIONS) as OrderStatus[];

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return ORDER_TRANSITIONS[from].includes(to);
}

export function isOrderStatus(value: unknown): value is OrderStatus {
  return typeof value === "string" && (ORDER_STATUSES as readonly string[]).includes(value);
}

export class IllegalTransitionError extends Error {
  constructor(
    readonly nopedido: string,
    readonly from: OrderStatus,
    readonly to: OrderStatus,
  ) {
    super(`order ${nopedido} cannot go from "${from}" to "${to}"`);
    this.name = "IllegalTransitionError";
  }
}
