import path from "node:path";

export type DatabaseConfig =
  | { engine: "sqlite"; file: string }
  | { engine: "mysql"; url: string };

export interface ClaroShopLegacyConfig {
  baseUrl: string;
  publicKey: string;
  privateKey: string;
}

export interface ClaroShopT1Config {
  baseUrl: string;
  tokenUrl: string;
  username: string;
  password: string;
  sellerId: string;
}

export interface Config {
  port: number;
  dataDir: string;
  database: DatabaseConfig;
  redisUrl?: string;
  /** Absent: the bundled sandbox marketplace is started and used. */
  claroshop?: { legacy: ClaroShopLegacyConfig; t1?: ClaroShopT1Config };
  jwtSecret?: string;
  admin?: { email: string; password?: string };
  /** True when `claroshop` points at the bundled sandbox (set by the start-up, not the environment). */
  marketplaceSandbox?: boolean;
  /** Where the built web app lives; served on the same port when present. */
  clientDist?: string;
  /**
   * Other browser origins allowed to call the API (CORS) and open its WebSocket, e.g.
   * `https://panel.tienda.mx`. The server's own origin is always allowed. Env CORS_ORIGINS, comma-separated.
   */
  corsOrigins?: string[];
  /** Operations per minute allowed to each user or API key (env RATE_LIMIT_PER_MINUTE, default 600). */
  rateLimitPerMinute?: number;
  /**
   * Which reverse proxies to believe about the caller's address (X-Forwarded-For), as express's
   * `trust proxy`: a number of hops, or addresses/subnets such as `loopback` or `10.0.0.0/8`.
   * Env TRUST_PROXY; absent: the connection's own address is used and the header is ignored.
   */
  trustProxy?: number | string[];
  /**
   * How long a process holds an outbound marketplace call it claimed before another process may
   * take it over (env OUTBOX_LEASE_SECONDS, default 60): the time a crashed replica's calls wait.
   */
  outboxLeaseSeconds?: number;
  /**
   * Outbound call retries: first backoff and its cap in milliseconds, and attempts before a call
   * is dead-lettered (env OUTBOX_BASE_DELAY_MS, OUTBOX_MAX_DELAY_MS, OUTBOX_MAX_ATTEMPTS; defaults
   * 1000, 300000, 8). Together they set how long a marketplace outage may last before queued calls fail.
   */
  outboxRetry?: { baseDelayMs?: number; maxDelayMs?: number; maxAttempts?: number };
  /**
   * Orders a sync writes per transaction at most (env SYNC_BATCH_ORDERS, default 1000): fewer,
   * larger commits are faster; smaller ones put what was read into the database sooner.
   */
  syncBatchOrders?: number;
  /**
   * With MySQL, a sync writes in a thread of its own at low CPU priority, so a large import never
   * holds the API (env SYNC_WRITE_THREAD=0 turns it off; default on). SQLite always writes in the
   * server's thread: a second connection would only wait for the file's single writer.
   */
  syncWriteThread?: boolean;
}

