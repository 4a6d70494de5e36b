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
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "int" })
  orderId: number;

  @ManyToOne(() => Order, { onDelete: "CASCADE" })
  order?: Order;

  @Field(() => EvidenceKind)
  @Column({ type: "varchar", length: 20 })
  kind: EvidenceKind;

  @Column({ type: "int" })
  uploadId: number;

  @ManyToOne(() => Upload, { onDelete: "RESTRICT" })
  upload?: Upload;

  @Field()
  @Column({ type: "varchar", length: 255 })
  fileName: string;

  @Field()
  @Column({ type: "varchar", length: 100 })
  contentType: string;

  @Field(() => DateTimeScalar)
  @DateTimeColumn()
  uploadedAt: Date;
}
