import { STORE_TIME_ZONE } from "../../format/date-time";
import type { OrderFilter, ShippingType } from "../../graphql/generated";

/** What the filter bar holds; days are calendar days ("yyyy-MM-dd") in the store's time zone. */
export interface OrdersFilterState {
  placedDays: [string, string] | null;
  shippingType: ShippingType | null;
  needsAttention: boolean;
}

export const EMPTY_ORDERS_FILTER: OrdersFilterState = { placedDays: null, shippingType: null, needsAttention: false };

export function hasFilters(state: OrdersFilterState): boolean {
  return state.placedDays !== null || state.shippingType !== null || state.needsAttention;
}

const offsetFormatter = new Intl.DateTimeFormat("en-US", {
  timeZone: STORE_TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** How far the store's wall clock is ahead of UTC at that instant (negative in Mexico). */
function storeOffsetMs(instant: number): number {
  const parts = Object.fromEntries(offsetFormatter.formatToParts(instant).map((part) => [part.type, part.value]));
  const wall = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!);
  return wall - instant;
}

/** The UTC instant at which a store calendar day ("yyyy-MM-dd") starts, `plusDays` later. */
export function storeDayStart(day: string, plusDays = 0): string {
  const [year, month, date] = day.split("-").map(Number);
  const wallMidnight = Date.UTC(year!, month! - 1, date! + plusDays);
  // Twice, so a day that starts right after an offset change still lands on its midnight.
  const guess = wallMidnight - storeOffsetMs(wallMidnight);
  return new Date(wallMidnight - storeOffsetMs(guess)).toISOString();
}

/**
 * The `filter` variable for a status set (null: every status), the search and the filter bar;
 * undefined when nothing narrows the list. The end day is included: placedTo is the next midnight.
 */
export function ordersFilter(
  state: OrdersFilterState,
  search: string,
  statuses: OrderFilter["statuses"] | null = null,
): OrderFilter | undefined {
  const filter: OrderFilter = {};
  if (search) filter.search = search;
  if (state.placedDays) {
    filter.placedFrom = storeDayStart(state.placedDays[0]);
    filter.placedTo = storeDayStart(state.placedDays[1], 1);
  }
  if (state.shippingType) filter.shippingType = state.shippingType;
  if (state.needsAttention) filter.needsAttention = true;
  if (statuses) filter.statuses = statuses;
  return Object.keys(filter).length > 0 ? filter : undefined;
}
