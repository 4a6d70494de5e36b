import type { OrderStatus, OrderStatusCountsQuery } from "../graphql/generated";

export type StatusTab = OrderStatus | "ALL";

/** In the order the staff work through them. */
export const STATUS_TABS: readonly StatusTab[] = ["PENDING", "SHIPPED", "DELIVERED", "CANCELLED", "ALL"];

export function countsByTab(counts: OrderStatusCountsQuery["orderStatusCounts"]): Record<StatusTab, number> {
  const byTab: Record<StatusTab, number> = { PENDING: 0, SHIPPED: 0, DELIVERED: 0, CANCELLED: 0, ALL: 0 };
  for (const { status, count } of counts) {
    byTab[status] += count;
    byTab.ALL += count;
  }
  return byTab;
}
