import { DETAIL_JUNK_KEYS } from "../marketplace-guesses";
import type { OrderStore } from "../orders/order-store";
import type { SandboxOrder } from "../orders/order.types";
import { mexicoDateTime } from "../time/mexico-time";
import { detailProducts } from "./order-rows";

/**
 * `pedidos?action=detallepedido`: status, address, comments and one product per unit.
 * No quantity and no order total, as in the real answer. `withoutStatus` is the fault that
 * drops `estatuspedido`.
 */
export function detailAnswer(store: OrderStore, order: SandboxOrder, withoutStatus = false): Record<string, unknown> {
  const s = order.shipping;
  const datosenvio: Record<string, string> = {
    entregara: s.recipient,
    direccion: s.street,
    entrecalles: s.betweenStreets,
    colonia: s.colonia,
    "del/municipio": s.municipio,
    cp: s.cp,
    ciudad: s.city,
    estado: s.state,
    observaciones: s.notes,
  };
  if (s.phone !== null) datosenvio.telefono = s.phone;
  const body: Record<string, unknown> = {
    estatuspedido: { estatus: order.status, fechacolocado: mexicoDateTime(order.placedAt) },
    datosenvio,
    comentarios: order.comments.map((c) => ({ fecha: mexicoDateTime(c.at), usuario: c.user, comentario: c.text })),
    productos: detailProducts(store, order),
    ...DETAIL_JUNK_KEYS,
  };
  if (withoutStatus) delete body.estatuspedido;
  return body;
}
