import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, ManyToOne, PrimaryGeneratedColumn, Unique } from "typeorm";
import { DateTimeColumn } from "../db/columns";
import { DateTimeScalar } from "../graphql/scalars";
import { Order } from "../orders/order.entity";
import { ShippingType } from "./shipping-type";

@ObjectType({ description: "How an order travels: the guide, carrier and tracking number." })
@Entity("shipment")
@Unique("uq_shipment_order", ["orderId"])
export class Shipment {
  @Field(() => ID, { description: "The shipment's id." })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "int" })
  orderId: number;

  @ManyToOne(() => Order, { onDelete: "CASCADE" })
  order?: Order;

  @Field(() => ShippingType, { description: "Who issued the guide." })
  @Column({ type: "varchar", length: 20 })
  type: ShippingType;

  @Field({ description: 'Carrier, e.g. "FedEx".' })
  @Column({ type: "varchar", length: 80 })
  carrier: string;

  @Field(() => String, { nullable: true, description: "The carrier's tracking number (guide number); null if the marketplace did not give one." })
  @Column({ type: "varchar", length: 80, nullable: true })
  trackingNumber: string | null;

  /** Stored label file (PDF or image) for automatic guides. */
  @Column({ type: "int", nullable: true })
  labelUploadId: number | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the order was shipped." })
  @DateTimeColumn({ nullable: true })
  shippedAt: Date | null;

  /** The key of the generateGuide call that created it: a repeat returns this shipment. */
  @Column({ type: "varchar", length: 100, nullable: true })
  idempotencyKey: string | null;
}
