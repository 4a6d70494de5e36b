import { EMPTY_ORDERS_FILTER, hasFilters, ordersFilter, storeDayStart } from "./orders-filter";

describe("orders filter", () => {
  it("starts a Mexico City day at 06:00 UTC", () => {
    expect(storeDayStart("2025-03-01")).toBe("2025-03-01T06:00:00.000Z");
    expect(storeDayStart("2024-12-31", 1)).toBe("2025-01-01T06:00:00.000Z");
  });

  it("is undefined when nothing narrows the list", () => {
    expect(ordersFilter(EMPTY_ORDERS_FILTER, "")).toBeUndefined();
    expect(hasFilters(EMPTY_ORDERS_FILTER)).toBe(false);
  });

  it("includes the whole last day of the range and every chosen condition", () => {
    const state = { placedDays: ["2025-03-01", "2025-03-10"] as [string, string], shippingType: "MANUAL" as const, needsAttention: true };
    expect(ordersFilter(state, "SKU-1", ["PENDING"])).toEqual({
      search: "SKU-1",
      placedFrom: "2025-03-01T06:00:00.000Z",
      placedTo: "2025-03-11T06:00:00.000Z",
      shippingType: "MANUAL",
      needsAttention: true,
      statuses: ["PENDING"],
    });
    expect(hasFilters(state)).toBe(true);
  });
});
