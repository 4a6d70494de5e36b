import type { Database } from "../db/data-source";
import { AppError, badInput, notFound } from "../graphql/errors";
import { MarketplaceAccount } from "../marketplace/marketplace-account.entity";
import type { SyncRun } from "./sync-run.entity";
import type { SyncService } from "./sync.service";

export const SYNC_INTERVALS = [30, 60, 90, 120] as const;

/** Marketplace accounts: listing, their sync interval, and manual syncs. */
export class AccountsService {
  constructor(
    private readonly db: Database,
    private readonly sync: SyncService,
  ) {}

  list(): Promise<MarketplaceAccount[]> {
    return this.db.dataSource.getRepository(MarketplaceAccount).find({ order: { id: "ASC" } });
  }

  private async find(accountId: number | null): Promise<MarketplaceAccount> {
    const repo = this.db.dataSource.getRepository(MarketplaceAccount);
    const account =
      accountId === null ? (await repo.find({ order: { id: "ASC" }, take: 1 }))[0] : await repo.findOneBy({ id: accountId });
    if (!account) throw notFound("La cuenta de marketplace");
    return account;
  }

  async syncNow(accountId: number | null, requestedBy: string): Promise<SyncRun> {
    const account = await this.find(accountId);
    const run = await this.sync.start(account.id, requestedBy);
    if (!run) throw new AppError("CONFLICT", "Otra sincronización de esta cuenta está terminando; inténtalo en unos segundos.");
    return run;
  }

  async setSyncInterval(accountId: number, minutes: number | null): Promise<MarketplaceAccount> {
    if (minutes !== null && !(SYNC_INTERVALS as readonly number[]).includes(minutes)) {
      throw badInput("El intervalo debe ser 30, 60, 90 o 120 minutos, o ninguno.", "minutes");
    }
    const account = await this.find(accountId);
    account.syncIntervalMinutes = minutes;
    return this.db.dataSource.getRepository(MarketplaceAccount).save(account);
  }
}
