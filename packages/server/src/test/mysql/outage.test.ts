import { MYSQL_CONNECT_TIMEOUT_MS } from "../../db/data-source";
import { createScratchMysql } from "../../db/scratch-mysql";
import { inTransaction } from "../../db/transaction";
import { ensureSandboxAccount, seedOrders } from "../../demo/demo-data";
import { MarketplaceAccount } from "../../marketplace/marketplace-account.entity";
import type { OutboxJob } from "../../outbox/outbox-job.entity";
import { startTestServer, type GraphQLResult, type TestServer } from "../harness";
import { TcpProxy } from "../tcp-proxy";

/**
 * R6: the database goes away for a few seconds while the API is in use. Every answer in the
 * meantime is a prompt SERVICE_UNAVAILABLE without internals, /health says 503, and once the
 * database is back the same process serves again, its background workers included.
 */
const OUTAGE_MS = 4_000;
/**
 * Longest any answer may take while the database is away: one connection attempt that gets no
 * answer (MYSQL_CONNECT_TIMEOUT_MS) and a margin; a request that tried twice would take double.
 */
const ANSWER_BOUND_MS = MYSQL_CONNECT_TIMEOUT_MS + 2_000;
/** Longest the server may take to serve again once the database is back. */
const RECOVERY_BOUND_MS = 15_000;

const INTERNALS = /\bat\s|\bSELECT\b|\bINSERT\b|\bUPDATE\b|ER_[A-Z_]+|ECONN|ETIMEDOUT|PROTOCOL_|sql|127\.0\.0\.1|:\d{2,5}\b|\/work|\/tmp|node_modules|\.ts:|\.js:|QueryFailedError|TypeORM|Error:/i;

interface Answer {
  what: string;
  ms: number;
  status: number;
  body: string;
}

