import { IsNull, Not } from "typeorm";
import type { Database } from "../db/data-source";
import { isDatabaseUnavailable } from "../graphql/errors";
import { MarketplaceAccount } from "../marketplace/marketplace-account.entity";
import { isDue, type SyncService } from "./sync.service";

/** Looks every `tickMs` for accounts whose interval has passed; the sync lock keeps runs single. */
export class SyncScheduler {
  private timer: NodeJS.Timeout | null = null;
  private databaseDown = false;
  private ticking = false;

  constructor(
    private readonly db: Database,
    private readonly sync: SyncService,
    private readonly tickMs = 60_000,
  ) {}

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      // A tick still waiting on a slow database is not stacked with more (each holds a connection).
      if (this.ticking) return;
      this.ticking = true;
      void this.tick()
        .then(
          () => {
            if (this.databaseDown) console.warn("[sync] scheduler: database available again");
            this.databaseDown = false;
          },
          (err: unknown) => {
            // An outage fails every tick: say so once and keep ticking.
            if (!isDatabaseUnavailable(err)) console.error(`[sync] scheduler: ${err instanceof Error ? err.message : String(err)}`);
            else if (!this.databaseDown) console.warn("[sync] scheduler: database unavailable; retrying on the next tick");
            this.databaseDown = isDatabaseUnavailable(err) || this.databaseDown;
          },
        )
        .finally(() => {
          this.ticking = false;
        });
    }, this.tickMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Starts the due runs; returns how many this process started. */
  async tick(now = new Date()): Promise<number> {
    const accounts = await this.db.dataSource
      .getRepository(MarketplaceAccount)
      .findBy({ syncIntervalMinutes: Not(IsNull()) });
    let started = 0;
    for (const account of accounts) {
      if (!isDue(account, now)) continue;
      if (await this.sync.start(account.id, "schedule", { scheduled: true })) started++;
    }
    return started;
  }
}
