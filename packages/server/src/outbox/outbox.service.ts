import type { QueryDeepPartialEntity } from "typeorm/query-builder/QueryPartialEntity";
import type { Database } from "../db/data-source";
import { inTransaction, type Tx } from "../db/transaction";
import { badInput, isDatabaseUnavailable, notFound } from "../graphql/errors";
import { OutboxJob, OutboxState } from "./outbox-job.entity";

/** Try again later (marketplace down, 5xx, timeout). */
export class RetryableError extends Error {}

/** Never retry (the marketplace refused the data): dead-letter now. */
export class PermanentError extends Error {}

export interface OutboxJobInput {
  kind: string;
  orderId: number | null;
  payload: Record<string, unknown>;
  idempotencyKey: string;
}

export type OutboxHandler = (job: OutboxJob) => Promise<void>;

export interface OutboxHooks {
  onDead?: (job: OutboxJob) => Promise<void>;
  onRetry?: (job: OutboxJob) => Promise<void>;
}

export interface OutboxOptions {
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** A RUNNING job whose lease passed (its worker died) is claimed again. */
  leaseMs?: number;
  random?: () => number;
  now?: () => Date;
}

// Handlers call the marketplace and may take long: a few at once, not a flood.
const CONCURRENCY = 4;
const ERROR_MAX_CHARS = 500;
const UNKNOWN_KIND_CHECK_MS = 60_000;

interface Registration {
  handler: OutboxHandler;
  hooks: OutboxHooks;
}

/** Backoff for the attempt that just failed: full jitter over a capped exponential. */
export function retryDelayMs(attempts: number, baseDelayMs: number, maxDelayMs: number, random: () => number): number {
  const cap = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempts - 1));
  return Math.floor(random() * cap);
}

/** Stored errors are shown to staff: short, and never a URL (it may carry tokens). */
export function safeErrorMessage(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.replace(/\b[a-z][a-z0-9+.-]*:\/\/\S+/gi, "[url]").slice(0, ERROR_MAX_CHARS);
}

/**
 * Durable outbound jobs. A job is written in the caller's transaction, claimed by a worker in a
 * short transaction of its own (SKIP LOCKED on MySQL; a compare-and-set on every engine), run
 * outside any transaction, and its result written only if this worker still holds the claim.
 */
export class Outbox {
  private readonly maxAttempts: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly leaseMs: number;
  private readonly random: () => number;
  private readonly now: () => Date;
  private readonly registrations = new Map<string, Registration>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly warnedKinds = new Set<string>();
  private lastUnknownKindCheck: number | null = null;
  private slotsTaken = 0;
  private timer: NodeJS.Timeout | null = null;
  private started = false;
  private stopping = false;
  private loop: Promise<void> | null = null;
  private wakeAgain = false;
  private databaseDown = false;

  constructor(
    private readonly db: Database,
    options: OutboxOptions = {},
  ) {
    this.maxAttempts = options.maxAttempts ?? 8;
    this.baseDelayMs = options.baseDelayMs ?? 1000;
    this.maxDelayMs = options.maxDelayMs ?? 5 * 60_000;
    this.leaseMs = options.leaseMs ?? 60_000;
    this.random = options.random ?? Math.random;
    this.now = options.now ?? (() => new Date());
  }

  /** Inside the caller's transaction; the same idempotencyKey again returns the existing job. */
  async enqueue(tx: Tx, input: OutboxJobInput): Promise<OutboxJob> {
    const now = this.now();
    const row = Object.assign(new OutboxJob(), {
      kind: input.kind,
      orderId: input.orderId,
      payload: input.payload,
      idempotencyKey: input.idempotencyKey,
      state: OutboxState.PENDING,
      attempts: 0,
      nextAttemptAt: now,
      lastError: null,
      createdAt: now,
      finishedAt: null,
    });
    // Insert-or-nothing, so two transactions enqueueing the same key never fail or duplicate.
    await tx.manager
      .createQueryBuilder()
      .insert()
      .into(OutboxJob)
      // simple-json holds any JSON; TypeORM's deep-partial type cannot express `unknown` values.
      .values(row as QueryDeepPartialEntity<OutboxJob>)
      .orUpdate(["idempotencyKey"], ["idempotencyKey"])
      .execute();
    const query = tx.manager
      .getRepository(OutboxJob)
      .createQueryBuilder("job")
      .where("job.idempotencyKey = :key", { key: input.idempotencyKey });
    // A locking read sees a row another transaction just committed (a plain one reads the snapshot).
    if (this.db.engine === "mysql") query.setLock("pessimistic_write");
    const job = await query.getOne();
    if (!job) throw new Error(`outbox job ${input.idempotencyKey} vanished after insert`);
    tx.afterCommit(() => this.wake());
    return job;
  }

  register(kind: string, handler: OutboxHandler, hooks: OutboxHooks = {}): void {
    if (this.registrations.has(kind)) throw new Error(`outbox kind "${kind}" is already registered`);
    this.registrations.set(kind, { handler, hooks });
    this.wake();
  }

