import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { parseId } from "../graphql/actor";
import type { Context } from "../graphql/context";
import { notFound, unauthenticated } from "../graphql/errors";
import { ApiKeyInfo, CreatedApiKey, Session } from "./auth.types";
import { Role } from "./role";
import { User } from "./user.entity";

@Resolver()
export class AuthResolver {
  @Mutation(() => Session, { description: "Signs in with e-mail and password. The only field open without a token." })
  login(
    @Ctx() ctx: Context,
    @Arg("email", () => String, { description: "The user's e-mail." }) email: string,
    @Arg("password", () => String, { description: "The user's password. After 5 failures for one e-mail and address, sign-in is locked for 15 minutes." }) password: string,
  ): Promise<Session> {
    const account = email.slice(0, 200);
    return ctx.loginThrottle.attempt(account, ctx.clientAddress, () => ctx.services.auth.login(account, password.slice(0, 200)));
  }

  @Authorized()
  @Query(() => User, { description: "Who is calling (for an API key: the key's name and role)." })
  async me(@Ctx() ctx: Context): Promise<User> {
    const principal = ctx.principal;
    if (!principal) throw unauthenticated();
    if (principal.kind === "apiKey") {
      return Object.assign(new User(), { id: principal.id, email: principal.name, role: principal.role, active: true });
    }
    const user = await ctx.services.db.dataSource.getRepository(User).findOneBy({ id: principal.id });
    if (!user) throw notFound("El usuario");
    return user;
  }

  @Authorized(Role.ADMIN)
  @Query(() => [User], { description: "Every user, by e-mail (admins)." })
  users(@Ctx() ctx: Context): Promise<User[]> {
    return ctx.services.auth.listUsers();
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, { description: "Creates a user who signs in with this e-mail and password (admins)." })
  createUser(
    @Ctx() ctx: Context,
    @Arg("email", () => String, { description: "The new user's e-mail (unique)." }) email: string,
    @Arg("password", () => String, { description: "At least 8 characters." }) password: string,
    @Arg("role", () => Role, { defaultValue: Role.STAFF, description: "What the user may do." }) role: Role,
  ): Promise<User> {
    return ctx.services.auth.createUser(email.slice(0, 200), password.slice(0, 200), role);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, {
    description: "Changes a user's role or turns access off/on (admins). Applies from the user's next sign-in.",
  })
  updateUser(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The user to change." }) id: string,
    @Arg("role", () => Role, { nullable: true, description: "The new role; null keeps it." }) role: Role | null,
    @Arg("active", () => Boolean, { nullable: true, description: "False turns sign-in off, true back on; null keeps it." }) active: boolean | null,
  ): Promise<User> {
    return ctx.services.auth.updateUser(parseId(id), { role, active });
  }

  @Authorized(Role.ADMIN)
  @Query(() => [ApiKeyInfo], { description: "Every API key, newest first (admins)." })
  apiKeys(@Ctx() ctx: Context): Promise<ApiKeyInfo[]> {
    return ctx.services.auth.listApiKeys();
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CreatedApiKey, { description: "Creates an API key for an integrator (admins)." })
  async createApiKey(
    @Ctx() ctx: Context,
    @Arg("name", () => String, { description: "A name to recognise the key by, e.g. the integration that uses it (at most 120 characters)." }) name: string,
    @Arg("role", () => Role, { defaultValue: Role.INTEGRATOR, description: "What the key may do." }) role: Role,
  ): Promise<CreatedApiKey> {
    if (!ctx.principal) throw unauthenticated();
    return ctx.services.auth.createApiKey(name.slice(0, 120), role, ctx.principal);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ApiKeyInfo, { description: "Revokes an API key at once (admins)." })
  revokeApiKey(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "The key to revoke." }) id: string): Promise<ApiKeyInfo> {
    return ctx.services.auth.revokeApiKey(parseId(id));
  }
}
