/**
 * HTTP client for the Claro Shop legacy (signed-URL) API. The URL carries the credentials, so
 * errors and logs name only the resource ("pedidos?action=detallepedido"), never the URL.
 */
import { MarketplaceRejectedError, MarketplaceUnavailableError } from "../marketplace.port";
import { CircuitBreaker } from "./circuit-breaker";
import { legacySignature, mexicoCityTimestamp } from "./claroshop-signature";
import { backoffDelayMs, exchange, resolveResilience, TransientFailure, type Resilience, type ResilienceOptions } from "./backoff";

export interface ClaroshopClientOptions extends ResilienceOptions {
  /** e.g. https://selfservice.claroshop.com/apicm/v1 */
  baseUrl: string;
  publicKey: string;
  privateKey: string;
}

/** A payload check: false means "the service answered half a thing", which is retried. */
export type PayloadCheck = (body: Record<string, unknown>) => boolean;

export interface PostOptions {
  /** Sent as `Idempotency-Key`, the same on every retry, so a repeated POST changes nothing. */
  idempotencyKey?: string;
  check?: PayloadCheck;
}

interface LegacyRequest {
  method: "GET" | "POST";
  resource: string;
  query: Record<string, string>;
  body?: Record<string, unknown>;
  idempotencyKey?: string;
  check?: PayloadCheck;
}

const REJECTED_STATUSES = new Set(["error", "warning", "false"]);

function rejectionOf(body: Record<string, unknown>): string | null {
  const estatus = body.estatus;
  const statusText = typeof estatus === "string" ? estatus.trim().toLowerCase() : typeof estatus === "boolean" ? String(estatus) : "";
  const mensaje = typeof body.mensaje === "string" ? body.mensaje : typeof body.error === "string" ? body.error : "";
  if (REJECTED_STATUSES.has(statusText)) return mensaje || "sin mensaje";
  // Some clients see a bare `error` key instead of `estatus`.
  if (statusText === "" && typeof body.error === "string" && body.error !== "") return body.error;
  return null;
}

/**
 * Requests in flight at once by default. The API documents no rate limits; public material
 * advises 2-4 in flight with backoff. A sync's detail reads take the top of that range: against
 * the real marketplace, whose round trips are far longer than the server's work on each answer,
 * 4 in flight read a page in about 3/4 of the time 3 took; against a fast one (the sandbox) the
 * fourth keeps it busy while the server is briefly on the previous batch's writes. 429s and
 * errors still back off and trip the breaker.
 */
export const DEFAULT_MAX_CONCURRENT = 4;

export class ClaroshopClient {
  private readonly resilience: Resilience;
  readonly breaker: CircuitBreaker;
  private signed: { second: number; base: string } | null = null;

  constructor(private readonly options: ClaroshopClientOptions) {
    this.resilience = resolveResilience(options, { timeoutMs: 15_000, maxConcurrent: DEFAULT_MAX_CONCURRENT });
    this.breaker = this.resilience.breaker;
  }

  /** GET `{resource}?{query}`; resolves with the JSON object or throws a Marketplace*Error. */
  getJson(resource: string, query: Record<string, string>, check?: PayloadCheck): Promise<Record<string, unknown>> {
    return this.send({ method: "GET", resource, query, check });
  }

  /**
   * POST a JSON body to `{resource}` (e.g. `embarque`); same signing, retries and breaker as GET.
   * Retrying a POST is only safe with an idempotency key, which goes out unchanged on every attempt.
   */
  postJson(resource: string, body: Record<string, unknown>, options: PostOptions = {}): Promise<Record<string, unknown>> {
    return this.send({ method: "POST", resource, query: {}, body, idempotencyKey: options.idempotencyKey, check: options.check });
  }

  private async send(request: LegacyRequest): Promise<Record<string, unknown>> {
    const { resource, query } = request;
    const label = query.action ? `${resource}?action=${query.action}` : resource;
    if (!this.breaker.allows()) {
      throw new MarketplaceUnavailableError(`Claro Shop no está disponible (circuito abierto): ${label}`);
    }
    const release = await this.resilience.slots.acquire();
    try {
      const body = await this.withRetries(label, request);
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

  private async withRetries(label: string, request: LegacyRequest): Promise<Record<string, unknown>> {
    let lastReason = "";
    for (let attempt = 0; attempt < this.resilience.maxAttempts; attempt++) {
      try {
        return await this.attempt(request);
      } catch (err) {
        if (!(err instanceof TransientFailure)) throw err;
        lastReason = err.reason;
        if (attempt + 1 >= this.resilience.maxAttempts) break;
        const delay = backoffDelayMs(this.resilience.backoff, attempt, err.retryAfterMs);
        this.resilience.log(`claroshop: ${label} intento ${attempt + 1} falló (${err.reason}); reintento en ${delay} ms`);
        await this.resilience.sleep(delay);
      }
    }
    this.resilience.log(`claroshop: ${label} sin respuesta tras ${this.resilience.maxAttempts} intentos (${lastReason})`);
    throw new MarketplaceUnavailableError(`Claro Shop no respondió a ${label} (${lastReason})`);
  }

  /** The signed URL; built per attempt so the timestamp is always current. */
  private signedUrl(resource: string, query: Record<string, string>): string {
    const search = new URLSearchParams(query).toString();
    return `${this.signedBase()}/${resource}${search ? `?${search}` : ""}`;
  }

  /**
   * `{base}/{publicKey}/{signature}/{timestamp}`. The timestamp counts whole seconds, so the
   * signature is computed once per second, not once per request (a sync makes thousands).
   */
  private signedBase(): string {
    const now = this.resilience.now();
    const second = Math.floor(now.getTime() / 1000);
    if (this.signed?.second !== second) {
      const { baseUrl, publicKey, privateKey } = this.options;
      const timestamp = mexicoCityTimestamp(now);
      const signature = legacySignature(publicKey, timestamp, privateKey);
      this.signed = { second, base: `${baseUrl.replace(/\/+$/, "")}/${encodeURIComponent(publicKey)}/${signature}/${timestamp}` };
    }
    return this.signed.base;
  }

  private async attempt(request: LegacyRequest): Promise<Record<string, unknown>> {
    const { method, resource, query, check } = request;
    const headers: Record<string, string> = { Accept: "application/json" };
    if (request.body !== undefined) headers["Content-Type"] = "application/json";
    if (request.idempotencyKey) headers["Idempotency-Key"] = request.idempotencyKey;
    const { status, raw } = await exchange(
      this.resilience.transport,
      this.signedUrl(resource, query),
      { method, headers, body: request.body === undefined ? undefined : JSON.stringify(request.body) },
      this.resilience.timeoutMs,
    );
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
