import type { Prng } from "../random/prng";
import { PHONE_SHARE } from "../marketplace-guesses";
import { SANDBOX_LISTINGS, SANDBOX_UNKNOWN_LISTINGS, type SandboxListing } from "./catalog";
import { DELIVERY_NOTES, FIRST_NAMES, PLACES, STREETS, SURNAMES } from "./mexican-data";
import type { Channel, OrderLine, ShippingAddress } from "./order.types";

/** Hands out increasing ids with small random gaps, like a busy marketplace's sequences. */
export class IdSequence {
  constructor(
    private last: number,
    private readonly maxGap: number,
  ) {}

  next(rng: Prng): string {
    this.last += rng.int(1, this.maxGap);
    return String(this.last);
  }

  /** Keeps the sequence ahead of an id chosen from outside (admin-created orders). */
  observe(id: string): void {
    const n = Number(id);
    if (Number.isFinite(n) && n > this.last) this.last = n;
  }
}

const COMMISSION_RATE: Record<Channel, number> = { CS: 0.15, SR: 0.12 };
const UNKNOWN_SKU_SHARE = 0.07;
const SHIPPING_FEE_CENTS = 8900;

function stripAccents(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}

export function randomAddress(rng: Prng): ShippingAddress {
  const place = rng.pick(PLACES);
  const street = rng.pick(STREETS);
  const cross1 = rng.pick(STREETS.filter((s) => s !== street));
  const cross2 = rng.pick(STREETS.filter((s) => s !== street && s !== cross1));
  const inner = rng.chance(0.3) ? ` ${rng.pick(["Int.", "Depto.", "Int"])} ${rng.int(1, 40)}` : "";
  const recipient = `${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)} ${rng.pick(SURNAMES)}`;
  const address: ShippingAddress = {
    recipient,
    street: `${street} ${rng.int(1, 2999)}${inner}`,
    betweenStreets: rng.chance(0.8) ? `Entre ${cross1} y ${cross2}` : "",
    colonia: place.colonia,
    municipio: place.municipio,
    cp: place.cp,
    city: place.city,
    state: place.state,
    notes: rng.pick(DELIVERY_NOTES),
    phone: rng.chance(PHONE_SHARE) ? (place.areaCode + rng.digits(10 - place.areaCode.length)) : null,
  };
  // Some buyers type in capitals without accents; clients must cope with both.
  if (rng.chance(0.25)) {
    for (const key of ["recipient", "street", "betweenStreets", "colonia"] as const) {
      address[key] = stripAccents(address[key]).toUpperCase();
    }
  }
  return address;
}

function randomQuantity(rng: Prng): number {
  const roll = rng.next();
  return roll < 0.8 ? 1 : roll < 0.94 ? 2 : 3;
}

export function lineFromListing(
  listing: SandboxListing,
  quantity: number,
  lineId: string,
  channel: Channel,
  rng: Prng,
  unitPriceCents = listing.price,
): OrderLine {
  const total = unitPriceCents * quantity;
  return {
    id: lineId,
    sku: listing.sku,
    skuChild: listing.variants.length > 0 ? rng.pick(listing.variants) : listing.sku,
    claroId: listing.claroId,
    title: listing.name,
    unitPriceCents,
    quantity,
    shippingCents: 0,
    commissionCents: Math.round(total * COMMISSION_RATE[channel]),
  };
}

/** 1-3 distinct products, some with several units, now and then one outside the catalogue. */
export function randomLines(rng: Prng, lineIds: IdSequence, channel: Channel, forceUnknown: boolean): OrderLine[] {
  const count = rng.chance(0.6) ? 1 : rng.chance(0.7) ? 2 : 3;
  const used = new Set<string>();
  const lines: OrderLine[] = [];
  for (let i = 0; i < count; i++) {
    const unknown = (forceUnknown && i === 0) || rng.chance(UNKNOWN_SKU_SHARE);
    const pool = unknown ? SANDBOX_UNKNOWN_LISTINGS : SANDBOX_LISTINGS;
    let listing = rng.pick(pool);
    while (used.has(listing.sku)) listing = rng.pick(pool);
    used.add(listing.sku);
    lines.push(lineFromListing(listing, randomQuantity(rng), lineIds.next(rng), channel, rng));
  }
  const first = lines[0];
  if (first && rng.chance(0.3)) first.shippingCents = SHIPPING_FEE_CENTS;
  return lines;
}

/** Tracking numbers shaped like each carrier's. */
export function guideNumber(rng: Prng, carrier: string): string {
  switch (carrier) {
    case "FedEx":
      return rng.digits(12);
    case "DHL":
      return rng.digits(10);
    case "Estafeta":
      return rng.digits(22);
    case "T1 Envíos":
      return `T1${rng.digits(12)}`;
    default:
      return `${carrier.replace(/[^A-Za-z]/g, "").slice(0, 3).toUpperCase()}${rng.digits(9)}`;
  }
}

export function randomTransactionId(rng: Prng): string | null {
  return rng.chance(0.5) ? null : rng.digits(12);
}
