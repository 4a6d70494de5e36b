import type { OrderStore } from "../orders/order-store";
import type { OrderLine, SandboxOrder } from "../orders/order.types";
import { mexicoDate, mexicoDateTime } from "../time/mexico-time";
import { encodeHtmlEntities, moneyString } from "./text-format";

/** One list row: an order line with its order's facts repeated, as the legacy lists send it. */
export type LegacyRow = Record<string, string | boolean | null>;

const DAY = 86_400_000;

export function orderTotalCents(order: SandboxOrder): number {
  return order.lines.reduce((sum, l) => sum + l.unitPriceCents * l.quantity + l.shippingCents, 0);
}

function guideStatus(order: SandboxOrder, guide: string | null): string {
  if (order.status === "Entregado") return "Entregada";
  return guide === null ? "En proceso" : "Generada";
}

export function listRow(store: OrderStore, order: SandboxOrder, line: OrderLine): LegacyRow {
  const row: LegacyRow = {
    nopedido: order.nopedido,
    estatus: order.status,
    fechacolocacion: mexicoDate(order.placedAt),
    fechaautorizacion: mexicoDate(order.authorizedAt),
    sku: line.sku,
    skuhijo: line.skuChild,
    articulo: encodeHtmlEntities(line.title),
    claroid: line.claroId,
    idpedidorelacion: line.id,
    fulfillment: false,
    sla: mexicoDate(order.placedAt + 2 * DAY),
    comision: moneyString(line.commissionCents),
    totalproducto: moneyString(line.unitPriceCents * line.quantity),
    totalpedido: moneyString(orderTotalCents(order)),
    channel: order.channel,
    transactionid: order.transactionId,
  };
  const shipment = order.shipment;
  if (shipment) {
    const guide = store.visibleGuide(order);
    row.fechaembarque = mexicoDate(shipment.createdAt);
    row.mensajeria = shipment.carrier;
    row.noguia = guide ?? "";
    row.estatusguia = guideStatus(order, guide);
  }
  return row;
}

/** One `productos` element per unit: a line of 3 units appears 3 times with the same id. */
export function detailProducts(store: OrderStore, order: SandboxOrder): LegacyRow[] {
  const guide = store.visibleGuide(order);
  const shippedAt = order.shipment ? mexicoDateTime(order.shipment.createdAt) : null;
  const products: LegacyRow[] = [];
  for (const line of order.lines) {
    for (let unit = 0; unit < line.quantity; unit++) {
      products.push({
        producto: encodeHtmlEntities(line.title),
        importe: moneyString(line.unitPriceCents),
        // The line's shipping charge rides on its first unit.
        envio: moneyString(unit === 0 ? line.shippingCents : 0),
        estatus: order.status,
        asignado: "1",
        guia: guide,
        claroid: line.claroId,
        idpedidorelacion: line.id,
        sku: line.sku,
        skuhijo: line.skuChild,
        skufullfilment: null,
        fechaasignacion: mexicoDateTime(order.authorizedAt),
        fechaenvio: shippedAt,
        idchannel: order.channel === "CS" ? "1" : "2",
        transactionid: order.transactionId,
      });
    }
  }
  return products;
}
