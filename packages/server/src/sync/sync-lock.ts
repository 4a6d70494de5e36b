import type { QueryRunner } from "typeorm";
import type { Database } from "../db/data-source";

/** Releases a held lock. */
export type Release = () => Promise<void>;

/**
 * One sync per account at a time. On MySQL a named lock (GET_LOCK) held on a dedicated
 * connection: shared by every server process, and freed by the server itself when a process
 * dies, so a crash never blocks the next run. SQLite is one process's file: an in-process set.
 */
export interface SyncLock {
  tryAcquire(accountId: number): Promise<Release | null>;
}

export function createSyncLock(db: Database): SyncLock {
  return db.engine === "mysql" ? new MysqlNamedLock(db) : new InProcessLock();
}

class InProcessLock implements SyncLock {
  private readonly held = new Set<number>();

  async tryAcquire(accountId: number): Promise<Release | null> {
    if (this.held.has(accountId)) return null;
    this.held.add(accountId);
    return async () => {
      this.held.delete(accountId);
    };
  }
}

class MysqlNamedLock implements SyncLock {
  constructor(private readonly db: Database) {}

  async tryAcquire(accountId: number): Promise<Release | null> {
    const runner: QueryRunner = this.db.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [{ db }] = (await runner.query("SELECT DATABASE() AS db")) as { db: string }[];
      // Lock names are server-wide: include the database so separate databases never collide.
      const name = `sync:${db}:${accountId}`.slice(0, 64);
      const [{ got }] = (await runner.query("SELECT GET_LOCK(?, 0) AS got", [name])) as { got: number | string }[];
      if (Number(got) !== 1) {
        await runner.release();
        return null;
      }
      return async () => {
        try {
          await runner.query("SELECT RELEASE_LOCK(?)", [name]);
        } catch {
          // Its connection is gone (database restarted, network cut): the server freed the lock with it.
        } finally {
          await runner.release();
        }
      };
    } catch (err) {
      await runner.release();
      throw err;
    }
  }
}
