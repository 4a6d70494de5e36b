import type { Database } from "../db/data-source";
import { MarketplaceAccount } from "./marketplace-account.entity";

/** The account the configured (or sandbox) Claro Shop credentials belong to: the first one. */
export async function ensureDefaultAccount(db: Database, sandbox: boolean): Promise<MarketplaceAccount> {
  const repo = db.dataSource.getRepository(MarketplaceAccount);
  const existing = await repo.findOne({ where: { marketplace: "CLAROSHOP" }, order: { id: "ASC" } });
  if (existing) {
    if (existing.sandbox !== sandbox) {
      existing.sandbox = sandbox;
      existing.name = sandbox ? "Claro Shop (Sandbox)" : "Claro Shop";
      await repo.save(existing);
    }
    return existing;
  }
  return repo.save(
    repo.create({
      marketplace: "CLAROSHOP",
      name: sandbox ? "Claro Shop (Sandbox)" : "Claro Shop",
      sandbox,
      syncIntervalMinutes: 30,
      lastSyncAt: null,
      createdAt: new Date(),
    }),
  );
}
