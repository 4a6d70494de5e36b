import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, ManyToOne, PrimaryGeneratedColumn, Unique } from "typeorm";
import { CentsColumn, DateTimeColumn } from "../db/columns";
import { DecimalScalar } from "../graphql/scalars";
import { Order } from "../orders/order.entity";
import { InvoiceState } from "./invoice-state";

@ObjectType({ description: "The invoice (CFDI) linked to an order." })
@Entity("invoice")
@Unique("uq_invoice_order", ["orderId"])
@Unique("uq_invoice_series_folio", ["series", "folio"])
@Unique("uq_invoice_uuid", ["uuid"])
export class Invoice {
  @Field(() => ID, { description: "The invoice's id." })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "int" })
  orderId: number;

  @ManyToOne(() => Order, { onDelete: "CASCADE" })
  order?: Order;

  @Field(() => InvoiceState, { description: 'DRAFT until issued ("grabada"), then ISSUED.' })
  @Column({ type: "varchar", length: 20 })
  state: InvoiceState;

  @Field({ description: 'Series ("serie"), e.g. "A"; empty for an external CFDI without one.' })
  @Column({ type: "varchar", length: 10 })
  series: string;

  @Field({ description: "Folio within the series." })
  @Column({ type: "varchar", length: 20 })
  folio: string;

  @Field({ description: 'Receiver RFC; "XAXX010101000" (público en general) by default.' })
  @Column({ type: "varchar", length: 13 })
  receiverRfc: string;

  @Column({ type: "varchar", length: 300 })
  receiverName: string;

  /** CFDI 4.0 "UsoCFDI", e.g. "S01". */
  @Column({ type: "varchar", length: 5 })
  cfdiUse: string;

  @Field(() => DecimalScalar, { name: "subtotal", description: "Amount before IVA (MXN)." })
  @CentsColumn()
  subtotalCents: number;

  @Field(() => DecimalScalar, { name: "tax", description: "IVA 16%." })
  @CentsColumn()
  taxCents: number;

  @Field(() => DecimalScalar, { name: "total", description: "Total including IVA (MXN)." })
  @CentsColumn()
  totalCents: number;

  /** Fiscal UUID when known (an external CFDI attached instead of issuing here). */
  @Column({ type: "varchar", length: 36, nullable: true })
  uuid: string | null;

  @Column({ type: "int", nullable: true })
  pdfUploadId: number | null;

  @DateTimeColumn({ nullable: true })
  issuedAt: Date | null;

  @DateTimeColumn()
  createdAt: Date;
}
