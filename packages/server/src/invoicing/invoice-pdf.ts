import PDFDocument from "pdfkit";
import type { InvoiceConcept } from "./invoice-math";
import { ISSUER } from "./issuer";

export interface InvoicePdfData {
  series: string;
  folio: string;
  issuedAt: Date;
  receiver: { rfc: string; name: string; cfdiUse: string };
  /** The marketplace order number, for the buyer's reference. */
  orderNumber: string;
  concepts: InvoiceConcept[];
  subtotalCents: number;
  taxCents: number;
  totalCents: number;
}

const MXN = new Intl.NumberFormat("es-MX", { style: "currency", currency: "MXN" });
const DATE = new Intl.DateTimeFormat("es-MX", { timeZone: "America/Mexico_City", dateStyle: "long", timeStyle: "short" });

/** Helvetica (WinAnsi) has no narrow or non-breaking spaces: ICU output uses them. */
const plain = (text: string) => text.replace(/[\u00a0\u202f\u2009]/g, " ");

export const formatMxn = (cents: number) => plain(`${MXN.format(cents / 100)} MXN`);
export const formatMexicoCity = (at: Date) => plain(`${DATE.format(at)} (hora del centro de México)`);

const PAGE_MARGIN = 40;
/** Table columns: x offset from the margin and width, on a letter page (532 pt usable). */
const COLUMNS = [
  { key: "quantity", label: "Cant.", width: 40, align: "right" },
  { key: "description", label: "Descripción", width: 212, align: "left" },
  { key: "unitValue", label: "Valor unitario", width: 90, align: "right" },
  { key: "amount", label: "Importe", width: 95, align: "right" },
  { key: "tax", label: "IVA 16%", width: 95, align: "right" },
] as const;
type ColumnKey = (typeof COLUMNS)[number]["key"];

function cells(c: InvoiceConcept): Record<ColumnKey, string> {
  return {
    quantity: String(c.quantity),
    description: c.sku ? `${c.description} (SKU ${c.sku})` : c.description,
    unitValue: formatMxn(c.unitValueCents).replace(" MXN", ""),
    amount: formatMxn(c.amountCents).replace(" MXN", ""),
    tax: formatMxn(c.taxCents).replace(" MXN", ""),
  };
}

/** Renders the invoice's printable representation (not a stamped CFDI: no seal, no UUID yet). */
export function renderInvoicePdf(data: InvoicePdfData, options: { compress?: boolean } = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "LETTER",
    margin: PAGE_MARGIN,
    compress: options.compress ?? true,
    info: { Title: `Factura ${data.series}-${data.folio}`, Author: ISSUER.name, Subject: `Pedido ${data.orderNumber}` },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const left = PAGE_MARGIN;
  const width = doc.page.width - 2 * PAGE_MARGIN;
  const bottom = () => doc.page.height - PAGE_MARGIN;

  // Header: issuer on the left, document identity on the right.
  doc.font("Helvetica-Bold").fontSize(16).text(ISSUER.name, left, PAGE_MARGIN, { width: width / 2 });
  doc.font("Helvetica").fontSize(9).text(`RFC: ${ISSUER.rfc}`).text(`Régimen fiscal: ${ISSUER.regime}`)
    .text(`Lugar de expedición: ${ISSUER.postalCode}`);
  const headerBottom = doc.y;
  doc
    .font("Helvetica-Bold")
    .fontSize(14)
    .text("FACTURA", left + width / 2, PAGE_MARGIN, { width: width / 2, align: "right" })
    .fontSize(10)
    .text(`Serie y folio: ${data.series}-${data.folio}`, { width: width / 2, align: "right" })
    .font("Helvetica")
    .fontSize(9)
    .text(`Fecha de emisión: ${formatMexicoCity(data.issuedAt)}`, { width: width / 2, align: "right" })
    .text(`Pedido Claro Shop: ${data.orderNumber}`, { width: width / 2, align: "right" })
    .text("Moneda: MXN", { width: width / 2, align: "right" });
  let y = Math.max(headerBottom, doc.y) + 16;

  // Receiver.
  doc.font("Helvetica-Bold").fontSize(10).text("Receptor", left, y);
  doc
    .font("Helvetica")
    .fontSize(9)
    .text(`Nombre: ${data.receiver.name}`, { width })
    .text(`RFC: ${data.receiver.rfc}`)
    .text(`Uso CFDI: ${data.receiver.cfdiUse}`);
  y = doc.y + 16;

  const header = () => {
    doc.rect(left, y, width, 18).fill("#e8e8e8").fillColor("#000");
    let x = left;
    doc.font("Helvetica-Bold").fontSize(9);
    for (const col of COLUMNS) {
      doc.text(col.label, x + 3, y + 5, { width: col.width - 6, align: col.align });
      x += col.width;
    }
    y += 22;
    doc.font("Helvetica").fontSize(9);
  };
  header();
  for (const concept of data.concepts) {
    const row = cells(concept);
    const height = Math.max(...COLUMNS.map((col) => doc.heightOfString(row[col.key], { width: col.width - 6 }))) + 6;
    if (y + height > bottom() - 80) {
      doc.addPage();
      y = PAGE_MARGIN;
      header();
    }
    let x = left;
    for (const col of COLUMNS) {
      doc.text(row[col.key], x + 3, y, { width: col.width - 6, align: col.align });
      x += col.width;
    }
    y += height;
    doc.moveTo(left, y - 3).lineTo(left + width, y - 3).lineWidth(0.5).strokeColor("#cccccc").stroke();
  }

  // Totals, right-aligned under the amounts.
  y += 8;
  const labelX = left + width - 260;
  const totals: [string, number][] = [
    ["Subtotal", data.subtotalCents],
    ["IVA 16%", data.taxCents],
    ["Total", data.totalCents],
  ];
  for (const [label, cents] of totals) {
    const bold = label === "Total";
    doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(bold ? 11 : 10);
    doc.text(`${label}:`, labelX, y, { width: 110, align: "right" });
    doc.text(formatMxn(cents), labelX + 110, y, { width: 150, align: "right" });
    y += 16;
  }

  doc
    .font("Helvetica")
    .fontSize(8)
    .fillColor("#555555")
    .text("Este documento es una representación impresa de la factura; los precios incluyen IVA.", left, y + 16, { width });
  doc.end();
  return done;
}
