import type { NextFunction, Request, Response } from "express";
import { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { Principal } from "../auth/principal";
import type { Services } from "../services";
import { contextFor, type Context, type RequestInfo } from "./context";
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

  constructor(store: Redis | null, keyPrefix: string, readonly perMinute: number) {
    this.limiter = createLimiter(store, { keyPrefix: `${keyPrefix}:ops`, points: perMinute, duration: 60 });
  }

  /** Counts one operation; the error to answer with when the caller is over its limit. */
  async consume(principal: Principal): Promise<AppError | null> {
    try {
      await this.limiter.consume(`${principal.kind}:${principal.id}`);
      return null;
    } catch (err) {
      if (err instanceof RateLimiterRes) return rateLimited(secondsUntil(err));
      // Neither Redis nor the stand-in could count: let the operation through rather than fail it.
      console.error("[rate-limit] no se pudo contar la operación:", err instanceof Error ? err.message : String(err));
      return null;
    }
  }
}

const CONTEXT_KEY = "graphqlContext";
const CONTEXT_FAILURE_KEY = "graphqlContextFailure";

/**
 * Express middleware before Apollo on /graphql: authenticates once (the context is handed on to
 * Apollo through `res.locals`), counts the operation for its user or key and answers 429 with
 * `Retry-After` when over the limit. Anonymous requests pass (only `login` is open to them, and
 * it has its own throttle).
 */
export function httpRateLimit(services: Services, limit: OperationRateLimit, requestInfo: (req: Request) => RequestInfo) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    let context: Context;
    try {
      context = await contextFor(services, req.headers.authorization, requestInfo(req));
    } catch (err) {
      // Apollo reports the failure as usual, from this very attempt: never a second wait on a
      // database that is not answering.
      res.locals[CONTEXT_FAILURE_KEY] = err;
      next();
      return;
    }
    res.locals[CONTEXT_KEY] = context;
    if (context.principal) {
      const error = await limit.consume(context.principal);
      if (error) {
        res
          .status(429)
          .set("Retry-After", String(error.extensions.retryAfter))
          .json({ errors: [{ message: error.message, extensions: error.extensions }] });
        return;
      }
    }
    next();
  };
}

/** The context `httpRateLimit` built for this request, if it did; throws what stopped it from building one. */
export function contextBuiltFor(res: Response): Context | undefined {
  if (CONTEXT_FAILURE_KEY in res.locals) throw res.locals[CONTEXT_FAILURE_KEY];
  return res.locals[CONTEXT_KEY] as Context | undefined;
}
