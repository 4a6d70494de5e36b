import { overlapped } from "./overlapped";

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe("overlapped reads and writes", () => {
  it("reads the next item while writing the previous one, one write at a time, in order", async () => {
    const log: string[] = [];
    const readStarted = [1, 2, 3, 4].map(() => deferred());
    async function* source() {
      for (let i = 1; i <= 3; i++) {
        log.push(`read ${i}`);
        readStarted[i].resolve();
        await Promise.resolve();
        yield i;
      }
    }
    await overlapped(source(), async (i) => {
      log.push(`write ${i} start`);
      // Without overlap this write would wait forever: it ends only once the next read has begun.
      if (i < 3) await readStarted[i + 1].promise;
      log.push(`write ${i} end`);
    });
    expect(log).toEqual(["read 1", "write 1 start", "read 2", "write 1 end", "write 2 start", "read 3", "write 2 end", "write 3 start", "write 3 end"]);
  });

  it("stops at a failed write: nothing after it is written and the source is closed", async () => {
    const written: number[] = [];
    let closed = false;
    async function* source() {
      try {
        for (let i = 1; i <= 5; i++) yield i;
      } finally {
        closed = true;
      }
    }
    const run = overlapped(source(), async (i) => {
      if (i === 2) throw new Error("write 2 failed");
      written.push(i);
    });
    await expect(run).rejects.toThrow("write 2 failed");
    expect(written).toEqual([1]);
    expect(closed).toBe(true);
  });

  it("lets the write in progress finish before a failed read ends the run", async () => {
    const gate = deferred();
    let firstWritten = false;
    async function* source() {
      yield 1;
      await Promise.resolve();
      throw new Error("read 2 failed");
    }
    const run = overlapped(source(), async () => {
      await gate.promise;
      firstWritten = true;
    });
    const outcome = run.then(
      () => "resolved",
      (err: Error) => `${err.message}; first written: ${firstWritten}`,
    );
    await new Promise((r) => setImmediate(r));
    gate.resolve();
    expect(await outcome).toBe("read 2 failed; first written: true");
  });
});
