import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, ManyToOne, PrimaryGeneratedColumn, Unique } from "typeorm";
import { DateTimeColumn } from "../db/columns";
import { DateTimeScalar } from "../graphql/scalars";
import { Order } from "../orders/order.entity";
import { EvidenceSubmissionState } from "./evidence-kind";

@ObjectType({ description: "Where the evidence upload to the marketplace stands." })
@Entity("evidence_submission")
@Unique("uq_evidence_submission_order", ["orderId"])
export class EvidenceSubmission {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "int" })
  orderId: number;

  @ManyToOne(() => Order, { onDelete: "CASCADE" })
  order?: Order;

  @Field(() => EvidenceSubmissionState, { description: "QUEUED, SENT or FAILED." })
  @Column({ type: "varchar", length: 20 })
  state: EvidenceSubmissionState;

  @Field(() => Int, { description: "Attempts made so far." })
  @Column({ type: "int", default: 0 })
  attempts: number;

  @Field(() => String, { nullable: true, description: "Why the last attempt failed; null when none did or once SENT." })
  @Column({ type: "varchar", length: 500, nullable: true })
  lastError: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the marketplace accepted the evidence; null until SENT." })
  @DateTimeColumn({ nullable: true })
  sentAt: Date | null;

  @DateTimeColumn()
  updatedAt: Date;
}
