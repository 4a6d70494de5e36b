/**
 * CFDI 4.0 amounts from marketplace prices, which already include IVA. Pure: no I/O.
 *
 * Each line's base is round(lineTotal / 1.16) and its IVA is what is left, so every line adds
 * up to its price exactly and the invoice adds up to the order total to the cent.
 */

/** IVA 16%, as a fraction for the CFDI "TasaOCuota". */
export const IVA_RATE = "0.160000";

export interface PricedLine {
  /** Unit price including IVA, in cents. */
  unitPriceCents: number;
  quantity: number;
  description: string;
  sku?: string | null;
}

export interface InvoiceConcept {
  quantity: number;
  description: string;
  sku: string | null;
  /** Unit value without IVA, rounded to the cent (for display). */
  unitValueCents: number;
  /** Unit value without IVA with six decimals ("ValorUnitario"): quantity × it is the amount. */
  unitValue: string;
  /** Line amount without IVA ("Importe"), in cents. */
  amountCents: number;
  /** IVA of the line, in cents. */
  taxCents: number;
  /** What the buyer paid for the line: amount + IVA. */
  totalCents: number;
}

export interface InvoiceAmounts {
  concepts: InvoiceConcept[];
  subtotalCents: number;
  taxCents: number;
  totalCents: number;
}

/** Thrown when the lines cannot make up an invoice (empty, negative, or above the order total). */
export class InvoiceMathError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InvoiceMathError";
  }
}

/** What the order charges beyond its lines (Claro Shop's "envio"); invoiced as its own concept. */
export const SHIPPING_DESCRIPTION = "Envío";

/** Amount without IVA of a price that includes it, rounded half up to the cent (integers only). */
export function baseOf(totalCents: number): number {
  // round(total / 1.16) == floor((100 * total + 58) / 116); an exact tie cannot happen.
  return Math.floor((totalCents * 100 + 58) / 116);
}

/** `cents / quantity` in pesos with six decimals, rounded half up. */
function perUnit(cents: number, quantity: number): string {
  const micro = Math.floor((cents * 10_000 * 2 + quantity) / (2 * quantity));
  return `${Math.floor(micro / 1_000_000)}.${String(micro % 1_000_000).padStart(6, "0")}`;
}

function concept(line: Required<Pick<PricedLine, "quantity" | "description">> & { sku: string | null }, lineTotal: number): InvoiceConcept {
  const amountCents = baseOf(lineTotal);
  return {
    quantity: line.quantity,
    description: line.description,
    sku: line.sku,
    unitValueCents: Math.round(amountCents / line.quantity),
    unitValue: perUnit(amountCents, line.quantity),
    amountCents,
    taxCents: lineTotal - amountCents,
    totalCents: lineTotal,
  };
}

/**
 * The concepts of the invoice of an order. When `orderTotalCents` is given and exceeds the lines
 * (shipping charges), the difference becomes one more concept so the invoice equals the order.
 */
export function invoiceAmounts(lines: PricedLine[], orderTotalCents?: number): InvoiceAmounts {
  if (lines.length === 0) throw new InvoiceMathError("El pedido no tiene artículos que facturar.");
  const concepts = lines.map((line) => {
    if (!Number.isSafeInteger(line.quantity) || line.quantity <= 0) {
      throw new InvoiceMathError(`Cantidad no válida en "${line.description}".`);
    }
    if (!Number.isSafeInteger(line.unitPriceCents) || line.unitPriceCents < 0) {
      throw new InvoiceMathError(`Precio no válido en "${line.description}".`);
    }
    return concept({ quantity: line.quantity, description: line.description, sku: line.sku ?? null }, line.unitPriceCents * line.quantity);
  });
  const linesTotal = concepts.reduce((sum, c) => sum + c.totalCents, 0);
  if (orderTotalCents !== undefined) {
    if (!Number.isSafeInteger(orderTotalCents) || orderTotalCents < linesTotal) {
      throw new InvoiceMathError("El total del pedido es menor que la suma de sus artículos; no se puede facturar.");
    }
    if (orderTotalCents > linesTotal) {
      concepts.push(concept({ quantity: 1, description: SHIPPING_DESCRIPTION, sku: null }, orderTotalCents - linesTotal));
    }
  }
  const subtotalCents = concepts.reduce((sum, c) => sum + c.amountCents, 0);
  const taxCents = concepts.reduce((sum, c) => sum + c.taxCents, 0);
  return { concepts, subtotalCents, taxCents, totalCents: subtotalCents + taxCents };
}
