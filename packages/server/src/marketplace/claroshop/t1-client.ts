/**
 * HTTP client for the Claro Shop T1 Comercios API (bearer token), used for delivery evidence.
 * The token is fetched with the password grant, cached, renewed a minute before it expires and,
 * when the API still answers 401, fetched anew once. Neither the password nor any token appears
 * in errors or logs; errors name the operation, never the URL.
 */
import { FormData } from "undici";
import { MarketplaceRejectedError, MarketplaceUnavailableError } from "../marketplace.port";
import { backoffDelayMs, exchange, resolveResilience, TransientFailure, type Resilience, type ResilienceOptions } from "./backoff";
import { CircuitBreaker } from "./circuit-breaker";

export interface T1ClientOptions extends ResilienceOptions {
  /** e.g. https://api.t1comercios.com (paths start /kidal/v1/). */
  baseUrl: string;
  /** The OpenID Connect token endpoint (password grant, client `integradores`). */
  tokenUrl: string;
  username: string;
  password: string;
  sellerId: string;
  /** The `{mp}` path segment. Default "CLAROSHOP". */
  marketplace?: string;
  /** Renew the token this long before it expires. Default 60 s. */
  tokenRefreshMarginMs?: number;
}

export interface T1EvidenceFile {
  orderId: string;
  shipmentId: string;
  fileName: string;
  contentType: string;
  data: Buffer;
  idempotencyKey: string;
}

interface CachedToken {
  accessToken: string;
  /** Epoch ms after which the token is renewed before use (expiry minus the margin). */
  renewAt: number;
}

interface Answer {
  status: number;
  body: Record<string, unknown> | null;
}

/** A 401 from the API with the token we sent: fetch a new one (once) and try again. */
class Unauthorized extends Error {
  constructor(readonly token: string) {
    super("HTTP 401");
  }
}

function messageOf(body: Record<string, unknown> | null): string | null {
  if (!body) return null;
  for (const key of ["message", "mensaje", "error_description", "error"]) {
    const value = body[key];
    if (typeof value === "string" && value.trim() !== "") return value.trim();
  }
  return null;
}

export class T1Client {
  private readonly refreshMarginMs: number;
  private readonly resilience: Resilience;
  readonly breaker: CircuitBreaker;
  private token: CachedToken | null = null;
  /** One token request at a time: concurrent callers share it. */
  private pendingToken: Promise<string> | null = null;

  constructor(private readonly options: T1ClientOptions) {
    this.resilience = resolveResilience(options, { timeoutMs: 30_000, maxConcurrent: 2 });
    this.breaker = this.resilience.breaker;
    this.refreshMarginMs = options.tokenRefreshMarginMs ?? 60_000;
  }

  /** Uploads one evidence file (multipart field `evidencia`); resolves when T1 accepted it. */
  async uploadEvidence(file: T1EvidenceFile): Promise<void> {
    const { sellerId } = this.options;
    const mp = this.options.marketplace ?? "CLAROSHOP";
    const path =
      `/kidal/v1/order/seller/${encodeURIComponent(sellerId)}/marketplace/${encodeURIComponent(mp)}` +
      `/order/${encodeURIComponent(file.orderId)}/shipment/${encodeURIComponent(file.shipmentId)}/evidence/`;
    const label = `evidencia del pedido ${file.orderId}`;
    await this.guarded(label, async () => {
      const answer = await this.authorized(label, (token) =>
        this.attempt(`${this.options.baseUrl.replace(/\/+$/, "")}${path}`, {
          method: "POST",
          headers: { Accept: "application/json", Authorization: `Bearer ${token}`, "Idempotency-Key": file.idempotencyKey },
          // Built per attempt: a FormData body is consumed by the request that sends it.
          body: () => {
            const form = new FormData(); // undici's own, which undici's dispatcher sends as multipart
            form.append("evidencia", new Blob([new Uint8Array(file.data)], { type: file.contentType }), file.fileName);
            return form;
          },
        }, token),
      );
      if (answer.status >= 400 || answer.body?.success === false) {
        throw new MarketplaceRejectedError(this.scrub(messageOf(answer.body) ?? `Claro Shop T1 rechazó la ${label} (HTTP ${answer.status})`));
      }
    });
  }

  /** Breaker and concurrency cap around one operation; refusals do not count as outages. */
  private async guarded<T>(label: string, run: () => Promise<T>): Promise<T> {
    if (!this.breaker.allows()) {
      throw new MarketplaceUnavailableError(`Claro Shop T1 no está disponible (circuito abierto): ${label}`);
    }
    const release = await this.resilience.slots.acquire();
    try {
      const result = await run();
      this.breaker.succeeded();
      return result;
    } catch (err) {
      if (err instanceof MarketplaceRejectedError) this.breaker.succeeded();
      else this.breaker.failed();
      throw err;
    } finally {
      release();
    }
  }

