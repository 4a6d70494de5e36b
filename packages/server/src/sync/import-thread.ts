/**
 * The sync's writes in a thread of their own (MySQL deployments): OrderImport runs there on its
 * own database connection at the lowest CPU priority, so a large import neither holds the event
 * loop that serves the API and reads the marketplace, nor takes the CPU from them; it gets what
 * they leave. The sync hands it each batch and waits for the batch's transaction, exactly as with
 * an OrderImport in this thread: one batch at a time, in order, each whole or not at all.
 *
 * Events the import publishes (status changes, after commit) come back, a batch's together in
 * one message, and are published here. A thread that dies fails the batches it held (the sync
 * run fails, what was committed stays) and is started again for the next batch.
 */
import fs from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { DatabaseConfig } from "../config";
import type { AppPubSub, PubSubTopics } from "../graphql/pubsub";
import type { MarketplaceOrder } from "../marketplace/marketplace.port";
import type { PageResult, PageWriter } from "./order-import";

/** What the thread is started with. */
export interface ImportThreadData {
  database: Extract<DatabaseConfig, { engine: "mysql" }>;
  flavor: "mysql" | "mariadb";
}

/** Messages to the thread. */
export type ToImportThread =
  | { kind: "write"; id: number; accountId: number; orders: MarketplaceOrder[] }
  | { kind: "close" };

/** Messages from the thread. */
export type FromImportThread =
  | { kind: "ready" }
  | { kind: "startFailed"; message: string }
  | { kind: "written"; id: number; result: PageResult }
  | { kind: "failed"; id: number; message: string }
  | { kind: "publish"; events: { topic: keyof PubSubTopics; payload: PubSubTopics[keyof PubSubTopics][0] }[] };

/** The thread's script, built next to this file (dist/sync/import-worker.js). */
export const IMPORT_WORKER_SCRIPT = path.join(__dirname, "import-worker.js");

interface Waiting {
  resolve: (result: PageResult) => void;
  reject: (err: Error) => void;
}

export class ImportThread implements PageWriter {
  private started: Promise<Worker> | null = null;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;

  constructor(
    private readonly data: ImportThreadData,
    private readonly pubsub: AppPubSub,
    private readonly script: string = IMPORT_WORKER_SCRIPT,
  ) {
    if (!fs.existsSync(script)) throw new Error(`the sync's write thread needs the built server: ${path.basename(script)} is missing`);
  }

  async writePage(accountId: number, incoming: MarketplaceOrder[]): Promise<PageResult> {
    const worker = await this.start();
    // Copying a batch into the message takes a few ms of this thread: done on the next turn of
    // the event loop, after the sync has sent the reads this write overlaps.
    await new Promise((resolve) => setImmediate(resolve));
    const id = this.nextId++;
    return new Promise<PageResult>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ kind: "write", id, accountId, orders: incoming } satisfies ToImportThread);
    });
  }

  /** Lets the thread close its connections and end; ends it anyway after `graceMs`. */
  async close(graceMs = 5_000): Promise<void> {
    const started = this.started;
    this.started = null;
    const worker = started ? await started.catch(() => null) : null;
    if (!worker) return;
    const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
    worker.postMessage({ kind: "close" } satisfies ToImportThread);
    const timer = setTimeout(() => void worker.terminate(), graceMs);
    await exited;
    clearTimeout(timer);
  }

  private start(): Promise<Worker> {
    if (this.started) return this.started;
    const started = new Promise<Worker>((resolve, reject) => {
      const worker = new Worker(this.script, { workerData: this.data });
      // A thread waiting for work does not keep the process alive; close() ends it.
      worker.unref();
      worker.on("message", (message: FromImportThread) => {
        switch (message.kind) {
          case "ready":
            resolve(worker);
            break;
          case "startFailed":
            reject(new Error(`the sync's write thread could not start: ${message.message}`));
            break;
          case "written":
            this.settle(message.id)?.resolve(message.result);
            break;
          case "failed":
            this.settle(message.id)?.reject(new Error(message.message));
            break;
          case "publish":
            for (const { topic, payload } of message.events) (this.pubsub.publish as (topic: string, payload: unknown) => void)(topic, payload);
            break;
        }
      });
      // Gone before it was ready: the batch waiting for it fails too (reject is a no-op after ready).
      const gone = (err: Error) => {
        reject(err);
        this.stopped(started, err);
      };
      worker.on("error", gone);
      worker.on("exit", (code) => gone(new Error(`the sync's write thread ended (code ${code})`)));
    });
    this.started = started;
    started.catch(() => undefined); // reported to the caller that awaits it
    return started;
  }

  private settle(id: number): Waiting | undefined {
    const waiting = this.waiting.get(id);
    this.waiting.delete(id);
    return waiting;
  }

  /** The thread is gone: what it held fails, and the next batch starts a new one. */
  private stopped(which: Promise<Worker>, err: Error): void {
    if (this.started === which) this.started = null;
    for (const [id, waiting] of this.waiting) {
      this.waiting.delete(id);
      waiting.reject(err);
    }
  }
}
