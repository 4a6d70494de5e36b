import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from "typeorm";
import { DateTimeColumn } from "../db/columns";

export enum OutboxState {
  PENDING = "PENDING",
  RUNNING = "RUNNING",
  DONE = "DONE",
  DEAD = "DEAD",
}

/** A durable outbound call, written in the same transaction as the change that needs it. */
@Entity("outbox_job")
@Unique("uq_outbox_idempotency", ["idempotencyKey"])
@Index("ix_outbox_due", ["state", "nextAttemptAt"])
export class OutboxJob {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "varchar", length: 40 })
  kind: string;

  @Column({ type: "int", nullable: true })
  orderId: number | null;

  @Column({ type: "simple-json" })
  payload: Record<string, unknown>;

  @Column({ type: "varchar", length: 120 })
  idempotencyKey: string;

  @Column({ type: "varchar", length: 20 })
  state: OutboxState;

  @Column({ type: "int", default: 0 })
  attempts: number;

  @DateTimeColumn()
  nextAttemptAt: Date;

  @Column({ type: "varchar", length: 1000, nullable: true })
  lastError: string | null;

  @DateTimeColumn()
  createdAt: Date;

  @DateTimeColumn({ nullable: true })
  finishedAt: Date | null;
}
