/**
 * The sync's write thread (see import-thread.ts): an OrderImport on a connection of its own,
 * writing the batches it is sent one after the other, at the lowest CPU priority.
 */
import "reflect-metadata";
import os from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import { SalesOrderService } from "../catalog/sales-order.service";
import { createDataSource, type Database } from "../db/data-source";
import { QueryLog } from "../db/query-log";
import type { AppPubSub } from "../graphql/pubsub";
import { OrderService } from "../orders/order.service";
import type { FromImportThread, ImportThreadData, ToImportThread } from "./import-thread";
import { OrderImport } from "./order-import";

if (!parentPort) throw new Error("import-worker runs as the sync's write thread only");
const port = parentPort;
const send = (message: FromImportThread) => port.postMessage(message);

/** Linux gives each thread its own nice value: this lowers this thread's, never the server's. */
function lowerPriority(): void {
  if (process.platform !== "linux") return;
  try {
    os.setPriority(os.constants.priority.PRIORITY_LOW);
  } catch {
    // Not allowed here: the thread runs at normal priority, which is only slower for the API.
  }
}

type Published = Extract<FromImportThread, { kind: "publish" }>["events"][number];
let unsent: Published[] = [];
/**
 * Publishes through the main thread's pub/sub (the only one with subscribers and Redis). A batch
 * publishes its status changes together after its commit: they cross in one message, and the
 * main thread sends them to Redis in one write, not one each.
 */
const relay = {
  publish: (topic: Published["topic"], payload: Published["payload"]) => {
    if (unsent.length === 0) {
      queueMicrotask(() => {
        const events = unsent;
        unsent = [];
        send({ kind: "publish", events });
      });
    }
    unsent.push({ topic, payload });
  },
} as unknown as AppPubSub;

async function main(): Promise<void> {
  lowerPriority();
  const { database, flavor } = workerData as ImportThreadData;
  const queryLog = new QueryLog();
  const dataSource = createDataSource(database, queryLog, flavor, 2);
  try {
    await dataSource.initialize();
  } catch (err) {
    send({ kind: "startFailed", message: err instanceof Error ? err.message : String(err) });
    return;
  }
  const db: Database = { dataSource, engine: "mysql", queryLog };
  const orders = new OrderService(db, relay);
  const importer = new OrderImport(db, orders, new SalesOrderService(db, orders));
  // Batches arrive one at a time (the sync waits for each); a chain keeps them in order anyway.
  let queue: Promise<void> = Promise.resolve();
  port.on("message", (message: ToImportThread) => {
    if (message.kind === "close") {
      queue = queue.then(async () => {
        await dataSource.destroy();
        port.close();
      });
      return;
    }
    queue = queue.then(async () => {
      try {
        send({ kind: "written", id: message.id, result: await importer.writePage(message.accountId, message.orders) });
      } catch (err) {
        send({ kind: "failed", id: message.id, message: err instanceof Error ? err.message : String(err) });
      }
    });
  });
  send({ kind: "ready" });
}

void main();
