import { MANUAL_CARRIER_FIELD, MANUAL_TRACKING_FIELD, RESHIP_ANSWERS_EXISTING_GUIDE } from "../marketplace-guesses";
import { MESSAGES } from "../messages.es-mx";
import type { OrderStore } from "../orders/order-store";
import type { GuideType, SandboxOrder } from "../orders/order.types";

export interface EmbarqueInput {
  nopedido?: string;
  guia?: string;
  mensajeria?: string;
  idpedidorelacion?: string;
  rastreopedido?: string;
}

function text(value: unknown): string | undefined {
  if (typeof value === "number") return String(value);
  if (typeof value === "string" && value.trim() !== "") return value.trim();
  if (Array.isArray(value)) return value.map(String).join(",");
  return undefined;
}

/** Accepts JSON or form bodies; numbers and arrays are read as the strings they stand for. */
export function readEmbarqueBody(body: unknown): EmbarqueInput {
  const b = body !== null && typeof body === "object" ? (body as Record<string, unknown>) : {};
  return {
    nopedido: text(b.nopedido),
    guia: text(b.guia),
    mensajeria: text(b[MANUAL_CARRIER_FIELD]),
    idpedidorelacion: text(b.idpedidorelacion),
    rastreopedido: text(b[MANUAL_TRACKING_FIELD]),
  };
}

function guideType(value: string | undefined): GuideType | null {
  const plain = (value ?? "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  return plain === "automatica" || plain === "manual" ? plain : null;
}

function error(mensaje: string): Record<string, unknown> {
  return { estatus: "error", mensaje };
}

function success(store: OrderStore, order: SandboxOrder, mensaje: string): Record<string, unknown> {
  const shipment = order.shipment;
  const guide = store.visibleGuide(order);
  return {
    estatus: "success",
    mensaje: guide === null ? MESSAGES.legacy.guideInProgress : mensaje,
    nopedido: order.nopedido,
    tipoguia: shipment?.type ?? "",
    mensajeria: shipment?.carrier ?? "",
    // Empty until the guide is issued: clients re-read the detail until productos[].guia is set.
    guia: guide ?? "",
    idpedidorelacion: (shipment?.lineIds ?? []).join(","),
  };
}

/** `POST embarque`: assigns an automatic or manual guide and moves the order to "Embarcado". */
export function embarque(store: OrderStore, input: EmbarqueInput, guideDelayMs: number): Record<string, unknown> {
  const m = MESSAGES.legacy;
  if (!input.nopedido) return error(m.missingOrderNumber);
  const order = store.get(input.nopedido);
  if (!order) return error(m.orderNotFound(input.nopedido));
  const type = guideType(input.guia);
  if (!type) return error(m.badGuideType);
  if (order.status === "Cancelado") return error(m.orderCancelled(order.nopedido));
  if (order.status === "Entregado") return error(m.orderDelivered(order.nopedido));
  const known = new Set(order.lines.map((l) => l.id));
  const named = (input.idpedidorelacion ?? "").split(",").map((s) => s.trim()).filter((s) => s !== "");
  const foreign = named.filter((id) => !known.has(id));
  if (foreign.length > 0) return error(m.foreignRelations(foreign.join(",")));
  if (order.status === "Embarcado") {
    return RESHIP_ANSWERS_EXISTING_GUIDE ? success(store, order, m.guideAlreadyAssigned) : error(m.guideAlreadyAssigned);
  }
  if (type === "manual" && (!input.mensajeria || !input.rastreopedido)) return error(m.manualNeedsTracking);
  store.ship(order.nopedido, {
    type,
    carrier: input.mensajeria,
    tracking: input.rastreopedido,
    guideDelayMs,
    reason: `embarque ${type}`,
  });
  return success(store, order, m.guideAssigned);
}
