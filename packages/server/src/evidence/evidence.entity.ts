import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { DateTimeColumn } from "../db/columns";
import { DateTimeScalar } from "../graphql/scalars";
import { Order } from "../orders/order.entity";
import { EvidenceKind } from "./evidence-kind";
import { Upload } from "./upload.entity";

@ObjectType({ description: "A file attached to an order as proof for the marketplace." })
@Entity("evidence")
@Index("ix_evidence_order", ["orderId"])
export class Evidence {
  @Field(() => ID, { description: "The evidence's id." })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "int" })
  orderId: number;

  @ManyToOne(() => Order, { onDelete: "CASCADE" })
  order?: Order;

  @Field(() => EvidenceKind, { description: "What the file proves." })
  @Column({ type: "varchar", length: 20 })
  kind: EvidenceKind;

  @Column({ type: "int" })
  uploadId: number;

  @ManyToOne(() => Upload, { onDelete: "RESTRICT" })
  upload?: Upload;

  @Field({ description: "The file's name as uploaded." })
  @Column({ type: "varchar", length: 255 })
  fileName: string;

  @Field({ description: 'The type detected from its content, e.g. "application/pdf".' })
  @Column({ type: "varchar", length: 100 })
  contentType: string;

  @Field(() => DateTimeScalar, { description: "When the file was uploaded." })
  @DateTimeColumn()
  uploadedAt: Date;
}
