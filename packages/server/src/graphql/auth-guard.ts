import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import type { AuthChecker } from "type-graphql";
import type { Context } from "./context";
import { forbidden, unauthenticated } from "./errors";

/** Root fields anyone may call. Everything else needs a token or API key (default-deny). */
export const PUBLIC_ROOT_FIELDS = new Set(["Mutation.login"]);

function assertSignedIn(context: Context): void {
  if (!context.principal) throw context.authError ?? unauthenticated();
}

/**
 * Default-deny: every root field (query, mutation and subscription) but PUBLIC_ROOT_FIELDS refuses
 * callers without a principal, whether or not its resolver carries `@Authorized`. Nested fields are
 * only reachable through a root field, so they need no check of their own: the check wraps the root
 * fields' resolvers once, instead of a type-graphql global middleware that would put an async
 * middleware chain on each of the hundreds of fields a page resolves.
 */
export function denyAnonymousRootFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) {
      if (PUBLIC_ROOT_FIELDS.has(`${type.name}.${field.name}`)) continue;
      const resolve: GraphQLFieldResolver<unknown, Context> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: Context, info) => {
        assertSignedIn(context);
        return resolve(source, args, context, info);
      };
      const subscribe: GraphQLFieldResolver<unknown, Context> | undefined = field.subscribe;
      if (subscribe) {
        field.subscribe = (source, args, context: Context, info) => {
          assertSignedIn(context);
          return subscribe(source, args, context, info);
        };
      }
    }
  }
  return schema;
}

/** `@Authorized(...roles)`: no roles = any signed-in caller; ADMIN may do everything. */
export const authChecker: AuthChecker<Context> = ({ context }, roles) => {
  const principal = context.principal;
  if (!principal) throw context.authError ?? unauthenticated();
  if (roles.length === 0 || principal.role === "ADMIN" || roles.includes(principal.role)) return true;
  throw forbidden();
};
