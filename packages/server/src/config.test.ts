import { ConfigError, loadConfig } from "./config";

describe("configuration", () => {
  it("defaults to embedded SQLite in ./data on port 4000 with the sandbox", () => {
    const config = loadConfig({}, "/srv/app");
    expect(config.port).toBe(4000);
    expect(config.database).toEqual({ engine: "sqlite", file: "/srv/app/data/pedidos.sqlite" });
    expect(config.claroshop).toBeUndefined();
  });

  it.each([
    [{ PORT: "abc" }, "PORT"],
    [{ PORT: "70000" }, "PORT"],
    [{ DATABASE_URL: "postgres://x/y" }, "DATABASE_URL"],
    [{ DATABASE_URL: "mysql://root@localhost:3306" }, "DATABASE_URL"],
    [{ REDIS_URL: "nope" }, "REDIS_URL"],
    [{ JWT_SECRET: "short" }, "JWT_SECRET"],
    [{ ADMIN_EMAIL: "not-an-email" }, "ADMIN_EMAIL"],
    [{ ADMIN_PASSWORD: "longenough" }, "ADMIN_EMAIL"],
    [{ CLAROSHOP_PUBLIC_KEY: "k" }, "CLAROSHOP_BASE_URL"],
    [{ CLAROSHOP_PUBLICKEY: "k" }, "CLAROSHOP_PUBLICKEY"],
  ])("stops on %p naming %s", (env, variable) => {
    expect(() => loadConfig(env, "/")).toThrow(ConfigError);
    try {
      loadConfig(env, "/");
    } catch (err) {
      expect((err as ConfigError).variable).toBe(variable);
      expect((err as Error).message.startsWith(variable)).toBe(true);
    }
  });

  it("never echoes a secret value in its message", () => {
    try {
      loadConfig({ CLAROSHOP_BASE_URL: "https://x", CLAROSHOP_PUBLIC_KEY: "pub", CLAROSHOP_PRIVATE_KEY: "" });
      throw new Error("expected a ConfigError");
    } catch (err) {
      expect((err as Error).message).toContain("CLAROSHOP_PRIVATE_KEY");
    }
    try {
      loadConfig({ JWT_SECRET: "s3cr3t-value" });
    } catch (err) {
      expect((err as Error).message).not.toContain("s3cr3t-value");
    }
  });

  it("reads MySQL and complete marketplace credentials", () => {
    const config = loadConfig({
      DATABASE_URL: "mysql://u:p@db:3306/pedidos",
      CLAROSHOP_BASE_URL: "https://example.test/apicm/v1/",
      CLAROSHOP_PUBLIC_KEY: "pub",
      CLAROSHOP_PRIVATE_KEY: "priv",
    });
    expect(config.database).toEqual({ engine: "mysql", url: "mysql://u:p@db:3306/pedidos" });
    expect(config.claroshop?.legacy.baseUrl).toBe("https://example.test/apicm/v1");
  });

  it("reads the CORS allowlist, the rate limit and the outbox lease, refusing bad values by name", () => {
    const config = loadConfig({ CORS_ORIGINS: "https://panel.tienda.mx, http://localhost:5173", RATE_LIMIT_PER_MINUTE: "120", OUTBOX_LEASE_SECONDS: "5" });
    expect(config.corsOrigins).toEqual(["https://panel.tienda.mx", "http://localhost:5173"]);
    expect(config.rateLimitPerMinute).toBe(120);
    expect(config.outboxLeaseSeconds).toBe(5);
    expect(loadConfig({})).toMatchObject({ corsOrigins: [], rateLimitPerMinute: 600, outboxLeaseSeconds: undefined });
    expect(() => loadConfig({ CORS_ORIGINS: "https://panel.tienda.mx/admin" })).toThrow(/^CORS_ORIGINS:/);
    expect(() => loadConfig({ CORS_ORIGINS: "panel.tienda.mx" })).toThrow(/^CORS_ORIGINS:/);
    expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: "0" })).toThrow(/^RATE_LIMIT_PER_MINUTE:/);
    expect(() => loadConfig({ OUTBOX_LEASE_SECONDS: "1" })).toThrow(/^OUTBOX_LEASE_SECONDS:/);
  });

  it("reads the outbox retry timings, refusing bad values by name", () => {
    expect(loadConfig({ OUTBOX_BASE_DELAY_MS: "200", OUTBOX_MAX_DELAY_MS: "2000", OUTBOX_MAX_ATTEMPTS: "50" }).outboxRetry).toEqual({
      baseDelayMs: 200,
      maxDelayMs: 2000,
      maxAttempts: 50,
    });
    expect(loadConfig({ OUTBOX_MAX_ATTEMPTS: "3" }).outboxRetry).toEqual({ maxAttempts: 3 });
    expect(loadConfig({}).outboxRetry).toBeUndefined();
    expect(() => loadConfig({ OUTBOX_BASE_DELAY_MS: "0" })).toThrow(/^OUTBOX_BASE_DELAY_MS:/);
    expect(() => loadConfig({ OUTBOX_MAX_DELAY_MS: "1.5" })).toThrow(/^OUTBOX_MAX_DELAY_MS:/);
    expect(() => loadConfig({ OUTBOX_MAX_ATTEMPTS: "muchos" })).toThrow(/^OUTBOX_MAX_ATTEMPTS:/);
    expect(() => loadConfig({ OUTBOX_BASE_DELAY_MS: "5000", OUTBOX_MAX_DELAY_MS: "1000" })).toThrow(/^OUTBOX_MAX_DELAY_MS:/);
  });

  it("reads SYNC_WRITE_THREAD as a switch, refusing other values by name", () => {
    expect(loadConfig({}).syncWriteThread).toBeUndefined();
    expect(loadConfig({ SYNC_WRITE_THREAD: "0" }).syncWriteThread).toBe(false);
    expect(loadConfig({ SYNC_WRITE_THREAD: "1" }).syncWriteThread).toBe(true);
    expect(() => loadConfig({ SYNC_WRITE_THREAD: "quizá" })).toThrow(/^SYNC_WRITE_THREAD:/);
  });

  it("reads SYNC_BATCH_ORDERS, refusing bad values by name", () => {
    expect(loadConfig({}).syncBatchOrders).toBeUndefined();
    expect(loadConfig({ SYNC_BATCH_ORDERS: "50" }).syncBatchOrders).toBe(50);
    expect(() => loadConfig({ SYNC_BATCH_ORDERS: "0" })).toThrow(/^SYNC_BATCH_ORDERS:/);
    expect(() => loadConfig({ SYNC_BATCH_ORDERS: "mil" })).toThrow(/^SYNC_BATCH_ORDERS:/);
  });

  it("reads TRUST_PROXY as hops or addresses, refusing anything else by name", () => {
    expect(loadConfig({}).trustProxy).toBeUndefined();
    expect(loadConfig({ TRUST_PROXY: "1" }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: "loopback, 10.0.0.0/8" }).trustProxy).toEqual(["loopback", "10.0.0.0/8"]);
    expect(() => loadConfig({ TRUST_PROXY: "todo el mundo" })).toThrow(/^TRUST_PROXY:/);
  });
});
