import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, ManyToOne, PrimaryGeneratedColumn, Unique } from "typeorm";
import { DateTimeColumn } from "../db/columns";
import { DateTimeScalar } from "../graphql/scalars";
import { Order } from "../orders/order.entity";

@ObjectType({ description: "The seller's internal sales order (pedido interno) for a marketplace order." })
@Entity("sales_order")
@Unique("uq_sales_order_order", ["orderId"])
@Unique("uq_sales_order_folio", ["folio"])
export class SalesOrder {
  @Field(() => ID, { description: "The sales order's id." })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "int" })
  orderId: number;

  @ManyToOne(() => Order, { onDelete: "CASCADE" })
  order?: Order;

  @Field({ description: 'Internal folio, e.g. "PV-000123".' })
  @Column({ type: "varchar", length: 30 })
  folio: string;

  @Field(() => DateTimeScalar, { description: "When it was generated." })
  @DateTimeColumn()
  generatedAt: Date;

  @Field({ description: 'Who generated it: "sistema" on import, or the user who did it by hand.' })
  @Column({ type: "varchar", length: 200 })
  generatedBy: string;

  /** Stock was short and staff asked for a backorder explicitly. */
  @Column({ type: "boolean", default: false })
  backorder: boolean;
}
