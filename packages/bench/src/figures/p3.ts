/**
 * P3: a sync of the sandbox's orders into an empty database ÷ the same HTTP requests made by a
 * bare client that parses the answers and stores nothing.
 */
import { EventEmitter } from "node:events";
import os from "node:os";
import { signedLegacyBase } from "@pedidos/claroshop-sandbox";
import { undiciTransport } from "@pedidos/server/dist/marketplace/claroshop/backoff.js";
import { DEFAULT_MAX_CONCURRENT } from "@pedidos/server/dist/marketplace/claroshop/claroshop-client.js";
import { ImportThread } from "@pedidos/server/dist/sync/import-thread.js";
import { OrderImport } from "@pedidos/server/dist/sync/order-import.js";
import { createSyncLock } from "@pedidos/server/dist/sync/sync-lock.js";
import { SyncService } from "@pedidos/server/dist/sync/sync.service.js";
import { check, log, median, round, stats, type BenchOptions, type FigureResult } from "../figure";
import { coreWaitMeter, cpuMeter, localDatabasePid, type CpuSplit } from "../support/cpu";
import { inFlightMeter } from "../support/in-flight";
import { coreIsolation } from "../support/isolate";
import { clearOrders, SANDBOX_PRIVATE_KEY, type BenchEnv, type LoggedRequest } from "../support/env";
import { importPages, readPages, startSyncFixture, type SyncFixture } from "../support/sync-fixture";

/** The client's default number of requests in flight, which the sync uses. */
const IN_FLIGHT = DEFAULT_MAX_CONCURRENT;

interface Segment {
  list: LoggedRequest;
  details: LoggedRequest[];
}

const LIST_OF_ACTION: Record<string, "PENDING" | "SHIPPED" | "DELIVERED"> = {
  pendientes: "PENDING",
  embarcados: "SHIPPED",
  entregados: "DELIVERED",
};

/**
 * The recorded requests as the sync issued them: each list page with the details it asked for.
 * The sync asks for the next list page (or the next list's first) while it reads the current
 * page's details, so the log interleaves them: each detail is given to the first page (in the
 * sync's order) that lists its order, as read back through the product's own gateway.
 */
async function segmentsOf(fixture: SyncFixture, requests: LoggedRequest[]): Promise<Segment[]> {
  const gateway = fixture.t.server.services.gateways.for(fixture.accountId);
  const segments: (Segment & { ids: Set<string> })[] = [];
  const details = new Map<string, LoggedRequest>();
  for (const r of requests) {
    if (r.method !== "GET" || r.resource !== "pedidos") throw new Error(`unexpected request during sync: ${r.method} ${r.resource}`);
    const list = LIST_OF_ACTION[r.query.action];
    if (list) {
      const page = await gateway.listOrderIds(list, Number(r.query.page));
      segments.push({ list: r, details: [], ids: new Set(page.ids) });
    } else if (r.query.action === "detallepedido" && !details.has(r.query.nopedido)) {
      details.set(r.query.nopedido, r);
    } else throw new Error(`unexpected request during sync: ${JSON.stringify(r.query)}`);
  }
  for (const [id, r] of details) {
    const segment = segments.find((s) => s.ids.has(id));
    if (!segment) throw new Error(`order ${id} was read in detail but no list page shows it`);
    segment.details.push(r);
  }
  return segments.map(({ list, details: d }) => ({ list, details: d }));
}

/**
 * Sends the same requests in the same order and concurrency as the sync: at most IN_FLIGHT at
 * once, the next list page (the next list's first after a list's last) asked for as soon as the
 * current page's details start, and a page's details asked for as soon as its list page is
 * answered, behind the previous page's; reads and parses every answer.
 */
