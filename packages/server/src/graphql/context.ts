import type { Principal } from "../auth/principal";
import type { Services } from "../services";
import { createLoaders, type Loaders } from "./loaders";

export interface Context {
  principal: Principal | null;
  /** Why the credentials sent were refused (expired, revoked...); reported instead of a bare UNAUTHENTICATED. */
  authError?: Error;
  loaders: Loaders;
  services: Services;
}

export function buildContext(services: Services, principal: Principal | null, authError?: Error): Context {
  return { principal, authError, loaders: createLoaders(services.db), services };
}

/** Authenticates an Authorization header value without failing public operations such as login. */
export async function contextFor(services: Services, authorization: string | undefined): Promise<Context> {
  try {
    return buildContext(services, await services.auth.authenticate(authorization));
  } catch (err) {
    if (err instanceof Error && (err as { extensions?: { code?: unknown } }).extensions?.code === "UNAUTHENTICATED") {
      return buildContext(services, null, err);
    }
    throw err;
  }
}
