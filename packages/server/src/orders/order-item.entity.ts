import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { CentsColumn } from "../db/columns";
import { DecimalScalar } from "../graphql/scalars";
import { Order } from "./order.entity";

export enum LineIssueCode {
  SKU_NOT_REGISTERED = "SKU_NOT_REGISTERED",
  OUT_OF_STOCK = "OUT_OF_STOCK",
}

@ObjectType({ description: "One line of an order: a SKU and how many units." })
@Entity("order_item")
@Index("ix_order_item_order", ["orderId"])
@Index("ix_order_item_sku", ["sku"])
export class OrderItem {
  @Field(() => ID, { description: "The line's id." })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "int" })
  orderId: number;

  @ManyToOne(() => Order, { onDelete: "CASCADE" })
  order?: Order;

  /** The marketplace's line id (Claro Shop "idpedidorelacion"). */
  @Column({ type: "varchar", length: 40 })
  lineId: string;

  @Field({ description: "The marketplace SKU." })
  @Column({ type: "varchar", length: 80 })
  sku: string;

  @Field({ description: "Product title as sold, decoded." })
  @Column({ type: "varchar", length: 500 })
  title: string;

  @Field(() => Int, { description: "Units ordered." })
  @Column({ type: "int" })
  quantity: number;

  @Field(() => DecimalScalar, { name: "unitPrice", description: "Unit price including IVA (MXN)." })
  @CentsColumn()
  unitPriceCents: number;

  /** The catalog product this line was matched to when the sales order was generated. */
  @Column({ type: "int", nullable: true })
  productId: number | null;

  /** Why automatic sales-order generation could not use this line; null when it can. */
  @Column({ type: "varchar", length: 30, nullable: true })
  issue: LineIssueCode | null;
}
