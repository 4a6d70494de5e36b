import { SANDBOX_PRODUCTS, SANDBOX_UNKNOWN_SKUS } from "./catalog";
import { createIdSequences, generateOrders } from "./order-generator";
import { OrderStore } from "./order-store";
import type { SandboxOrder } from "./order.types";

const NOW = Date.parse("2025-03-10T18:00:00Z");
const generate = (seed: number, count: number): SandboxOrder[] =>
  generateOrders({ seed, count, nowMs: NOW }, createIdSequences(seed));

describe("seeded orders", () => {
  it("are the same for the same seed and differ for another", () => {
    expect(JSON.stringify(generate(1, 40))).toBe(JSON.stringify(generate(1, 40)));
    expect(generate(2, 40)[0]?.nopedido).not.toBe(generate(1, 40)[0]?.nopedido);
  });

  it("look like real marketplace orders", () => {
    const orders = generate(1, 40);
    const statuses = orders.map((o) => o.status);
    expect(statuses.filter((s) => s === "Pendiente").length).toBeGreaterThan(orders.length / 2);
    expect(statuses).toContain("Embarcado");
    expect(statuses).toContain("Entregado");
    for (const o of orders) {
      expect(o.nopedido).toMatch(/^\d{8}$/);
      expect(o.lines.length).toBeGreaterThanOrEqual(1);
      expect(o.lines.length).toBeLessThanOrEqual(3);
      expect(NOW - o.placedAt).toBeLessThanOrEqual(30 * 86_400_000);
      expect(o.placedAt).toBeLessThanOrEqual(NOW);
      expect(o.shipping.cp).toMatch(/^\d{5}$/);
      expect(o.shipping.recipient.split(" ").length).toBeGreaterThanOrEqual(3);
    }
    const lines = orders.flatMap((o) => o.lines);
    expect(lines.some((l) => l.quantity > 1)).toBe(true);
    expect(lines.some((l) => SANDBOX_UNKNOWN_SKUS.includes(l.sku))).toBe(true);
    const known = new Set(SANDBOX_PRODUCTS.map((p) => p.sku));
    expect(lines.filter((l) => known.has(l.sku)).length).toBeGreaterThan(lines.length * 0.8);
    expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length);
  });

  it("keep catalogue and unknown SKUs apart, with integer prices", () => {
    const known = SANDBOX_PRODUCTS.map((p) => p.sku);
    expect(new Set(known).size).toBe(known.length);
    expect(known.some((sku) => SANDBOX_UNKNOWN_SKUS.includes(sku))).toBe(false);
    for (const p of SANDBOX_PRODUCTS) expect(Number.isInteger(p.price)).toBe(true);
  });

  it("scale to 10,000 orders quickly", () => {
    const started = performance.now();
    const store = new OrderStore(() => NOW, { seed: 5, orderCount: 10_000 });
    expect(store.all()).toHaveLength(10_000);
    expect(new Set(store.all().map((o) => o.nopedido)).size).toBe(10_000);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