  /** Runs `call` with a valid token; on 401 drops that token, fetches a new one and tries once more. */
  private async authorized(label: string, call: (token: string) => Promise<Answer>): Promise<Answer> {
    const first = await this.accessToken();
    try {
      return await this.withRetries(label, () => call(first));
    } catch (err) {
      if (!(err instanceof Unauthorized)) throw err;
      this.forget(err.token);
      this.resilience.log(`claroshop-t1: ${label} respondió 401; se pide un token nuevo`);
    }
    const second = await this.accessToken();
    try {
      return await this.withRetries(label, () => call(second));
    } catch (err) {
      if (!(err instanceof Unauthorized)) throw err;
      this.forget(err.token);
      throw new MarketplaceRejectedError("Claro Shop T1 no aceptó el token de acceso; revise el usuario de la API T1.");
    }
  }

  private forget(token: string): void {
    if (this.token?.accessToken === token) this.token = null;
  }

  private async accessToken(): Promise<string> {
    if (this.token && this.resilience.now().getTime() < this.token.renewAt) return this.token.accessToken;
    this.pendingToken ??= this.fetchToken().finally(() => {
      this.pendingToken = null;
    });
    return this.pendingToken;
  }

  private async fetchToken(): Promise<string> {
    const { tokenUrl, username, password } = this.options;
    const label = "token de la API T1";
    const answer = await this.withRetries(label, () =>
      this.attempt(tokenUrl, {
        method: "POST",
        headers: { Accept: "application/json", "Content-Type": "application/x-www-form-urlencoded" },
        body: () => new URLSearchParams({ client_id: "integradores", grant_type: "password", username, password }).toString(),
      }, null),
    );
    const accessToken = answer.body?.access_token;
    if (answer.status >= 400 || typeof accessToken !== "string" || accessToken === "") {
      const reason = messageOf(answer.body);
      throw new MarketplaceRejectedError(
        this.scrub(`Claro Shop T1 rechazó las credenciales de la API T1${reason ? `: ${reason}` : ` (HTTP ${answer.status})`}`),
      );
    }
    const expiresIn = Number(answer.body?.expires_in);
    const lifetimeMs = Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn * 1000 : 300_000;
    // Renew a minute early; for very short tokens, halfway through.
    const margin = Math.min(this.refreshMarginMs, lifetimeMs / 2);
    this.token = { accessToken, renewAt: this.resilience.now().getTime() + lifetimeMs - margin };
    return accessToken;
  }

  private async withRetries(label: string, run: () => Promise<Answer>): Promise<Answer> {
    let lastReason = "";
    for (let attempt = 0; attempt < this.resilience.maxAttempts; attempt++) {
      try {
        return await run();
      } catch (err) {
        if (!(err instanceof TransientFailure)) throw err;
        lastReason = err.reason;
        if (attempt + 1 >= this.resilience.maxAttempts) break;
        const delay = backoffDelayMs(this.resilience.backoff, attempt, err.retryAfterMs);
        this.resilience.log(`claroshop-t1: ${label} intento ${attempt + 1} falló (${err.reason}); reintento en ${delay} ms`);
        await this.resilience.sleep(delay);
      }
    }
    this.resilience.log(`claroshop-t1: ${label} sin respuesta tras ${this.resilience.maxAttempts} intentos (${lastReason})`);
    throw new MarketplaceUnavailableError(`Claro Shop T1 no respondió a la ${label} (${lastReason})`);
  }

  /**
   * One HTTP exchange. Network errors, timeouts, 429 and 5xx are transient; a 401 on a request
   * sent with `token` is Unauthorized; any other answer is returned for the caller to judge.
   */
  private async attempt(
    url: string,
    init: { method: "GET" | "POST"; headers: Record<string, string>; body: () => string | FormData },
    token: string | null,
  ): Promise<Answer> {
    const { status, raw } = await exchange(
      this.resilience.transport,
      url,
      { method: init.method, headers: init.headers, body: init.body() },
      this.resilience.timeoutMs,
    );
    if (status === 401 && token !== null) throw new Unauthorized(token);
    let body: Record<string, unknown> | null = null;
    try {
      const parsed: unknown = raw.trim() === "" ? null : JSON.parse(raw);
      if (parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)) body = parsed as Record<string, unknown>;
    } catch {
      // A success must be readable; a refusal without JSON is still a refusal.
      if (status < 400) throw new TransientFailure("respuesta no JSON");
    }
    if (status < 400 && body === null) throw new TransientFailure("respuesta vacía");
    return { status, body };
  }

  /** The service's own text is shown to staff: it must not echo the password, a token or a URL. */
  private scrub(message: string): string {
    let out = message;
    const secrets = [this.options.password, this.token?.accessToken ?? ""].filter((s) => s.length >= 3);
    for (const secret of secrets) out = out.split(secret).join("***");
    return out
      .replace(/https?:\/\/\S+/gi, "***")
      .replace(/eyJ[\w-]+\.[\w-]+\.[\w-]+/g, "***")
      .replace(/Bearer\s+\S+/gi, "Bearer ***");
  }
}
