/** The sandbox's own order model; the legacy and T1 shapes are derived from it on each answer. */
export type OrderStatus =
  | "Pendiente"
  | "Por embarcar con Proveedor"
  | "Embarcado"
  | "Entregado"
  | "Cancelado";

export type Channel = "CS" | "SR";
export type GuideType = "automatica" | "manual";

export interface ShippingAddress {
  recipient: string;
  street: string;
  betweenStreets: string;
  colonia: string;
  municipio: string;
  cp: string;
  city: string;
  state: string;
  notes: string;
  phone: string | null;
}

export interface OrderLine {
  /** Line id (`idpedidorelacion`), repeated once per unit in the detail. */
  id: string;
  sku: string;
  skuChild: string;
  claroId: string;
  /** Plain text; encoded with HTML entities only when answered. */
  title: string;
  /** Unit price with IVA, integer cents. */
  unitPriceCents: number;
  quantity: number;
  /** Shipping charged for the whole line, integer cents. */
  shippingCents: number;
  commissionCents: number;
}

export interface Shipment {
  type: GuideType;
  carrier: string;
  guide: string;
  createdAt: number;
  /** Before this instant (sandbox clock) the guide number is not shown yet. */
  guideReadyAt: number;
  lineIds: string[];
}

export type EvidenceKind = "pdf" | "jpeg" | "png" | "webp" | "gif";

export interface Evidence {
  id: string;
  at: number;
  marketplace: string;
  shipmentId: string;
  fileName: string;
  kind: EvidenceKind;
  size: number;
  idempotencyKey: string | null;
}

export interface HistoryEntry {
  at: number;
  from: OrderStatus | null;
  to: OrderStatus;
  reason: string;
}

export interface OrderComment {
  at: number;
  user: string;
  text: string;
}

export interface SandboxOrder {
  nopedido: string;
  status: OrderStatus;
  placedAt: number;
  authorizedAt: number;
  channel: Channel;
  transactionId: string | null;
  shipping: ShippingAddress;
  lines: OrderLine[];
  shipment: Shipment | null;
  deliveredAt: number | null;
  cancelledAt: number | null;
  comments: OrderComment[];
  evidence: Evidence[];
  history: HistoryEntry[];
}
