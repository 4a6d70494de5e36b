import { EventEmitter } from "node:events";
import { getGlobalDispatcher, type Dispatcher, type FormData } from "undici";
import { CircuitBreaker } from "./circuit-breaker";
import { Semaphore } from "./semaphore";
/** Retry timing shared by the Claro Shop clients (legacy and T1): capped exponential backoff with full jitter. */

export interface BackoffSettings {
  baseDelayMs: number;
  maxDelayMs: number;
  /** Longest Retry-After honoured; longer ones are cut to this. */
  maxRetryAfterMs: number;
  random: () => number;
}

export function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Retry-After in seconds or as an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | null): number | null {
  if (header === null) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}

/** Wait before retry number `attempt + 1`: the server's Retry-After if any, else full jitter under the cap. */
export function backoffDelayMs(settings: BackoffSettings, attempt: number, retryAfter: number | null): number {
  if (retryAfter !== null) return Math.round(Math.min(retryAfter, settings.maxRetryAfterMs));
  const cap = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** attempt);
  return Math.round(settings.random() * cap);
}

/** One attempt's failure that is worth another try; `reason` is safe to log (no URL, no secret). */
export class TransientFailure extends Error {
  constructor(
    readonly reason: string,
    readonly retryAfterMs: number | null = null,
  ) {
    super(reason);
  }
}

/** Timeouts, retries, breaker and concurrency shared by the marketplace's HTTP clients. */
export interface ResilienceOptions {
  /** Per attempt. */
  timeoutMs?: number;
  /** Attempts per request, the first included. Default 4. */
  maxAttempts?: number;
  /** Backoff: full jitter over min(maxDelayMs, baseDelayMs * 2^attempt). Defaults 250 ms / 8 s. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Longest Retry-After honoured; longer ones are cut to this. Default 60 s. */
  maxRetryAfterMs?: number;
  /** Requests in flight at once; the API documents no limits, so stay low. */
  maxConcurrent?: number;
  /** Failed requests in a row (retries exhausted) that open the breaker. Default 3. */
  breakerThreshold?: number;
  /** How long the breaker stays open before one trial request. Default 30 s. */
  breakerCooldownMs?: number;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Receives operation names and reasons only, never URLs or credentials. Default console.warn. */
  log?: (message: string) => void;
  /** How requests reach the network; default undiciTransport (tests wrap it to watch requests). */
  transport?: HttpTransport;
}

/** ResilienceOptions with every default filled in, and the limiter and breaker they configure. */
export interface Resilience {
  timeoutMs: number;
  maxAttempts: number;
  backoff: BackoffSettings;
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
  log: (message: string) => void;
  transport: HttpTransport;
  slots: Semaphore;
  breaker: CircuitBreaker;
}

/** Both Claro Shop clients' settings; they differ only in their timeout and concurrency defaults. */
export function resolveResilience(options: ResilienceOptions, defaults: { timeoutMs: number; maxConcurrent: number }): Resilience {
  const now = options.now ?? (() => new Date());
  return {
    timeoutMs: options.timeoutMs ?? defaults.timeoutMs,
    maxAttempts: Math.max(1, options.maxAttempts ?? 4),
    backoff: {
      baseDelayMs: options.baseDelayMs ?? 250,
      maxDelayMs: options.maxDelayMs ?? 8_000,
      maxRetryAfterMs: options.maxRetryAfterMs ?? 60_000,
      random: options.random ?? Math.random,
    },
    now,
    sleep: options.sleep ?? defaultSleep,
    log: options.log ?? ((message) => console.warn(message)),
    transport: options.transport ?? undiciTransport,
    slots: new Semaphore(options.maxConcurrent ?? defaults.maxConcurrent),
    breaker: new CircuitBreaker(options.breakerThreshold ?? 3, options.breakerCooldownMs ?? 30_000, () => now().getTime()),
  };
}

/** One request as the marketplace clients send it. */
export interface HttpRequest {
  method: "GET" | "POST";
  headers: Record<string, string>;
  /** A multipart body is undici's FormData (Node's global one is another copy that undici does not take). */
  body?: string | FormData;
  /**
   * Emits "abort" when the attempt's time is up. undici takes an EventEmitter as a request's
   * signal and aborts the request (headers or body) on that event, as with an AbortSignal, whose
   * EventTarget costs several times more per request: a sync makes thousands.
   */
  signal: EventEmitter;
}

/** The answer, read whole. */
export interface HttpAnswer {
  status: number;
  /** The Retry-After header, if any. */
  retryAfter: string | null;
  text: string;
}

/** How the marketplace clients reach the network. */
export type HttpTransport = (url: string, request: HttpRequest) => Promise<HttpAnswer>;

/**
 * undici's dispatcher, the layer under its request API and Node's own fetch, with a handler that
 * keeps the answer's chunks and joins them once: no per-request body stream, Response or WHATWG
 * plumbing (the request API's body stream alone costs about a quarter of the client's CPU per
 * request, which counts in a sync of thousands of orders). No redirects are followed.
 */
export const undiciTransport: HttpTransport = (url, { method, headers, body, signal }) =>
  new Promise<HttpAnswer>((resolve, reject) => {
    const { origin, pathname, search } = new URL(url);
    let controller: Dispatcher.DispatchController | null = null;
    let abortedWith: Error | null = null;
    const onAbort = () => {
      abortedWith = new Error("solicitud cancelada");
      // A request still waiting for a connection has no controller yet: onRequestStart cuts it.
      controller?.abort(abortedWith);
    };
    signal.once("abort", onAbort);
    let status = 0;
    let retryAfter: string | null = null;
    const chunks: Buffer[] = [];
    getGlobalDispatcher().dispatch(
      { origin, path: pathname + search, method, headers, body },
      {
        onRequestStart(started) {
          controller = started;
          if (abortedWith) started.abort(abortedWith);
        },
        onResponseStart(_controller, statusCode, responseHeaders) {
          status = statusCode;
          const header = responseHeaders["retry-after"];
          retryAfter = typeof header === "string" ? header : null;
        },
        onResponseData(_controller, chunk) {
          chunks.push(chunk);
        },
        onResponseEnd() {
          signal.off("abort", onAbort);
          resolve({ status, retryAfter, text: (chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)).toString("utf8") });
        },
        onResponseError(_controller, err) {
          signal.off("abort", onAbort);
          reject(err);
        },
      },
    );
  });

/** One HTTP exchange with a per-attempt timeout; transport failures and 429/5xx are worth retrying. */
export async function exchange(
  transport: HttpTransport,
  url: string,
  init: Omit<HttpRequest, "signal">,
  timeoutMs: number,
): Promise<{ status: number; raw: string }> {
  const signal = new EventEmitter();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    signal.emit("abort");
  }, timeoutMs);
  let answer: HttpAnswer;
  try {
    answer = await transport(url, { ...init, signal });
  } catch {
    // Deliberately not the error's text: undici messages can carry the request URL.
    throw new TransientFailure(timedOut ? "tiempo agotado" : "error de red");
  } finally {
    clearTimeout(timer);
  }
  if (answer.status === 429) throw new TransientFailure("HTTP 429", retryAfterMs(answer.retryAfter));
  if (answer.status >= 500) throw new TransientFailure(`HTTP ${answer.status}`);
  return { status: answer.status, raw: answer.text };
}
