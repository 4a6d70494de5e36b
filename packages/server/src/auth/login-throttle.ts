import type { Redis } from "ioredis";
import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { AppError } from "../graphql/errors";
import { createLimiter, secondsUntil } from "../graphql/rate-limit";

/** Failed sign-ins in a row (same account, same address) before that pair is refused. */
export const MAX_LOGIN_FAILURES = 5;
/** How long the pair is refused once it reached MAX_LOGIN_FAILURES, right password or not. */
export const LOGIN_BLOCK_SECONDS = 15 * 60;
/** How long a failure is remembered when no success follows it. */
export const LOGIN_FAILURE_MEMORY_SECONDS = 60 * 60;

export function tooManyLoginFailures(retryAfter: number): AppError {
  const minutes = Math.ceil(retryAfter / 60);
  return new AppError(
    "RATE_LIMITED",
    `Demasiados intentos fallidos de inicio de sesión; inténtalo de nuevo en ${minutes} min.`,
    { retryAfter },
  );
}

/**
 * Brute-force protection for `login`: counts failures per account (e-mail) and address; after
 * MAX_LOGIN_FAILURES the pair is refused with RATE_LIMITED for LOGIN_BLOCK_SECONDS; a success
 * clears the count. Shared by every process through Redis when REDIS_URL is set.
 */
export class LoginThrottle {
  private readonly failures: RateLimiterAbstract;

  constructor(store: Redis | null, keyPrefix: string) {
    this.failures = createLimiter(store, {
      keyPrefix: `${keyPrefix}:login-failures`,
      points: MAX_LOGIN_FAILURES,
      duration: LOGIN_FAILURE_MEMORY_SECONDS,
    });
  }

  private static key(email: string, address: string | null): string {
    return `${email.trim().toLowerCase()}|${address ?? "unknown"}`;
  }

  /** Runs `login` unless the pair is refused; counts its failure (UNAUTHENTICATED) or clears the count. */
  async attempt<T>(email: string, address: string | null, login: () => Promise<T>): Promise<T> {
    const key = LoginThrottle.key(email, address);
    const seen = await this.failures.get(key);
    if (seen && seen.consumedPoints >= MAX_LOGIN_FAILURES) throw tooManyLoginFailures(secondsUntil(seen));
    let result: T;
    try {
      result = await login();
    } catch (err) {
      if ((err as { extensions?: { code?: unknown } }).extensions?.code === "UNAUTHENTICATED") await this.countFailure(key);
      throw err;
    }
    await this.failures.delete(key);
    return result;
  }

  private async countFailure(key: string): Promise<void> {
    let res: RateLimiterRes;
    try {
      res = await this.failures.consume(key);
    } catch (err) {
      if (err instanceof RateLimiterRes) return; // already over the limit (a parallel attempt blocked it)
      throw err;
    }
    if (res.consumedPoints >= MAX_LOGIN_FAILURES) await this.failures.block(key, LOGIN_BLOCK_SECONDS);
  }
}
