/**
 * Groups the pages a sync reads into write batches: each batch is written in one transaction, so
 * a sync of thousands of orders commits a handful of times instead of once per marketplace page
 * (each commit is a disk flush, and each page's statements carry their own round trips). A batch
 * closes once it holds `maxOrders` orders or `maxWaitMs` have passed since its first page, so
 * with a slow marketplace what was read still reaches the database (and the progress bar) often.
 *
 * When reading fails, the pages read before the failure make a last batch, then the failure is
 * passed on. The last batch is written after the last read, with nothing left to overlap it:
 * where the source can tell how many orders are still to come, a batch also closes once it holds
 * at least that many, so batches shrink towards the end and the last one holds about one page.
 */
export interface WriteBatching {
  /** Orders per transaction at most (a page is never split, so a batch may pass it by one page). */
  maxOrders: number;
  /** A batch is written once this long has passed since its first page arrived. */
  maxWaitMs: number;
}

/** Env SYNC_BATCH_ORDERS sets maxOrders. */
export const DEFAULT_WRITE_BATCHING: WriteBatching = { maxOrders: 1000, maxWaitMs: 2000 };

/** One page as read: its orders and, when the source can tell, at most how many are still to come after it. */
export interface ReadPage<T> {
  items: T[];
  upcoming: number | null;
}

export interface WriteBatch<T> {
  items: T[];
  /** Marketplace pages the batch holds (empty pages included: they count for progress). */
  pages: number;
}

export async function* inWriteBatches<T>(
  pages: AsyncIterable<ReadPage<T>>,
  batching: WriteBatching,
  now: () => number = () => performance.now(),
): AsyncGenerator<WriteBatch<T>> {
  let batch: WriteBatch<T> = { items: [], pages: 0 };
  let openedAt = 0;
  try {
    for await (const page of pages) {
      if (batch.pages === 0) openedAt = now();
      batch.items.push(...page.items);
      batch.pages++;
      const full = batch.items.length >= batching.maxOrders;
      // Written now, it overlaps the reads of the rest, which is no larger: the batches that follow shrink.
      const draining = page.upcoming !== null && batch.items.length > 0 && batch.items.length >= page.upcoming;
      if (full || draining || now() - openedAt >= batching.maxWaitMs) {
        yield batch;
        batch = { items: [], pages: 0 };
      }
    }
  } catch (err) {
    // A read failed: what was read before it is still written, then the failure goes on.
    if (batch.items.length > 0) yield batch;
    throw err;
  }
  if (batch.pages > 0) yield batch;
}
