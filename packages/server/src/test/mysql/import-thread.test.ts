/**
 * The sync's write thread (MySQL deployments), from the build as the server runs it: batches are
 * written on the thread's own connection, status-change events come back to the server's pub/sub,
 * a failed batch fails alone, a thread that dies fails what it held and is started again, and
 * the thread runs at the lowest CPU priority.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DatabaseConfig } from "../../config";
import { ensureDefaultAccount } from "../../marketplace/marketplace-accounts";
import { OrderEvent } from "../../orders/order-event.entity";
import { OrderItem } from "../../orders/order-item.entity";
import { Order } from "../../orders/order.entity";
import { ImportThread } from "../../sync/import-thread";
import { startTestServer, type TestServer } from "../harness";
import { marketplaceOrder } from "../marketplace-orders";

const SCRIPT = path.resolve(__dirname, "../../../dist/sync/import-worker.js");

/** Nice values of this process's threads (Linux: each thread has its own). */
function threadNiceValues(): number[] {
  const tasks = fs.readdirSync(`/proc/${process.pid}/task`);
  return tasks.flatMap((tid) => {
    try {
      const stat = fs.readFileSync(`/proc/${process.pid}/task/${tid}/stat`, "utf8");
      // Fields after the command (in parentheses); nice is field 19 of stat, the 17th after it.
      return [Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16])];
    } catch {
      return []; // the thread ended meanwhile
    }
  });
}

describe("the sync's write thread (MariaDB)", () => {
  let t: TestServer;
  let thread: ImportThread;
  let accountId: number;
  let database: Extract<DatabaseConfig, { engine: "mysql" }>;

  beforeAll(async () => {
    if (!fs.existsSync(SCRIPT)) throw new Error("dist/sync/import-worker.js is missing: build the server first (pnpm test does)");
    t = await startTestServer();
    if (t.database.engine !== "mysql") throw new Error("this suite needs TEST_DATABASE_URL");
    database = t.database;
    accountId = (await ensureDefaultAccount(t.server.db, true)).id;
    thread = new ImportThread({ database, flavor: "mariadb" }, t.server.services.pubsub, SCRIPT);
  });
  afterAll(async () => {
    await thread.close();
    await t.close();
  });

  it("writes batches on its own connection and publishes their status changes here, at the lowest priority", async () => {
    // The first two status changes published on this process's pub/sub.
    const events = t.server.services.pubsub.subscribe("ORDER_STATUS_CHANGED")[Symbol.asyncIterator]();
    const heard = (async () => {
      const changes: { orderId: number; to: string }[] = [];
      while (changes.length < 2) {
        const next = await events.next();
        if (next.done) break;
        changes.push({ orderId: next.value.orderId, to: next.value.to });
      }
      await events.return?.();
      return changes;
    })();
    const nicesBefore = threadNiceValues();
    const page = [marketplaceOrder("9100", "PENDING"), marketplaceOrder("9101", "SHIPPED"), marketplaceOrder("9102", "DELIVERED")];

    expect(await thread.writePage(accountId, page)).toEqual({ created: 3, updated: 0 });
    expect(await thread.writePage(accountId, page)).toEqual({ created: 0, updated: 0 });

    const repo = t.server.db.dataSource.getRepository(Order);
    const stored = await Promise.all(page.map((o) => repo.findOneByOrFail({ accountId, marketplaceOrderId: o.marketplaceOrderId })));
    expect(stored.map((o) => o.status)).toEqual(["PENDING", "SHIPPED", "DELIVERED"]);
    expect(await t.server.db.dataSource.getRepository(OrderItem).countBy({ orderId: stored[1].id })).toBe(1);
    const history = await t.server.db.dataSource.getRepository(OrderEvent).find({ where: { orderId: stored[2].id }, order: { id: "ASC" } });
    expect(history.map((h) => h.action)).toEqual(["imported", "marketplaceDelivered"]);

    // Published after commit in the thread, heard here.
    expect(await heard).toEqual([
      { orderId: stored[1].id, to: "SHIPPED" },
      { orderId: stored[2].id, to: "DELIVERED" },
    ]);

    // One more thread than before, and it runs at nice 19.
    const nicesAfter = threadNiceValues();
    expect(nicesAfter.filter((n) => n === 19).length).toBe(nicesBefore.filter((n) => n === 19).length + 1);
  });

  it("fails a batch the database refuses, and goes on with the next", async () => {
    await expect(thread.writePage(999_999, [marketplaceOrder("9200")])).rejects.toThrow(/foreign key/i);
    expect(await thread.writePage(accountId, [marketplaceOrder("9201")])).toEqual({ created: 1, updated: 0 });
    expect(await t.server.db.dataSource.getRepository(Order).countBy({ marketplaceOrderId: "9200" })).toBe(0);
  });

  it("fails the batch a dying thread held, and starts a new thread for the next", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "import-thread-"));
    const starts = path.join(dir, "starts");
    const script = path.join(dir, "dies.js");
    // Starts like the real thread, then dies on its first batch.
    fs.writeFileSync(
      script,
      `const { parentPort } = require("node:worker_threads");
       require("node:fs").appendFileSync(${JSON.stringify(starts)}, "x");
       parentPort.on("message", () => process.exit(3));
       parentPort.postMessage({ kind: "ready" });`,
    );
    const dying = new ImportThread({ database, flavor: "mariadb" }, t.server.services.pubsub, script);
    try {
      await expect(dying.writePage(accountId, [marketplaceOrder("9300")])).rejects.toThrow("the sync's write thread ended (code 3)");
      await expect(dying.writePage(accountId, [marketplaceOrder("9300")])).rejects.toThrow("ended (code 3)");
      expect(fs.readFileSync(starts, "utf8")).toBe("xx");

      // One that dies before it is ready fails the batch waiting for it as well.
      const early = path.join(dir, "dies-early.js");
      fs.writeFileSync(early, "process.exit(4);");
      const stillborn = new ImportThread({ database, flavor: "mariadb" }, t.server.services.pubsub, early);
      await expect(stillborn.writePage(accountId, [marketplaceOrder("9301")])).rejects.toThrow("ended (code 4)");
      await stillborn.close();
    } finally {
      await dying.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
