/**
 * HTTP client for the Claro Shop legacy (signed-URL) API. The URL carries the credentials, so
 * errors and logs name only the resource ("pedidos?action=detallepedido"), never the URL.
 */
import { MarketplaceRejectedError, MarketplaceUnavailableError } from "../marketplace.port";
import { CircuitBreaker } from "./circuit-breaker";
import { Semaphore } from "./semaphore";
import { legacySignature, mexicoCityTimestamp } from "./claroshop-signature";

export interface ClaroshopClientOptions {
  /** e.g. https://selfservice.claroshop.com/apicm/v1 */
  baseUrl: string;
  publicKey: string;
  privateKey: string;
  /** Per attempt. Default 15 s. */
  timeoutMs?: number;
  /** Attempts per request, the first included. Default 4. */
  maxAttempts?: number;
  /** Backoff: full jitter over min(maxDelayMs, baseDelayMs * 2^attempt). Defaults 250 ms / 8 s. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Longest Retry-After honoured; longer ones are cut to this. Default 60 s. */
  maxRetryAfterMs?: number;
  /** Requests in flight at once; the API documents no limits, so stay low. Default 3. */
  maxConcurrent?: number;
  /** Failed requests in a row (retries exhausted) that open the breaker. Default 3. */
  breakerThreshold?: number;
  /** How long the breaker stays open before one trial request. Default 30 s. */
  breakerCooldownMs?: number;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Receives resource names and reasons only. Default console.warn. */
  log?: (message: string) => void;
  fetch?: typeof fetch;
}

/** A payload check: false means "the service answered half a thing", which is retried. */
export type PayloadCheck = (body: Record<string, unknown>) => boolean;

/** One attempt's failure that is worth another try. */
class TransientFailure extends Error {
  constructor(
    readonly reason: string,
    readonly retryAfterMs: number | null = null,
  ) {
    super(reason);
  }
}

const REJECTED_STATUSES = new Set(["error", "warning", "false"]);

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function retryAfterMs(header: string | null): number | null {
  if (header === null) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}

function rejectionOf(body: Record<string, unknown>): string | null {
  const estatus = body.estatus;
  const statusText = typeof estatus === "string" ? estatus.trim().toLowerCase() : typeof estatus === "boolean" ? String(estatus) : "";
  const mensaje = typeof body.mensaje === "string" ? body.mensaje : typeof body.error === "string" ? body.error : "";
  if (REJECTED_STATUSES.has(statusText)) return mensaje || "sin mensaje";
  // Some clients see a bare `error` key instead of `estatus`.
  if (statusText === "" && typeof body.error === "string" && body.error !== "") return body.error;
  return null;
}

export class ClaroshopClient {
  private readonly timeoutMs: number;
  private readonly maxAttempts: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly maxRetryAfterMs: number;
  private readonly now: () => Date;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;
  private readonly log: (message: string) => void;
  private readonly fetchFn: typeof fetch;
  private readonly slots: Semaphore;
  readonly breaker: CircuitBreaker;

  constructor(private readonly options: ClaroshopClientOptions) {
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.maxAttempts = Math.max(1, options.maxAttempts ?? 4);
    this.baseDelayMs = options.baseDelayMs ?? 250;
    this.maxDelayMs = options.maxDelayMs ?? 8_000;
    this.maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000;
    this.now = options.now ?? (() => new Date());
    this.sleep = options.sleep ?? defaultSleep;
    this.random = options.random ?? Math.random;
    this.log = options.log ?? ((message) => console.warn(message));
    this.fetchFn = options.fetch ?? fetch;
    this.slots = new Semaphore(options.maxConcurrent ?? 3);
    this.breaker = new CircuitBreaker(options.breakerThreshold ?? 3, options.breakerCooldownMs ?? 30_000, () =>
      this.now().getTime(),
    );
  }

  /** GET `{resource}?{query}`; resolves with the JSON object or throws a Marketplace*Error. */
  async getJson(resource: string, query: Record<string, string>, check?: PayloadCheck): Promise<Record<string, unknown>> {
    const label = query.action ? `${resource}?action=${query.action}` : resource;
    if (!this.breaker.allows()) {
      throw new MarketplaceUnavailableError(`Claro Shop no está disponible (circuito abierto): ${label}`);
    }
    const release = await this.slots.acquire();
    try {
      const body = await this.withRetries(label, resource, query, check);
      this.breaker.succeeded();
      return body;
    } catch (err) {
      // A refusal proves the service is up; only unreachability counts against the breaker.
      if (err instanceof MarketplaceRejectedError) this.breaker.succeeded();
      else this.breaker.failed();
      throw err;
    } finally {
      release();
    }
  }