async function bareReplay(fixture: SyncFixture, segments: Segment[]): Promise<number> {
  const { url, publicKey } = fixture.sandbox.info;
  let parsed = 0;
  let active = 0;
  const waiting: (() => void)[] = [];
  const get = async (r: LoggedRequest) => {
    // First come, first served, like the client's own limiter.
    if (active < IN_FLIGHT) active++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      const search = new URLSearchParams(r.query).toString();
      // The product's own transport (undici's dispatcher), with nothing around it.
      const res = await undiciTransport(`${signedLegacyBase(url, publicKey, SANDBOX_PRIVATE_KEY)}/pedidos?${search}`, {
        method: "GET",
        headers: { Accept: "application/json" },
        signal: new EventEmitter(),
      });
      const body = JSON.parse(res.text) as unknown;
      if (res.status !== 200 || !body) throw new Error(`the sandbox answered HTTP ${res.status}`);
      parsed++;
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
  const ask = (r: LoggedRequest) => {
    const answer = get(r);
    answer.catch(() => undefined); // awaited below; not unhandled meanwhile
    return answer;
  };
  let list = ask(segments[0].list);
  // As the sync: a page's details are asked for before the previous page's are all answered.
  let reading: Promise<unknown> | null = null;
  for (let i = 0; i < segments.length; i++) {
    await list;
    const following = segments[i + 1];
    if (following) list = ask(following.list);
    const details = Promise.all(segments[i].details.map(ask));
    details.catch(() => undefined); // awaited on a later turn
    if (reading) await reading;
    reading = details;
  }
  await reading;
  return parsed;
}

type CpuSample = CpuSplit<"sandbox" | "database">;
/** The threads that set the pace of a read: the sandbox's (single) thread and this process's event loop. */
const PACE_SETTERS = ["sandbox", "eventLoop"] as const;
/** ms each pace-setting thread waited for a core while ready to run. */
type WaitSample = Record<(typeof PACE_SETTERS)[number], number | null>;
type Arm = "sync" | "bareClient" | "syncWithoutWrites" | "writesAlone";
/** The processes whose CPU is counted, in the order the log and notes give them. */
const PROCESSES = ["thisProcess", "sandbox", "database"] as const;
/** The arms, in the order the log and notes give them. */
const ARMS: Arm[] = ["sync", "bareClient", "syncWithoutWrites", "writesAlone"];
type ReadingArm = Exclude<Arm, "writesAlone">;
const READING_ARMS: ReadingArm[] = ["sync", "bareClient", "syncWithoutWrites"];
type CpuMedians = Record<(typeof PROCESSES)[number], number | null>;

/** Median ms of each key over the rounds; null for a key /proc could not tell. */
function medians<K extends string>(samples: Record<K, number | null>[], keys: readonly K[]): Record<K, number | null> {
  const of = (key: K) => {
    const values = samples.map((sample) => sample[key]);
    return values.length === 0 || values.some((v) => v === null) ? null : Math.round(median(values as number[]));
  };
  return Object.fromEntries(keys.map((key) => [key, of(key)])) as Record<K, number | null>;
}

/** Each process's CPU ms, scaled and joined: "own+sandbox+database" in the log, seconds in the notes. */
function cpuText(c: CpuMedians, scale: (ms: number) => string, separator: string): string {
  return PROCESSES.map((key) => c[key]).map((ms) => (ms === null ? "?" : scale(ms))).join(separator);
}

/** Median over rounds of some CPU of the sync's ÷ the bare client's; null where a round's is unknown. */
function ratioOf(sync: CpuSample[], bare: CpuSample[], of: (c: CpuSample) => number | null): number | null {
  const ratios = sync.map((s, i) => {
    const a = of(s);
    const b = bare[i] ? of(bare[i]) : null;
    return a === null || b === null || b === 0 ? null : a / b;
  });
  return ratios.length === 0 || ratios.some((r) => r === null) ? null : median(ratios as number[]);
}

/** Median over rounds of the sync's CPU in all ÷ the bare client's; null without the sandbox's CPU. */
function totalCpuRatio(sync: CpuSample[], bare: CpuSample[]): number | null {
  return ratioOf(sync, bare, (c) => (c.sandbox === null ? null : c.thisProcess + c.sandbox + (c.database ?? 0)));
}

export async function p3(env: BenchEnv, options: BenchOptions): Promise<FigureResult> {
  const orderCount = options.quick ? 1000 : 10_000;
  // Seven rounds: single rounds' ratios ranged from 1.0 to 1.6 within one run on this machine
  // (its steal time moves the bare client's time alone by a third from round to round).
  const rounds = options.quick ? 2 : 7;
  const fixture = await startSyncFixture(env, orderCount);
  const requests = inFlightMeter();
  // The marketplace's answers do not slow down when the server is busy: the sandbox's thread
  // gets a core of its own for every arm of the figure (both alike); a pair of arms each round
  // runs with shared cores, for comparison.
  const isolation = coreIsolation(fixture.sandbox.pid);
  try {
    isolation.apply();
    log(`P3 arms: ${isolation.state.describe}`);
    const { db, services } = fixture.t.server;
    // Diagnosis arm: the same sync (client, lists, checks, batching) with its writes left out.
    const readsOnly = new SyncService(
      db,
      services.gateways,
      { writePage: async (_accountId, incoming) => ({ created: incoming.length, updated: 0 }) },
      createSyncLock(db),
      services.pubsub,
    );
    const meter = cpuMeter({ sandbox: fixture.sandbox.pid, database: await localDatabasePid(db) });
    const waitMeter = coreWaitMeter({ sandbox: fixture.sandbox.pid, eventLoop: process.pid });
    /** The time, the CPU (per process), the waits for a core and the time with no request in flight some work takes, with its result. */
    const measured = async <T>(work: () => Promise<T>) => {
      const stop = meter.start();
      const stopWaits = waitMeter.start();
      const stopIdle = requests.start();
      const start = performance.now();
      const result = await work();
      const ms = performance.now() - start;
      return { ms, cpu: stop(), waits: stopWaits(), idleMs: stopIdle(), result };
    };
    /** One sync into emptied tables, timed, with the requests it made and the CPU it took. */
    const timedSync = async (service: Pick<SyncService, "runToEnd">, label: string) => {
      await clearOrders(db);
      await fixture.sandbox.clearRequests();
      const { ms, cpu, waits, idleMs, result: run } = await measured(() => service.runToEnd(fixture.accountId, "medición"));
      if (run?.state !== "SUCCEEDED") throw new Error(`${label} ended ${run?.state}: ${run?.error}`);
      return { ms, cpu, waits, idleMs, run, requests: await fixture.sandbox.requests() };
    };
    const sync = () => timedSync(services.sync, "the sync");
    // The first run records the requests the bare client replays (and warms everything up).
    const first = await sync();
    const segments = await segmentsOf(fixture, first.requests);
    const requestCount = first.requests.length;
    log(`P3 recorded ${requestCount} requests, first sync ${Math.round(first.ms)} ms, ${first.run?.ordersCreated} orders`);
    await bareReplay(fixture, segments);

    const readsOnlyMs: number[] = [];
    const cpu: Record<Arm, CpuSample[]> = { sync: [], bareClient: [], syncWithoutWrites: [], writesAlone: [] };
    // The arms that read from the sandbox: its thread sets their pace.
    const waits: Record<ReadingArm, WaitSample[]> = { sync: [], bareClient: [], syncWithoutWrites: [] };
    // ms with no request in flight: the sandbox had nothing of this arm's to answer.
    const idle: Record<ReadingArm, number[]> = { sync: [], bareClient: [], syncWithoutWrites: [] };
    const runReadsOnly = async () => {
      const r = await timedSync(readsOnly, "the reads-only sync");
      if (r.requests.length !== requestCount) throw new Error(`the reads-only sync made ${r.requests.length} requests, the sync ${requestCount}`);
      readsOnlyMs.push(r.ms);
      cpu.syncWithoutWrites.push(r.cpu);
      waits.syncWithoutWrites.push(r.waits);
      idle.syncWithoutWrites.push(r.idleMs);
    };
    await runReadsOnly();
    readsOnlyMs.length = 0;
    cpu.syncWithoutWrites.length = 0;
    waits.syncWithoutWrites.length = 0;
    idle.syncWithoutWrites.length = 0;

    // Diagnosis arm: the sync's writes without its reads (the same import on the pages read once).
    const pages = await readPages(fixture);
    const importer = new OrderImport(db, services.orders, services.salesOrders);
    const writesAloneMs: number[] = [];
    const runWritesAlone = async () => {
      await clearOrders(db);
      const { ms, cpu: used } = await measured(() => importPages(importer, fixture.accountId, pages));
      writesAloneMs.push(ms);
      cpu.writesAlone.push(used);
    };

    const syncMs: number[] = [];
    const bareMs: number[] = [];
    const ratios: number[] = [];
    /** A timed sync, failing unless it made the requests the first one recorded. */
    const checkedSync = async () => {
      const s = await sync();
      if (s.requests.length !== requestCount) throw new Error(`a sync made ${s.requests.length} requests, the first ${requestCount}`);
      return s;
    };
    /** The bare client's timed replay, failing unless the sandbox saw every recorded request. */
    const checkedBare = async () => {
      await fixture.sandbox.clearRequests();
      const measure = await measured(() => bareReplay(fixture, segments));
      const replayed = (await fixture.sandbox.requests()).length;
      if (replayed !== requestCount) throw new Error(`the bare client made ${replayed} requests, the sync ${requestCount}`);
      return measure;
    };
    // Diagnosis pair: the sync and the bare client with the sandbox sharing the cores.
    const shared = { syncMs: [] as number[], bareMs: [] as number[], ratios: [] as number[], sandboxWaits: { sync: [] as WaitSample[], bareClient: [] as WaitSample[] } };
    const runShared = async (first: "sync" | "bare") => {
      isolation.release();
      try {
        const runSync = async () => {
          const s = await checkedSync();
          shared.syncMs.push(s.ms);
          shared.sandboxWaits.sync.push(s.waits);
        };
        const runBare = async () => {
          const b = await checkedBare();
          shared.bareMs.push(b.ms);
          shared.sandboxWaits.bareClient.push(b.waits);
        };
        for (const run of first === "sync" ? [runSync, runBare] : [runBare, runSync]) await run();
      } finally {
        isolation.apply();
      }
      const i = shared.syncMs.length - 1;
      shared.ratios.push(shared.syncMs[i] / shared.bareMs[i]);
    };
    for (let i = 0; i < rounds; i++) {
      const runSync = async () => {
        const s = await checkedSync();
        syncMs.push(s.ms);
        cpu.sync.push(s.cpu);
        waits.sync.push(s.waits);
        idle.sync.push(s.idleMs);
      };
      const runBare = async () => {
        const b = await checkedBare();
        bareMs.push(b.ms);
        cpu.bareClient.push(b.cpu);
        waits.bareClient.push(b.waits);
        idle.bareClient.push(b.idleMs);
      };
      const order = [runSync, runBare, runReadsOnly, runWritesAlone];
      for (const run of i % 2 === 0 ? order : order.reverse()) await run();
      ratios.push(syncMs[i] / bareMs[i]);
      if (isolation.state.isolated) await runShared(i % 2 === 0 ? "sync" : "bare");
      log(
        `P3 round ${i + 1}: sync ${Math.round(syncMs[i])} ms, bare ${Math.round(bareMs[i])} ms, sync without writes ${Math.round(readsOnlyMs[i])} ms, writes alone ${Math.round(writesAloneMs[i])} ms; ` +
          `CPU ${ARMS.map((arm) => cpuText(cpu[arm][i], (ms) => String(Math.round(ms)), "+")).join(" / ")}; ` +
          `sandbox waited for a core ${READING_ARMS.map((arm) => (waits[arm][i].sandbox === null ? "?" : Math.round(waits[arm][i].sandbox as number))).join(" / ")} ms; ` +
          `no request in flight ${READING_ARMS.map((arm) => Math.round(idle[arm][i])).join(" / ")} ms` +
          (shared.ratios[i] === undefined
            ? ""
            : `; cores shared: sync ${Math.round(shared.syncMs[i])} ms, bare ${Math.round(shared.bareMs[i])} ms (${round(shared.ratios[i])}×)`),
      );
    }
    const ratio = median(ratios);
    const writeThread = services.syncWriter instanceof ImportThread;
    const readsOnlyRatio = median(readsOnlyMs.map((ms, i) => ms / bareMs[i]));
    // The sync against its two phases one after the other: 1 when overlapping its reads and writes gains nothing.
    const ofPhases = median(syncMs.map((ms, i) => ms / (readsOnlyMs[i] + writesAloneMs[i])));
    const notes = [
      `Each round: a sync into emptied tables (runToEnd, the product's client with its default ${IN_FLIGHT} requests in flight) and a bare client (the product's own HTTP transport, undici's dispatcher, with no limiter, retries or checks around it) replaying the recorded requests in the same order and concurrency (at most ${IN_FLIGHT} in flight, the next list page, or the next list's first, asked for while the current page's details are read, and a page's details queued behind the previous page's before those are all answered, as the sync does), parsing each answer and storing nothing; ratio = median over rounds of sync time ÷ bare time.`,
      "The sandbox runs in a child process, so its own work overlaps the client's as a remote marketplace's would; a real marketplace's round trips are far slower than the sandbox's, which makes this ratio an upper bound of the overhead seen in production.",
    ];
    const sharedRatio = shared.ratios.length ? median(shared.ratios) : null;
    if (isolation.state.isolated) {
      const sharedWaits = (arm: "sync" | "bareClient") => Math.round(median(shared.sandboxWaits[arm].map((w) => w.sandbox ?? 0)));
      notes.push(
        `Both arms run with ${isolation.state.describe}, as the real marketplace answers from machines of its own however busy the server is; the server, its threads and the database keep the other ${os.availableParallelism() - 1} core(s) and whatever the sandbox leaves of its own. ` +
          `With the sandbox sharing the cores instead (one more pair of arms each round), the ratio is ${round(sharedRatio as number)}× (rounds ${shared.ratios.map((r) => round(r)).join(", ")}); ` +
          `there the sandbox's thread waited for a core ${sharedWaits("sync")} ms in the sync's arm and ${sharedWaits("bareClient")} ms in the bare client's (medians): answers delayed by the server's own work, which no real marketplace's are.`,
      );
    } else {
      notes.push(`Both arms run with ${isolation.state.describe}: the ratio also counts the sandbox's answers delayed by the server's own work on the shared cores.`);
    }
    notes.push(
      `Diagnosis arms, same rounds: the same sync with its writes left out (every request, the client, the lists' checks and the batching; nothing stored) takes ${round(readsOnlyRatio)}× the bare client's time; ` +
        `its writes alone (OrderImport on the pages read once, in the sync's batches, P4's arm A) take ${Math.round(median(writesAloneMs))} ms. ` +
        `The sync takes ${round(ofPhases)}× the time of those two phases one after the other (median over rounds of sync ÷ (without writes + writes alone)). ` +
        (writeThread
          ? `The sync writes in a thread of its own at the lowest CPU priority (MySQL's default, SYNC_WRITE_THREAD), so its statement building takes only CPU the reads leave; the database's work on those statements runs at normal priority and competes with the reads and the sandbox for this machine's ${os.cpus().length} cores.`
          : `The sync writes in the server's thread (SQLite), so its statement building and the database's work compete with the reads and the sandbox for this machine's ${os.cpus().length} cores.`),
    );
    const cpuMedians = Object.fromEntries(ARMS.map((arm) => [arm, medians(cpu[arm], PROCESSES)])) as Record<Arm, CpuMedians>;
    const waitMedians = Object.fromEntries(READING_ARMS.map((arm) => [arm, medians(waits[arm], PACE_SETTERS)])) as Record<ReadingArm, WaitSample>;
    const idleMedians = Object.fromEntries(READING_ARMS.map((arm) => [arm, Math.round(median(idle[arm]))])) as Record<ReadingArm, number>;
    const extraMs = median(syncMs) - median(bareMs);
    notes.push(
      `Time with no request in flight (the sandbox had nothing of the arm's to answer), median of rounds: sync ${idleMedians.sync} ms, bare client ${idleMedians.bareClient} ms, sync without writes ${idleMedians.syncWithoutWrites} ms. ` +
        (extraMs > 0
          ? `That difference is ${Math.round((100 * (idleMedians.sync - idleMedians.bareClient)) / extraMs)}% of the sync's ${Math.round(extraMs)} ms over the bare client (medians): the sync's start (its lock and the run's record) and end (the last write, the check for orders that left every list, the run's outcome); the rest went to requests the sandbox answered more slowly.`
          : "The sync took no longer than the bare client."),
    );
    const cpuRatio = totalCpuRatio(cpu.sync, cpu.bareClient);
    const sandboxCpuRatio = ratioOf(cpu.sync, cpu.bareClient, (c) => c.sandbox);
    if (cpuRatio !== null) {
      const seconds = (split: CpuMedians) => cpuText(split, (ms) => (ms / 1000).toFixed(2), " / ");
      notes.push(
        `CPU per arm, median of rounds, in s (this process, which holds the server${writeThread ? ", its write thread" : ""} and the bench's clients / the sandbox / the database${cpuMedians.sync.database === null ? ", not on this machine: not counted" : ""}): ` +
          `sync ${seconds(cpuMedians.sync)}, bare client ${seconds(cpuMedians.bareClient)}, sync without writes ${seconds(cpuMedians.syncWithoutWrites)}, writes alone ${seconds(cpuMedians.writesAlone)}. ` +
          `The sync costs ${round(cpuRatio)}× the bare client's CPU in all (median over rounds); where the processes compete for the cores, the time ratio follows that ratio.`,
      );
    }
    if (waitMedians.sync.sandbox !== null && waitMedians.bareClient.sandbox !== null) {
      const waited = (arm: ReadingArm) => `${waitMedians[arm].sandbox} / ${waitMedians[arm].eventLoop ?? "?"}`;
      notes.push(
        `Waiting for a core while ready to run (/proc schedstat), median of rounds, in ms (the sandbox's thread, which sets the pace of every arm that reads / this process's event loop): ` +
          `sync ${waited("sync")}, bare client ${waited("bareClient")}, sync without writes ${waited("syncWithoutWrites")}. ` +
          `The sync's waits beyond the bare client's are its time lost to sharing this machine's ${os.cpus().length} cores: the sandbox waiting while the server, its write thread or the database ran, the server waiting while the sandbox ran.` +
          (sandboxCpuRatio === null
            ? ""
            : ` The sandbox spent ${round(sandboxCpuRatio)}× the CPU on the same requests in the sync's arm as in the bare client's (median over rounds); above 1, sharing the cores slowed its own work too (caches, preemptions).`),
      );
    }
    return {
      id: "P3",
      figure: `sync of ${orderCount.toLocaleString("en-US")} orders from the sandbox ÷ the same HTTP requests by a bare client`,
      target: "≤ 1.3",
      checks: [check("ratio", ratio, 1.3, "×")],
      arms: { sync: stats(syncMs), bareClient: stats(bareMs), syncWithoutWrites: stats(readsOnlyMs), writesAlone: stats(writesAloneMs) },
      details: {
        engine: env.engine,
        sandboxOrders: fixture.sandbox.info.orders,
        listedOrders: fixture.sandbox.info.listed,
        ordersCreated: first.run?.ordersCreated ?? null,
        requestsPerSync: requestCount,
        listPages: segments.length,
        rounds,
        roundRatios: ratios.map((r) => round(r)),
        syncWithoutWritesRatio: round(readsOnlyRatio),
        syncOfSerialPhases: round(ofPhases),
        writeThread,
        cpuMs: cpuMedians,
        coreWaitMs: waitMedians,
        noRequestInFlightMs: idleMedians,
        totalCpuRatio: cpuRatio === null ? null : round(cpuRatio),
        sandboxCpuRatio: sandboxCpuRatio === null ? null : round(sandboxCpuRatio),
        firstSyncMs: round(first.ms, 1),
        sandboxIsolation: isolation.state,
        sharedCores:
          sharedRatio === null
            ? null
            : { ratio: round(sharedRatio), roundRatios: shared.ratios.map((r) => round(r)), syncMs: stats(shared.syncMs), bareClientMs: stats(shared.bareMs) },
      },
      notes,
      distributions: [
        { label: "sync", unit: "ms", samples: syncMs },
        { label: "bare client", unit: "ms", samples: bareMs },
        { label: "sync without writes", unit: "ms", samples: readsOnlyMs },
        { label: "writes alone", unit: "ms", samples: writesAloneMs },
      ],
    };
  } finally {
    isolation.release();
    requests.close();
    await fixture.close();
  }
}
