import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { ensureSandboxAccount, seedOrders } from "../demo/demo-data";
import { OrderStatus } from "../orders/order-status";
import { startTestServer, type TestServer } from "./harness";

interface Change {
  orderStatusChanged: { from: string | null; to: string; at: string; order: { id: string; status: string } };
}

interface Received {
  data?: Change | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

const SUBSCRIPTION = `subscription($orderId: ID, $statuses: [OrderStatus!]) {
  orderStatusChanged(orderId: $orderId, statuses: $statuses) { from to at order { id status } }
}`;

/** Waits for a condition the test cannot be told about (server-side bookkeeping, socket arrivals). */
async function until(condition: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** A real graphql-ws client with one subscription; every result (data or errors) is kept in order. */
function subscriber(url: string, token: string, variables: Record<string, unknown> = {}, query = SUBSCRIPTION) {
  const client = createClient({
    url: `${url.replace("http", "ws")}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: false,
  });
  const results: Received[] = [];
  let failure: unknown = null;
  let completed = false;
  const dispose = client.subscribe<Change>(
    { query, variables },
    {
      next: (result) => results.push(result as Received),
      error: (err) => (failure = err),
      complete: () => (completed = true),
    },
  );
  return {
    results,
    get failure() {
      return failure;
    },
    get completed() {
      return completed;
    },
    async close() {
      dispose();
      await client.dispose();
    },
  };
}
type Subscriber = ReturnType<typeof subscriber>;

describe(`shared subscriptions: one execution per event and distinct subscription (${process.env.TEST_DATABASE_URL ? "MariaDB" : "SQLite"})`, () => {
  let t: TestServer;
  let admin: string;
  let integratorKey: string;
  let ids: number[];
  let open: Subscriber[] = [];
  let clock = Date.UTC(2026, 0, 1);

  beforeAll(async () => {
    // Hundreds of subscribe messages from one user in a minute: the rate limit is not what is tested here.
    t = await startTestServer({ config: { rateLimitPerMinute: 1_000_000 } });
    const account = await ensureSandboxAccount(t.server.db);
    ids = await seedOrders(t.server.db, account.id, { count: 4, firstNumber: 74000000, stage: () => "pending" });
    admin = await t.login();
    const created = await t.gql<{ createApiKey: { key: string } }>('mutation { createApiKey(name: "ERP", role: INTEGRATOR) { key } }', undefined, admin);
    integratorKey = created.data!.createApiKey.key;
  });
  afterAll(() => t.close());

  const stats = () => t.server.subscriptions.stats();

  /** Opens subscribers and waits until the server holds them all in its groups. */
  async function join(count: number, token: string, variables: Record<string, unknown> = {}): Promise<Subscriber[]> {
    const before = stats().subscribers;
    const added = Array.from({ length: count }, () => subscriber(t.url, token, variables));
    open.push(...added);
    await until(() => stats().subscribers === before + count, `${count} subscribers to join`);
    return added;
  }

  async function leaveAll(): Promise<void> {
    await Promise.all(open.map((s) => s.close()));
    open = [];
    await until(() => stats().groups === 0 && stats().subscribers === 0, "every group to close");
  }
  afterEach(leaveAll);

  /** Publishes one status change of an order (as the order service does after commit). */
  function publish(orderId: number, to: OrderStatus = OrderStatus.SHIPPED): string {
    const at = new Date(clock++).toISOString();
    t.server.services.pubsub.publish("ORDER_STATUS_CHANGED", { orderId, from: OrderStatus.PENDING, to, at });
    return at;
  }

  const delivered = (subs: Subscriber[], n: number) => () => subs.every((s) => s.results.length >= n);

  it("50 subscribers of the same operation: one execution per event, one result each, SQL independent of the count", async () => {
    // One subscriber first: the SQL statements one event costs.
    const [first] = await join(1, admin);
    let log = t.server.db.queryLog;
    let statements = log.statements;
    let executions = t.server.subscriptions.executions;
    const at0 = publish(ids[0]);
    await until(delivered([first], 1), "the event to reach one subscriber");
    const singleStatements = log.statements - statements;
    expect(t.server.subscriptions.executions - executions).toBe(1);
    expect(first.results[0]).toEqual({ data: { orderStatusChanged: { from: "PENDING", to: "SHIPPED", at: at0, order: { id: String(ids[0]), status: "PENDING" } } } });

    // 49 more join the same group.
    const rest = await join(49, admin);
    expect(stats()).toEqual({ groups: 1, subscribers: 50 });
    const all = [first, ...rest];
    log = t.server.db.queryLog;
    statements = log.statements;
    executions = t.server.subscriptions.executions;
    const at1 = publish(ids[0]);
    await until(delivered(rest, 1), "the event to reach 50 subscribers");
    await until(delivered([first], 2), "the event to reach the first subscriber");
    expect(t.server.subscriptions.executions - executions).toBe(1);
    expect(log.statements - statements).toBe(singleStatements);

    // A second event: each gets exactly the next one, nothing twice.
    const at2 = publish(ids[0], OrderStatus.CANCELLED);
    await until(delivered(rest, 2), "a second event");
    await until(delivered([first], 3), "a second event to the first subscriber");
    expect(t.server.subscriptions.executions - executions).toBe(2);
    for (const s of rest) expect(s.results.map((r) => [r.errors, r.data?.orderStatusChanged.at, r.data?.orderStatusChanged.to])).toEqual([
      [undefined, at1, "SHIPPED"],
      [undefined, at2, "CANCELLED"],
    ]);
    expect(first.results.map((r) => r.data?.orderStatusChanged.at)).toEqual([at0, at1, at2]);
    expect(all.every((s) => s.failure === null)).toBe(true);
  });

  it("different variables are different groups: one execution per group an event matches", async () => {
    const shipped = await join(3, admin, { statuses: ["SHIPPED"] });
    const forOrder = await join(3, admin, { orderId: String(ids[1]) });
    // Same variables written in another key order: the same group.
    const both = await join(2, admin, { statuses: ["SHIPPED"], orderId: String(ids[1]) });
    const bothReordered = await join(1, admin, { orderId: String(ids[1]), statuses: ["SHIPPED"] });
    expect(stats()).toEqual({ groups: 3, subscribers: 9 });

    const executions = t.server.subscriptions.executions;
    publish(ids[1]);
    await until(delivered([...shipped, ...forOrder, ...both, ...bothReordered], 1), "the event to reach every group");
    expect(t.server.subscriptions.executions - executions).toBe(3);

    // An event only one group's filter lets through costs one execution.
    publish(ids[2]);
    await until(delivered(shipped, 2), "the SHIPPED-only event");
    expect(t.server.subscriptions.executions - executions).toBe(4);
    expect(forOrder.every((s) => s.results.length === 1)).toBe(true);
  });

  it("roles are different groups: an ADMIN's result never reaches an INTEGRATOR key, and both get the change", async () => {
    const admins = await join(2, admin);
    const integrators = await join(2, integratorKey);
    expect(stats()).toEqual({ groups: 2, subscribers: 4 });

    const executions = t.server.subscriptions.executions;
    const at = publish(ids[3]);
    await until(delivered([...admins, ...integrators], 1), "the event to reach both roles");
    expect(t.server.subscriptions.executions - executions).toBe(2);
    for (const s of [...admins, ...integrators]) expect(s.results[0].data?.orderStatusChanged).toMatchObject({ at, order: { id: String(ids[3]) } });
  });

  it("a subscriber joining an existing group gets the next event; the group closes when the last one leaves", async () => {
    const [early] = await join(1, admin);
    const at1 = publish(ids[0]);
    await until(delivered([early], 1), "the first event");

    const [late] = await join(1, admin);
    expect(stats()).toEqual({ groups: 1, subscribers: 2 });
    const executions = t.server.subscriptions.executions;
    const at2 = publish(ids[0]);
    await until(() => early.results.length === 2 && late.results.length === 1, "the second event to both");
    expect(t.server.subscriptions.executions - executions).toBe(1);
    expect(early.results.map((r) => r.data?.orderStatusChanged.at)).toEqual([at1, at2]);
    expect(late.results.map((r) => r.data?.orderStatusChanged.at)).toEqual([at2]);

    // The first member leaves: the group lives on for the other, and still delivers.
    await early.close();
    await until(() => stats().subscribers === 1, "the first subscriber to leave");
    expect(stats().groups).toBe(1);
    const at3 = publish(ids[0]);
    await until(delivered([late], 2), "the third event");
    expect(late.results[1].data?.orderStatusChanged.at).toBe(at3);

    // The last one leaves: no group, no listener left on the event bus.
    await late.close();
    await until(() => stats().groups === 0, "the group to close");
    expect(stats()).toEqual({ groups: 0, subscribers: 0 });
    const after = t.server.subscriptions.executions;
    publish(ids[0]);
    // A new subscriber starts a new group; it is the only one executing from now on.
    const [fresh] = await join(1, admin);
    const at5 = publish(ids[0]);
    await until(delivered([fresh], 1), "an event to a new group");
    expect(fresh.results.map((r) => r.data?.orderStatusChanged.at)).toEqual([at5]);
    expect(t.server.subscriptions.executions - after).toBe(1);
  });

  it("each subscriber is still checked at subscribe time: a revoked key or bad arguments are refused and join no group", async () => {
    const created = await t.gql<{ createApiKey: { key: string; apiKey: { id: string } } }>(
      'mutation { createApiKey(name: "ERP 2", role: INTEGRATOR) { key apiKey { id } } }',
      undefined,
      admin,
    );
    const { key, apiKey } = created.data!.createApiKey;
    // A group of INTEGRATOR keys with the very operation the revoked key will ask for.
    await join(2, integratorKey);
    expect(stats()).toEqual({ groups: 1, subscribers: 2 });

    // Connected while the key was valid, revoked before subscribing.
    const client = createClient({
      url: `${t.url.replace("http", "ws")}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${key}` },
      retryAttempts: 0,
      lazy: false,
    });
    try {
      await new Promise<void>((resolve) => client.on("connected", () => resolve()));
      const revoked = await t.gql(`mutation { revokeApiKey(id: "${apiKey.id}") { id } }`, undefined, admin);
      expect(revoked.errors).toBeUndefined();
      const answer = await new Promise<Received>((resolve, reject) =>
        client.subscribe<Change>(
          { query: SUBSCRIPTION, variables: {} },
          { next: (r) => resolve(r as Received), error: (err) => (Array.isArray(err) ? resolve({ errors: err }) : reject(err)), complete: () => undefined },
        ),
      );
      expect(answer.data ?? undefined).toBeUndefined();
      expect(answer.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      expect(stats()).toEqual({ groups: 1, subscribers: 2 });
      const at = publish(ids[0]);
      await until(delivered(open, 1), "the event to the group");
      expect(open.every((s) => s.results[0].data?.orderStatusChanged.at === at)).toBe(true);
    } finally {
      await client.dispose();
    }

    // Variables that do not coerce are refused before any stream exists.
    const refused = subscriber(t.url, admin, { statuses: ["NO_EXISTE"] });
    open.push(refused);
    await until(() => refused.results.length > 0 || refused.failure !== null, "the refusal");
    const errors = refused.results[0]?.errors ?? (refused.failure as Received["errors"]);
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(stats()).toEqual({ groups: 1, subscribers: 2 });
  });

  it("300 concurrent subscribers all receive a committed change, none gets SERVICE_UNAVAILABLE", async () => {
    // Two roles and two variable sets: four groups, as a busy deployment would have.
    const subs = [
      ...(await join(100, admin)),
      ...(await join(100, admin, { statuses: ["CANCELLED"] })),
      ...(await join(50, integratorKey)),
      ...(await join(50, integratorKey, { orderId: String(ids[3]) })),
    ];
    expect(stats()).toEqual({ groups: 4, subscribers: 300 });
    const executions = t.server.subscriptions.executions;
    const cancelled = await t.gql(`mutation { cancelOrder(orderId: "${ids[3]}", reason: "prueba de difusión") { status } }`, undefined, admin);
    expect(cancelled.errors).toBeUndefined();
    await until(delivered(subs, 1), "the change to reach 300 subscribers", 60_000);
    const errors = subs.flatMap((s) => s.results.flatMap((r) => r.errors ?? []));
    expect(errors).toEqual([]);
    for (const s of subs) {
      expect(s.results).toHaveLength(1);
      expect(s.results[0].data?.orderStatusChanged).toMatchObject({ from: "PENDING", to: "CANCELLED", order: { id: String(ids[3]), status: "CANCELLED" } });
    }
    expect(t.server.subscriptions.executions - executions).toBe(4);
  });
});
