import { ApiKey } from "../auth/api-key.entity";
import { User } from "../auth/user.entity";
import { Product } from "../catalog/product.entity";
import { SalesOrder } from "../catalog/sales-order.entity";
import { SkuMapping } from "../catalog/sku-mapping.entity";
import { Evidence } from "../evidence/evidence.entity";
import { EvidenceSubmission } from "../evidence/evidence-submission.entity";
import { Upload } from "../evidence/upload.entity";
import { Invoice } from "../invoicing/invoice.entity";
import { Payment } from "../invoicing/payment.entity";
import { MarketplaceAccount } from "../marketplace/marketplace-account.entity";
import { OrderEvent } from "../orders/order-event.entity";
import { OrderItem } from "../orders/order-item.entity";
import { Order } from "../orders/order.entity";
import { OutboxJob } from "../outbox/outbox-job.entity";
import { Shipment } from "../shipping/shipment.entity";
import { SyncRun } from "../sync/sync-run.entity";

export const ENTITIES = [
  MarketplaceAccount,
  Order,
  OrderItem,
  OrderEvent,
  Product,
  SkuMapping,
  SalesOrder,
  Shipment,
  Invoice,
  Payment,
  Upload,
  Evidence,
  EvidenceSubmission,
  User,
  ApiKey,
  SyncRun,
  OutboxJob,
];
