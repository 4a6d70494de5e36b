import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { DateTimeColumn } from "../db/columns";

/** One seller account on a marketplace; orders are keyed by (account, marketplace order id). */
@Entity("marketplace_account")
export class MarketplaceAccount {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "varchar", length: 20 })
  marketplace: string;

  @Column({ type: "varchar", length: 120 })
  name: string;

  /** True when the account talks to the bundled sandbox instead of the real marketplace. */
  @Column({ type: "boolean", default: false })
  sandbox: boolean;

  /** Minutes between automatic syncs (30, 60, 90, 120); null = automatic sync off. */
  @Column({ type: "int", nullable: true })
  syncIntervalMinutes: number | null;

  @DateTimeColumn({ nullable: true })
  lastSyncAt: Date | null;

  @DateTimeColumn()
  createdAt: Date;
}
