import type { LoginThrottle } from "../auth/login-throttle";
import type { Principal } from "../auth/principal";
import type { Services } from "../services";
import { createLoaders, type Loaders } from "./loaders";

/** What the transport knows about the caller besides its credentials. */
export interface RequestInfo {
  /** The caller's network address (express `req.ip`, so proxies count only when TRUST_PROXY says so). */
  clientAddress: string | null;
  /** Counts failed sign-ins per account and address. */
  loginThrottle: LoginThrottle;
}

export interface Context extends RequestInfo {
  principal: Principal | null;
  /** Why the credentials sent were refused (expired, revoked...); reported instead of a bare UNAUTHENTICATED. */
  authError?: Error;
  loaders: Loaders;
  services: Services;
}

export function buildContext(services: Services, request: RequestInfo, principal: Principal | null, authError?: Error): Context {
  return {
    principal,
    authError,
    loaders: createLoaders(services.db),
    services,
    clientAddress: request.clientAddress,
    loginThrottle: request.loginThrottle,
  };
}

/** Authenticates an Authorization header value without failing public operations such as login. */
export async function contextFor(services: Services, authorization: string | undefined, request: RequestInfo): Promise<Context> {
  try {
    return buildContext(services, request, await services.auth.authenticate(authorization));
  } catch (err) {
    if (err instanceof Error && (err as { extensions?: { code?: unknown } }).extensions?.code === "UNAUTHENTICATED") {
      return buildContext(services, request, null, err);
    }
    throw err;
  }
}
