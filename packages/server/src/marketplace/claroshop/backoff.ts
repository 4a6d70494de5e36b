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
