import type { Database } from "../db/data-source";
import { inTransaction, type Tx } from "../db/transaction";
import { AppError, badInput, notFound } from "../graphql/errors";
import { Invoice } from "../invoicing/invoice.entity";
import { OrderStatus } from "../orders/order-status";
import { Order } from "../orders/order.entity";
import type { ChangeBy, OrderService } from "../orders/order.service";
import { Shipment } from "../shipping/shipment.entity";
import { EvidenceKind } from "./evidence-kind";
import { Evidence } from "./evidence.entity";
import { IMAGE_TYPES, INVOICE_TYPES } from "./file-checks";
import { Upload } from "./upload.entity";

export interface AttachEvidenceRequest {
  orderId: number;
  uploadId: number;
  kind: EvidenceKind;
}

const CLOSED: ReadonlySet<OrderStatus> = new Set([OrderStatus.CANCELLED, OrderStatus.DELIVERED]);

const KIND_RULES: Readonly<Record<EvidenceKind, { types: ReadonlySet<string>; message: string }>> = {
  [EvidenceKind.INVOICE]: { types: INVOICE_TYPES, message: "La factura debe ser un PDF o un XML." },
  [EvidenceKind.DELIVERY_PHOTO]: { types: IMAGE_TYPES, message: "La foto de entrega debe ser una imagen JPEG, PNG o WebP." },
};

/** Files attached to orders as proof for the marketplace (invoice, delivery photo). */
export class EvidenceService {
  constructor(
    private readonly db: Database,
    private readonly orders: OrderService,
  ) {}

  attach(request: AttachEvidenceRequest, by: ChangeBy): Promise<Evidence> {
    const rule = KIND_RULES[request.kind];
    if (!rule) throw badInput("Tipo de evidencia no válido.", "kind");
    return inTransaction(this.db, async (tx) => {
      // The lock comes first: InnoDB takes its read snapshot at the first plain read, which must
      // therefore come after a concurrent attach of the same upload has committed.
      const upload = await this.lockedUpload(tx, request.uploadId);
      const order = await tx.manager.findOne(Order, { where: { id: request.orderId }, select: { id: true, status: true } });
      if (!order) throw notFound("El pedido");
      if (CLOSED.has(order.status)) {
        throw new AppError(
          "ILLEGAL_TRANSITION",
          `No se puede adjuntar evidencia a un pedido ${order.status === OrderStatus.CANCELLED ? "cancelado" : "entregado"}.`,
          { status: order.status, action: "attachEvidence" },
        );
      }
      if (!upload) throw notFound("El archivo");
      if (await this.inUse(tx, upload.id)) throw badInput("Ese archivo ya está adjunto a un pedido; súbelo de nuevo.", "uploadId");
      if (!rule.types.has(upload.contentType)) throw badInput(rule.message, "kind");

      const evidence = tx.manager.create(Evidence, {
        orderId: order.id,
        kind: request.kind,
        uploadId: upload.id,
        fileName: upload.fileName,
        contentType: upload.contentType,
        uploadedAt: upload.createdAt,
      });
      await tx.manager.insert(Evidence, evidence);
      // History row + version bump: a concurrent change of the order fails with CONFLICT.
      await this.orders.touch(tx, order.id, { action: "attachEvidence", note: `${request.kind}: ${upload.fileName}`, ...by });
      return evidence;
    });
  }

  /**
   * The upload row, locked on MySQL so two attaches of one upload take turns and the second
   * sees the first; SQLite transactions already run one at a time.
   */
  private lockedUpload(tx: Tx, id: number): Promise<Upload | null> {
    return tx.manager.findOne(Upload, {
      where: { id },
      ...(this.db.engine === "mysql" ? { lock: { mode: "pessimistic_write" as const } } : {}),
    });
  }

  /** Whether the file is already evidence, a shipping label or an invoice PDF somewhere. */
  private async inUse(tx: Tx, uploadId: number): Promise<boolean> {
    const [evidence, label, invoice] = await Promise.all([
      tx.manager.existsBy(Evidence, { uploadId }),
      tx.manager.existsBy(Shipment, { labelUploadId: uploadId }),
      tx.manager.existsBy(Invoice, { pdfUploadId: uploadId }),
    ]);
    return evidence || label || invoice;
  }
}
