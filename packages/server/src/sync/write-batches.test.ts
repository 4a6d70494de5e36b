import { inWriteBatches, type WriteBatch } from "./write-batches";

async function* pagesOf(sizes: number[], clock?: { t: number; step: number }): AsyncGenerator<number[]> {
  let next = 0;
  for (const size of sizes) {
    if (clock) clock.t += clock.step;
    yield Array.from({ length: size }, () => next++);
  }
}

async function collect<T>(batches: AsyncIterable<WriteBatch<T>>): Promise<WriteBatch<T>[]> {
  const out: WriteBatch<T>[] = [];
  for await (const b of batches) out.push(b);
  return out;
}

describe("inWriteBatches", () => {
  it("closes a batch once it holds maxOrders orders, never splitting a page, and keeps every order in order", async () => {
    const batches = await collect(inWriteBatches(pagesOf([40, 40, 40, 0, 10, 40, 5]), { maxOrders: 100, maxWaitMs: 60_000 }, () => 0));
    expect(batches.map((b) => [b.items.length, b.pages])).toEqual([
      [120, 3],
      [55, 4],
    ]);
    expect(batches.flatMap((b) => b.items)).toEqual(Array.from({ length: 175 }, (_, i) => i));
  });

  it("closes a batch once maxWaitMs passed since its first page, however few orders it holds", async () => {
    const clock = { t: 0, step: 400 };
    const batches = await collect(inWriteBatches(pagesOf([5, 5, 5, 5, 5, 5, 5], clock), { maxOrders: 1000, maxWaitMs: 1000 }, () => clock.t));
    // Pages arrive every 400 ms: the page that arrives 1,200 ms after a batch's first one closes it.
    expect(batches.map((b) => b.pages)).toEqual([4, 3]);
  });

  it("yields batches of empty pages too (they count for progress) and nothing for no pages", async () => {
    expect((await collect(inWriteBatches(pagesOf([0, 0]), { maxOrders: 10, maxWaitMs: 1000 }, () => 0))).map((b) => b.pages)).toEqual([2]);
    expect(await collect(inWriteBatches(pagesOf([]), { maxOrders: 10, maxWaitMs: 1000 }, () => 0))).toEqual([]);
  });
});
