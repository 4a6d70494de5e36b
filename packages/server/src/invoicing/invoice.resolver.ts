import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import { changeBy, parseId } from "../graphql/actor";
import type { Context } from "../graphql/context";
import { isPaid } from "../orders/order-facts";
import { Invoice } from "./invoice.entity";
import { AttachExternalInvoiceInput, CreateInvoiceInput, PaymentInput } from "./invoicing.types";
import { Payment } from "./payment.entity";

@Resolver(() => Invoice)
export class InvoiceResolver {
  @Authorized()
  @Mutation(() => Invoice, { description: "Creates the order's draft invoice from its lines (prices include IVA)." })
  createInvoice(@Ctx() ctx: Context, @Arg("input", () => CreateInvoiceInput, { description: "The order and the receiver's fiscal data." }) input: CreateInvoiceInput): Promise<Invoice> {
    return ctx.services.invoices.create(
      {
        orderId: parseId(input.orderId),
        receiverRfc: input.receiverRfc,
        receiverName: input.receiverName,
        cfdiUse: input.cfdiUse,
      },
      changeBy(ctx),
    );
  }

  @Authorized()
  @Mutation(() => Invoice, { description: '"Graba la factura": freezes a draft invoice as ISSUED and renders its PDF.' })
  issueInvoice(@Ctx() ctx: Context, @Arg("invoiceId", () => ID, { description: "The draft invoice to issue." }) invoiceId: string): Promise<Invoice> {
    return ctx.services.invoices.issue(parseId(invoiceId), changeBy(ctx));
  }

  @Authorized()
  @Mutation(() => Invoice, {
    description:
      "Attaches an invoice issued in another system (its stamped CFDI 4.0 XML and PDF) as the order's ISSUED invoice, " +
      "replacing a draft; refusals list their reasons in extensions.problems.",
  })
  attachExternalInvoice(
    @Ctx() ctx: Context,
    @Arg("input", () => AttachExternalInvoiceInput, { description: "The order and the uploaded XML and PDF." }) input: AttachExternalInvoiceInput,
  ): Promise<Invoice> {
    return ctx.services.invoices.attachExternal(
      { orderId: parseId(input.orderId), xmlUploadId: parseId(input.xmlUploadId), pdfUploadId: parseId(input.pdfUploadId) },
      changeBy(ctx),
    );
  }

  @Authorized()
  @Mutation(() => Invoice, { description: "Records a payment against an issued invoice, up to what is unpaid." })
  addPayment(@Ctx() ctx: Context, @Arg("input", () => PaymentInput, { description: "The payment." }) input: PaymentInput): Promise<Invoice> {
    return ctx.services.invoices.addPayment(
      {
        invoiceId: parseId(input.invoiceId),
        method: input.method,
        amountCents: input.amount,
        paidAt: input.paidAt,
        reference: input.reference,
      },
      changeBy(ctx),
    );
  }

  @FieldResolver(() => [Payment], { description: "Payments recorded so far, by date received." })
  payments(@Root() invoice: Invoice, @Ctx() ctx: Context): Promise<Payment[]> {
    return ctx.loaders.paymentsByInvoice.load(invoice.id);
  }

  @FieldResolver(() => Boolean, { description: "True when payments cover the total." })
  async paid(@Root() invoice: Invoice, @Ctx() ctx: Context): Promise<boolean> {
    return isPaid(invoice, await ctx.loaders.paymentsByInvoice.load(invoice.id));
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Fiscal UUID (folio fiscal) of the stamped CFDI; null for invoices issued here.",
  })
  uuid(@Root() invoice: Invoice): string | null {
    return invoice.uuid;
  }

  @FieldResolver(() => String, { nullable: true, description: "Short-lived download link of the PDF." })
  pdfUrl(@Root() invoice: Invoice, @Ctx() ctx: Context): string | null {
    return invoice.pdfUploadId === null ? null : ctx.services.fileLinks.link(invoice.pdfUploadId);
  }
}
