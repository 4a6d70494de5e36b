import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn, Unique } from "typeorm";
import { DateTimeColumn } from "../db/columns";
import { Role } from "./role";

@ObjectType({ description: "A person who signs in to the app." })
@Entity("user")
@Unique("uq_user_email", ["email"])
export class User {
  @Field(() => ID, { description: "The user's id." })
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: "The e-mail the user signs in with (unique). In `me` for an API key: the key's name." })
  @Column({ type: "varchar", length: 200 })
  email: string;

  /** scrypt hash with its own salt and parameters, never the password. */
  @Column({ type: "varchar", length: 300 })
  passwordHash: string;

  @Field(() => Role, { description: "What the user may do." })
  @Column({ type: "varchar", length: 20 })
  role: Role;

  @Field({ description: "False: the user can no longer sign in (tokens already issued last until they expire, at most 12 h)." })
  @Column({ type: "boolean", default: true })
  active: boolean;

  @DateTimeColumn()
  createdAt: Date;
}
