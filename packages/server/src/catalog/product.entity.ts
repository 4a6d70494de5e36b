import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn, Unique } from "typeorm";
import { CentsColumn, DateTimeColumn } from "../db/columns";
import { DecimalScalar } from "../graphql/scalars";

@ObjectType({ description: "A product of the seller's catalog, with its stock." })
@Entity("product")
@Unique("uq_product_sku", ["sku"])
export class Product {
  @Field(() => ID, { description: "The product's id." })
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: "The seller's SKU; marketplace lines with this SKU map here." })
  @Column({ type: "varchar", length: 80 })
  sku: string;

  @Field({ description: "The product's name." })
  @Column({ type: "varchar", length: 300 })
  name: string;

  @Field(() => DecimalScalar, { name: "price", description: "List price including IVA (MXN)." })
  @CentsColumn()
  priceCents: number;

  @Field(() => Int, { description: "Units available: on hand minus those reserved by sales orders." })
  @Column({ type: "int" })
  stock: number;

  @DateTimeColumn()
  updatedAt: Date;
}
