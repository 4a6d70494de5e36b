/** Faults the sandbox can inject into marketplace answers (never into /__admin). */
export interface FaultConfig {
  /** Share of requests answered HTTP 500. */
  rate500: number;
  /** Share of requests answered HTTP 429 with Retry-After. */
  rate429: number;
  /** Seconds sent in Retry-After with a 429. */
  retryAfterSeconds: number;
  /** Share of requests never answered (until the client gives up or the sandbox closes). */
  hangRate: number;
  /** Extra delay before every marketplace answer, milliseconds. */
  slowMs: number;
  /** Share of JSON answers cut in the middle. */
  truncatedRate: number;
  /** Share of requests answered with an HTML error page (HTTP 200). */
  nonJsonRate: number;
  /** Share of order details answered without `estatuspedido`. */
  missingStatusRate: number;
  /** Share of list pages (page > 1) that repeat rows from the previous page first. */
  duplicateRowsRate: number;
  /** Every marketplace request answered 503. */
  down: boolean;
  /** Automatic guides show their number only this long after `embarque`. */
  guideDelayMs: number;
}

export const FAULT_RATE_KEYS = [
  "rate500", "rate429", "hangRate", "truncatedRate", "nonJsonRate", "missingStatusRate", "duplicateRowsRate",
] as const;
const DURATION_KEYS = ["slowMs", "guideDelayMs", "retryAfterSeconds"] as const;

export function defaultFaults(guideDelayMs = 0): FaultConfig {
  return {
    rate500: 0, rate429: 0, retryAfterSeconds: 1, hangRate: 0, slowMs: 0, truncatedRate: 0,
    nonJsonRate: 0, missingStatusRate: 0, duplicateRowsRate: 0, down: false, guideDelayMs,
  };
}

export class FaultConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FaultConfigError";
  }
}

/** Builds a complete config from defaults plus what was given; rejects unknown or out-of-range values. */
export function parseFaults(input: unknown, defaults: FaultConfig): FaultConfig {
  if (input === undefined || input === null) return { ...defaults };
  if (typeof input !== "object" || Array.isArray(input)) throw new FaultConfigError("faults must be an object");
  const config = { ...defaults };
  for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
    if ((FAULT_RATE_KEYS as readonly string[]).includes(key)) {
      if (typeof value !== "number" || !(value >= 0 && value <= 1)) {
        throw new FaultConfigError(`${key} must be a number from 0 to 1`);
      }
      config[key as (typeof FAULT_RATE_KEYS)[number]] = value;
    } else if ((DURATION_KEYS as readonly string[]).includes(key)) {
      if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
        throw new FaultConfigError(`${key} must be a number of at least 0`);
      }
      config[key as (typeof DURATION_KEYS)[number]] = value;
    } else if (key === "down") {
      if (typeof value !== "boolean") throw new FaultConfigError("down must be true or false");
      config.down = value;
    } else {
      throw new FaultConfigError(`unknown fault option: ${key}`);
    }
  }
  return config;
}
