/**
 * Order sync: pages through the marketplace's pending, shipped and delivered lists, imports the
 * orders it does not have, moves the ones whose status went forward, and looks up local open
 * orders that left every list (cancellations). Lists are read whole on every run, so a late
 * change is caught whenever it happened; details are read only for new or changed orders. Pages
 * are written in batches, one transaction each (see write-batches.ts), while the next batch is
 * read from the marketplace.
 */
import { LessThan } from "typeorm";
import type { Database } from "../db/data-source";
import { toSyncRunEvent, type AppPubSub } from "../graphql/pubsub";
import { MarketplaceAccount } from "../marketplace/marketplace-account.entity";
import type { MarketplaceGateways } from "../marketplace/marketplace-gateways";
import {
  MarketplaceRejectedError,
  MarketplaceUnavailableError,
  type MarketplaceGateway,
  type MarketplaceListStatus,
  type MarketplaceOrder,
  type MarketplaceOrderPage,
} from "../marketplace/marketplace.port";
import { OrderStatus, statusRank } from "../orders/order-status";
import { Order } from "../orders/order.entity";
import { storedOrders } from "../orders/stored-orders";
import type { PageWriter } from "./order-import";
import { overlapped } from "./overlapped";
import type { SyncLock } from "./sync-lock";
import { SyncRun, SyncRunState } from "./sync-run.entity";
import { DEFAULT_WRITE_BATCHING, inWriteBatches, type ReadPage, type WriteBatching } from "./write-batches";

const LISTS: MarketplaceListStatus[] = ["PENDING", "SHIPPED", "DELIVERED"];
const MAX_PAGES = 5000;

export interface StartOptions {
  /** Scheduled runs start only when the account is due; a manual run always starts. */
  scheduled?: boolean;
}

interface RunCounters {
  seen: Set<string>;
  created: number;
  updated: number;
  unreadable: number;
  /** False when a list had more pages than a run reads: orders missing from the lists then prove nothing. */
  listsComplete: boolean;
  pagesDone: number;
  pagesKnown: Map<MarketplaceListStatus, number>;
  /** The ids of the account's open orders, asked for once the lists are read (see checkVanished). */
  openOrders: Promise<string[]> | null;
}

export class SyncService {
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(
    private readonly db: Database,
    private readonly gateways: MarketplaceGateways,
    private readonly importer: PageWriter,
    private readonly lock: SyncLock,
    private readonly pubsub: AppPubSub,
    private readonly batching: WriteBatching = DEFAULT_WRITE_BATCHING,
  ) {}

  /**
   * Starts a run in the background and returns it, or the run already in progress for the
   * account (also when another server process runs it). Null when a scheduled run is not due.
   */
  async start(accountId: number, trigger: string, options: StartOptions = {}): Promise<SyncRun | null> {
    const askedAt = new Date();
    const started = await this.begin(accountId, trigger, options);
    if (!started) return options.scheduled ? null : this.awaitHolderRun(accountId, askedAt);
    const work = this.execute(started.run, started.account)
      .finally(() => started.release())
      .catch((err: unknown) => {
        // Not even the run's outcome could be written (the database went away): the next run's
        // start marks it FAILED. Nobody awaits this promise, so it must not reject.
        console.error(`[sync] run ${started.run.id} could not be recorded: ${err instanceof Error ? err.message : String(err)}`);
      });
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
    return started.run;
  }

  /** Runs a sync to the end (tests, tools, first start). Null when another run holds the account. */
  async runToEnd(accountId: number, trigger: string): Promise<SyncRun | null> {
    const started = await this.begin(accountId, trigger, {});
    if (!started) return null;
    try {
      return await this.execute(started.run, started.account);
    } finally {
      await started.release();
    }
  }

