import type { MarketplaceOrder, MarketplaceOrderStatus } from "../marketplace/marketplace.port";

const STATUS_TEXT: Record<MarketplaceOrderStatus, string> = {
  PENDING: "Pendiente",
  SHIPPED: "Embarcado",
  DELIVERED: "Entregado",
  CANCELLED: "Cancelado",
};

/**
 * An order as the marketplace gateway reports it, for import tests: `lines` as [sku, quantity]
 * (one line of 2 units of `IMPORT-PRUEBA-1` by default); a SHIPPED one carries a manual guide.
 */
export function marketplaceOrder(
  id: string,
  status: MarketplaceOrderStatus = "PENDING",
  lines: [sku: string, quantity: number][] = [["IMPORT-PRUEBA-1", 2]],
): MarketplaceOrder {
  return {
    marketplaceOrderId: id,
    status,
    marketplaceStatus: STATUS_TEXT[status],
    placedAt: new Date("2026-01-05T10:00:00Z"),
    customerName: "Cliente de Prueba",
    shippingAddress: {
      recipient: "Cliente de Prueba",
      street: "Av. Reforma 1",
      neighborhood: "Centro",
      municipality: "Cuauhtémoc",
      city: "CDMX",
      state: "CDMX",
      postalCode: "06000",
      betweenStreets: "",
      notes: "",
      phone: null,
    },
    totalCents: lines.reduce((sum, [, quantity]) => sum + quantity * 10000, 0),
    lines: lines.map(([sku, quantity], n) => ({ lineId: `${id}-${n + 1}`, sku, title: `Artículo ${sku}`, quantity, unitPriceCents: 10000 })),
    shipment: status === "SHIPPED" ? { type: "MANUAL", carrier: "DHL", trackingNumber: `GUIA-${id}` } : undefined,
  };
}
