/**
 * Every choice the public material leaves open (marked [guess] in shared/claroshop/API.md)
 * lives here, so changing our reading of the real service is a one-file edit.
 * Where the real service seems forgiving, the sandbox is forgiving too.
 */
import type { OrderStatus } from "./orders/order.types";

/** Signed URLs: how far the request timestamp may drift from the sandbox clock. */
export const TIMESTAMP_TOLERANCE_MS = 10 * 60 * 1000;

/** Pagination: first page is 1; page 0, negative or garbage is read as 1 instead of failing. */
export const FIRST_PAGE = 1;
export const DEFAULT_PAGE_SIZE = 50;
/** Larger limits are clamped, not rejected; clients must follow the page counters. */
export const MAX_PAGE_SIZE = 100;

/*
 * Pagination walks order lines (list rows), oldest placement first, so new orders append at the
 * end (OrderStore keeps that order). `pedidosfiltros` without `page` answers the whole window.
 */

/** Counters "may be strings": the sandbox always sends them as strings to keep clients honest. */
export function listCounter(value: number): string {
  return String(value);
}

/** Statuses listed by `action=pendientes` (an order waiting on its supplier is still pending). */
export const PENDING_LIST_STATUSES: readonly OrderStatus[] = ["Pendiente", "Por embarcar con Proveedor"];
export const SHIPPED_LIST_STATUSES: readonly OrderStatus[] = ["Embarcado"];
export const DELIVERED_LIST_STATUSES: readonly OrderStatus[] = ["Entregado"];

/*
 * Cancellation: the detail says "Cancelado" and the order disappears from every list, because
 * no list above includes that status (no list for cancelled orders is documented).
 */

/** Automatic guides: the carrier Claro Shop picks, unless the sandbox is told otherwise. */
export const DEFAULT_AUTOMATIC_CARRIER = "FedEx";

/*
 * One `embarque` covers the whole order, whatever subset of `idpedidorelacion` it names
 * (unknown ids are still rejected; see OrderStore.ship).
 */
/** Repeating `embarque` on a shipped order answers the existing guide, so client retries are harmless. */
export const RESHIP_ANSWERS_EXISTING_GUIDE = true;

/** Manual guides: the carrier comes in `mensajeria`, the tracking number in `rastreopedido`. */
export const MANUAL_CARRIER_FIELD = "mensajeria" as const;
export const MANUAL_TRACKING_FIELD = "rastreopedido" as const;

/** Labels exist only for automatic guides (the seller prints its own carrier's label). */
export const LABEL_ONLY_FOR_AUTOMATIC_GUIDES = true;

/** "Sometimes" the label carries a data-URI prefix: here, for orders whose number is odd. */
export function labelHasDataUriPrefix(nopedido: string): boolean {
  return Number(nopedido.slice(-1)) % 2 === 1;
}

/** The detail "may" carry a phone: about half of the generated addresses have one. */
export const PHONE_SHARE = 0.5;

/**
 * T1: the evidence URL's shipmentId is believed to be the guide number; any value is accepted
 * (and kept with the evidence). The `{mp}` segment is accepted whatever it says.
 */
export const ACCEPT_ANY_SHIPMENT_ID = true;
/** T1: evidence for an order without a guide is refused (409); a delivered order accepts more. */
export const EVIDENCE_REQUIRES_SHIPMENT = true;
/** T1 token lifetime (Keycloak default is 5 minutes). */
export const T1_TOKEN_TTL_SECONDS = 300;
export const T1_REFRESH_TTL_SECONDS = 1800;

/**
 * `Idempotency-Key` is honoured on evidence (asked for) and, when this is true, on `embarque`:
 * replays answer the first result and change nothing. The real service may ignore the header.
 */
export const EMBARQUE_HONOURS_IDEMPOTENCY_KEY = true;

/** Junk keys the real detail carries along; clients must ignore them. */
export const DETAIL_JUNK_KEYS = { versionConfig: "2.7.3", versionAPP: "5.14.0" } as const;
