import type { EntityManager } from "typeorm";
import type { Database } from "../db/data-source";
import { inTransaction, type Tx } from "../db/transaction";
import { FILE_TYPES } from "../evidence/file-checks";
import type { FileStorage } from "../evidence/storage";
import { Upload } from "../evidence/upload.entity";
import { AppError, badInput, notFound } from "../graphql/errors";
import { OrderItem } from "../orders/order-item.entity";
import { OrderStatus } from "../orders/order-status";
import { Order } from "../orders/order.entity";
import type { ChangeBy, OrderService } from "../orders/order.service";
import { InvoiceState } from "./invoice-state";
import { Invoice } from "./invoice.entity";
import { checkExternalCfdi, parseExternalCfdi, type ExternalCfdi } from "./external-cfdi";
import { invoiceAmounts, InvoiceMathError, type InvoiceAmounts } from "./invoice-math";
import { renderInvoicePdf } from "./invoice-pdf";
import { ISSUER } from "./issuer";
import { Payment } from "./payment.entity";
import { CFDI_USES, RFC } from "./sat-catalogs";

export { CFDI_USES };

export interface CreateInvoiceRequest {
  orderId: number;
  receiverRfc?: string | null;
  receiverName?: string | null;
  cfdiUse?: string | null;
}

export interface AddPaymentRequest {
  invoiceId: number;
  method: string;
  amountCents: number;
  paidAt: Date;
  reference?: string | null;
}

export interface AttachExternalRequest {
  orderId: number;
  /** The stamped CFDI's XML, already uploaded. */
  xmlUploadId: number;
  /** Its printable representation, already uploaded. */
  pdfUploadId: number;
}

export const GENERIC_RFC = "XAXX010101000";
export const GENERIC_NAME = "PUBLICO EN GENERAL";
export const SERIES = "A";

/** SAT "forma de pago" codes (c_FormaPago) a seller receives; "99" is "por definir". */
export const PAYMENT_FORMS = new Map([
  ["01", "Efectivo"],
  ["02", "Cheque nominativo"],
  ["03", "Transferencia electrónica de fondos"],
  ["04", "Tarjeta de crédito"],
  ["05", "Monedero electrónico"],
  ["06", "Dinero electrónico"],
  ["08", "Vales de despensa"],
  ["28", "Tarjeta de débito"],
  ["29", "Tarjeta de servicios"],
  ["31", "Intermediario pagos"],
  ["99", "Por definir"],
]);

/** How far ahead of the server's clock a payment time may be (clock skew). */
const PAYMENT_CLOCK_SKEW_MS = 5 * 60 * 1000;
const MAX_ATTEMPTS = 8;
const XML_TYPES: ReadonlySet<string> = new Set(["application/xml", "text/xml"]);

const illegal = (message: string, extra: Record<string, unknown> = {}) => new AppError("ILLEGAL_TRANSITION", message, extra);

/** Invoices of orders: draft from the order's lines, issue ("Graba la factura") with its PDF, payments. */
export class InvoiceService {
  constructor(
    private readonly db: Database,
    private readonly orders: OrderService,
    private readonly storage: FileStorage,
  ) {}

  /** The draft invoice of an order; its folio is the next of the series. */
  async create(input: CreateInvoiceRequest, by: ChangeBy): Promise<Invoice> {
    const receiver = receiverOf(input);
    return this.retrying((tx) => this.createIn(tx, input.orderId, receiver, by));
  }

  private async createIn(tx: Tx, orderId: number, receiver: Receiver, by: ChangeBy): Promise<Invoice> {
    const { manager } = tx;
    const order = await manager.findOneBy(Order, { id: orderId });
    if (!order) throw notFound("El pedido");
    if (order.status === OrderStatus.CANCELLED) {
      throw illegal("No se puede facturar un pedido cancelado.", { from: order.status, action: "createInvoice" });
    }
    if (await manager.existsBy(Invoice, { orderId })) throw badInput("El pedido ya tiene factura.", "orderId");
    const amounts = await this.amountsOf(manager, order);
    const folio = String((await this.lastFolio(manager)) + 1);
    // Bumping the order's version first makes concurrent writers to this order take turns.
    await this.orders.touch(tx, orderId, { ...by, action: "invoiceCreated", note: `${SERIES}-${folio}` });
    const invoice = manager.create(Invoice, {
      orderId,
      state: InvoiceState.DRAFT,
      series: SERIES,
      folio,
      ...receiver,
      subtotalCents: amounts.subtotalCents,
      taxCents: amounts.taxCents,
      totalCents: amounts.totalCents,
      uuid: null,
      pdfUploadId: null,
      issuedAt: null,
      createdAt: new Date(),
    });
    return manager.save(invoice);
  }

