/**
 * The parts of the built server (packages/server/dist, compiled without declarations) that the
 * benchmarks use. Kept to the members called here; the server's own types are the reference.
 */

declare module "@pedidos/server/dist/server.js" {
  import type { Database } from "@pedidos/server/dist/db/data-source.js";

  export type DatabaseConfig = { engine: "sqlite"; file: string } | { engine: "mysql"; url: string };

  export interface ServerConfig {
    port: number;
    dataDir: string;
    database: DatabaseConfig;
    redisUrl?: string;
    claroshop?: {
      legacy: { baseUrl: string; publicKey: string; privateKey: string };
      t1?: { baseUrl: string; tokenUrl: string; username: string; password: string; sellerId: string };
    };
    jwtSecret?: string;
    admin?: { email: string; password?: string };
    marketplaceSandbox?: boolean;
    clientDist?: string;
    corsOrigins?: string[];
    rateLimitPerMinute?: number;
  }

  export interface ServerOptions {
    marketplaceClient?: Record<string, number>;
    schedulerTickMs?: number | null;
    outboxPollMs?: number | null;
  }

  export interface MarketplaceOrderPage {
    ids: string[];
    hasMore: boolean;
    totalPages: number | null;
    totalOrders: number | null;
  }

  /** MarketplaceOrder of the server's marketplace port (normalized, cents, UTC dates). */
  export interface MarketplaceOrder {
    marketplaceOrderId: string;
    status: "PENDING" | "SHIPPED" | "DELIVERED" | "CANCELLED";
    marketplaceStatus: string;
    placedAt: Date;
    customerName: string;
    shippingAddress: Record<string, string | null>;
    totalCents: number;
    lines: { lineId: string; sku: string; title: string; quantity: number; unitPriceCents: number }[];
    shipment?: { type: "AUTOMATIC" | "MANUAL"; carrier: string; trackingNumber: string | null };
  }

  export interface MarketplaceGateway {
    listOrderIds(status: "PENDING" | "SHIPPED" | "DELIVERED", page: number): Promise<MarketplaceOrderPage>;
    getOrder(marketplaceOrderId: string): Promise<MarketplaceOrder>;
  }

  export interface OrderStatusChangedEvent {
    orderId: number;
    from: string | null;
    to: string;
    at: string;
  }

  export interface Services {
    db: Database;
    pubsub: { publish(topic: "ORDER_STATUS_CHANGED", event: OrderStatusChangedEvent): void };
    orders: unknown;
    salesOrders: unknown;
    gateways: { for(accountId: number): MarketplaceGateway };
    /** An ImportThread (MySQL: the sync's writes in a thread of their own) or an OrderImport. */
    syncWriter: object;
    sync: {
      runToEnd(
        accountId: number,
        trigger: string,
      ): Promise<{ state: string; ordersSeen: number; ordersCreated: number; ordersUpdated: number; error: string | null } | null>;
    };
  }

  export interface RunningServer {
    url: string;
    port: number;
    services: Services;
    db: Database;
    close(): Promise<void>;
  }

  export function startServer(config: ServerConfig, options?: ServerOptions): Promise<RunningServer>;
}

declare module "@pedidos/server/dist/db/data-source.js" {
  export interface QueryRunnerLike {
    connect(): Promise<unknown>;
    query(sql: string, params?: unknown[]): Promise<any>;
    release(): Promise<void>;
  }

  export interface DataSourceLike {
    query(sql: string, params?: unknown[]): Promise<any>;
    createQueryRunner(): QueryRunnerLike;
    transaction<T>(work: (manager: { query(sql: string, params?: unknown[]): Promise<any> }) => Promise<T>): Promise<T>;
    entityMetadatas: { tableName: string }[];
  }

  export interface Database {
    dataSource: DataSourceLike;
    engine: "sqlite" | "mysql";
    queryLog: { statements: number; watch(listener: (sql: string) => void): () => void };
  }
}

