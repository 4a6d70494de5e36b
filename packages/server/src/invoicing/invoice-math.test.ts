import { baseOf, invoiceAmounts, InvoiceMathError, SHIPPING_DESCRIPTION, type InvoiceAmounts, type PricedLine } from "./invoice-math";

const line = (quantity: number, unitPriceCents: number, description = "Artículo"): PricedLine => ({
  quantity,
  unitPriceCents,
  description,
});

const orderTotal = (lines: PricedLine[]) => lines.reduce((sum, l) => sum + l.quantity * l.unitPriceCents, 0);

/** The invariants every invoice must keep. */
function expectConsistent(result: InvoiceAmounts, total: number): void {
  expect(result.totalCents).toBe(total);
  expect(result.subtotalCents + result.taxCents).toBe(total);
  expect(result.concepts.reduce((s, c) => s + c.amountCents, 0)).toBe(result.subtotalCents);
  expect(result.concepts.reduce((s, c) => s + c.taxCents, 0)).toBe(result.taxCents);
  for (const c of result.concepts) {
    expect(Number.isInteger(c.amountCents) && Number.isInteger(c.taxCents)).toBe(true);
    expect(c.amountCents + c.taxCents).toBe(c.totalCents);
    // IVA is 16% of the line's base within a cent.
    expect(Math.abs(c.taxCents - c.amountCents * 0.16)).toBeLessThanOrEqual(1);
    // quantity × ValorUnitario reproduces the amount (six decimals).
    expect(Math.abs(Number(c.unitValue) * c.quantity * 100 - c.amountCents)).toBeLessThan(0.5);
    expect(c.unitValue).toMatch(/^\d+\.\d{6}$/);
  }
}

describe("invoice math (prices include IVA 16%)", () => {
  it("derives base and IVA of a round price", () => {
    const result = invoiceAmounts([line(1, 116000)]);
    expect(result).toMatchObject({ subtotalCents: 100000, taxCents: 16000, totalCents: 116000 });
    expect(result.concepts[0]).toMatchObject({ unitValueCents: 100000, unitValue: "1000.000000", amountCents: 100000, taxCents: 16000 });
  });

  it("1 x 1299.99", () => {
    const result = invoiceAmounts([line(1, 129999)]);
    expectConsistent(result, 129999);
    expect(result.concepts[0]).toMatchObject({ amountCents: 112068, taxCents: 17931 });
  });

  it("3 x 333.33 rounds the line, not the unit", () => {
    const lines = [line(3, 33333)];
    const result = invoiceAmounts(lines);
    expectConsistent(result, 99999);
    // 999.99 / 1.16 = 862.0603... -> 862.06; IVA 137.93.
    expect(result.concepts[0]).toMatchObject({ amountCents: 86206, taxCents: 13793, unitValueCents: 28735, unitValue: "287.353333" });
  });

  it("7 x 0.01 (IVA rounding at the smallest amounts)", () => {
    const result = invoiceAmounts([line(7, 1)]);
    expectConsistent(result, 7);
    expect(result.concepts[0]).toMatchObject({ amountCents: 6, taxCents: 1 });
  });

  it("a single cent, and a free line", () => {
    expectConsistent(invoiceAmounts([line(1, 1)]), 1);
    expectConsistent(invoiceAmounts([line(2, 0), line(1, 1)]), 1);
  });

  it("many odd lines add up to the order total exactly", () => {
    const lines: PricedLine[] = [];
    for (let i = 0; i < 200; i++) lines.push(line(1 + ((i * 7) % 13), 1 + ((i * 7919 + 13) % 250000), `Artículo ${i}`));
    const result = invoiceAmounts(lines);
    expectConsistent(result, orderTotal(lines));
    expect(result.concepts).toHaveLength(200);
    // Across the whole invoice IVA stays within a cent per line of 16%.
    expect(Math.abs(result.taxCents - result.subtotalCents * 0.16)).toBeLessThanOrEqual(lines.length);
  });

  it("every total from 0.01 to 500.00 keeps the invariants", () => {
    const broken: number[] = [];
    for (let cents = 1; cents <= 50000; cents++) {
      const base = baseOf(cents);
      if (Math.abs(base - cents / 1.16) > 0.5 || Math.abs(cents - base - base * 0.16) > 0.58) broken.push(cents);
    }
    expect(broken).toEqual([]);
  });

  it("turns what the order charges beyond its lines into a shipping concept", () => {
    const lines = [line(3, 33333), line(7, 1)];
    const result = invoiceAmounts(lines, orderTotal(lines) + 9900);
    expectConsistent(result, orderTotal(lines) + 9900);
    expect(result.concepts.at(-1)).toMatchObject({ description: SHIPPING_DESCRIPTION, quantity: 1, totalCents: 9900 });
    expect(invoiceAmounts(lines, orderTotal(lines)).concepts).toHaveLength(2);
  });

  it("refuses what cannot be invoiced", () => {
    expect(() => invoiceAmounts([])).toThrow(InvoiceMathError);
    expect(() => invoiceAmounts([line(0, 100)])).toThrow(InvoiceMathError);
    expect(() => invoiceAmounts([line(1.5, 100)])).toThrow(InvoiceMathError);
    expect(() => invoiceAmounts([line(1, -100)])).toThrow(InvoiceMathError);
    expect(() => invoiceAmounts([line(1, 100)], 99)).toThrow(InvoiceMathError);
  });
});