  /** "Graba la factura": freezes a draft as ISSUED and stores its PDF. */
  async issue(invoiceId: number, by: ChangeBy): Promise<Invoice> {
    return this.retrying(async (tx) => {
      const { manager } = tx;
      const invoice = await this.invoiceOf(manager, invoiceId);
      if (invoice.state !== InvoiceState.DRAFT) {
        throw illegal("La factura ya está grabada.", { from: invoice.state, to: InvoiceState.ISSUED, action: "issueInvoice" });
      }
      const order = await this.orders.touch(tx, invoice.orderId, { ...by, action: "invoiceIssued", note: `${SERIES}-${invoice.folio}` });
      if (order.status === OrderStatus.CANCELLED) {
        throw illegal("No se puede grabar la factura de un pedido cancelado.", { from: order.status, action: "issueInvoice" });
      }
      const issuedAt = new Date();
      const amounts = await this.amountsOf(manager, order);
      const pdf = await renderInvoicePdf({
        series: invoice.series,
        folio: invoice.folio,
        issuedAt,
        receiver: { rfc: invoice.receiverRfc, name: invoice.receiverName, cfdiUse: invoice.cfdiUse },
        orderNumber: order.marketplaceOrderId,
        concepts: amounts.concepts,
        // The draft's totals are what gets issued; the concepts come from the same lines.
        subtotalCents: invoice.subtotalCents,
        taxCents: invoice.taxCents,
        totalCents: invoice.totalCents,
      });
      const storageKey = await this.storage.put(pdf);
      try {
        const upload = await manager.save(
          manager.create(Upload, {
            storageKey,
            fileName: `factura-${invoice.series}-${invoice.folio}.pdf`,
            contentType: "application/pdf",
            size: pdf.length,
            uploadedBy: by.actor,
            createdAt: issuedAt,
          }),
        );
        // Conditional on DRAFT: of two concurrent issues only one freezes the invoice.
        const result = await manager
          .createQueryBuilder()
          .update(Invoice)
          .set({ state: InvoiceState.ISSUED, issuedAt, pdfUploadId: upload.id })
          .where("id = :id AND state = :draft", { id: invoice.id, draft: InvoiceState.DRAFT })
          .execute();
        if (result.affected !== 1) throw illegal("La factura ya está grabada.", { from: InvoiceState.ISSUED, action: "issueInvoice" });
      } catch (err) {
        await this.storage.remove(storageKey).catch(() => undefined);
        throw err;
      }
      return this.invoiceOf(manager, invoice.id);
    });
  }

  /** Records a payment against an issued invoice, up to what is still unpaid. */
  async addPayment(input: AddPaymentRequest, by: ChangeBy): Promise<Invoice> {
    const payment = paymentOf(input);
    return this.retrying(async (tx) => {
      const { manager } = tx;
      const invoice = await this.invoiceOf(manager, input.invoiceId);
      if (invoice.state !== InvoiceState.ISSUED) {
        throw illegal("Graba la factura antes de registrar pagos.", { from: invoice.state, action: "addPayment" });
      }
      // The version bump serializes payments of one order: the sum below cannot go stale.
      await this.orders.touch(tx, invoice.orderId, {
        ...by,
        action: "paymentAdded",
        note: `${PAYMENT_FORMS.get(payment.method)} ${formatPesos(payment.amountCents)}${payment.reference ? ` (${payment.reference})` : ""}`,
      });
      const paid = await this.paidCents(manager, invoice.id);
      const unpaid = invoice.totalCents - paid;
      if (unpaid <= 0) throw badInput("La factura ya está pagada por completo.", "amount");
      if (payment.amountCents > unpaid) {
        throw badInput(`El pago excede lo pendiente de la factura: faltan ${formatPesos(unpaid)}.`, "amount");
      }
      await manager.insert(Payment, { invoiceId: invoice.id, ...payment });
      return invoice;
    });
  }

