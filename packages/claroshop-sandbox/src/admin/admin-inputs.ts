import { isOrderStatus } from "../orders/order-status";
import type { NewOrder, NewOrderLine } from "../orders/order-store";
import type { GuideType, OrderStatus, ShippingAddress } from "../orders/order.types";

export class AdminInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AdminInputError";
  }
}

type Json = Record<string, unknown>;

function object(value: unknown, what: string): Json {
  if (value === undefined || value === null) return {};
  if (typeof value !== "object" || Array.isArray(value)) throw new AdminInputError(`${what} must be an object`);
  return value as Json;
}

function optionalString(value: unknown, what: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "number") return String(value);
  if (typeof value !== "string") throw new AdminInputError(`${what} must be a string`);
  return value;
}

function optionalInt(value: unknown, what: string, min: number): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min) {
    throw new AdminInputError(`${what} must be a whole number of at least ${min}`);
  }
  return value;
}

export interface ShipInput {
  type: GuideType;
  carrier?: string;
  tracking?: string;
  guideDelayMs?: number;
}

export function readShipInput(body: unknown): ShipInput {
  const b = object(body, "body");
  const type = optionalString(b.guia, "guia") ?? "automatica";
  if (type !== "automatica" && type !== "manual") throw new AdminInputError("guia must be automatica or manual");
  const input: ShipInput = {
    type,
    carrier: optionalString(b.mensajeria, "mensajeria"),
    tracking: optionalString(b.rastreopedido, "rastreopedido"),
    guideDelayMs: optionalInt(b.guideDelayMs, "guideDelayMs", 0),
  };
  if (type === "manual" && (!input.carrier || !input.tracking)) {
    throw new AdminInputError("a manual guide needs mensajeria and rastreopedido");
  }
  return input;
}

export interface CreateInput {
  order: NewOrder;
  status: OrderStatus;
  ship: ShipInput | null;
}

const ADDRESS_KEYS: readonly (keyof ShippingAddress)[] = [
  "recipient", "street", "betweenStreets", "colonia", "municipio", "cp", "city", "state", "notes", "phone",
];

function readLines(value: unknown): NewOrderLine[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.length === 0) throw new AdminInputError("lines must be a non-empty array");
  return value.map((raw, i) => {
    const l = object(raw, `lines[${i}]`);
    const sku = optionalString(l.sku, `lines[${i}].sku`);
    if (!sku) throw new AdminInputError(`lines[${i}].sku is required`);
    return {
      sku,
      quantity: optionalInt(l.quantity, `lines[${i}].quantity`, 1),
      unitPriceCents: optionalInt(l.price, `lines[${i}].price`, 0),
      title: optionalString(l.title, `lines[${i}].title`),
    };
  });
}

/** POST /__admin/orders: every field optional; the rest is generated. */
export function readCreateInput(body: unknown, nowMs: number): CreateInput {
  const b = object(body, "body");
  const nopedido = optionalString(b.nopedido, "nopedido");
  if (nopedido !== undefined && !/^\d{1,12}$/.test(nopedido)) throw new AdminInputError("nopedido must be digits");
  const status = b.status ?? "Pendiente";
  if (!isOrderStatus(status)) throw new AdminInputError("status is not a known order status");
  const placedText = optionalString(b.placedAt, "placedAt");
  const placedAt = placedText === undefined ? nowMs : Date.parse(placedText);
  if (Number.isNaN(placedAt)) throw new AdminInputError("placedAt must be an ISO date");
  const channel = b.channel ?? "CS";
  if (channel !== "CS" && channel !== "SR") throw new AdminInputError("channel must be CS or SR");
  const shippingInput = object(b.shipping, "shipping");
  const shipping: Partial<ShippingAddress> = {};
  for (const key of ADDRESS_KEYS) {
    const value = optionalString(shippingInput[key], `shipping.${key}`);
    if (value !== undefined) shipping[key] = value;
  }
  const needsShipment = status === "Embarcado" || status === "Entregado";
  return {
    order: {
      nopedido, placedAt, channel, shipping,
      lines: readLines(b.lines),
      shippingCents: optionalInt(b.shippingCents, "shippingCents", 0),
    },
    status,
    ship: needsShipment ? readShipInput(b.shipment) : null,
  };
}
