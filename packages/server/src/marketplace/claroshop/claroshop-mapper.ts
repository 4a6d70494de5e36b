/**
 * Pure functions from Claro Shop legacy JSON to the normalized marketplace types. Raw payloads
 * stop here: nothing else in the server reads Claro Shop field names.
 */
import { parseMoney } from "../../money";
import {
  MarketplaceDataError,
  type MarketplaceAddress,
  type MarketplaceListStatus,
  type MarketplaceOrder,
  type MarketplaceOrderLine,
  type MarketplaceOrderStatus,
  type MarketplaceShipment,
  type MarketplaceShipmentType,
} from "../marketplace.port";
import { decodeHtmlEntities } from "./html-entities";

/** Every Claro Shop status text we know, in one place. Matched ignoring case and spaces around. */
export const CLAROSHOP_STATUS_MAP: Readonly<Record<string, MarketplaceOrderStatus>> = {
  Pendiente: "PENDING",
  "Por embarcar con Proveedor": "PENDING",
  Embarcado: "SHIPPED",
  Entregado: "DELIVERED",
  Cancelado: "CANCELLED",
};

const STATUS_BY_KEY = new Map(
  Object.entries(CLAROSHOP_STATUS_MAP).map(([text, status]) => [text.trim().toLowerCase(), status]),
);

/** Mexico City has stayed on UTC-6 all year since DST ended there in 2022. */
const MEXICO_CITY_UTC_OFFSET_HOURS = -6;

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function record(value: unknown, what: string): Json {
  if (!isRecord(value)) throw new MarketplaceDataError(`Claro Shop: falta ${what}`);
  return value;
}

/** Text fields may come as numbers or null; all are read as trimmed text. */
function text(value: unknown): string {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return "";
}

