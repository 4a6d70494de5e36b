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

interface VerifiedToken {
  principal: Principal;
  /** The token's `exp` claim (seconds); undefined when it has none. */
  exp: number | undefined;
}

/** At most this many verified tokens are remembered per server (then the memory starts over). */
const MAX_VERIFIED_TOKENS = 5000;
const verifiedTokens = new WeakMap<Services["auth"], Map<string, VerifiedToken>>();

/**
 * A signed-in user's token always authenticates as the same principal until it expires (the
 * check is the signature and the expiry, nothing stored), so a header that verified once is not
 * verified again until its `exp`: jsonwebtoken's own rule (expired once the current second
 * reaches `exp`) is applied on every use. API keys are not remembered: each use checks the
 * database, where they can be revoked.
 */
function rememberedPrincipal(services: Services, authorization: string): Principal | null {
  const entry = verifiedTokens.get(services.auth)?.get(authorization);
  if (!entry) return null;
  if (entry.exp !== undefined && Math.floor(Date.now() / 1000) >= entry.exp) {
    verifiedTokens.get(services.auth)?.delete(authorization);
    return null;
  }
  return { ...entry.principal };
}

function rememberPrincipal(services: Services, authorization: string, principal: Principal): void {
  if (principal.kind !== "user") return;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  const payload = match?.[1].split(".")[1];
  if (!payload) return;
  let exp: unknown;
  try {
    exp = (JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { exp?: unknown }).exp;
  } catch {
    return;
  }
  if (exp !== undefined && typeof exp !== "number") return;
  let tokens = verifiedTokens.get(services.auth);
  if (!tokens) verifiedTokens.set(services.auth, (tokens = new Map()));
  if (tokens.size >= MAX_VERIFIED_TOKENS) tokens.clear();
  tokens.set(authorization, { principal: { ...principal }, exp });
}

/** Authenticates an Authorization header value without failing public operations such as login. */
export async function contextFor(services: Services, authorization: string | undefined, request: RequestInfo): Promise<Context> {
  if (authorization) {
    const remembered = rememberedPrincipal(services, authorization);
    if (remembered) return buildContext(services, request, remembered);
  }
  try {
    const principal = await services.auth.authenticate(authorization);
    if (principal && authorization) rememberPrincipal(services, authorization, principal);
    return buildContext(services, request, principal);
  } catch (err) {
    if (err instanceof Error && (err as { extensions?: { code?: unknown } }).extensions?.code === "UNAUTHENTICATED") {
      return buildContext(services, request, null, err);
    }
    throw err;
  }
}