/** A start-up error that names the variable at fault and never echoes secret values. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`${variable}: ${problem}`);
    this.name = "ConfigError";
  }
}

type Env = Record<string, string | undefined>;

const KNOWN_PREFIXES = ["CLAROSHOP_"];
const KNOWN = new Set([
  "PORT",
  "DATA_DIR",
  "DATABASE_URL",
  "REDIS_URL",
  "JWT_SECRET",
  "ADMIN_EMAIL",
  "ADMIN_PASSWORD",
  "CORS_ORIGINS",
  "RATE_LIMIT_PER_MINUTE",
  "TRUST_PROXY",
  "OUTBOX_LEASE_SECONDS",
  "OUTBOX_BASE_DELAY_MS",
  "OUTBOX_MAX_DELAY_MS",
  "OUTBOX_MAX_ATTEMPTS",
  "SYNC_BATCH_ORDERS",
  "SYNC_WRITE_THREAD",
  "CLAROSHOP_BASE_URL",
  "CLAROSHOP_PUBLIC_KEY",
  "CLAROSHOP_PRIVATE_KEY",
  "CLAROSHOP_T1_BASE_URL",
  "CLAROSHOP_T1_TOKEN_URL",
  "CLAROSHOP_T1_USERNAME",
  "CLAROSHOP_T1_PASSWORD",
  "CLAROSHOP_T1_SELLER_ID",
]);

function value(env: Env, name: string): string | undefined {
  const raw = env[name];
  if (raw === undefined) return undefined;
  const trimmed = raw.trim();
  return trimmed === "" ? undefined : trimmed;
}

function parsePort(env: Env): number {
  const raw = value(env, "PORT");
  if (raw === undefined) return 4000;
  if (!/^\d+$/.test(raw)) throw new ConfigError("PORT", "must be a whole number from 0 to 65535");
  const port = Number(raw);
  if (port > 65535) throw new ConfigError("PORT", "must be a whole number from 0 to 65535");
  return port;
}

function parseUrl(env: Env, name: string, protocols: string[]): string | undefined {
  const raw = value(env, name);
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, `is not a valid URL (expected ${protocols.join(" or ")}//...)`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(name, `must start with ${protocols.join(" or ")}//`);
  }
  return raw;
}

function parseDatabase(env: Env, dataDir: string): DatabaseConfig {
  const url = parseUrl(env, "DATABASE_URL", ["mysql:", "mariadb:"]);
  if (!url) return { engine: "sqlite", file: path.join(dataDir, "pedidos.sqlite") };
  const parsed = new URL(url);
  if (parsed.pathname.length <= 1) {
    throw new ConfigError("DATABASE_URL", "must name a database, e.g. mysql://user:pass@host:3306/pedidos");
  }
  return { engine: "mysql", url: url.replace(/^mariadb:/, "mysql:") };
}

function requireAll(env: Env, names: string[]): Record<string, string> | undefined {
  const present = names.filter((n) => value(env, n) !== undefined);
  if (present.length === 0) return undefined;
  const missing = names.find((n) => value(env, n) === undefined);
  if (missing) {
    throw new ConfigError(missing, `is required when ${present[0]} is set`);
  }
  return Object.fromEntries(names.map((n) => [n, value(env, n) as string]));
}

function parseClaroShop(env: Env): Config["claroshop"] {
  const legacy = requireAll(env, ["CLAROSHOP_BASE_URL", "CLAROSHOP_PUBLIC_KEY", "CLAROSHOP_PRIVATE_KEY"]);
  const t1 = requireAll(env, [
    "CLAROSHOP_T1_BASE_URL",
    "CLAROSHOP_T1_TOKEN_URL",
    "CLAROSHOP_T1_USERNAME",
    "CLAROSHOP_T1_PASSWORD",
    "CLAROSHOP_T1_SELLER_ID",
  ]);
  if (!legacy) {
    if (t1) throw new ConfigError("CLAROSHOP_BASE_URL", "is required when the T1 variables are set");
    return undefined;
  }
  parseUrl(env, "CLAROSHOP_BASE_URL", ["https:", "http:"]);
  if (t1) {
    parseUrl(env, "CLAROSHOP_T1_BASE_URL", ["https:", "http:"]);
    parseUrl(env, "CLAROSHOP_T1_TOKEN_URL", ["https:", "http:"]);
  }
  return {
    legacy: {
      baseUrl: legacy.CLAROSHOP_BASE_URL.replace(/\/+$/, ""),
      publicKey: legacy.CLAROSHOP_PUBLIC_KEY,
      privateKey: legacy.CLAROSHOP_PRIVATE_KEY,
    },
    t1: t1
      ? {
          baseUrl: t1.CLAROSHOP_T1_BASE_URL.replace(/\/+$/, ""),
          tokenUrl: t1.CLAROSHOP_T1_TOKEN_URL,
          username: t1.CLAROSHOP_T1_USERNAME,
          password: t1.CLAROSHOP_T1_PASSWORD,
          sellerId: t1.CLAROSHOP_T1_SELLER_ID,
        }
      : undefined,
  };
}

function parseAdmin(env: Env): Config["admin"] {
  const email = value(env, "ADMIN_EMAIL");
  const password = value(env, "ADMIN_PASSWORD");
  if (!email) {
    if (password) throw new ConfigError("ADMIN_EMAIL", "is required when ADMIN_PASSWORD is set");
    return undefined;
  }
  if (!/^[^@\s]+@[^@\s]+$/.test(email)) throw new ConfigError("ADMIN_EMAIL", "is not an e-mail address");
  if (password !== undefined && password.length < 8) {
    throw new ConfigError("ADMIN_PASSWORD", "must have at least 8 characters");
  }
  return { email: email.toLowerCase(), password };
}

function parseOrigins(env: Env): string[] {
  const raw = value(env, "CORS_ORIGINS");
  if (raw === undefined) return [];
  return raw.split(",").map((item) => {
    const origin = item.trim();
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      throw new ConfigError("CORS_ORIGINS", "must be a comma-separated list of origins such as https://panel.tienda.mx");
    }
    if (!["http:", "https:"].includes(url.protocol) || url.origin !== origin.replace(/\/+$/, "")) {
      throw new ConfigError("CORS_ORIGINS", "each entry must be an origin (scheme://host[:port]) with no path");
    }
    return url.origin;
  });
}

function parseRateLimit(env: Env): number {
  const raw = value(env, "RATE_LIMIT_PER_MINUTE");
  if (raw === undefined) return 600;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new ConfigError("RATE_LIMIT_PER_MINUTE", "must be a whole number of at least 1");
  return Number(raw);
}

function parseLease(env: Env): number | undefined {
  const raw = value(env, "OUTBOX_LEASE_SECONDS");
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < 2) throw new ConfigError("OUTBOX_LEASE_SECONDS", "must be a whole number of seconds, at least 2");
  return Number(raw);
}

function parseWhole(env: Env, name: string, min: number, max: number): number | undefined {
  const raw = value(env, name);
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max}`);
  }
  return Number(raw);
}

/** 1/0 (also true/false, on/off); undefined when unset. */
function parseSwitch(env: Env, name: string): boolean | undefined {
  const raw = value(env, name)?.toLowerCase();
  if (raw === undefined) return undefined;
  if (["1", "true", "on"].includes(raw)) return true;
  if (["0", "false", "off"].includes(raw)) return false;
  throw new ConfigError(name, "must be 1 or 0");
}

