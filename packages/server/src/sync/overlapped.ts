/**
 * A two-stage pipeline: reads the next item from `source` while the previous one is being
 * written, so the reads (marketplace round trips) hide the writes. At most two items are in
 * flight, one read and one written; writes run one at a time, in order.
 *
 * It returns once the last write has finished. When a read fails, the write in progress still
 * finishes (each write is whole) before the read's error is thrown; when a write fails, no
 * further item is written and its error is thrown once the read in progress settles.
 */
export async function overlapped<T>(source: AsyncIterable<T>, write: (item: T) => Promise<void>): Promise<void> {
  const items = source[Symbol.asyncIterator]();
  let writing: Promise<void> | null = null;
  try {
    for (;;) {
      const next = await items.next();
      if (writing) await writing;
      writing = null;
      if (next.done) return;
      writing = write(next.value);
      // Awaited on the next turn or in `finally`; until then a failure must not count as unhandled.
      writing.catch(() => undefined);
    }
  } finally {
    if (writing) await writing.catch(() => undefined);
    await items.return?.();
  }
}
