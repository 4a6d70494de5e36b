/** What the sandbox received, for tests and benchmarks to assert on. Never holds secrets. */
export type MarketplaceApi = "legacy" | "t1";
export type RequestOutcome = "pending" | "ok" | "error" | "fault" | "replay" | "aborted";
export type BodySummary = Record<string, string | number | boolean | null>;

export interface LoggedRequest {
  id: number;
  /** ISO instant on the sandbox clock. */
  time: string;
  method: string;
  api: MarketplaceApi;
  /** Legacy: the resource after the credential segments ("pedidos"); T1: the URL path. */
  resource: string;
  query: Record<string, string>;
  body: BodySummary | null;
  idempotencyKey: string | null;
  /** HTTP status sent; null while pending or when the request hung. */
  status: number | null;
  outcome: RequestOutcome;
  /** Faults applied to this request ("hang", "rate500", "truncated", ...). */
  faults: string[];
  durationMs: number | null;
}

export interface RequestFilter {
  api?: MarketplaceApi;
  resource?: string;
  method?: string;
  /** Only entries with an id greater than this. */
  after?: number;
}

/** Oldest entries are dropped past this size, so long benchmarks stay bounded in memory. */
const MAX_ENTRIES = 200_000;

export class RequestLog {
  private entries: LoggedRequest[] = [];
  private nextId = 1;

  start(fields: Omit<LoggedRequest, "id" | "status" | "outcome" | "faults" | "durationMs" | "body">): LoggedRequest {
    const entry: LoggedRequest = {
      ...fields, id: this.nextId++, body: null, status: null, outcome: "pending", faults: [], durationMs: null,
    };
    this.entries.push(entry);
    if (this.entries.length > MAX_ENTRIES) this.entries.splice(0, this.entries.length - MAX_ENTRIES);
    return entry;
  }

  list(filter: RequestFilter = {}): LoggedRequest[] {
    return this.entries
      .filter(
        (e) =>
          (filter.api === undefined || e.api === filter.api) &&
          (filter.resource === undefined || e.resource === filter.resource) &&
          (filter.method === undefined || e.method === filter.method.toUpperCase()) &&
          (filter.after === undefined || e.id > filter.after),
      )
      .map((e) => ({ ...e, query: { ...e.query }, body: e.body ? { ...e.body } : null, faults: [...e.faults] }));
  }

  clear(): void {
    this.entries = [];
  }
}

const SECRET_FIELD = /pass|secret|token|signature|firma|private|key|authorization/i;
const MAX_TEXT = 200;

/** Shallow, secret-free copy of a parsed body: scalars only, long texts cut. */
export function summarizeBody(body: unknown): BodySummary | null {
  if (body === null || typeof body !== "object" || Array.isArray(body)) return null;
  const summary: BodySummary = {};
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (SECRET_FIELD.test(key)) continue;
    if (typeof value === "string") summary[key] = value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT)}…` : value;
    else if (typeof value === "number" || typeof value === "boolean" || value === null) summary[key] = value;
    else summary[key] = Array.isArray(value) ? `[${value.length} items]` : "[object]";
  }
  return Object.keys(summary).length > 0 ? summary : null;
}