  /**
   * Records an invoice issued (and stamped) in another system: its CFDI XML and PDF, already
   * uploaded, become the order's ISSUED invoice, replacing a draft if there is one.
   */
  async attachExternal(input: AttachExternalRequest, by: ChangeBy): Promise<Invoice> {
    // Uploads never change: read and parse the XML before any transaction.
    const { manager: reader } = this.db.dataSource;
    const xmlUpload = await reader.findOneBy(Upload, { id: input.xmlUploadId });
    if (!xmlUpload) throw notFound("El archivo XML");
    const pdfUpload = await reader.findOneBy(Upload, { id: input.pdfUploadId });
    if (!pdfUpload) throw notFound("El archivo PDF");
    const fileProblems: string[] = [];
    let cfdi: ExternalCfdi | null = null;
    if (!XML_TYPES.has(xmlUpload.contentType)) {
      fileProblems.push(`El archivo "${xmlUpload.fileName}" no es un XML (es ${xmlUpload.contentType}); adjunta el XML del CFDI.`);
    } else if (xmlUpload.size > FILE_TYPES["application/xml"].maxBytes) {
      fileProblems.push("El XML es demasiado grande para ser un CFDI.");
    } else {
      const reading = parseExternalCfdi(await readAll(this.storage.read(xmlUpload.storageKey)));
      if (reading.ok) cfdi = reading.cfdi;
      else fileProblems.push(...reading.problems);
    }
    if (pdfUpload.contentType !== "application/pdf") {
      fileProblems.push(`El archivo "${pdfUpload.fileName}" no es un PDF (es ${pdfUpload.contentType}); adjunta el PDF de la factura.`);
    }

    return this.retrying(async (tx) => {
      const { manager } = tx;
      // The version bump serializes writers of this order: the checks below cannot go stale.
      const order = await this.orders.touch(tx, input.orderId, {
        ...by,
        action: "attachExternalInvoice",
        note: cfdi ? `UUID ${cfdi.uuid}` : null,
      });
      if (order.status === OrderStatus.CANCELLED) {
        throw illegal("No se puede facturar un pedido cancelado.", { from: order.status, action: "attachExternalInvoice" });
      }
      const current = await manager.findOneBy(Invoice, { orderId: order.id });
      if (current && current.state !== InvoiceState.DRAFT) throw badInput("El pedido ya tiene factura.", "orderId");

      const problems = [...fileProblems];
      if (cfdi) {
        problems.push(...checkExternalCfdi(cfdi, { totalCents: order.totalCents, issuerRfc: ISSUER.rfc }));
        const sameUuid = await manager.findOneBy(Invoice, { uuid: cfdi.uuid });
        if (sameUuid) problems.push(`El UUID ${cfdi.uuid} ya está registrado en la factura ${folioOf(sameUuid)} de otro pedido.`);
        if (cfdi.folio) {
          const sameFolio = await manager.findOneBy(Invoice, { series: cfdi.series ?? "", folio: cfdi.folio });
          if (sameFolio && sameFolio.id !== current?.id) {
            problems.push(`La serie y folio ${folioOf(sameFolio)} del CFDI ya los usa otra factura.`);
          }
        }
      }
      if (!cfdi || problems.length > 0) {
        throw new AppError("BAD_USER_INPUT", problems[0] ?? "El XML no es un CFDI válido.", { problems });
      }

      if (current) await manager.delete(Invoice, { id: current.id });
      const invoice = manager.create(Invoice, {
        orderId: order.id,
        state: InvoiceState.ISSUED,
        series: cfdi.series ?? "",
        folio: cfdi.folio!,
        receiverRfc: cfdi.receiver.rfc,
        receiverName: cfdi.receiver.name,
        cfdiUse: cfdi.receiver.cfdiUse,
        subtotalCents: cfdi.subtotalCents,
        taxCents: cfdi.taxCents,
        totalCents: cfdi.totalCents,
        uuid: cfdi.uuid,
        pdfUploadId: pdfUpload.id,
        issuedAt: cfdi.issuedAt,
        createdAt: new Date(),
      });
      return manager.save(invoice);
    });
  }

  private async invoiceOf(manager: EntityManager, invoiceId: number): Promise<Invoice> {
    const invoice = await manager.findOneBy(Invoice, { id: invoiceId });
    if (!invoice) throw notFound("La factura");
    return invoice;
  }

  private async amountsOf(manager: EntityManager, order: Order): Promise<InvoiceAmounts> {
    const items = await manager.find(OrderItem, { where: { orderId: order.id }, order: { id: "ASC" } });
    try {
      return invoiceAmounts(
        items.map((i) => ({ quantity: i.quantity, unitPriceCents: i.unitPriceCents, description: i.title, sku: i.sku })),
        order.totalCents,
      );
    } catch (err) {
      if (err instanceof InvoiceMathError) throw badInput(err.message, "orderId");
      throw err;
    }
  }

