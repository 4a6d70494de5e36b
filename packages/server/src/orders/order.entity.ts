import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn, Unique } from "typeorm";
import { CentsColumn, DateTimeColumn } from "../db/columns";
import { DateTimeScalar, DecimalScalar } from "../graphql/scalars";
import { MarketplaceAccount } from "../marketplace/marketplace-account.entity";
import { ShippingType } from "../shipping/shipping-type";
import { Address } from "./address";
import { OrderStatus } from "./order-status";

@ObjectType({ description: "A marketplace order, from sync to delivery." })
@Entity("order")
@Unique("uq_order_account_marketplace_id", ["accountId", "marketplaceOrderId"])
@Index("ix_order_placed", ["placedAt", "id"])
@Index("ix_order_status_placed", ["status", "placedAt"])
export class Order {
  @Field(() => ID, { description: "The order's id in this system (not the marketplace's number)." })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "int" })
  accountId: number;

  @ManyToOne(() => MarketplaceAccount, { onDelete: "RESTRICT" })
  account?: MarketplaceAccount;

  @Field({ description: 'The marketplace the order comes from, e.g. "CLAROSHOP".' })
  @Column({ type: "varchar", length: 20 })
  marketplace: string;

  @Field({ description: 'The marketplace\'s order number (Claro Shop "nopedido").' })
  @Column({ type: "varchar", length: 40 })
  marketplaceOrderId: string;

  /** Only OrderService.transition writes this column. */
  @Field(() => OrderStatus, { description: "Where the order is in the workflow." })
  @Column({ type: "varchar", length: 20 })
  status: OrderStatus;

  /** The marketplace's own status text as last seen, e.g. "Por embarcar con Proveedor". */
  @Column({ type: "varchar", length: 60, default: "" })
  marketplaceStatus: string;

  @Field(() => DateTimeScalar, { description: "When the buyer placed the order (UTC)." })
  @DateTimeColumn()
  placedAt: Date;

  @Field({ description: "The buyer's name." })
  @Column({ type: "varchar", length: 200 })
  customerName: string;

  @Field(() => Address, { description: "Where the order is delivered." })
  @Column(() => Address, { prefix: "ship" })
  shippingAddress: Address;

  @Field(() => DecimalScalar, { name: "total", description: "Order total including IVA (MXN)." })
  @CentsColumn()
  totalCents: number;

  @Field(() => ShippingType, { nullable: true, description: "Chosen when the guide is generated." })
  @Column({ type: "varchar", length: 20, nullable: true })
  shippingType: ShippingType | null;

  @Field(() => Int, { description: "Grows by one with every change; send it back to detect conflicts." })
  @Column({ type: "int", default: 1 })
  version: number;

  @DateTimeColumn()
  createdAt: Date;

  @DateTimeColumn()
  updatedAt: Date;
}
