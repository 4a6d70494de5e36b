/**
 * P3: a sync of the sandbox's orders into an empty database ÷ the same HTTP requests made by a
 * bare client that parses the answers and stores nothing.
 */
import { signedLegacyBase } from "@pedidos/claroshop-sandbox";
import { check, log, median, round, stats, type BenchOptions, type FigureResult } from "../figure";
import { clearOrders, SANDBOX_PRIVATE_KEY, type BenchEnv, type LoggedRequest } from "../support/env";
import { startSyncFixture, type SyncFixture } from "../support/sync-fixture";

/** The client's default number of requests in flight (ClaroshopClient maxConcurrent). */
const IN_FLIGHT = 3;
const LIST_ACTIONS = new Set(["pendientes", "embarcados", "entregados"]);

interface Segment {
  list: LoggedRequest;
  details: LoggedRequest[];
}

/** The recorded requests as the sync issued them: a list page, then the details it asked for. */
function segmentsOf(requests: LoggedRequest[]): Segment[] {
  const segments: Segment[] = [];
  for (const r of requests) {
    if (r.method !== "GET" || r.resource !== "pedidos") throw new Error(`unexpected request during sync: ${r.method} ${r.resource}`);
    if (LIST_ACTIONS.has(r.query.action)) segments.push({ list: r, details: [] });
    else if (segments.length) segments[segments.length - 1].details.push(r);
    else throw new Error("a detail was requested before any list page");
  }
  return segments;
}

/** Sends the same requests in the same order and concurrency; reads and parses every answer. */
async function bareReplay(fixture: SyncFixture, segments: Segment[]): Promise<number> {
  const { url, publicKey } = fixture.sandbox.info;
  let parsed = 0;
  const get = async (r: LoggedRequest) => {
    const search = new URLSearchParams(r.query).toString();
    const res = await fetch(`${signedLegacyBase(url, publicKey, SANDBOX_PRIVATE_KEY)}/pedidos?${search}`, {
      headers: { Accept: "application/json" },
    });
    const body = JSON.parse(await res.text()) as unknown;
    if (res.status !== 200 || !body) throw new Error(`the sandbox answered HTTP ${res.status}`);
    parsed++;
  };
  for (const segment of segments) {
    await get(segment.list);
    let next = 0;
    const worker = async () => {
      while (next < segment.details.length) await get(segment.details[next++]);
    };
    await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, segment.details.length) }, worker));
  }
  return parsed;
}

export async function p3(env: BenchEnv, options: BenchOptions): Promise<FigureResult> {
  const orderCount = options.quick ? 1000 : 10_000;
  const rounds = options.quick ? 2 : 3;
  const fixture = await startSyncFixture(env, orderCount);
  try {
    const sync = async () => {
      await clearOrders(fixture.t.server.db);
      await fixture.sandbox.clearRequests();
      const start = performance.now();
      const run = await fixture.t.server.services.sync.runToEnd(fixture.accountId, "medición");
      const ms = performance.now() - start;
      if (run?.state !== "SUCCEEDED") throw new Error(`the sync ended ${run?.state}: ${run?.error}`);
      return { ms, run, requests: await fixture.sandbox.requests() };
    };
    // The first run records the requests the bare client replays (and warms everything up).
    const first = await sync();
    const segments = segmentsOf(first.requests);
    const requestCount = first.requests.length;
    log(`P3 recorded ${requestCount} requests, first sync ${Math.round(first.ms)} ms, ${first.run?.ordersCreated} orders`);
    await bareReplay(fixture, segments);

    const syncMs: number[] = [];
    const bareMs: number[] = [];
    const ratios: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const runSync = async () => {
        const s = await sync();
        if (s.requests.length !== requestCount) throw new Error(`a sync made ${s.requests.length} requests, the first ${requestCount}`);
        syncMs.push(s.ms);
      };
      const runBare = async () => {
        await fixture.sandbox.clearRequests();
        const start = performance.now();
        await bareReplay(fixture, segments);
        bareMs.push(performance.now() - start);
        const replayed = (await fixture.sandbox.requests()).length;
        if (replayed !== requestCount) throw new Error(`the bare client made ${replayed} requests, the sync ${requestCount}`);
      };
      if (i % 2 === 0) {
        await runSync();
        await runBare();
      } else {
        await runBare();
        await runSync();
      }
      ratios.push(syncMs[i] / bareMs[i]);
      log(`P3 round ${i + 1}: sync ${Math.round(syncMs[i])} ms, bare ${Math.round(bareMs[i])} ms`);
    }
    const ratio = median(ratios);
    const notes = [
      "Each round: a sync into emptied tables (runToEnd, the product's client with its default 3 requests in flight) and a bare fetch client replaying the recorded requests in the same order and concurrency, parsing each answer and storing nothing; ratio = median over rounds of sync time ÷ bare time.",
      "The sandbox runs in a child process, so its own work overlaps the client's as a remote marketplace's would; a real marketplace's round trips are far slower than the sandbox's, which makes this ratio an upper bound of the overhead seen in production.",
    ];
    if (ratio > 1.3) {
      notes.push(
        "Diagnosis: the sync reads page n+1 while it writes page n, so on a machine with cores to spare the writes would hide behind the requests; on 2 cores the sandbox, MariaDB and the server compete for CPU, and the sync's time is the requests' plus most of its write phase (P4: one transaction and about 22 statements per page). Fewer, larger write transactions (several pages each) would shrink that write phase.",
      );
    }
    return {
      id: "P3",
      figure: `sync of ${orderCount.toLocaleString("en-US")} orders from the sandbox ÷ the same HTTP requests by a bare client`,
      target: "≤ 1.3",
      checks: [check("ratio", ratio, 1.3, "×")],
      arms: { sync: stats(syncMs), bareClient: stats(bareMs) },
      details: {
        engine: env.engine,
        sandboxOrders: fixture.sandbox.info.orders,
        listedOrders: fixture.sandbox.info.listed,
        ordersCreated: first.run?.ordersCreated ?? null,
        requestsPerSync: requestCount,
        listPages: segments.length,
        rounds,
        roundRatios: ratios.map((r) => round(r)),
        firstSyncMs: round(first.ms, 1),
      },
      notes,
      distributions: [
        { label: "sync", unit: "ms", samples: syncMs },
        { label: "bare client", unit: "ms", samples: bareMs },
      ],
    };
  } finally {
    await fixture.close();
  }
}
