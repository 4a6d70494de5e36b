import type { ApolloServerPlugin } from "@apollo/server";
import { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { Principal } from "../auth/principal";
import type { Context } from "./context";
import { AppError } from "./errors";

/** Operations per minute for each user or API key when RATE_LIMIT_PER_MINUTE is not set. */
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 600;

export interface LimiterOptions {
  /** Unique per limiter and per deployment (processes sharing a database share their counts). */
  keyPrefix: string;
  points: number;
  duration: number;
}

/**
 * A counter shared by every process of the deployment through Redis when there is one (with an
 * in-memory stand-in while Redis is unreachable), or kept in this process otherwise.
 */
export function createLimiter(store: Redis | null, options: LimiterOptions): RateLimiterAbstract {
  if (!store) return new RateLimiterMemory(options);
  return new RateLimiterRedis({
    ...options,
    storeClient: store,
    rejectIfRedisNotReady: true,
    insuranceLimiter: new RateLimiterMemory(options),
  } as ConstructorParameters<typeof RateLimiterRedis>[0]);
}

/** The Redis connection the limiters share; start-up goes on (counting in memory) if Redis is down. */
export async function connectLimiterStore(url: string): Promise<Redis> {
  const redis = new Redis(url, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  redis.on("error", () => undefined); // reconnects by itself; the insurance limiter counts meanwhile
  try {
    await redis.connect();
  } catch {
    console.warn("[rate-limit] Redis no disponible; los límites se cuentan en este proceso hasta que vuelva.");
  }
  return redis;
}

export const secondsUntil = (res: RateLimiterRes): number => Math.max(1, Math.ceil(res.msBeforeNext / 1000));

export function rateLimited(retryAfter: number): AppError {
  return new AppError("RATE_LIMITED", `Demasiadas solicitudes; inténtalo de nuevo en ${retryAfter} s.`, { retryAfter });
}

/** `RATE_LIMIT_PER_MINUTE` operations per minute for each user (token) or API key. */
export class OperationRateLimit {
  private readonly limiter: RateLimiterAbstract;
  /** What each caller had left at its last count in this process (a hint; the count is in the limiter). */
  private readonly lastRemaining = new Map<string, number>();
  /** Left at the last count for a caller's reads to run while they are counted. */
  private readonly margin: number;

  constructor(store: Redis | null, keyPrefix: string, readonly perMinute: number) {
    this.limiter = createLimiter(store, { keyPrefix: `${keyPrefix}:ops`, points: perMinute, duration: 60 });
    this.margin = Math.max(10, Math.ceil(perMinute / 10));
  }

  /** Counts one operation; the error to answer with when the caller is over its limit. */
  async consume(principal: Principal): Promise<AppError | null> {
    const key = `${principal.kind}:${principal.id}`;
    try {
      this.remember(key, (await this.limiter.consume(key)).remainingPoints);
      return null;
    } catch (err) {
      if (err instanceof RateLimiterRes) {
        this.remember(key, 0);
        return rateLimited(secondsUntil(err));
      }
      // Neither Redis nor the stand-in could count: let the operation through rather than fail it.
      console.error("[rate-limit] no se pudo contar la operación:", err instanceof Error ? err.message : String(err));
      return null;
    }
  }

  /**
   * Whether the caller had well over its margin left at its last count here: then a read may run
   * while it is being counted (its answer is still replaced by RATE_LIMITED if the count says so).
   * A caller near or over its limit, or not seen yet, is counted before anything runs.
   */
  hasMargin(principal: Principal): boolean {
    return (this.lastRemaining.get(`${principal.kind}:${principal.id}`) ?? 0) > this.margin;
  }

  private remember(key: string, remaining: number): void {
    if (this.lastRemaining.size >= 10_000 && !this.lastRemaining.has(key)) this.lastRemaining.clear();
    this.lastRemaining.set(key, remaining);
  }
}

/**
 * Apollo plugin: every HTTP operation of a signed-in caller counts against its limit, and one over
 * it is answered 429 RATE_LIMITED with Retry-After and nothing executed. Mutations, and every
 * operation of a caller near its limit, are counted before they run; a query of a caller with
 * plenty left runs while it is counted (the shared count is a round trip to Redis), and its answer
 * is replaced by RATE_LIMITED should the count say so. Requests that never reach execution
 * (malformed, invalid) are counted too. Anonymous requests pass (only `login` is open to them,
 * with its own throttle).
 */
export function operationRateLimitPlugin(limit: OperationRateLimit): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const principal = contextValue.principal;
      if (!principal) return;
      let counted: Promise<AppError | null> | null = null;
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation === "query" && limit.hasMargin(principal)) {
            counted = limit.consume(principal);
            counted.catch(() => undefined); // awaited in willSendResponse
            return;
          }
          counted = limit.consume(principal);
          const limited = await counted;
          if (limited) throw limited; // nothing runs; willSendResponse writes the 429
        },
        async willSendResponse({ response }) {
          const limited = await (counted ?? limit.consume(principal));
          if (!limited) return;
          response.http.status = 429;
          response.http.headers.set("retry-after", String(limited.extensions.retryAfter));
          response.body = { kind: "single", singleResult: { errors: [{ message: limited.message, extensions: limited.extensions }] } };
        },
      };
    },
  };
}