  start(pollMs: number): void {
    if (this.started) return;
    this.started = true;
    this.stopping = false;
    this.timer = setInterval(() => this.wake(), pollMs);
    this.timer.unref();
    this.wake();
  }

  /** Stops the timer and waits for the jobs in progress (their results are written). */
  async stop(): Promise<void> {
    this.stopping = true;
    this.started = false;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.loop;
    await Promise.allSettled([...this.inFlight]);
    this.stopping = false;
  }

  /** Asks the background worker to look for due jobs now (no-op unless started). */
  wake(): void {
    if (!this.started || this.stopping) return;
    if (this.loop) {
      this.wakeAgain = true;
      return;
    }
    this.loop = (async () => {
      do {
        this.wakeAgain = false;
        try {
          await this.drain(null);
          if (this.databaseDown) console.warn("[outbox] database available again");
          this.databaseDown = false;
        } catch (err) {
          // An outage fails every pass: say so once, keep polling, and say when it is over.
          if (!isDatabaseUnavailable(err)) console.warn("[outbox] worker pass failed:", safeErrorMessage(err));
          else if (!this.databaseDown) console.warn("[outbox] database unavailable; the worker keeps trying");
          this.databaseDown = isDatabaseUnavailable(err) || this.databaseDown;
        }
      } while (this.wakeAgain && !this.stopping);
    })().finally(() => {
      this.loop = null;
    });
  }

  /** Claims and runs every due job once (tests/tools); returns how many ran. */
  async runDue(): Promise<number> {
    return this.drain(new Set<number>());
  }

  /** Puts a DEAD job back to PENDING with attempts reset (staff "reintentar"). */
  async retry(jobId: number): Promise<OutboxJob> {
    const job = await inTransaction(this.db, async (tx) => {
      const repo = tx.manager.getRepository(OutboxJob);
      const result = await repo.update(
        { id: jobId, state: OutboxState.DEAD },
        { state: OutboxState.PENDING, attempts: 0, nextAttemptAt: this.now(), finishedAt: null },
      );
      const current = await repo.findOneBy({ id: jobId });
      if (!current) throw notFound("El envío");
      if (result.affected !== 1) throw badInput("Solo se puede reintentar un envío que falló definitivamente.");
      tx.afterCommit(() => this.wake());
      return current;
    });
    return job;
  }

  /**
   * Keeps up to CONCURRENCY jobs running, claiming more as slots free up, until none is due.
   * `ran` (runDue) keeps a job that was rescheduled for "now" from running twice in one call.
   */
  private async drain(ran: Set<number> | null): Promise<number> {
    let count = 0;
    const running = new Set<Promise<void>>();
    await this.warnUnknownKinds();
    for (;;) {
      const free = CONCURRENCY - this.slotsTaken;
      let claimedAll = false;
      if (free > 0 && !this.stopping) {
        this.slotsTaken += free;
        let jobs: OutboxJob[] = [];
        try {
          jobs = await this.claim(free, ran);
        } finally {
          this.slotsTaken -= free - jobs.length;
        }
        claimedAll = jobs.length === free;
        for (const job of jobs) {
          ran?.add(job.id);
          count++;
          const done = this.execute(job).finally(() => {
            this.slotsTaken--;
            running.delete(done);
            this.inFlight.delete(done);
          });
          running.add(done);
          this.inFlight.add(done);
        }
      }
      if (claimedAll) continue;
      if (running.size === 0) return count;
      await Promise.race(running);
    }
  }

  /** A short transaction: picks due jobs nobody holds and marks them RUNNING under a lease. */
  private async claim(limit: number, exclude: ReadonlySet<number> | null): Promise<OutboxJob[]> {
    const kinds = [...this.registrations.keys()];
    if (kinds.length === 0 || limit <= 0) return [];
    const now = this.now();
    const leaseUntil = new Date(now.getTime() + this.leaseMs);
    return inTransaction(this.db, async (tx) => {
      const repo = tx.manager.getRepository(OutboxJob);
      const due: OutboxJob[] = [];
      // PENDING first, then RUNNING jobs whose lease expired; each query walks ix_outbox_due in order.
      for (const state of [OutboxState.PENDING, OutboxState.RUNNING]) {
        if (due.length >= limit) break;
        const query = repo
          .createQueryBuilder("job")
          .where("job.state = :state", { state })
          .andWhere("job.nextAttemptAt <= :now", { now })
          .andWhere("job.kind IN (:...kinds)", { kinds })
          .orderBy("job.nextAttemptAt", "ASC")
          .addOrderBy("job.id", "ASC")
          .limit(limit - due.length);
        if (exclude && exclude.size > 0) query.andWhere("job.id NOT IN (:...exclude)", { exclude: [...exclude] });
        if (this.db.engine === "mysql") query.setLock("pessimistic_write").setOnLocked("skip_locked");
        due.push(...(await query.getMany()));
      }
      const claimed: OutboxJob[] = [];
      for (const job of due) {
        // Compare-and-set: only one claimer of this exact attempt wins, whatever the engine.
        const result = await repo.update(
          { id: job.id, state: job.state, attempts: job.attempts },
          { state: OutboxState.RUNNING, attempts: job.attempts + 1, nextAttemptAt: leaseUntil },
        );
        if (result.affected === 1) {
          claimed.push(Object.assign(job, { state: OutboxState.RUNNING, attempts: job.attempts + 1, nextAttemptAt: leaseUntil }));
        }
      }
      return claimed;
    });
  }

