/**
 * The marketplace as the domain sees it: normalized orders, money in integer cents (MXN), UTC
 * dates. Raw marketplace JSON never leaves an adapter's mapper.
 */

export type MarketplaceOrderStatus = "PENDING" | "SHIPPED" | "DELIVERED" | "CANCELLED";

/** The lists a sync pages through (cancelled orders are seen only in a detail). */
export type MarketplaceListStatus = "PENDING" | "SHIPPED" | "DELIVERED";

export interface MarketplaceAddress {
  recipient: string;
  street: string;
  neighborhood: string;
  municipality: string;
  city: string;
  state: string;
  postalCode: string;
  betweenStreets: string;
  notes: string;
  phone: string | null;
}

export interface MarketplaceOrderLine {
  lineId: string;
  sku: string;
  /** Plain text (HTML entities decoded). */
  title: string;
  quantity: number;
  /** Price of one unit with IVA, integer cents. */
  unitPriceCents: number;
}

export type MarketplaceShipmentType = "AUTOMATIC" | "MANUAL";

export interface MarketplaceShipment {
  type: MarketplaceShipmentType;
  carrier: string;
  /** Null while the marketplace is still issuing the guide. */
  trackingNumber: string | null;
}

export interface MarketplaceOrder {
  marketplaceOrderId: string;
  status: MarketplaceOrderStatus;
  /** The marketplace's own status text, kept for display and diagnosis. */
  marketplaceStatus: string;
  placedAt: Date;
  customerName: string;
  shippingAddress: MarketplaceAddress;
  totalCents: number;
  lines: MarketplaceOrderLine[];
  shipment?: MarketplaceShipment;
}

export interface MarketplaceOrderPage {
  ids: string[];
  hasMore: boolean;
  /** Pages in this list when the marketplace says so (for progress); null when unknown. */
  totalPages: number | null;
  /** Orders in this list when the marketplace says so; null when unknown. */
  totalOrders: number | null;
}

export interface GuideRequest {
  marketplaceOrderId: string;
  type: MarketplaceShipmentType;
  /** MANUAL: the seller's carrier and tracking number. AUTOMATIC: the marketplace chooses. */
  carrier?: string;
  trackingNumber?: string;
  /** The marketplace's line ids the guide covers (all of the order's lines). */
  lineIds: string[];
  /** The same key for every retry of one request, so the marketplace never issues two guides. */
  idempotencyKey: string;
}

export interface GuideResult {
  carrier: string;
  /** Null when the marketplace is still issuing it after the wait the adapter allows. */
  trackingNumber: string | null;
}

export interface ShippingLabel {
  contentType: "application/pdf" | "image/png" | "image/jpeg";
  data: Buffer;
}

export interface EvidenceUpload {
  marketplaceOrderId: string;
  /** Where the marketplace files it: the order's guide (tracking) number. */
  shipmentId: string;
  fileName: string;
  contentType: string;
  data: Buffer;
  idempotencyKey: string;
}

export interface MarketplaceGateway {
  /** One page of order ids in a status list; pages start at 1; ids are unique within a page. */
  listOrderIds(status: MarketplaceListStatus, page: number): Promise<MarketplaceOrderPage>;
  getOrder(marketplaceOrderId: string): Promise<MarketplaceOrder>;
  /** Asks for a guide (automatic) or reports the seller's own (manual). */
  requestGuide(request: GuideRequest): Promise<GuideResult>;
  /** The printable label of an automatic guide; null when the marketplace has none. */
  getLabel(marketplaceOrderId: string): Promise<ShippingLabel | null>;
  /** Uploads one evidence file; resolves when the marketplace accepted it. */
  sendEvidence(upload: EvidenceUpload): Promise<void>;
}

/** The marketplace could not be reached: retries exhausted or the circuit breaker is open. */
export class MarketplaceUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MarketplaceUnavailableError";
  }
}

/** The marketplace answered and refused; the message is its own text, safe to show to staff. */
export class MarketplaceRejectedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MarketplaceRejectedError";
  }
}

/** The marketplace answered something the adapter cannot read (unknown status, missing field). */
export class MarketplaceDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MarketplaceDataError";
  }
}
