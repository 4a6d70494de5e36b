import { Field, ID, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../graphql/scalars";
import { Role } from "./role";
import { User } from "./user.entity";

@ObjectType({ description: "A signed-in session: send the token as `Authorization: Bearer <token>`." })
export class Session {
  @Field({ description: "Bearer token, valid for 12 hours." })
  token: string;

  @Field(() => User)
  user: User;
}

@ObjectType({ description: "An integrator's API key (the key itself is shown only when created)." })
export class ApiKeyInfo {
  @Field(() => ID)
  id: number;

  @Field()
  name: string;

  @Field({ description: "The first characters of the key, to recognise it." })
  prefix: string;

  @Field(() => Role)
  role: Role;

  @Field(() => DateTimeScalar)
  createdAt: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  lastUsedAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  revokedAt: Date | null;
}

@ObjectType({ description: "A new API key. Store `key` now: it cannot be shown again." })
export class CreatedApiKey {
  @Field({ description: "Send as `Authorization: Bearer <key>`." })
  key: string;

  @Field(() => ApiKeyInfo)
  apiKey: ApiKeyInfo;
}
