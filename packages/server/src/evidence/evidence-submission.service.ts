/**
 * "Enviar evidencia": checks what the marketplace needs, queues the upload in the outbox and,
 * once Claro Shop accepted every file, moves the order to DELIVERED. The submission row is what
 * staff see (QUEUED / SENT / FAILED, attempts, last error).
 */
import type { Database } from "../db/data-source";
import { inTransaction, type Tx } from "../db/transaction";
import { AppError, notFound } from "../graphql/errors";
import type { MarketplaceGateways } from "../marketplace/marketplace-gateways";
import { MarketplaceRejectedError, MarketplaceUnavailableError } from "../marketplace/marketplace.port";
import { readFacts } from "../orders/order-facts";
import { evidenceRequirementsMissing, OrderStatus } from "../orders/order-status";
import type { ChangeBy, OrderService } from "../orders/order.service";
import { Order } from "../orders/order.entity";
import { OutboxJob, OutboxState } from "../outbox/outbox-job.entity";
import { MANUAL_GUIDE_JOB } from "../shipping/shipping.service";
import { PermanentError, RetryableError, type Outbox } from "../outbox/outbox.service";
import { Shipment } from "../shipping/shipment.entity";
import { EvidenceSubmissionState } from "./evidence-kind";
import { EvidenceSubmission } from "./evidence-submission.entity";
import { Evidence } from "./evidence.entity";
import type { FileStorage } from "./storage";
import { Upload } from "./upload.entity";

export const EVIDENCE_JOB = "claroshop.evidence";

const OUTBOX_ACTOR: ChangeBy = { actor: "sistema", source: "outbox" };

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

export class EvidenceSubmissionService {
  constructor(
    private readonly db: Database,
    private readonly orders: OrderService,
    private readonly gateways: MarketplaceGateways,
    private readonly outbox: Outbox,
    private readonly storage: FileStorage,
  ) {
    outbox.register(EVIDENCE_JOB, (job) => this.deliver(job), {
      onRetry: (job) => this.record(job, EvidenceSubmissionState.QUEUED),
      onDead: (job) => this.record(job, EvidenceSubmissionState.FAILED),
    });
  }

  /** Queues the evidence for Claro Shop; answers REQUIREMENTS_MISSING with exactly what is missing. */
  async send(orderId: number, by: ChangeBy): Promise<Order> {
    return inTransaction(this.db, async (tx) => {
      const order = await tx.manager.findOneBy(Order, { id: orderId });
      if (!order) throw notFound("El pedido");
      if (order.status !== OrderStatus.SHIPPED) {
        throw new AppError("ILLEGAL_TRANSITION", `La evidencia se envía cuando el pedido está embarcado (está ${order.status}).`, {
          from: order.status,
          to: OrderStatus.DELIVERED,
          action: "sendEvidence",
        });
      }
      const missing = evidenceRequirementsMissing(await readFacts(tx.manager, order));
      if (missing.length > 0) {
        throw new AppError("REQUIREMENTS_MISSING", `Antes de enviar la evidencia falta: ${missing.join(", ")}.`, { missing });
      }
      const current = await tx.manager.findOneBy(EvidenceSubmission, { orderId });
      // Already queued or accepted: asking again changes nothing (double clicks, retried requests).
      if (current && current.state !== EvidenceSubmissionState.FAILED) return order;
      const now = new Date();
      // A retry after FAILED is a new job; the files keep their own keys, so nothing is sent twice.
      const round = current ? String(now.getTime()) : "1";
      if (current) {
        await tx.manager.update(EvidenceSubmission, { id: current.id }, { state: EvidenceSubmissionState.QUEUED, lastError: null, updatedAt: now });
      } else {
        await tx.manager.insert(EvidenceSubmission, {
          orderId,
          state: EvidenceSubmissionState.QUEUED,
          attempts: 0,
          lastError: null,
          sentAt: null,
          updatedAt: now,
        });
      }
      await this.outbox.enqueue(tx, {
        kind: EVIDENCE_JOB,
        orderId,
        payload: { orderId },
        idempotencyKey: `evidence:${orderId}:${round}`,
      });
      return this.orders.touch(tx, orderId, { action: "sendEvidence", note: current ? "reintento" : "en cola", ...by });
    });
  }

  /** The outbox job: every evidence file to Claro Shop (each with its own key), then DELIVERED. */
  private async deliver(job: OutboxJob): Promise<void> {
    const orderId = Number(job.payload.orderId);
    const manager = this.db.dataSource.manager;
    const order = await manager.findOneBy(Order, { id: orderId });
    const shipment = await manager.findOneBy(Shipment, { orderId });
    if (!order || !shipment?.trackingNumber) throw new PermanentError("El pedido ya no tiene guía para enviar la evidencia.");
    if (order.status === OrderStatus.DELIVERED) return this.record(job, EvidenceSubmissionState.SENT);
    // Claro Shop takes evidence only for a guide it knows: a queued manual guide goes first.
    const guide = await manager.findOneBy(OutboxJob, { orderId, kind: MANUAL_GUIDE_JOB });
    if (guide?.state === OutboxState.DEAD) throw new PermanentError("Claro Shop no registró la guía manual; reintenta la guía primero.");
    if (guide && guide.state !== OutboxState.DONE) throw new RetryableError("Esperando que Claro Shop registre la guía manual");
    const gateway = this.gateways.for(order.accountId);
    for (const evidence of await manager.findBy(Evidence, { orderId })) {
      const upload = await manager.findOneByOrFail(Upload, { id: evidence.uploadId });
      try {
        await gateway.sendEvidence({
          marketplaceOrderId: order.marketplaceOrderId,
          shipmentId: shipment.trackingNumber,
          fileName: evidence.fileName,
          contentType: evidence.contentType,
          data: await readAll(this.storage.read(upload.storageKey)),
          // Per file: after a crash or a retry Claro Shop recognises what it already has.
          idempotencyKey: `evidence-file:${evidence.id}`,
        });
      } catch (err) {
        if (err instanceof MarketplaceRejectedError) throw new PermanentError(`Claro Shop rechazó la evidencia: ${err.message}`);
        throw new RetryableError(err instanceof MarketplaceUnavailableError ? "Claro Shop no responde" : "Error al enviar la evidencia");
      }
    }
    await inTransaction(this.db, async (tx) => {
      await this.setState(tx, job, EvidenceSubmissionState.SENT);
      const fresh = await tx.manager.findOneByOrFail(Order, { id: orderId });
      // The marketplace may have reported the delivery through a sync meanwhile.
      if (fresh.status === OrderStatus.SHIPPED) {
        await this.orders.transition(tx, { orderId, to: OrderStatus.DELIVERED, action: "sendEvidence", note: "Claro Shop aceptó la evidencia", ...OUTBOX_ACTOR });
      }
    });
  }

  private record(job: OutboxJob, state: EvidenceSubmissionState): Promise<void> {
    return inTransaction(this.db, (tx) => this.setState(tx, job, state));
  }

  private async setState(tx: Tx, job: OutboxJob, state: EvidenceSubmissionState): Promise<void> {
    const now = new Date();
    await tx.manager.update(
      EvidenceSubmission,
      { orderId: Number(job.payload.orderId) },
      {
        state,
        attempts: job.attempts,
        lastError: state === EvidenceSubmissionState.SENT ? null : job.lastError?.slice(0, 500) ?? null,
        sentAt: state === EvidenceSubmissionState.SENT ? now : null,
        updatedAt: now,
      },
    );
  }
}
