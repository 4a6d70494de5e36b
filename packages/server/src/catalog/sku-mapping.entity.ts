import { Column, Entity, ManyToOne, PrimaryGeneratedColumn, Unique } from "typeorm";
import { DateTimeColumn } from "../db/columns";
import { Product } from "./product.entity";

/** A marketplace SKU that is sold as one of the seller's products under another SKU. */
@Entity("sku_mapping")
@Unique("uq_sku_mapping_sku", ["marketplaceSku"])
export class SkuMapping {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "varchar", length: 80 })
  marketplaceSku: string;

  @Column({ type: "int" })
  productId: number;

  @ManyToOne(() => Product, { onDelete: "CASCADE" })
  product?: Product;

  @Column({ type: "varchar", length: 200 })
  createdBy: string;

  @DateTimeColumn()
  createdAt: Date;
}
