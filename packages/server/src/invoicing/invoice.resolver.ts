import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../graphql/context";
import { isPaid } from "../orders/order-facts";
import { Invoice } from "./invoice.entity";
import { Payment } from "./payment.entity";

@Resolver(() => Invoice)
export class InvoiceResolver {
  @FieldResolver(() => [Payment])
  payments(@Root() invoice: Invoice, @Ctx() ctx: Context): Promise<Payment[]> {
    return ctx.loaders.paymentsByInvoice.load(invoice.id);
  }

  @FieldResolver(() => Boolean, { description: "True when payments cover the total." })
  async paid(@Root() invoice: Invoice, @Ctx() ctx: Context): Promise<boolean> {
    return isPaid(invoice, await ctx.loaders.paymentsByInvoice.load(invoice.id));
  }

  @FieldResolver(() => String, { nullable: true, description: "Short-lived download link of the PDF." })
  pdfUrl(@Root() invoice: Invoice, @Ctx() ctx: Context): string | null {
    return invoice.pdfUploadId === null ? null : ctx.services.fileLinks.link(invoice.pdfUploadId);
  }
}
