/**
 * P5: delivery of a status change to 1,000 graphql-ws subscribers of orderStatusChanged, p99 ÷ a
 * raw `ws` broadcast of the same payload to 1,000 raw clients; and GraphQL executions per event
 * against the number of distinct subscriptions.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { ensureSandboxAccount, seedOrders } from "@pedidos/server/dist/demo/demo-data.js";
import { WebSocketServer } from "ws";
import { alternate, check, log, median, nowMs, percentile, round, stats, type BenchOptions, type FigureResult } from "../figure";
import { startBenchServer, type BenchEnv } from "../support/env";
import type { WorkerMessage, WorkerRequest } from "../support/subscribers-worker";

const SELECTION = "orderStatusChanged { order { id status } from to at }";
/** Two distinct subscriptions shared by all clients: every change, and changes to SHIPPED. */
const OPERATIONS = [
  { query: `subscription { ${SELECTION} }`, variables: {} },
  { query: `subscription($s: [OrderStatus!]) { ${SELECTION.replace("orderStatusChanged", "orderStatusChanged(statuses: $s)")} }`, variables: { s: ["SHIPPED"] } },
];

/**
 * Counts GraphQL executions of subscription events: graphql-js runs `execute` once per event and
 * subscriber (subscribe.js calls it through its module's exports, so the server's own copy of
 * graphql can be wrapped from here without touching the server).
 */
function countEventExecutions(): { count(): number; restore(): void } {
  const serverDir = path.dirname(require.resolve("@pedidos/server/package.json"));
  const executeModule = require(require.resolve("graphql/execution/execute.js", { paths: [serverDir] })) as {
    execute: (args: { rootValue?: unknown }) => unknown;
  };
  const original = executeModule.execute;
  let executions = 0;
  executeModule.execute = function (this: unknown, args: { rootValue?: unknown }) {
    const root = args?.rootValue as Record<string, unknown> | undefined;
    if (root && typeof root === "object" && "orderId" in root && "to" in root) executions++;
    return original.call(this, args);
  };
  return { count: () => executions, restore: () => void (executeModule.execute = original) };
}

