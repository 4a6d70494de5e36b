import { Column, Entity, PrimaryGeneratedColumn, Unique } from "typeorm";
import { DateTimeColumn } from "../db/columns";
import { Role } from "./role";

/** An integrator's key: only its SHA-256 is stored; the key itself is shown once. */
@Entity("api_key")
@Unique("uq_api_key_hash", ["keyHash"])
export class ApiKey {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "varchar", length: 120 })
  name: string;

  /** The first characters of the key, to recognise it in lists. */
  @Column({ type: "varchar", length: 16 })
  prefix: string;

  @Column({ type: "varchar", length: 64 })
  keyHash: string;

  @Column({ type: "varchar", length: 20 })
  role: Role;

  @Column({ type: "int", nullable: true })
  createdByUserId: number | null;

  @DateTimeColumn()
  createdAt: Date;

  @DateTimeColumn({ nullable: true })
  lastUsedAt: Date | null;

  @DateTimeColumn({ nullable: true })
  revokedAt: Date | null;
}
