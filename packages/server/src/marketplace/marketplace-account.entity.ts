import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { DateTimeScalar } from "../graphql/scalars";
import { DateTimeColumn } from "../db/columns";

/** One seller account on a marketplace; orders are keyed by (account, marketplace order id). */
@ObjectType({ description: "A seller account on a marketplace." })
@Entity("marketplace_account")
export class MarketplaceAccount {
  @Field(() => ID, { description: "The account's id." })
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: '"CLAROSHOP".' })
  @Column({ type: "varchar", length: 20 })
  marketplace: string;

  @Field({ description: "The account's name." })
  @Column({ type: "varchar", length: 120 })
  name: string;

  /** True when the account talks to the bundled sandbox instead of the real marketplace. */
  @Field({ description: "True when it talks to the bundled sandbox, not the real marketplace." })
  @Column({ type: "boolean", default: false })
  sandbox: boolean;

  /** Minutes between automatic syncs (30, 60, 90, 120); null = automatic sync off. */
  @Field(() => Int, { nullable: true, description: "Minutes between automatic syncs (30, 60, 90, 120); null = off." })
  @Column({ type: "int", nullable: true })
  syncIntervalMinutes: number | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the last sync started." })
  @DateTimeColumn({ nullable: true })
  lastSyncAt: Date | null;

  @DateTimeColumn()
  createdAt: Date;
}
