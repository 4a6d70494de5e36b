import { Field, ObjectType } from "type-graphql";
import { Column } from "typeorm";

@ObjectType({ description: "Where the order is delivered, as the marketplace gives it." })
export class Address {
  @Field({ description: "Who receives the parcel." })
  @Column({ type: "varchar", length: 200, default: "" })
  recipient: string;

  @Field({ description: "Street and number." })
  @Column({ type: "varchar", length: 300, default: "" })
  street: string;

  @Field(() => String, { nullable: true, description: "Colonia." })
  @Column({ type: "varchar", length: 200, nullable: true })
  neighborhood: string | null;

  @Field(() => String, { nullable: true, description: "Delegación or municipio." })
  @Column({ type: "varchar", length: 200, nullable: true })
  municipality: string | null;

  @Field(() => String, { nullable: true, description: "City." })
  @Column({ type: "varchar", length: 200, nullable: true })
  city: string | null;

  @Field(() => String, { nullable: true, description: "State (estado)." })
  @Column({ type: "varchar", length: 100, nullable: true })
  state: string | null;

  @Field({ description: "Código postal." })
  @Column({ type: "varchar", length: 10, default: "" })
  postalCode: string;

  @Field(() => String, { nullable: true, description: "Entre calles." })
  @Column({ type: "varchar", length: 300, nullable: true })
  betweenStreets: string | null;

  @Field(() => String, { nullable: true, description: "Delivery notes (observaciones)." })
  @Column({ type: "varchar", length: 500, nullable: true })
  notes: string | null;

  @Field(() => String, { nullable: true, description: "The recipient's phone number." })
  @Column({ type: "varchar", length: 40, nullable: true })
  phone: string | null;
}
