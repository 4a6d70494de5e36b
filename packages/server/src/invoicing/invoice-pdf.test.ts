import { invoiceAmounts } from "./invoice-math";
import { formatMexicoCity, formatMxn, renderInvoicePdf, type InvoicePdfData } from "./invoice-pdf";

/** pdfkit writes standard-font text as hex WinAnsi strings: decode them to search the page. */
function textOf(pdf: Buffer): string {
  const raw = pdf.toString("latin1");
  return [...raw.matchAll(/<([0-9a-f]+)>/gi)].map((m) => Buffer.from(m[1], "hex").toString("latin1")).join("");
}

function sample(lines = 3): InvoicePdfData {
  const amounts = invoiceAmounts(
    Array.from({ length: lines }, (_, i) => ({
      quantity: 1 + (i % 3),
      unitPriceCents: 33333 + i,
      description: `Artículo número ${i} con un título largo de marketplace que ocupa más de una línea`,
      sku: `SKU-${i}`,
    })),
  );
  return {
    series: "A",
    folio: "17",
    issuedAt: new Date("2026-01-15T03:30:00Z"),
    receiver: { rfc: "XAXX010101000", name: "PUBLICO EN GENERAL", cfdiUse: "S01" },
    orderNumber: "70000001",
    ...amounts,
  };
}

describe("invoice PDF", () => {
  it("formats money and Mexico City time", () => {
    expect(formatMxn(123456789)).toBe("$1,234,567.89 MXN");
    // 03:30 UTC is the previous evening in Mexico City (UTC-6).
    expect(formatMexicoCity(new Date("2026-01-15T03:30:00Z"))).toMatch(/^14 de enero de 2026.* 9:30 p\. ?m\./);
  });

  it("renders a real PDF with the issuer, receiver, concepts and totals", async () => {
    const data = sample();
    const pdf = await renderInvoicePdf(data, { compress: false });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.toString("latin1").trimEnd().endsWith("%%EOF")).toBe(true);
    const text = textOf(pdf);
    for (const expected of [
      "Vendedor Demo SA de CV",
      "EKU9003173C9",
      "XAXX010101000",
      "PUBLICO EN GENERAL",
      "A-17",
      "14 de enero de 2026",
      "Descripción",
      "Valor unitario",
      "SKU-2",
      "Subtotal",
      "IVA 16%",
      formatMxn(data.subtotalCents),
      formatMxn(data.taxCents),
      formatMxn(data.totalCents),
    ]) {
      expect(text.replace(/\s+/g, "")).toContain(expected.replace(/\s+/g, ""));
    }
  });

  it("continues the table on new pages for long invoices", async () => {
    const pdf = await renderInvoicePdf(sample(60), { compress: false });
    const pages = pdf.toString("latin1").match(/\/Type \/Page\b/g) ?? [];
    expect(pages.length).toBeGreaterThan(1);
  });
});
