import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { DateTimeColumn } from "../db/columns";
import { DateTimeScalar } from "../graphql/scalars";

export enum SyncRunState {
  RUNNING = "RUNNING",
  SUCCEEDED = "SUCCEEDED",
  FAILED = "FAILED",
}

@ObjectType({ description: "One synchronisation of orders from the marketplace." })
@Entity("sync_run")
@Index("ix_sync_run_account_started", ["accountId", "startedAt"])
export class SyncRun {
  @Field(() => ID, { description: "The run's id (the runId of syncProgress)." })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "int" })
  accountId: number;

  @Field(() => SyncRunState, { description: "RUNNING until it ends." })
  @Column({ type: "varchar", length: 20 })
  state: SyncRunState;

  @Field(() => DateTimeScalar, { description: "When it started." })
  @DateTimeColumn()
  startedAt: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: "When it ended; null while running." })
  @DateTimeColumn({ nullable: true })
  finishedAt: Date | null;

  @Field({ description: '"schedule" or the e-mail of whoever asked for it.' })
  @Column({ type: "varchar", length: 200 })
  trigger: string;

  @Field(() => Int, { description: "Distinct orders read from the marketplace's lists so far." })
  @Column({ type: "int", default: 0 })
  ordersSeen: number;

  @Field(() => Int, { description: "New orders imported." })
  @Column({ type: "int", default: 0 })
  ordersCreated: number;

  @Field(() => Int, { description: "Existing orders that changed." })
  @Column({ type: "int", default: 0 })
  ordersUpdated: number;

  @Field(() => Float, { description: "From 0 to 1." })
  @Column({ type: "float", default: 0 })
  progress: number;

  @Field(() => String, { nullable: true, description: "Why it failed; null unless FAILED." })
  @Column({ type: "varchar", length: 1000, nullable: true })
  error: string | null;
}
