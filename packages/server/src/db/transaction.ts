import { Mutex } from "async-mutex";
import type { EntityManager } from "typeorm";
import type { Database } from "./data-source";

/** A transaction in progress, with work to run only once it has committed (events, wake-ups). */
export interface Tx {
  manager: EntityManager;
  afterCommit(fn: () => void): void;
}

// SQLite has one connection: concurrent transactions would nest as savepoints, so they take turns.
const sqliteLocks = new WeakMap<Database, Mutex>();

function lockFor(db: Database): Mutex | undefined {
  if (db.engine !== "sqlite") return undefined;
  let lock = sqliteLocks.get(db);
  if (!lock) {
    lock = new Mutex();
    sqliteLocks.set(db, lock);
  }
  return lock;
}

export async function inTransaction<T>(db: Database, work: (tx: Tx) => Promise<T>): Promise<T> {
  const callbacks: (() => void)[] = [];
  const run = () =>
    db.dataSource.transaction((manager) => work({ manager, afterCommit: (fn) => callbacks.push(fn) }));
  const lock = lockFor(db);
  const result = lock ? await lock.runExclusive(run) : await run();
  for (const fn of callbacks) {
    try {
      fn();
    } catch (err) {
      console.error("[tx] after-commit callback failed:", err instanceof Error ? err.message : err);
    }
  }
  return result;
}