  /** Runs one claimed job outside any transaction and records the outcome. */
  private async execute(job: OutboxJob): Promise<void> {
    const registration = this.registrations.get(job.kind);
    if (!registration) return; // claim only picks registered kinds
    const heartbeat = setInterval(() => void this.renewLease(job), Math.max(1000, Math.floor(this.leaseMs / 2)));
    heartbeat.unref();
    let failure: unknown = null;
    let failed = false;
    try {
      await registration.handler(job);
    } catch (err) {
      failed = true;
      failure = err;
    } finally {
      clearInterval(heartbeat);
    }
    try {
      await this.finish(job, registration.hooks, failed, failure);
    } catch (err) {
      // The claim stays RUNNING; once its lease passes the job is claimed and run again.
      console.warn(`[outbox] ${job.kind} #${job.id} attempt ${job.attempts}: could not record the result:`, safeErrorMessage(err));
    }
  }

  private async finish(job: OutboxJob, hooks: OutboxHooks, failed: boolean, failure: unknown): Promise<void> {
    const now = this.now();
    const claim = { id: job.id, state: OutboxState.RUNNING, attempts: job.attempts };
    let changes: Pick<Partial<OutboxJob>, "state" | "nextAttemptAt" | "lastError" | "finishedAt">;
    let hook: ((job: OutboxJob) => Promise<void>) | undefined;
    if (!failed) {
      changes = { state: OutboxState.DONE, finishedAt: now };
    } else {
      const lastError = safeErrorMessage(failure);
      if (failure instanceof PermanentError || job.attempts >= this.maxAttempts) {
        changes = { state: OutboxState.DEAD, finishedAt: now, lastError };
        hook = hooks.onDead;
        console.warn(`[outbox] ${job.kind} #${job.id} attempt ${job.attempts}: failed, dead-lettered`);
      } else {
        const delay = retryDelayMs(job.attempts, this.baseDelayMs, this.maxDelayMs, this.random);
        changes = { state: OutboxState.PENDING, nextAttemptAt: new Date(now.getTime() + delay), lastError };
        hook = hooks.onRetry;
        console.warn(`[outbox] ${job.kind} #${job.id} attempt ${job.attempts}: failed, retry in ${delay} ms`);
      }
    }
    const written = await inTransaction(this.db, async (tx) => {
      const result = await tx.manager.getRepository(OutboxJob).update(claim, changes);
      return result.affected === 1;
    });
    if (!written) {
      // Our lease expired and another worker claimed the job: its outcome is the one that counts.
      console.warn(`[outbox] ${job.kind} #${job.id} attempt ${job.attempts}: lease lost, result dropped`);
      return;
    }
    Object.assign(job, changes);
    if (!hook) return;
    try {
      await hook(job);
    } catch (err) {
      console.warn(`[outbox] ${job.kind} #${job.id} attempt ${job.attempts}: hook failed:`, safeErrorMessage(err));
    }
  }

  /** Long handlers keep their claim: the lease is pushed forward while the handler runs. */
  private async renewLease(job: OutboxJob): Promise<void> {
    try {
      const leaseUntil = new Date(this.now().getTime() + this.leaseMs);
      await inTransaction(this.db, (tx) =>
        tx.manager
          .getRepository(OutboxJob)
          .update({ id: job.id, state: OutboxState.RUNNING, attempts: job.attempts }, { nextAttemptAt: leaseUntil }),
      );
    } catch (err) {
      console.warn(`[outbox] ${job.kind} #${job.id} attempt ${job.attempts}: lease renewal failed:`, safeErrorMessage(err));
    }
  }

  /** Due jobs nobody here can run stay PENDING (another process may know them); say so once per kind. */
  private async warnUnknownKinds(): Promise<void> {
    const now = this.now();
    if (this.lastUnknownKindCheck !== null && now.getTime() - this.lastUnknownKindCheck < UNKNOWN_KIND_CHECK_MS) return;
    this.lastUnknownKindCheck = now.getTime();
    const known = [...this.registrations.keys()];
    const query = this.db.dataSource
      .getRepository(OutboxJob)
      .createQueryBuilder("job")
      .select("DISTINCT job.kind", "kind")
      .where("job.state = :state", { state: OutboxState.PENDING })
      .andWhere("job.nextAttemptAt <= :now", { now });
    if (known.length > 0) query.andWhere("job.kind NOT IN (:...known)", { known });
    const rows = await query.getRawMany<{ kind: string }>();
    for (const { kind } of rows) {
      if (this.warnedKinds.has(kind)) continue;
      this.warnedKinds.add(kind);
      console.warn(`[outbox] no handler for kind ${kind}: its jobs stay PENDING`);
    }
  }
}
