import { Field, ObjectType } from "type-graphql";
import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { DateTimeColumn } from "../db/columns";
import { DateTimeScalar } from "../graphql/scalars";
import { Order } from "./order.entity";
import { OrderStatus } from "./order-status";

@ObjectType({ description: "One entry of an order's history: who did what, when and why." })
@Entity("order_event")
@Index("ix_order_event_order", ["orderId", "at"])
export class OrderEvent {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "int" })
  orderId: number;

  @ManyToOne(() => Order, { onDelete: "CASCADE" })
  order?: Order;

  @Field(() => DateTimeScalar, { description: "When it happened (UTC)." })
  @DateTimeColumn()
  at: Date;

  @Field(() => OrderStatus, { nullable: true, description: "Status before; null when the status did not change." })
  @Column({ type: "varchar", length: 20, nullable: true })
  from: OrderStatus | null;

  @Field(() => OrderStatus, { nullable: true, description: "Status after; null when the status did not change." })
  @Column({ type: "varchar", length: 20, nullable: true })
  to: OrderStatus | null;

  @Field({ description: 'What was done, e.g. "generateGuide", "imported".' })
  @Column({ type: "varchar", length: 60 })
  action: string;

  @Field({ description: "Who did it: a user's e-mail, an API key's name, or the system." })
  @Column({ type: "varchar", length: 200 })
  actor: string;

  @Field({ description: 'Where the change came from: "api", "sync" or "outbox".' })
  @Column({ type: "varchar", length: 20 })
  source: string;

  @Field(() => String, { nullable: true, description: "Details, e.g. a cancellation reason." })
  @Column({ type: "varchar", length: 1000, nullable: true })
  note: string | null;
}
