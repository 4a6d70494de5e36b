import type { AuthChecker, MiddlewareFn } from "type-graphql";
import type { Context } from "./context";
import { forbidden, unauthenticated } from "./errors";

/** Root fields anyone may call. Everything else needs a token or API key (default-deny). */
export const PUBLIC_ROOT_FIELDS = new Set(["Mutation.login"]);

const ROOT_TYPES = new Set(["Query", "Mutation", "Subscription"]);

export const requireAuthentication: MiddlewareFn<Context> = async ({ context, info }, next) => {
  const parent = info.parentType.name;
  if (ROOT_TYPES.has(parent) && !PUBLIC_ROOT_FIELDS.has(`${parent}.${info.fieldName}`) && !context.principal) {
    throw context.authError ?? unauthenticated();
  }
  return next();
};

/** `@Authorized(...roles)`: no roles = any signed-in caller; ADMIN may do everything. */
export const authChecker: AuthChecker<Context> = ({ context }, roles) => {
  const principal = context.principal;
  if (!principal) throw context.authError ?? unauthenticated();
  if (roles.length === 0 || principal.role === "ADMIN" || roles.includes(principal.role)) return true;
  throw forbidden();
};
