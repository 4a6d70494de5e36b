import { Field, ID, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../graphql/scalars";
import { Role } from "./role";
import { User } from "./user.entity";

@ObjectType({ description: "A signed-in session: send the token as `Authorization: Bearer <token>`." })
export class Session {
  @Field({ description: "Bearer token, valid for 12 hours." })
  token: string;

  @Field(() => User, { description: "The signed-in user." })
  user: User;
}

@ObjectType({ description: "An integrator's API key (the key itself is shown only when created)." })
export class ApiKeyInfo {
  @Field(() => ID, { description: "The key's id (for revokeApiKey)." })
  id: number;

  @Field({ description: "A name to recognise the key by; shown as the actor in order history." })
  name: string;

  @Field({ description: "The first characters of the key, to recognise it." })
  prefix: string;

  @Field(() => Role, { description: "What the key may do." })
  role: Role;

  @Field(() => DateTimeScalar, { description: "When the key was created." })
  createdAt: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the key last authenticated a request (updated at most once a minute); null if never used." })
  lastUsedAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the key was revoked; null while it works." })
  revokedAt: Date | null;
}

@ObjectType({ description: "A new API key. Store `key` now: it cannot be shown again." })
export class CreatedApiKey {
  @Field({ description: "Send as `Authorization: Bearer <key>`." })
  key: string;

  @Field(() => ApiKeyInfo, { description: "The key's details, as apiKeys lists them." })
  apiKey: ApiKeyInfo;
}
