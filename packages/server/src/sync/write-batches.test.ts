import { inWriteBatches, type ReadPage, type WriteBatch } from "./write-batches";

async function* pagesOf(sizes: number[], clock?: { t: number; step: number }, known = false): AsyncGenerator<ReadPage<number>> {
  let next = 0;
  for (let i = 0; i < sizes.length; i++) {
    if (clock) clock.t += clock.step;
    const upcoming = known ? sizes.slice(i + 1).reduce((sum, size) => sum + size, 0) : null;
    yield { items: Array.from({ length: sizes[i] }, () => next++), upcoming };
  }
}

async function collect<T>(batches: AsyncIterable<WriteBatch<T>>): Promise<WriteBatch<T>[]> {
  const out: WriteBatch<T>[] = [];
  for await (const b of batches) out.push(b);
  return out;
}

describe("inWriteBatches", () => {
  it("hands on the pages read before a read fails as a last batch, then the failure", async () => {
    async function* failing(): AsyncGenerator<ReadPage<number>> {
      yield { items: [1, 2], upcoming: null };
      yield { items: [3], upcoming: null };
      throw new Error("la lista falló");
    }
    const seen: WriteBatch<number>[] = [];
    const outcome = await (async () => {
      for await (const b of inWriteBatches(failing(), { maxOrders: 100, maxWaitMs: 60_000 }, () => 0)) seen.push(b);
    })().then(
      () => null,
      (err: unknown) => err,
    );
    expect(seen).toEqual([{ items: [1, 2, 3], pages: 2 }]);
    expect(String(outcome)).toMatch(/la lista falló/);
  });

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

  it("shrinks the batches towards the end when the source tells how many orders are still to come", async () => {
    const sizes = Array.from({ length: 20 }, () => 50);
    const batches = await collect(inWriteBatches(pagesOf(sizes, undefined, true), { maxOrders: 400, maxWaitMs: 60_000 }, () => 0));
    // 400 while more than that is to come, then each batch as large as what is left after it: the last holds one page.
    expect(batches.map((b) => b.items.length)).toEqual([400, 300, 150, 100, 50]);
    expect(batches.flatMap((b) => b.items)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    // Without that count the last batch holds whatever is left.
    const blind = await collect(inWriteBatches(pagesOf(sizes), { maxOrders: 400, maxWaitMs: 60_000 }, () => 0));
    expect(blind.map((b) => b.items.length)).toEqual([400, 400, 200]);
  });

  it("yields batches of empty pages too (they count for progress) and nothing for no pages", async () => {
    expect((await collect(inWriteBatches(pagesOf([0, 0]), { maxOrders: 10, maxWaitMs: 1000 }, () => 0))).map((b) => b.pages)).toEqual([2]);
    expect(await collect(inWriteBatches(pagesOf([]), { maxOrders: 10, maxWaitMs: 1000 }, () => 0))).toEqual([]);
  });
});
