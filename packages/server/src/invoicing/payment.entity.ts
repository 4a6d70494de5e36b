import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { CentsColumn, DateTimeColumn } from "../db/columns";
import { DateTimeScalar, DecimalScalar } from "../graphql/scalars";
import { Invoice } from "./invoice.entity";

@ObjectType({ description: "A payment recorded against an invoice." })
@Entity("payment")
@Index("ix_payment_invoice", ["invoiceId"])
export class Payment {
  @Field(() => ID, { description: "The payment's id." })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "int" })
  invoiceId: number;

  @ManyToOne(() => Invoice, { onDelete: "CASCADE" })
  invoice?: Invoice;

  @Field({ description: 'SAT payment form, e.g. "03" (transferencia).' })
  @Column({ type: "varchar", length: 10 })
  method: string;

  @Field(() => DecimalScalar, { name: "amount", description: "Amount received (MXN)." })
  @CentsColumn()
  amountCents: number;

  @Field(() => DateTimeScalar, { description: "When it was received." })
  @DateTimeColumn()
  paidAt: Date;

  @Field(() => String, { nullable: true, description: "Bank reference, e.g. the SPEI tracking key." })
  @Column({ type: "varchar", length: 100, nullable: true })
  reference: string | null;
}
