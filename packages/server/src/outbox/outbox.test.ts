import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DatabaseConfig } from "../config";
import { openDatabase, type Database } from "../db/data-source";
import { inTransaction } from "../db/transaction";
import { engineName, testDatabase } from "../test/harness";
import { OutboxJob, OutboxState } from "./outbox-job.entity";
import { Outbox, PermanentError, RetryableError, type OutboxJobInput, type OutboxOptions } from "./outbox.service";

/** A clock the test moves by hand: no sleeping for timing. */
class Clock {
  constructor(private t = Date.parse("2026-03-01T12:00:00.000Z")) {}
  now = (): Date => new Date(this.t);
  advance(ms: number): void {
    this.t += ms;
  }
}

describe(`outbox (${engineName()})`, () => {
  let dataDir: string;
  let config: DatabaseConfig;
  let drop: () => Promise<void>;
  let db: Database;
  let clock: Clock;
  let warn: jest.SpyInstance;
  let keySeq = 0;

  const input = (over: Partial<OutboxJobInput> = {}): OutboxJobInput => ({
    kind: "send-evidence",
    orderId: null,
    payload: { secretToken: "tok-SECRETO-123", url: "https://example.test/x?token=abc" },
    idempotencyKey: `key-${++keySeq}`,
    ...over,
  });
  const outbox = (options: OutboxOptions = {}) => new Outbox(db, { now: clock.now, random: () => 0.5, ...options });
  const enqueue = (box: Outbox, job: OutboxJobInput = input()) => inTransaction(db, (tx) => box.enqueue(tx, job));
  const load = (id: number) => db.dataSource.getRepository(OutboxJob).findOneByOrFail({ id });

  beforeEach(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "outbox-test-"));
    const scratch = await testDatabase(dataDir);
    config = scratch.config;
    drop = scratch.drop;
    db = await openDatabase(config);
    clock = new Clock();
    warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
  });

  afterEach(async () => {
    // Logs carry kind, id and attempt only: never the payload.
    for (const call of warn.mock.calls) expect(JSON.stringify(call)).not.toMatch(/SECRETO|token=/);
    warn.mockRestore();
    await db.dataSource.destroy();
    await drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("enqueue in a transaction that rolls back leaves no job", async () => {
    const box = outbox();
    await expect(
      inTransaction(db, async (tx) => {
        await box.enqueue(tx, input());
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.dataSource.getRepository(OutboxJob).count()).toBe(0);
  });

  it("enqueue is idempotent by key: the second returns the existing job", async () => {
    const box = outbox();
    const first = await enqueue(box, input({ idempotencyKey: "evidence:7", payload: { n: 1 } }));
    const second = await enqueue(box, input({ idempotencyKey: "evidence:7", payload: { n: 2 } }));
    expect(second.id).toBe(first.id);
    expect(second.payload).toEqual({ n: 1 });
    expect(first).toMatchObject({ state: OutboxState.PENDING, attempts: 0, kind: "send-evidence" });
    expect(await db.dataSource.getRepository(OutboxJob).count()).toBe(1);
  });

  it("a handler failing twice then succeeding runs exactly 3 times and ends DONE", async () => {
    const box = outbox();
    let calls = 0;
    const onRetry = jest.fn(async () => undefined);
    box.register(
      "send-evidence",
      async () => {
        calls++;
        if (calls <= 2) throw new RetryableError(`503 from marketplace (try ${calls})`);
      },
      { onRetry },
    );
    const job = await enqueue(box);
    for (let i = 0; i < 5; i++) {
      await box.runDue();
      clock.advance(10 * 60_000);
    }
    expect(calls).toBe(3);
    expect(onRetry).toHaveBeenCalledTimes(2);
    const done = await load(job.id);
    expect(done).toMatchObject({ state: OutboxState.DONE, attempts: 3 });
    expect(done.finishedAt?.getTime()).toBeGreaterThan(job.createdAt.getTime());
  });

  it("backs off exponentially with jitter, capped at maxDelayMs", async () => {
    const box = outbox({ baseDelayMs: 1000, maxDelayMs: 10_000, maxAttempts: 10, random: () => 0.5 });
    box.register("send-evidence", async () => {
      throw new Error("socket hang up");
    });
    const job = await enqueue(box);
    const delays: number[] = [];
    for (let i = 0; i < 6; i++) {
      const start = clock.now().getTime();
      expect(await box.runDue()).toBe(1);
      const row = await load(job.id);
      expect(row.state).toBe(OutboxState.PENDING);
      expect(row.lastError).toBe("socket hang up");
      delays.push(row.nextAttemptAt.getTime() - start);
      // Not due yet: nothing runs a millisecond early.
      clock.advance(delays[i] - 1);
      expect(await box.runDue()).toBe(0);
      clock.advance(1);
    }
    // Half of min(10 s, 1 s * 2^(attempt-1)).
    expect(delays).toEqual([500, 1000, 2000, 4000, 5000, 5000]);
  });

  it("jitter spreads the delay over [0, cap)", async () => {
    const box = outbox({ baseDelayMs: 1000, random: () => 0 });
    box.register("send-evidence", async () => {
      throw new RetryableError("timeout");
    });
    const job = await enqueue(box);
    await box.runDue();
    expect((await load(job.id)).nextAttemptAt.getTime()).toBe(clock.now().getTime());
    // A zero delay makes the job due again at once, but runDue runs each job once per call.
    expect(await box.runDue()).toBe(1);
  });

  it("dead-letters after maxAttempts and calls onDead once", async () => {
    const box = outbox({ maxAttempts: 3 });
    const onDead = jest.fn(async (_job: OutboxJob) => undefined);
    const onRetry = jest.fn(async (_job: OutboxJob) => undefined);
    let calls = 0;
    box.register(
      "send-evidence",
      async () => {
        calls++;
        throw new RetryableError(`marketplace down; see https://api.example.test/v1?token=abc ${"x".repeat(900)}`);
      },
      { onDead, onRetry },
    );
    const job = await enqueue(box);
    for (let i = 0; i < 6; i++) {
      await box.runDue();
      clock.advance(10 * 60_000);
    }
    expect(calls).toBe(3);
    expect(onRetry).toHaveBeenCalledTimes(2);
    expect(onDead).toHaveBeenCalledTimes(1);
    expect(onDead.mock.calls[0][0]).toMatchObject({ id: job.id, state: OutboxState.DEAD, attempts: 3 });
    const dead = await load(job.id);
    expect(dead.state).toBe(OutboxState.DEAD);
    expect(dead.finishedAt).not.toBeNull();
    expect(dead.lastError?.length).toBe(500);
    expect(dead.lastError).not.toContain("https://");
    expect(dead.lastError).toContain("marketplace down; see [url]");
  });

  it("PermanentError dead-letters at once", async () => {
    const box = outbox();
    const onDead = jest.fn(async () => undefined);
    let calls = 0;
    box.register(
      "send-evidence",
      async () => {
        calls++;
        throw new PermanentError("Claro Shop rechazó la evidencia");
      },
      { onDead },
    );
    const job = await enqueue(box);
    expect(await box.runDue()).toBe(1);
    clock.advance(60 * 60_000);
    expect(await box.runDue()).toBe(0);
    expect(calls).toBe(1);
    expect(onDead).toHaveBeenCalledTimes(1);
    expect(await load(job.id)).toMatchObject({
      state: OutboxState.DEAD,
      attempts: 1,
      lastError: "Claro Shop rechazó la evidencia",
    });
  });

  it("claims again a RUNNING job whose lease expired (its worker crashed), not before", async () => {
    const box = outbox({ leaseMs: 60_000 });
    let calls = 0;
    box.register("send-evidence", async () => {
      calls++;
    });
    const job = await enqueue(box);
    // A worker claimed it and died before writing the outcome.
    await db.dataSource
      .getRepository(OutboxJob)
      .update(job.id, { state: OutboxState.RUNNING, attempts: 1, nextAttemptAt: new Date(clock.now().getTime() + 60_000) });
    expect(await box.runDue()).toBe(0);
    clock.advance(60_000);
    expect(await box.runDue()).toBe(1);
    expect(calls).toBe(1);
    expect(await load(job.id)).toMatchObject({ state: OutboxState.DONE, attempts: 2 });
  });

  it("a worker whose lease was taken over does not overwrite the new outcome", async () => {
    const slow = outbox({ leaseMs: 1000 });
    const fast = outbox({ leaseMs: 1000 });
    let release!: () => void;
    let started!: () => void;
    const slowStarted = new Promise<void>((resolve) => (started = resolve));
    slow.register("send-evidence", async () => {
      started();
      await new Promise<void>((resolve) => (release = resolve));
      throw new RetryableError("late failure");
    });
    fast.register("send-evidence", async () => undefined);
    const job = await enqueue(slow);
    const slowRun = slow.runDue();
    await slowStarted;
    clock.advance(1000);
    expect(await fast.runDue()).toBe(1);
    release();
    await slowRun;
    expect(await load(job.id)).toMatchObject({ state: OutboxState.DONE, attempts: 2, lastError: null });
  });

  it("leaves jobs of unknown kind PENDING and warns once", async () => {
    const box = outbox();
    box.register("send-evidence", async () => undefined);
    const job = await enqueue(box, input({ kind: "mystery" }));
    expect(await box.runDue()).toBe(0);
    expect(await box.runDue()).toBe(0);
    expect(await load(job.id)).toMatchObject({ state: OutboxState.PENDING, attempts: 0 });
    expect(warn.mock.calls.filter((c) => String(c[0]).includes("mystery"))).toHaveLength(1);
  });

  it("retry() revives a DEAD job, which then runs", async () => {
    const box = outbox();
    let fail = true;
    box.register("send-evidence", async () => {
      if (fail) throw new PermanentError("rechazado");
    });
    const job = await enqueue(box);
    await box.runDue();
    expect((await load(job.id)).state).toBe(OutboxState.DEAD);
    const revived = await box.retry(job.id);
    expect(revived).toMatchObject({ state: OutboxState.PENDING, attempts: 0, finishedAt: null });
    fail = false;
    expect(await box.runDue()).toBe(1);
    expect(await load(job.id)).toMatchObject({ state: OutboxState.DONE, attempts: 1 });
    // Only a dead job can be retried; an unknown one is NOT_FOUND.
    await expect(box.retry(job.id)).rejects.toThrow();
    await expect(box.retry(999_999)).rejects.toMatchObject({ extensions: { code: "NOT_FOUND" } });
  });

  it("two workers running concurrently run each of 50 jobs exactly once", async () => {
    // On MySQL: two processes' worth of connections on one database; on SQLite: one Database.
    const other = db.engine === "mysql" ? await openDatabase(config) : db;
    try {
      const runs = new Map<number, number>();
      const handler = async (job: OutboxJob) => {
        runs.set(job.id, (runs.get(job.id) ?? 0) + 1);
        await new Promise((resolve) => setTimeout(resolve, 2)); // a little work, so the workers overlap
      };
      const a = outbox();
      const b = new Outbox(other, { now: clock.now, random: () => 0.5 });
      a.register("send-evidence", handler);
      b.register("send-evidence", handler);
      const ids: number[] = [];
      await inTransaction(db, async (tx) => {
        for (let i = 0; i < 50; i++) ids.push((await a.enqueue(tx, input({ payload: { i } }))).id);
      });
      const claims: string[] = [];
      const unwatch = db.queryLog.watch((sql) => {
        if (/FROM .outbox_job./.test(sql) && /nextAttemptAt/.test(sql)) claims.push(sql);
      });
      const [ranA, ranB] = await Promise.all([a.runDue(), b.runDue()]);
      unwatch();
      expect(ranA + ranB).toBe(50);
      if (db.engine === "mysql") {
        expect(claims.some((sql) => sql.includes("FOR UPDATE SKIP LOCKED"))).toBe(true);
        expect(ranA).toBeGreaterThan(0);
        expect(ranB).toBeGreaterThan(0);
      }
      expect(ids.map((id) => runs.get(id))).toEqual(ids.map(() => 1));
      const states = await db.dataSource.getRepository(OutboxJob).find();
      expect(states.every((j) => j.state === OutboxState.DONE && j.attempts === 1)).toBe(true);
    } finally {
      if (other !== db) await other.dataSource.destroy();
    }
  });

  it("start(): enqueue wakes the worker after commit; stop() waits for the job in progress", async () => {
    const box = new Outbox(db);
    let release!: () => void;
    let started!: () => void;
    const handlerStarted = new Promise<void>((resolve) => (started = resolve));
    let finished = false;
    box.register("send-evidence", async () => {
      started();
      await new Promise<void>((resolve) => (release = resolve));
      finished = true;
    });
    box.start(60_000); // the poll is far away: only the wake-up can run it
    const job = await inTransaction(db, (tx) => box.enqueue(tx, input()));
    await handlerStarted;
    expect((await load(job.id)).state).toBe(OutboxState.RUNNING);
    const stopped = box.stop();
    release();
    await stopped;
    expect(finished).toBe(true);
    expect((await load(job.id)).state).toBe(OutboxState.DONE);
  });
});
