import { Field, ID, InputType } from "type-graphql";
import { DateTimeScalar, DecimalScalar } from "../graphql/scalars";

@InputType({ description: "Creates the draft invoice (CFDI 4.0) of an order from its lines." })
export class CreateInvoiceInput {
  @Field(() => ID, { description: "The order to invoice; one invoice per order." })
  orderId: string;

  @Field(() => String, {
    nullable: true,
    description: 'Receiver RFC (12 or 13 characters); "XAXX010101000" (público en general) when absent.',
  })
  receiverRfc?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Receiver name or business name; "PUBLICO EN GENERAL" when absent with the generic RFC.',
  })
  receiverName?: string | null;

  @Field(() => String, { nullable: true, description: 'CFDI 4.0 "UsoCFDI" code, e.g. "G03"; "S01" when absent.' })
  cfdiUse?: string | null;
}

@InputType({ description: "A payment received against an issued invoice." })
export class PaymentInput {
  @Field(() => ID, { description: "The issued invoice the payment is for." })
  invoiceId: string;

  @Field(() => String, { description: 'SAT payment form ("forma de pago"), e.g. "03" (transferencia).' })
  method: string;

  @Field(() => DecimalScalar, { description: "Amount received (MXN); at most what is still unpaid." })
  amount: number;

  @Field(() => DateTimeScalar, { description: "When it was received; not in the future." })
  paidAt: Date;

  @Field(() => String, { nullable: true, description: "Bank reference, e.g. the SPEI tracking key." })
  reference?: string | null;
}

@InputType({ description: "An invoice issued and stamped in another system, attached to an order instead of issuing it here." })
export class AttachExternalInvoiceInput {
  @Field(() => ID, { description: "The order the invoice is for; it must not have an issued invoice (a draft is replaced)." })
  orderId: string;

  @Field(() => ID, {
    description: "Upload of the stamped CFDI 4.0 XML (from POST /uploads): issued by us, in MXN, with the order's total and a UUID.",
  })
  xmlUploadId: string;

  @Field(() => ID, { description: "Upload of the invoice's PDF (from POST /uploads): becomes the invoice's pdfUrl." })
  pdfUploadId: string;
}
