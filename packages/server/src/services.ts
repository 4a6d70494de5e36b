import { AuthService } from "./auth/auth.service";
import { CatalogService } from "./catalog/catalog.service";
import { SalesOrderService } from "./catalog/sales-order.service";
import type { Database } from "./db/data-source";
import { FileLinks } from "./evidence/file-links";
import { LocalDiskStorage, type FileStorage } from "./evidence/storage";
import type { AppPubSub } from "./graphql/pubsub";
import { OrderQueries } from "./orders/order-query";
import { OrderService } from "./orders/order.service";
import { MarketplaceGateways, type MarketplaceClientTuning } from "./marketplace/marketplace-gateways";
import { AccountsService } from "./sync/accounts.service";
import { EvidenceService } from "./evidence/evidence.service";
import { UploadService } from "./evidence/upload.service";
import { InvoiceService } from "./invoicing/invoice.service";
import { Outbox } from "./outbox/outbox.service";
import { EvidenceSubmissionService } from "./evidence/evidence-submission.service";
import { ShippingService } from "./shipping/shipping.service";
import type { DatabaseConfig } from "./config";
import { ImportThread } from "./sync/import-thread";
import { OrderImport, type PageWriter } from "./sync/order-import";
import { createSyncLock } from "./sync/sync-lock";
import { SyncService } from "./sync/sync.service";
import type { WriteBatching } from "./sync/write-batches";

/** Every service, wired once at start-up and handed to resolvers through the context. */
export interface Services {
  db: Database;
  pubsub: AppPubSub;
  auth: AuthService;
  orders: OrderService;
  orderQueries: OrderQueries;
  catalog: CatalogService;
  salesOrders: SalesOrderService;
  storage: FileStorage;
  fileLinks: FileLinks;
  gateways: MarketplaceGateways;
  sync: SyncService;
  /** Where the sync's writes run: an OrderImport here or an ImportThread; closed with the server. */
  syncWriter: PageWriter;
  accounts: AccountsService;
  outbox: Outbox;
  invoices: InvoiceService;
  uploads: UploadService;
  evidence: EvidenceService;
  shipping: ShippingService;
  submissions: EvidenceSubmissionService;
}

export function createServices(opts: {
  db: Database;
  pubsub: AppPubSub;
  secret: string;
  filesDir: string;
  marketplaceClient?: MarketplaceClientTuning;
  outbox?: ConstructorParameters<typeof Outbox>[1];
  /** How a sync groups marketplace pages into write transactions. */
  syncBatching?: WriteBatching;
  /** MySQL only: the sync writes in a thread of its own, at low CPU priority (sync/import-thread.ts). */
  syncWriteThread?: Extract<DatabaseConfig, { engine: "mysql" }>;
}): Services {
  const { db, pubsub } = opts;
  const orders = new OrderService(db, pubsub);
  const salesOrders = new SalesOrderService(db, orders);
  const gateways = new MarketplaceGateways(opts.marketplaceClient);
  const storage = new LocalDiskStorage(opts.filesDir);
  const outbox = new Outbox(db, opts.outbox);
  const writer: PageWriter = opts.syncWriteThread
    ? new ImportThread({ database: opts.syncWriteThread, flavor: db.dataSource.options.type === "mariadb" ? "mariadb" : "mysql" }, pubsub)
    : new OrderImport(db, orders, salesOrders);
  const sync = new SyncService(db, gateways, writer, createSyncLock(db), pubsub, opts.syncBatching);
  return {
    db,
    pubsub,
    auth: new AuthService(db, opts.secret),
    orders,
    orderQueries: new OrderQueries(db),
    catalog: new CatalogService(db),
    salesOrders,
    storage,
    fileLinks: new FileLinks(opts.secret),
    gateways,
    sync,
    syncWriter: writer,
    accounts: new AccountsService(db, sync),
    outbox,
    invoices: new InvoiceService(db, orders, storage),
    uploads: new UploadService(db, storage),
    evidence: new EvidenceService(db, orders),
    shipping: new ShippingService(db, orders, gateways, outbox, storage),
    submissions: new EvidenceSubmissionService(db, orders, gateways, outbox, storage),
  };
}