describe("R6: database outage during traffic (MariaDB behind a TCP proxy)", () => {
  let proxy: TcpProxy;
  let scratch: { url: string; drop(): Promise<void> };
  let t: TestServer;
  let token: string;
  let apiKey: string;
  let orderId: number;
  const logs: string[] = [];
  const probeRuns: number[] = [];
  let tickResults: ("ok" | "failed")[] = [];

  beforeAll(async () => {
    scratch = await createScratchMysql(process.env.TEST_DATABASE_URL);
    const target = new URL(scratch.url);
    proxy = new TcpProxy(target.hostname, Number(target.port || 3306));
    const proxied = new URL(scratch.url);
    proxied.port = String(await proxy.start());
    for (const level of ["warn", "error"] as const) {
      const original = console[level].bind(console);
      jest.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        logs.push(args.map(String).join(" "));
        original(...args);
      });
    }
    t = await startTestServer({
      database: { engine: "mysql", url: proxied.toString() },
      config: { rateLimitPerMinute: 1_000_000 },
      // The background loops run throughout, so the outage hits them too.
      server: { outboxPollMs: 100, schedulerTickMs: 200 },
    });
    const account = await ensureSandboxAccount(t.server.db);
    // No marketplace here: the scheduler looks for due accounts every tick but finds none.
    await t.server.db.dataSource.getRepository(MarketplaceAccount).update(account.id, { syncIntervalMinutes: null });
    [orderId] = await seedOrders(t.server.db, account.id, { count: 6 });
    token = await t.login();
    const key = await t.gql<{ createApiKey: { key: string } }>('mutation { createApiKey(name: "corte", role: INTEGRATOR) { key } }', {}, token);
    apiKey = key.data!.createApiKey.key;
    t.server.services.outbox.register("outage-probe", async (job: OutboxJob) => {
      probeRuns.push(job.id);
    });
    const scheduler = t.server.scheduler;
    const tick = scheduler.tick.bind(scheduler);
    jest.spyOn(scheduler, "tick").mockImplementation(async (now?: Date) => {
      try {
        const started = await tick(now);
        tickResults.push("ok");
        return started;
      } catch (err) {
        tickResults.push("failed");
        throw err;
      }
    });
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await proxy?.restore();
    await t?.close();
    await proxy?.close();
    await scratch?.drop();
  });

  async function timed(what: string, request: () => Promise<Response>): Promise<Answer> {
    const started = Date.now();
    const res = await request();
    const body = await res.text();
    return { what, ms: Date.now() - started, status: res.status, body };
  }

  function post(query: string, variables: Record<string, unknown>, credential: string): Promise<Response> {
    return fetch(`${t.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${credential}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(30_000),
    });
  }

  let sku = 0;
  /** Queries, a mutation, an API-key caller and the health check, all at once. */
  function traffic(): Promise<Answer>[] {
    sku++;
    return [
      timed("me", () => post("{ me { email } }", {}, token)),
      timed("orders", () => post("{ orders(first: 5) { totalCount edges { node { id status items { sku } } } } }", {}, token)),
      timed("order", () => post("query($id: ID!) { order(id: $id) { id history { action } } }", { id: String(orderId) }, token)),
      timed("saveProduct", () =>
        post(
          "mutation($p: ProductInput!) { saveProduct(input: $p) { id sku stock } }",
          { p: { sku: `CORTE-${sku}`, name: "Producto de prueba", price: "10.00", stock: 3 } },
          token,
        ),
      ),
      timed("apiKey", () => post("{ orders(first: 1) { totalCount } }", {}, apiKey)),
      timed("health", () => fetch(`${t.url}/health`, { signal: AbortSignal.timeout(30_000) })),
    ];
  }

  function expectServing(answers: Answer[]): void {
    for (const a of answers) {
      if (a.what === "health") {
        expect({ what: a.what, status: a.status }).toEqual({ what: a.what, status: 200 });
        continue;
      }
      const body = JSON.parse(a.body) as GraphQLResult;
      expect({ what: a.what, errors: body.errors }).toEqual({ what: a.what, errors: undefined });
    }
  }

  function expectUnavailable(answers: Answer[]): void {
    for (const a of answers) {
      expect({ what: a.what, tooSlow: a.ms > ANSWER_BOUND_MS }).toEqual({ what: a.what, tooSlow: false });
      if (a.what === "health") {
        expect({ what: a.what, status: a.status, body: JSON.parse(a.body) }).toEqual({ what: a.what, status: 503, body: { status: "unavailable" } });
        continue;
      }
      const body = JSON.parse(a.body) as GraphQLResult;
      expect(body.errors?.length).toBeGreaterThan(0);
      for (const error of body.errors ?? []) {
        expect({ what: a.what, code: error.extensions?.code }).toEqual({ what: a.what, code: "SERVICE_UNAVAILABLE" });
        expect(error.message).toBe("El servicio no está disponible por el momento; inténtalo en unos segundos.");
      }
      expect({ what: a.what, leak: INTERNALS.exec(a.body)?.[0] ?? null }).toEqual({ what: a.what, leak: null });
    }
  }

  async function waitFor<T>(what: string, boundMs: number, attempt: () => Promise<T | null>): Promise<{ value: T; ms: number }> {
    const started = Date.now();
    let last: unknown = null;
    while (Date.now() - started < boundMs) {
      try {
        const value = await attempt();
        if (value !== null) return { value, ms: Date.now() - started };
      } catch (err) {
        last = err;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`${what}: not within ${boundMs} ms (${last instanceof Error ? last.message : String(last)})`);
  }

  it.each(["refuse", "hang"] as const)("connections %s: prompt SERVICE_UNAVAILABLE, then recovery without restart", async (mode) => {
    expectServing(await Promise.all(traffic()));

    logs.length = 0;
    await proxy.cut(mode);
    const cutAt = Date.now();
    const during: Answer[] = [];
    // Rounds of concurrent traffic for the whole outage; each round waits for all its answers.
    while (Date.now() - cutAt < OUTAGE_MS) {
      during.push(...(await Promise.all(traffic())));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expectUnavailable(during);
    const outageSeconds = Math.round((Date.now() - cutAt) / 100) / 10;
    const slowest = Math.max(...during.map((a) => a.ms));
    tickResults = [];

    await proxy.restore();
    const restoredAt = Date.now();
    const recovered = await waitFor("serving again", RECOVERY_BOUND_MS, async () => {
      const answers = await Promise.all(traffic());
      const ok = answers.every((a) => (a.what === "health" ? a.status === 200 : !(JSON.parse(a.body) as GraphQLResult).errors));
      return ok ? answers : null;
    });
    const recoveredMs = Date.now() - restoredAt;
    expectServing(recovered.value);
    expectServing(await Promise.all(traffic()));

    // The background loops outlived the outage: the outbox runs a new job, the scheduler ticks.
    const job = await inTransaction(t.server.db, (tx) =>
      t.server.services.outbox.enqueue(tx, { kind: "outage-probe", orderId: null, payload: {}, idempotencyKey: `corte-${mode}` }),
    );
    await waitFor("outbox job after the outage", RECOVERY_BOUND_MS, async () => (probeRuns.includes(job.id) ? true : null));
    await waitFor("scheduler tick after the outage", RECOVERY_BOUND_MS, async () => (tickResults.includes("ok") ? true : null));

    // They said so briefly, without internals, and did not flood the log.
    const background = logs.filter((line) => /^\[(outbox|sync)\]/.test(line));
    expect(background.some((line) => /database unavailable/.test(line))).toBe(true);
    expect(background.filter((line) => /database unavailable/.test(line)).length).toBeLessThanOrEqual(4);
    for (const line of background) expect({ line, leak: INTERNALS.exec(line)?.[0] ?? null }).toEqual({ line, leak: null });

    console.log(
      `R6: outage ${outageSeconds} s (${mode}), ${during.length} requests during it all SERVICE_UNAVAILABLE ` +
        `(slowest ${slowest} ms: ${during.filter((a) => a.ms === slowest).map((a) => a.what).join(", ")}), recovered in ${recoveredMs} ms`,
    );
  });
});
