import { Column, Entity, PrimaryGeneratedColumn, Unique } from "typeorm";
import { DateTimeColumn } from "../db/columns";

/** A stored file (label, invoice PDF/XML, photo); the bytes live behind the storage port. */
@Entity("upload")
@Unique("uq_upload_key", ["storageKey"])
export class Upload {
  @PrimaryGeneratedColumn()
  id: number;

  /** Random name in storage; never derived from the user's file name. */
  @Column({ type: "varchar", length: 80 })
  storageKey: string;

  @Column({ type: "varchar", length: 255 })
  fileName: string;

  @Column({ type: "varchar", length: 100 })
  contentType: string;

  @Column({ type: "int" })
  size: number;

  @Column({ type: "varchar", length: 200 })
  uploadedBy: string;

  @DateTimeColumn()
  createdAt: Date;
}