function rows(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

/** Counters "may be strings"; null when absent or not a number. */
function counter(value: unknown): number | null {
  const n = typeof value === "number" ? value : Number.parseInt(text(value), 10);
  return Number.isFinite(n) ? n : null;
}

function cents(value: unknown, what: string): number {
  const parsed = parseMoney(text(value));
  if (parsed === null) throw new MarketplaceDataError(`Claro Shop: importe inválido en ${what}`);
  return parsed;
}

export function mapStatus(raw: string): MarketplaceOrderStatus {
  const status = STATUS_BY_KEY.get(raw.trim().toLowerCase());
  if (!status) throw new MarketplaceDataError(`Claro Shop: estatus desconocido "${raw}"`);
  return status;
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** "YYYY-MM-DD HH:mm:ss" (or a bare date) in Mexico City time -> the UTC instant. */
export function parseMexicoCityDate(raw: string): Date {
  const m = DATE_TIME.exec(raw.trim());
  if (!m) throw new MarketplaceDataError(`Claro Shop: fecha inválida "${raw}"`);
  const [, y, mo, d, h = "0", mi = "0", s = "0"] = m;
  return new Date(Date.UTC(+y, +mo - 1, +d, +h - MEXICO_CITY_UTC_OFFSET_HOURS, +mi, +s));
}

/** What a list row tells about an order that the detail does not: its total and its guide. */
export interface ClaroshopOrderSummary {
  id: string;
  totalCents: number | null;
  shipment?: MarketplaceShipment;
}

export interface ClaroshopListPage {
  /** One per order, first-seen order kept; duplicate rows (per line, or repeated across pages) dropped. */
  orders: ClaroshopOrderSummary[];
  /** Raw rows on this page, to tell a full page from the last one when no page count is sent. */
  rowCount: number;
  /** Page count when the list says it; null otherwise. */
  totalPages: number | null;
  /** The list's order counter (totalpendientes, totalembarcados, totalentregados) when it sends one; null otherwise. */
  totalOrders: number | null;
}

function summaryOf(row: Json, shipmentType: MarketplaceShipmentType | null): ClaroshopOrderSummary | null {
  const id = text(row.nopedido);
  if (id === "") return null;
  const total = parseMoney(text(row.totalpedido));
  const summary: ClaroshopOrderSummary = { id, totalCents: total };
  if (shipmentType) {
    const tracking = text(row.noguia);
    summary.shipment = { type: shipmentType, carrier: text(row.mensajeria), trackingNumber: tracking === "" ? null : tracking };
  }
  return summary;
}

function dedupe(summaries: ClaroshopOrderSummary[]): ClaroshopOrderSummary[] {
  const byId = new Map<string, ClaroshopOrderSummary>();
  for (const s of summaries) if (!byId.has(s.id)) byId.set(s.id, s);
  return [...byId.values()];
}

function maxPages(...values: unknown[]): number | null {
  const known = values.map(counter).filter((n): n is number => n !== null);
  return known.length > 0 ? Math.max(...known) : null;
}

/** A `pedidos?action=pendientes|embarcados|entregados` answer -> unique order summaries. */
export function mapListPage(status: MarketplaceListStatus, body: unknown): ClaroshopListPage {
  const b = record(body, "la lista de pedidos");
  if (status === "SHIPPED") {
    const automatic = rows(b.listaguiasautomaticas);
    const manual = rows(b.listaguiasmanuales);
    const summaries = [
      ...automatic.map((r) => summaryOf(r, "AUTOMATIC")),
      ...manual.map((r) => summaryOf(r, "MANUAL")),
    ].filter((s): s is ClaroshopOrderSummary => s !== null);
    return {
      orders: dedupe(summaries),
      rowCount: Math.max(automatic.length, manual.length),
      totalPages: maxPages(b.totalpaginasautomaticas, b.totalpaginasmanuales),
      totalOrders: counter(b.totalembarcados),
    };
  }
  const list = rows(status === "PENDING" ? b.listapendientes : b.listaentregados);
  const summaries = list.map((r) => summaryOf(r, null)).filter((s): s is ClaroshopOrderSummary => s !== null);
  return {
    orders: dedupe(summaries),
    rowCount: list.length,
    totalPages: status === "PENDING" ? maxPages(b.totalpaginas) : null,
    totalOrders: counter(status === "PENDING" ? b.totalpendientes : b.totalentregados),
  };
}

/** Only order ids, unique, in list order. */
export function mapListOrderIds(status: MarketplaceListStatus, body: unknown): string[] {
  return mapListPage(status, body).orders.map((o) => o.id);
}

function mapAddress(raw: unknown): MarketplaceAddress {
  const a = record(raw, "datosenvio");
  const phone = text(a.telefono);
  return {
    recipient: text(a.entregara),
    street: text(a.direccion),
    neighborhood: text(a.colonia),
    municipality: text(a["del/municipio"]),
    city: text(a.ciudad),
    state: text(a.estado),
    postalCode: text(a.cp),
    betweenStreets: text(a.entrecalles),
    notes: text(a.observaciones),
    phone: phone === "" ? null : phone,
  };
}

interface MappedUnits {
  lines: MarketplaceOrderLine[];
  /** Units plus their shipping charges: what `totalpedido` says when the list gives it. */
  totalCents: number;
}

/** The detail lists one product per unit; units of one line share `idpedidorelacion`. */
function mapUnits(products: Json[]): MappedUnits {
  const byLine = new Map<string, MarketplaceOrderLine>();
  let totalCents = 0;
  for (const p of products) {
    const lineId = text(p.idpedidorelacion);
    const unitPriceCents = cents(p.importe, `la línea ${lineId}`);
    totalCents += unitPriceCents + (parseMoney(text(p.envio)) ?? 0);
    const line = byLine.get(lineId);
    if (line) {
      line.quantity += 1;
    } else {
      byLine.set(lineId, {
        lineId,
        sku: text(p.sku),
        title: decodeHtmlEntities(text(p.producto)),
        quantity: 1,
        unitPriceCents,
      });
    }
  }
  return { lines: [...byLine.values()], totalCents };
}

/** A `pedidos?action=detallepedido` answer (plus what its list row said, when known) -> the order. */
export function mapOrderDetail(
  marketplaceOrderId: string,
  body: unknown,
  summary?: ClaroshopOrderSummary,
): MarketplaceOrder {
  const b = record(body, "el detalle del pedido");
  const head = record(b.estatuspedido, "estatuspedido");
  const marketplaceStatus = text(head.estatus);
  const shippingAddress = mapAddress(b.datosenvio);
  const products = rows(b.productos);
  if (products.length === 0) throw new MarketplaceDataError(`Claro Shop: el pedido ${marketplaceOrderId} no trae productos`);
  const units = mapUnits(products);
  const order: MarketplaceOrder = {
    marketplaceOrderId,
    status: mapStatus(marketplaceStatus),
    marketplaceStatus,
    placedAt: parseMexicoCityDate(text(head.fechacolocado)),
    // No buyer name in the detail: the recipient is the closest thing the API gives.
    customerName: shippingAddress.recipient,
    shippingAddress,
    totalCents: summary?.totalCents ?? units.totalCents,
    lines: units.lines,
  };
  if (summary?.shipment) {
    // The list may lag behind the detail while an automatic guide is being issued.
    const guide = products.map((p) => text(p.guia)).find((g) => g !== "") ?? null;
    order.shipment = { ...summary.shipment, trackingNumber: summary.shipment.trackingNumber ?? guide };
  }
  return order;
}