  private async paidCents(manager: EntityManager, invoiceId: number): Promise<number> {
    const row = await manager
      .createQueryBuilder(Payment, "p")
      .select("COALESCE(SUM(p.amountCents), 0)", "paid")
      .where("p.invoiceId = :invoiceId", { invoiceId })
      .getRawOne<{ paid: string | number }>();
    return Number(row?.paid ?? 0);
  }

  /** The highest numeric folio of the series (0 when none). */
  private async lastFolio(manager: EntityManager): Promise<number> {
    const cast = this.db.engine === "mysql" ? "UNSIGNED" : "INTEGER";
    const row = await manager
      .createQueryBuilder(Invoice, "i")
      .select(`MAX(CAST(i.folio AS ${cast}))`, "last")
      .where("i.series = :series", { series: SERIES })
      .getRawOne<{ last: string | number | null }>();
    return Number(row?.last ?? 0);
  }

  /**
   * Runs the work in a transaction, again when a concurrent writer won a race (the same folio,
   * the order's version, a deadlock): the next attempt sees what that writer committed.
   */
  private async retrying<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await inTransaction(this.db, work);
      } catch (err) {
        if (attempt >= MAX_ATTEMPTS || !isRace(err)) throw err;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
      }
    }
  }
}

interface Receiver {
  receiverRfc: string;
  receiverName: string;
  cfdiUse: string;
}

function receiverOf(input: CreateInvoiceRequest): Receiver {
  const rfc = input.receiverRfc?.trim().toUpperCase() || GENERIC_RFC;
  if (!RFC.test(rfc)) {
    throw badInput("El RFC del receptor no es válido: debe tener 12 o 13 caracteres con el formato del SAT.", "receiverRfc");
  }
  const cfdiUse = input.cfdiUse?.trim().toUpperCase() || "S01";
  if (!CFDI_USES.has(cfdiUse)) throw badInput(`El uso CFDI "${cfdiUse}" no existe en el catálogo del SAT.`, "cfdiUse");
  if (rfc === GENERIC_RFC && cfdiUse !== "S01") {
    throw badInput('Para el RFC genérico (público en general) el uso CFDI debe ser "S01".', "cfdiUse");
  }
  const name = input.receiverName?.trim().replace(/\s+/g, " ") ?? "";
  if (name.length > 300) throw badInput("El nombre del receptor es demasiado largo (máximo 300 caracteres).", "receiverName");
  if (!name && rfc !== GENERIC_RFC) throw badInput("Indica el nombre o razón social del receptor.", "receiverName");
  return { receiverRfc: rfc, receiverName: name || GENERIC_NAME, cfdiUse };
}

function paymentOf(input: AddPaymentRequest): Omit<Payment, "id" | "invoiceId" | "invoice"> {
  const method = input.method.trim();
  if (!PAYMENT_FORMS.has(method)) {
    throw badInput(`La forma de pago "${method}" no es válida; usa una clave del SAT como "03" (transferencia).`, "method");
  }
  if (!Number.isSafeInteger(input.amountCents) || input.amountCents <= 0) {
    throw badInput("El monto del pago debe ser mayor que cero.", "amount");
  }
  if (!(input.paidAt instanceof Date) || Number.isNaN(input.paidAt.getTime())) {
    throw badInput("La fecha del pago no es válida.", "paidAt");
  }
  if (input.paidAt.getTime() > Date.now() + PAYMENT_CLOCK_SKEW_MS) {
    throw badInput("La fecha del pago no puede estar en el futuro.", "paidAt");
  }
  const reference = input.reference?.trim() || null;
  if (reference && reference.length > 100) throw badInput("La referencia es demasiado larga (máximo 100 caracteres).", "reference");
  return { method, amountCents: input.amountCents, paidAt: input.paidAt, reference };
}

const folioOf = (invoice: Invoice) => (invoice.series ? `${invoice.series}-${invoice.folio}` : invoice.folio);

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

const formatPesos = (cents: number) =>
  `$${(cents / 100).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** A lost race worth another attempt: a duplicate folio, a stale order version or a deadlock. */
function isRace(err: unknown): boolean {
  if (err instanceof AppError) return err.code === "CONFLICT";
  const e = err as { code?: unknown; errno?: unknown; message?: unknown; driverError?: { code?: unknown; message?: unknown } };
  const code = String(e.driverError?.code ?? e.code ?? "");
  const message = String(e.driverError?.message ?? e.message ?? "");
  if (code === "ER_LOCK_DEADLOCK" || code === "ER_LOCK_WAIT_TIMEOUT") return true;
  const duplicate = code === "ER_DUP_ENTRY" || /UNIQUE constraint failed/i.test(message);
  return duplicate && /series|folio/i.test(message);
}