declare module "@pedidos/server/dist/db/scratch-mysql.js" {
  export function createScratchMysql(baseUrl?: string): Promise<{ url: string; name: string; drop(): Promise<void> }>;
}

declare module "@pedidos/server/dist/demo/demo-data.js" {
  import type { Database } from "@pedidos/server/dist/db/data-source.js";

  export type DemoStage = "pending" | "pendingIssue" | "shipped" | "invoiced" | "delivered" | "cancelled";

  export function ensureSandboxAccount(db: Database): Promise<{ id: number }>;
  export function seedCatalog(db: Database): Promise<unknown[]>;
  export function seedOrders(
    db: Database,
    accountId: number,
    options: { count: number; stage?: (i: number) => DemoStage; firstNumber?: number; now?: Date },
  ): Promise<number[]>;
}

declare module "@pedidos/server/dist/marketplace/claroshop/backoff.js" {
  import type { EventEmitter } from "node:events";
  export interface HttpAnswer {
    status: number;
    retryAfter: string | null;
    text: string;
  }
  export function undiciTransport(
    url: string,
    request: { method: "GET" | "POST"; headers: Record<string, string>; body?: string; signal: EventEmitter },
  ): Promise<HttpAnswer>;
}

declare module "@pedidos/server/dist/marketplace/claroshop/claroshop-client.js" {
  export const DEFAULT_MAX_CONCURRENT: number;
}

declare module "@pedidos/server/dist/sync/order-import.js" {
  import type { Database } from "@pedidos/server/dist/db/data-source.js";
  import type { MarketplaceOrder } from "@pedidos/server/dist/server.js";

  export class OrderImport {
    constructor(db: Database, orders: unknown, salesOrders: unknown);
    importNew(accountId: number, incoming: MarketplaceOrder[]): Promise<number>;
  }
}

declare module "@pedidos/server/dist/sync/import-thread.js" {
  /** The sync's writes in a thread of their own (MySQL deployments). */
  export class ImportThread {}
}

declare module "@pedidos/server/dist/sync/write-batches.js" {
  export interface WriteBatching {
    maxOrders: number;
    maxWaitMs: number;
  }
  export const DEFAULT_WRITE_BATCHING: WriteBatching;
  export interface ReadPage<T> {
    items: T[];
    upcoming: number | null;
  }
  export function inWriteBatches<T>(
    pages: AsyncIterable<ReadPage<T>>,
    batching: WriteBatching,
    now?: () => number,
  ): AsyncGenerator<{ items: T[]; pages: number }>;
}

declare module "@pedidos/server/dist/sync/sync-lock.js" {
  import type { Database } from "@pedidos/server/dist/db/data-source.js";

  export interface SyncLock {
    tryAcquire(accountId: number): Promise<(() => Promise<void>) | null>;
  }
  export function createSyncLock(db: Database): SyncLock;
}

declare module "@pedidos/server/dist/sync/sync.service.js" {
  import type { Database } from "@pedidos/server/dist/db/data-source.js";
  import type { MarketplaceOrder, MarketplaceOrderPage, Services } from "@pedidos/server/dist/server.js";
  import type { SyncLock } from "@pedidos/server/dist/sync/sync-lock.js";

  export class SyncService {
    constructor(
      db: Database,
      gateways: Services["gateways"],
      importer: { writePage(accountId: number, incoming: MarketplaceOrder[]): Promise<{ created: number; updated: number }> },
      lock: SyncLock,
      pubsub: Services["pubsub"],
    );
    runToEnd(accountId: number, trigger: string): Promise<{ state: string; ordersCreated: number; error: string | null } | null>;
  }
  /** At most how many orders a run still reads after this list page, for its write batching. */
  export function upcomingAfter(result: MarketplaceOrderPage, page: number, listed: number, lastList: boolean, more: boolean): number | null;
}