export async function p5(env: BenchEnv, options: BenchOptions): Promise<FigureResult> {
  const clients = 1000;
  const rounds = options.quick ? 4 : 16;
  const eventsPerRound = options.quick ? 3 : 6;
  const t = await startBenchServer(env);
  const counter = countEventExecutions();
  const rawHttp = http.createServer();
  const wss = new WebSocketServer({ server: rawHttp });
  const worker = new Worker(path.join(__dirname, "..", "support", "subscribers-worker.js"));
  const waiters = new Map<number, (delivery: { times: number[]; errors: number; firstError: string | null }) => void>();
  let failure: string | null = null;
  worker.on("message", (message: WorkerMessage) => {
    if (message.op === "delivered") waiters.get(message.key)?.(message);
    else if (message.op === "failed") failure = message.error;
  });
  const ask = <T extends WorkerMessage["op"]>(request: WorkerRequest, reply: T, timeoutMs: number) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no "${reply}" from the subscribers within ${timeoutMs} ms: ${failure ?? ""}`)), timeoutMs);
      const listener = (message: WorkerMessage) => {
        if (message.op === reply) {
          clearTimeout(timer);
          worker.off("message", listener);
          resolve();
        } else if (message.op === "failed") {
          clearTimeout(timer);
          worker.off("message", listener);
          reject(new Error(message.error));
        }
      };
      worker.on("message", listener);
      worker.postMessage(request);
    });
  try {
    const account = await ensureSandboxAccount(t.server.db);
    const [orderId] = await seedOrders(t.server.db, account.id, { count: 3, stage: () => "pending" });
    const token = await t.login();
    await new Promise<void>((resolve) => rawHttp.listen(0, "127.0.0.1", () => resolve()));
    const rawUrl = `ws://127.0.0.1:${(rawHttp.address() as AddressInfo).port}`;
    const connectStart = performance.now();
    await ask(
      { op: "connect", graphqlUrl: `${t.url.replace("http", "ws")}/graphql`, token, rawUrl, clients, operations: OPERATIONS },
      "connected",
      180_000,
    );
    log(`P5 ${clients} graphql-ws + ${clients} raw clients connected in ${Math.round(performance.now() - connectStart)} ms`);

    let nextKey = Date.UTC(2026, 0, 1);
    const perEventExecutions: number[] = [];
    const failedDeliveries: number[] = [];
    let firstError: string | null = null;
    const lastDelivery = { graphql: [] as number[], raw: [] as number[] };
    const deliver = async (arm: "graphql" | "raw"): Promise<number[]> => {
      const key = nextKey++;
      const at = new Date(key).toISOString();
      await ask({ op: "expect", key }, "expecting", 10_000);
      const delivered = new Promise<{ times: number[]; errors: number; firstError: string | null }>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`event not delivered to all ${clients} ${arm} clients within 60 s`)), 60_000);
        waiters.set(key, (value) => {
          clearTimeout(timer);
          waiters.delete(key);
          resolve(value);
        });
      });
      const executionsBefore = counter.count();
      const t0 = nowMs();
      if (arm === "graphql") {
        t.server.services.pubsub.publish("ORDER_STATUS_CHANGED", { orderId, from: "PENDING", to: "SHIPPED", at });
      } else {
        const message = JSON.stringify({
          id: "1",
          type: "next",
          payload: { data: { orderStatusChanged: { order: { id: String(orderId), status: "PENDING" }, from: "PENDING", to: "SHIPPED", at } } },
        });
        for (const socket of wss.clients) socket.send(message);
      }
      const delivery = await delivered;
      const latencies = delivery.times.map((time) => time - t0);
      if (arm === "graphql") {
        perEventExecutions.push(counter.count() - executionsBefore);
        failedDeliveries.push(delivery.errors);
        firstError ??= delivery.firstError;
      }
      lastDelivery[arm].push(Math.max(...latencies));
      return latencies;
    };
    const events = (arm: "graphql" | "raw", count: number) => async () => {
      const out: number[] = [];
      for (let i = 0; i < count; i++) out.push(...(await deliver(arm)));
      return out;
    };
    // Warm-up (also proves every subscription is live).
    await events("graphql", 2)();
    await events("raw", 2)();
    perEventExecutions.length = 0;
    failedDeliveries.length = 0;
    lastDelivery.graphql.length = 0;
    lastDelivery.raw.length = 0;

    const { a, b } = await alternate(rounds, events("graphql", eventsPerRound), events("raw", eventsPerRound), (i) =>
      log(`P5 round ${i + 1}/${rounds}`),
    );
    const all = { graphql: a.flat(), raw: b.flat() };
    const p99 = (values: number[]) => percentile([...values].sort((x, y) => x - y), 99);
    // As every timing ratio here: the median over rounds of the ratio within each round. The p99
    // of one arm is set by its slowest event or two (a GC pause, the other core busy), so a ratio
    // of p99s pooled over the whole run follows whichever arm happened to have the worst moment.
    const roundRatios = a.map((r, i) => p99(r) / p99(b[i]));
    const ratio = median(roundRatios);
    const pooledRatio = p99(all.graphql) / p99(all.raw);
    const executions = median(perEventExecutions);
    // What the database pool does with as many concurrent reads as there are subscribers.
    const probe = await Promise.allSettled(
      Array.from({ length: clients }, () => t.server.db.dataSource.query("SELECT id FROM `order` WHERE id = ?", [orderId])),
    );
    const probeRejected = probe.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    const poolProbe = {
      concurrentQueries: clients,
      rejected: probeRejected.length,
      firstRejection: probeRejected[0] ? String((probeRejected[0].reason as Error)?.message ?? probeRejected[0].reason).slice(0, 200) : null,
    };
    const failedShare = failedDeliveries.reduce((sum, n) => sum + n, 0) / (failedDeliveries.length * clients);
    log(`P5 p99 ratio ${round(ratio)}, executions per event ${executions}`);
    const notes = [
      `Each event is published once: through the server's pubsub (${env.redis ? "Redis" : "in-process"}) for graphql-ws, and as one ws.send per socket for the floor. Latency = arrival of the event's frame at the client's socket (in the clients' worker thread, taken before the client reads it: the 1,000 clients share one thread, where each one's reading would wait for all those before it) − publish time. The ratio is the median over the ${rounds} rounds of (p99 over every client and event of the round's GraphQL events ÷ the same for its raw events); each round is ${eventsPerRound} events per arm. Two distinct subscriptions (${OPERATIONS.length}) are spread over the ${clients} clients; each event matches both.`,
      "Latency counts every client's first answer to the event, the change itself or an error in its place; the third check counts the errors.",
      "Executions are counted by wrapping graphql-js's execute in the server's copy of graphql (the subscription pipeline calls it once per subscriber and event).",
    ];
    if (failedShare > 0) {
      notes.push(
        `Diagnosis: ${round(failedShare * 100, 1)}% of the subscribers got "${firstError ?? "an error"}" instead of the change. Every subscriber's execution loads the order from the database at the same moment; ` +
          `with ${clients} subscribers that is ${clients} concurrent queries per event. The same number of concurrent reads sent straight to the server's DataSource: ${poolProbe.rejected} of ${clients} rejected` +
          (poolProbe.firstRejection ? ` ("${poolProbe.firstRejection}"), i.e. the database pool's bounded request queue turns the fan-out into SERVICE_UNAVAILABLE answers.` : "."),
      );
    }
    if (executions !== OPERATIONS.length) {
      notes.push(
        `Diagnosis: ${executions} executions per event for ${OPERATIONS.length} distinct subscriptions — the subscription operation runs once per subscriber, ` +
          "and orderStatusChanged's resolver builds fresh loaders and reads the order from the database in each of those executions, so one event costs a query and a full execution per client. Executing once per distinct (operation, variables, role) and fanning the result out would make the cost follow the number of distinct subscriptions.",
      );
    } else if (ratio > 2) {
      notes.push(
        `Diagnosis: one execution per distinct subscription, so what is left is the fan-out itself: the last subscriber got the change after ${round(median(lastDelivery.graphql), 1)} ms (median over events) against the raw broadcast's ${round(median(lastDelivery.raw), 1)} ms. ` +
          "Each event's result is serialized once per subscription group and written straight to every socket inside that subscriber's own message (its id around the shared JSON), so per subscriber the server does what the raw broadcast does plus one string concatenation; " +
          "the rest is the event's way in: the Redis round trip of the publish, the group's execution (which reads the order) and the hand-off from the group to its members. " +
          `The ratio round by round: ${roundRatios.map((r) => round(r, 2)).join(", ")}.`,
      );
    }
    return {
      id: "P5",
      figure: `status-change delivery to ${clients.toLocaleString("en-US")} graphql-ws subscribers, p99 ÷ raw ws broadcast`,
      target: "≤ 2.0; GraphQL executions per event = number of distinct subscriptions",
      checks: [
        check("p99 ratio", ratio, 2.0, "×"),
        check("executions per event", executions, OPERATIONS.length, "executions", "eq"),
        check("subscribers sent an error instead of the change", round(failedShare * 100, 2), 0, "%", "eq"),
      ],
      arms: { graphqlWs: stats(all.graphql), rawWs: stats(all.raw), graphqlWsLastClient: stats(lastDelivery.graphql), rawWsLastClient: stats(lastDelivery.raw) },
      details: {
        engine: env.engine,
        events: env.redis ? "redis" : "in-process",
        clientsPerArm: clients,
        distinctSubscriptions: OPERATIONS.length,
        executionsPerEvent: { median: executions, min: Math.min(...perEventExecutions), max: Math.max(...perEventExecutions) },
        rounds,
        eventsPerRound,
        failedDeliveriesPerEvent: { median: median(failedDeliveries), min: Math.min(...failedDeliveries), max: Math.max(...failedDeliveries) },
        firstErrorSeen: firstError,
        poolProbe,
        roundP99Ratios: roundRatios.map((r) => round(r)),
        pooledP99Ratio: round(pooledRatio),
      },
      notes,
      distributions: [
        { label: "graphql-ws", unit: "ms", samples: all.graphql },
        { label: "raw ws", unit: "ms", samples: all.raw },
      ],
    };
  } finally {
    counter.restore();
    await ask({ op: "close" }, "closed", 30_000).catch(() => undefined);
    await worker.terminate();
    for (const socket of wss.clients) socket.terminate();
    wss.close();
    await new Promise<void>((resolve) => rawHttp.close(() => resolve()));
    await t.close();
  }
}