  /** Waits for the runs this process started (graceful shutdown). */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
  }

  listRuns(first: number): Promise<SyncRun[]> {
    return this.db.dataSource.getRepository(SyncRun).find({ order: { startedAt: "DESC", id: "DESC" }, take: first });
  }

  /**
   * The run of whoever held the lock when we asked: still running, or finished since. Its holder
   * records it right after taking the lock, so the row may take a moment to appear.
   */
  private async awaitHolderRun(accountId: number, askedAt: Date): Promise<SyncRun | null> {
    const repo = this.db.dataSource.getRepository(SyncRun);
    for (let attempt = 0; attempt < 20; attempt++) {
      const run = await repo.findOne({ where: { accountId }, order: { id: "DESC" } });
      if (run && (run.state === SyncRunState.RUNNING || (run.finishedAt && run.finishedAt >= askedAt))) return run;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return null;
  }

  private async begin(accountId: number, trigger: string, options: StartOptions) {
    const release = await this.lock.tryAcquire(accountId);
    if (!release) return null;
    try {
      const repo = this.db.dataSource.getRepository(MarketplaceAccount);
      const account = await repo.findOneBy({ id: accountId });
      if (!account) throw new Error(`account ${accountId} does not exist`);
      const now = new Date();
      // Checked again under the lock: another process may have just run it.
      if (options.scheduled && !isDue(account, now)) {
        await release();
        return null;
      }
      const runs = this.db.dataSource.getRepository(SyncRun);
      // Runs left RUNNING by a process that died: nobody holds their lock any more.
      await runs.update(
        { accountId, state: SyncRunState.RUNNING, startedAt: LessThan(now) },
        { state: SyncRunState.FAILED, finishedAt: now, error: "Interrumpida: el servidor se detuvo durante la sincronización." },
      );
      await repo.update(account.id, { lastSyncAt: now });
      const run = await runs.save(
        runs.create({
          accountId,
          state: SyncRunState.RUNNING,
          startedAt: now,
          finishedAt: null,
          trigger: trigger.slice(0, 200),
          ordersSeen: 0,
          ordersCreated: 0,
          ordersUpdated: 0,
          progress: 0,
          error: null,
        }),
      );
      this.publish(run);
      return { run, account, release };
    } catch (err) {
      await release();
      throw err;
    }
  }

  private async execute(run: SyncRun, account: MarketplaceAccount): Promise<SyncRun> {
    const counters: RunCounters = {
      seen: new Set(),
      created: 0,
      updated: 0,
      unreadable: 0,
      listsComplete: true,
      pagesDone: 0,
      pagesKnown: new Map(),
      openOrders: null,
    };
    try {
      const gateway = this.gateways.for(account.id);
      await this.readLists(run, account, gateway, counters);
      if (counters.listsComplete) await this.checkVanished(account, gateway, counters);
      run.state = SyncRunState.SUCCEEDED;
      run.error =
        counters.unreadable > 0
          ? `${counters.unreadable} pedidos no se pudieron leer de Claro Shop; se reintentarán en la próxima sincronización.`
          : null;
    } catch (err) {
      run.state = SyncRunState.FAILED;
      // Staff see the marketplace's own words or a plain message; internals stay in the server log.
      if (err instanceof MarketplaceUnavailableError) {
        run.error = "Claro Shop no responde; lo ya importado se conserva y la próxima sincronización continúa.";
      } else if (err instanceof MarketplaceRejectedError) {
        run.error = `Claro Shop rechazó la consulta: ${err.message}`.slice(0, 1000);
      } else {
        run.error = "Error interno durante la sincronización; lo ya importado se conserva.";
        console.error(`[sync] run ${run.id} failed: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    run.finishedAt = new Date();
    this.count(run, counters, run.state === SyncRunState.SUCCEEDED ? 1 : run.progress);
    await this.record(run);
    this.publish(run);
    return run;
  }

  /**
   * Every list page by page, each batch's reads overlapping the previous batch's write: the list,
   * then the details of the orders that are new or whose list ranks higher than their status.
   */
  private async readLists(run: SyncRun, account: MarketplaceAccount, gateway: MarketplaceGateway, counters: RunCounters): Promise<void> {
    await overlapped(inWriteBatches(this.listedOrders(account, gateway, counters), this.batching), async (batch) => {
      await this.store(account, batch.items, counters);
      counters.pagesDone += batch.pages;
      this.count(run, counters);
      await this.record(run);
      this.publish(run);
    });
  }

  private async *listedOrders(account: MarketplaceAccount, gateway: MarketplaceGateway, counters: RunCounters): AsyncGenerator<ReadPage<MarketplaceOrder>> {
    // The next list page (after a list's last page, the next list's first) and the check of
    // which of its orders to read are fetched while the current page's details are read, so no
    // round trip of a list waits alone. The lists are still read one after the other, in the
    // order orders move through them.
    let next = this.listPage(account, gateway, LISTS[0], 1, counters);
    // The page whose details are being read. It is handed on once the next page's details are
    // asked for too, so requests stay in flight across pages instead of draining at each page's end.
    let reading: Promise<ReadPage<MarketplaceOrder>> | null = null;
    for (const [i, list] of LISTS.entries()) {
      const last = i === LISTS.length - 1;
      let listed = 0;
      for (let page = 1; page <= MAX_PAGES; page++) {
        let listPage: Awaited<typeof next>;
        try {
          listPage = await next;
        } catch (err) {
          // What was read before the failed list page is still written.
          if (reading) yield await reading;
          throw err;
        }
        const { result, fresh, wanted } = listPage;
        listed += fresh;
        const more = result.hasMore && result.ids.length > 0 && page < MAX_PAGES;
        if (!more && result.hasMore && result.ids.length > 0) counters.listsComplete = false;
        if (!more && last && counters.listsComplete) {
          // Every list is read: the open orders none of them showed can be looked up while the
          // last page's details are read and written (those orders are all listed, so not among them).
          counters.openOrders = this.openOrders(account);
          counters.openOrders.catch(() => undefined); // awaited by checkVanished
        }
        if (more || !last) {
          next = more ? this.listPage(account, gateway, list, page + 1, counters) : this.listPage(account, gateway, LISTS[i + 1], 1, counters);
          // Awaited on the next turn; a failure meanwhile must not count as unhandled.
          next.catch(() => undefined);
        }
        const upcoming = upcomingAfter(result, page, listed, last, more);
        const details = this.readDetails(gateway, wanted, counters).then((items) => ({ items, upcoming }));
        // Awaited a turn later, as `next` is: a failure meanwhile must not count as unhandled.
        details.catch(() => undefined);
        if (reading) yield await reading;
        reading = details;
        if (!more) break;
      }
    }
    if (reading) yield await reading;
  }

  /** One list page and the ids on it worth reading in detail (each id once a run). */
  private async listPage(
    account: MarketplaceAccount,
    gateway: MarketplaceGateway,
    list: MarketplaceListStatus,
    page: number,
    counters: RunCounters,
  ): Promise<{ result: MarketplaceOrderPage; fresh: number; wanted: string[] }> {
    const result = await gateway.listOrderIds(list, page);
    counters.pagesKnown.set(list, Math.max(result.totalPages ?? page + (result.hasMore ? 1 : 0), page));
    // Rows repeat across pages (and lines repeat within them): each order is handled once a run.
    const ids = result.ids.filter((id) => !counters.seen.has(id));
    ids.forEach((id) => counters.seen.add(id));
    return { result, fresh: ids.length, wanted: await this.worthReading(account, list as OrderStatus, ids) };
  }

  /**
   * The listed ids to read in detail: unknown ones, and known ones this list ranks higher. Every
   * id of a run is listed once, so no write still in progress concerns these.
   */
  private async worthReading(account: MarketplaceAccount, listed: OrderStatus, ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const local = await storedOrders(this.db.dataSource.manager, account.id, ids);
    const statusOf = new Map(local.map((o) => [o.marketplaceOrderId, o.status]));
    return ids.filter((id) => {
      const status = statusOf.get(id);
      return status === undefined || statusRank(listed) > statusRank(status);
    });
  }

  /** Open local orders that no list shows any more: their detail says what became of them. */
  private async checkVanished(account: MarketplaceAccount, gateway: MarketplaceGateway, counters: RunCounters): Promise<void> {
    const open = await (counters.openOrders ?? this.openOrders(account));
    const vanished = open.filter((id) => !counters.seen.has(id));
    await overlapped(inWriteBatches(this.detailsInBatches(gateway, vanished, counters), this.batching), (batch) =>
      this.store(account, batch.items, counters),
    );
  }

  /** The marketplace ids of the account's PENDING and SHIPPED orders. */
  private async openOrders(account: MarketplaceAccount): Promise<string[]> {
    // Plain rows, not entities: after a first sync these are most of the orders.
    const rows: { marketplaceOrderId: string }[] = await this.db.dataSource
      .getRepository(Order)
      .createQueryBuilder("o")
      .select("o.marketplaceOrderId", "marketplaceOrderId")
      .where("o.accountId = :accountId AND o.status IN (:...statuses)", { accountId: account.id, statuses: [OrderStatus.PENDING, OrderStatus.SHIPPED] })
      .getRawMany();
    return rows.map((row) => row.marketplaceOrderId);
  }

  private async *detailsInBatches(gateway: MarketplaceGateway, ids: string[], counters: RunCounters): AsyncGenerator<ReadPage<MarketplaceOrder>> {
    for (let i = 0; i < ids.length; i += 50) {
      yield { items: await this.readDetails(gateway, ids.slice(i, i + 50), counters), upcoming: Math.max(0, ids.length - (i + 50)) };
    }
  }

  private async store(account: MarketplaceAccount, details: MarketplaceOrder[], counters: RunCounters): Promise<void> {
    const result = await this.importer.writePage(account.id, details);
    counters.created += result.created;
    counters.updated += result.updated;
  }

  /** Details in parallel (the client limits requests in flight); an unreadable one waits for the next run. */
  private async readDetails(gateway: MarketplaceGateway, ids: string[], counters: RunCounters): Promise<MarketplaceOrder[]> {
    const results = await Promise.allSettled(ids.map((id) => gateway.getOrder(id)));
    const details: MarketplaceOrder[] = [];
    for (const result of results) {
      // A dead marketplace fails fast through the client's breaker and then fails the list read.
      if (result.status === "fulfilled") details.push(result.value);
      else counters.unreadable++;
    }
    return details;
  }

  private count(run: SyncRun, counters: RunCounters, progress?: number): void {
    run.ordersSeen = counters.seen.size;
    run.ordersCreated = counters.created;
    run.ordersUpdated = counters.updated;
    const known = LISTS.reduce((sum, list) => sum + (counters.pagesKnown.get(list) ?? 1), 0);
    run.progress = progress ?? Math.max(run.progress, Math.min(0.99, counters.pagesDone / known));
  }

  /** The run's progress and outcome, in one UPDATE (save() would read the row back first, in a transaction of its own). */
  private async record(run: SyncRun): Promise<void> {
    const { state, finishedAt, error, ordersSeen, ordersCreated, ordersUpdated, progress } = run;
    await this.db.dataSource.getRepository(SyncRun).update(run.id, { state, finishedAt, error, ordersSeen, ordersCreated, ordersUpdated, progress });
  }

  private publish(run: SyncRun): void {
    this.pubsub.publish("SYNC_PROGRESS", toSyncRunEvent(run));
  }
}

/**
 * At most how many orders a run still reads after a page of its last list, for its write
 * batching: the list's order count less the orders it listed so far (`listed`, this page's
 * included), or else a page as full as this one for each page left; null before the last list
 * and when the list tells neither. A counter of rows (lines) only makes the bound looser.
 */
export function upcomingAfter(result: MarketplaceOrderPage, page: number, listed: number, lastList: boolean, more: boolean): number | null {
  if (!lastList) return null;
  if (!more) return 0;
  if (result.totalOrders !== null) return Math.max(0, result.totalOrders - listed);
  return result.totalPages === null ? null : Math.max(0, result.totalPages - page) * result.ids.length;
}

export function isDue(account: MarketplaceAccount, now: Date): boolean {
  if (!account.syncIntervalMinutes) return false;
  if (!account.lastSyncAt) return true;
  return now.getTime() - account.lastSyncAt.getTime() >= account.syncIntervalMinutes * 60_000;
}