function parseOutboxRetry(env: Env): Config["outboxRetry"] {
  const retry = {
    baseDelayMs: parseWhole(env, "OUTBOX_BASE_DELAY_MS", 1, 3_600_000),
    maxDelayMs: parseWhole(env, "OUTBOX_MAX_DELAY_MS", 1, 86_400_000),
    maxAttempts: parseWhole(env, "OUTBOX_MAX_ATTEMPTS", 1, 10_000),
  };
  if (retry.baseDelayMs !== undefined && retry.maxDelayMs !== undefined && retry.maxDelayMs < retry.baseDelayMs) {
    throw new ConfigError("OUTBOX_MAX_DELAY_MS", "must be at least OUTBOX_BASE_DELAY_MS");
  }
  const given = Object.entries(retry).filter(([, v]) => v !== undefined);
  return given.length > 0 ? Object.fromEntries(given) : undefined;
}

function parseTrustProxy(env: Env): Config["trustProxy"] {
  const raw = value(env, "TRUST_PROXY");
  if (raw === undefined) return undefined;
  if (/^\d+$/.test(raw)) return Number(raw);
  const entries = raw.split(",").map((item) => item.trim()).filter(Boolean);
  if (entries.length === 0 || entries.some((e) => !/^(loopback|linklocal|uniquelocal|[0-9a-f.:]+(\/\d{1,3})?)$/i.test(e))) {
    throw new ConfigError("TRUST_PROXY", "must be a number of proxy hops or a comma-separated list of addresses or subnets (e.g. loopback,10.0.0.0/8)");
  }
  return entries;
}

/** Reads every setting from the environment; a bad value stops start-up naming the variable. */
export function loadConfig(env: Env = process.env, cwd = process.cwd()): Config {
  for (const name of Object.keys(env)) {
    if (KNOWN_PREFIXES.some((p) => name.startsWith(p)) && !KNOWN.has(name)) {
      throw new ConfigError(name, "is not a known setting (check its spelling)");
    }
  }
  const dataDir = path.resolve(cwd, value(env, "DATA_DIR") ?? "data");
  const jwtSecret = value(env, "JWT_SECRET");
  if (jwtSecret !== undefined && jwtSecret.length < 32) {
    throw new ConfigError("JWT_SECRET", "must have at least 32 characters");
  }
  return {
    port: parsePort(env),
    dataDir,
    database: parseDatabase(env, dataDir),
    redisUrl: parseUrl(env, "REDIS_URL", ["redis:", "rediss:"]),
    claroshop: parseClaroShop(env),
    jwtSecret,
    admin: parseAdmin(env),
    corsOrigins: parseOrigins(env),
    rateLimitPerMinute: parseRateLimit(env),
    trustProxy: parseTrustProxy(env),
    outboxLeaseSeconds: parseLease(env),
    outboxRetry: parseOutboxRetry(env),
    syncBatchOrders: parseWhole(env, "SYNC_BATCH_ORDERS", 1, 100_000),
    syncWriteThread: parseSwitch(env, "SYNC_WRITE_THREAD"),
  };
}