  private async withRetries(
    label: string,
    resource: string,
    query: Record<string, string>,
    check: PayloadCheck | undefined,
  ): Promise<Record<string, unknown>> {
    let lastReason = "";
    for (let attempt = 0; attempt < this.maxAttempts; attempt++) {
      try {
        return await this.attempt(resource, query, check);
      } catch (err) {
        if (!(err instanceof TransientFailure)) throw err;
        lastReason = err.reason;
        if (attempt + 1 >= this.maxAttempts) break;
        const delay = this.backoffMs(attempt, err.retryAfterMs);
        this.log(`claroshop: ${label} intento ${attempt + 1} falló (${err.reason}); reintento en ${delay} ms`);
        await this.sleep(delay);
      }
    }
    this.log(`claroshop: ${label} sin respuesta tras ${this.maxAttempts} intentos (${lastReason})`);
    throw new MarketplaceUnavailableError(`Claro Shop no respondió a ${label} (${lastReason})`);
  }

  private backoffMs(attempt: number, retryAfter: number | null): number {
    if (retryAfter !== null) return Math.round(Math.min(retryAfter, this.maxRetryAfterMs));
    const cap = Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** attempt);
    return Math.round(this.random() * cap);
  }

  /** The signed URL; built fresh per attempt so the timestamp is always current. */
  private signedUrl(resource: string, query: Record<string, string>): string {
    const { baseUrl, publicKey, privateKey } = this.options;
    const timestamp = mexicoCityTimestamp(this.now());
    const signature = legacySignature(publicKey, timestamp, privateKey);
    const search = new URLSearchParams(query).toString();
    const base = baseUrl.replace(/\/+$/, "");
    return `${base}/${encodeURIComponent(publicKey)}/${signature}/${timestamp}/${resource}${search ? `?${search}` : ""}`;
  }

  private async attempt(
    resource: string,
    query: Record<string, string>,
    check: PayloadCheck | undefined,
  ): Promise<Record<string, unknown>> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    let status: number;
    let retryAfter: string | null;
    let raw: string;
    try {
      const response = await this.fetchFn(this.signedUrl(resource, query), {
        method: "GET",
        headers: { Accept: "application/json" },
        signal: controller.signal,
      });
      status = response.status;
      retryAfter = response.headers.get("retry-after");
      raw = await response.text();
    } catch {
      // Deliberately not the error's text: undici messages can carry the request URL.
      throw new TransientFailure(controller.signal.aborted ? "tiempo agotado" : "error de red");
    } finally {
      clearTimeout(timer);
    }
    if (status === 429) throw new TransientFailure("HTTP 429", retryAfterMs(retryAfter));
    if (status >= 500) throw new TransientFailure(`HTTP ${status}`);
    let body: unknown;
    try {
      body = raw.trim() === "" ? undefined : JSON.parse(raw);
    } catch {
      throw new TransientFailure("respuesta no JSON");
    }
    if (body === null || typeof body !== "object" || Array.isArray(body)) {
      if (status >= 400) throw new MarketplaceRejectedError(`Claro Shop rechazó ${resource} (HTTP ${status})`);
      throw new TransientFailure("respuesta vacía");
    }
    const json = body as Record<string, unknown>;
    const rejection = rejectionOf(json);
    if (rejection !== null) throw new MarketplaceRejectedError(this.scrub(rejection));
    if (status >= 400) throw new MarketplaceRejectedError(`Claro Shop rechazó ${resource} (HTTP ${status})`);
    if (check && !check(json)) throw new TransientFailure("respuesta incompleta");
    return json;
  }

  /** The service's own text is shown to staff; make sure it cannot echo our secret back. */
  private scrub(message: string): string {
    const { privateKey } = this.options;
    let out = message;
    if (privateKey !== "") out = out.split(privateKey).join("***");
    return out.replace(/[0-9a-f]{64}/gi, "***").replace(/https?:\/\/\S+/gi, "***");
  }
}
