/**
 * MarketplaceGateway over Claro Shop: the legacy API for orders, guides and labels (the client
 * fetches, the mapper normalizes) and the T1 API for delivery evidence.
 */
import {
  MarketplaceRejectedError,
  MarketplaceUnavailableError,
  type EvidenceUpload,
  type GuideRequest,
  type GuideResult,
  type MarketplaceGateway,
  type MarketplaceListStatus,
  type MarketplaceOrder,
  type MarketplaceOrderPage,
  type ShippingLabel,
} from "../marketplace.port";
import { defaultSleep } from "./backoff";
import type { ClaroshopClient } from "./claroshop-client";
import { decodeLabel } from "./claroshop-label";
import { mapListPage, mapOrderDetail, type ClaroshopOrderSummary } from "./claroshop-mapper";
import type { T1Client } from "./t1-client";

/** The carrier of automatic guides when the answer names none (per the sellers' ERP manual). */
const DEFAULT_AUTOMATIC_CARRIER = "FedEx";

/** [guess] How `guiasyanexos` says an order has no label: a refusal that talks about the guide. */
function isNoLabelRefusal(message: string): boolean {
  return /gu[ií]a/i.test(message) && /\b(no|sin)\b/i.test(message);
}

function text(value: unknown): string {
  if (typeof value === "number") return String(value);
  return typeof value === "string" ? value.trim() : "";
}

/** Re-reading the detail until an automatic guide's number shows up. */
export interface GuidePollOptions {
  /** Total wait before giving up (tracking number null). Default 30 s. */
  maxWaitMs?: number;
  /** First wait; doubles up to maxDelayMs. Defaults 500 ms / 8 s. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const LIST_ACTION: Readonly<Record<MarketplaceListStatus, string>> = {
  PENDING: "pendientes",
  SHIPPED: "embarcados",
  DELIVERED: "entregados",
};

export interface ClaroshopGatewayOptions {
  /** Rows per list page. Default 50. */
  pageSize?: number;
  /** List summaries remembered for the details read after them. Default 10 000. */
  summaryCacheSize?: number;
  /** The T1 API client for evidence; without it sendEvidence refuses. */
  t1?: T1Client;
  guidePoll?: GuidePollOptions;
}

export class ClaroshopGateway implements MarketplaceGateway {
  private readonly pageSize: number;
  private readonly cacheSize: number;
  /**
   * The detail has no order total and no guide type: both come from the list rows, which a
   * sync reads before the details, so the last summary seen per order is kept here.
   */
  private readonly summaries = new Map<string, ClaroshopOrderSummary>();

  private readonly t1: T1Client | null;
  private readonly poll: Required<GuidePollOptions>;

  constructor(
    private readonly client: ClaroshopClient,
    options: ClaroshopGatewayOptions = {},
  ) {
    this.pageSize = options.pageSize ?? 50;
    this.cacheSize = options.summaryCacheSize ?? 10_000;
    this.t1 = options.t1 ?? null;
    this.poll = {
      maxWaitMs: options.guidePoll?.maxWaitMs ?? 30_000,
      initialDelayMs: options.guidePoll?.initialDelayMs ?? 500,
      maxDelayMs: options.guidePoll?.maxDelayMs ?? 8_000,
      sleep: options.guidePoll?.sleep ?? defaultSleep,
    };
  }

  async listOrderIds(status: MarketplaceListStatus, page: number): Promise<MarketplaceOrderPage> {
    const body = await this.client.getJson("pedidos", {
      action: LIST_ACTION[status],
      page: String(page),
      limit: String(this.pageSize),
    });
    const listed = mapListPage(status, body);
    for (const summary of listed.orders) this.remember(summary);
    const hasMore = listed.totalPages !== null ? page < listed.totalPages : listed.rowCount >= this.pageSize;
    return { ids: listed.orders.map((o) => o.id), hasMore, totalPages: listed.totalPages, totalOrders: listed.totalOrders };
  }

  async getOrder(marketplaceOrderId: string): Promise<MarketplaceOrder> {
    const body = await this.client.getJson(
      "pedidos",
      { action: "detallepedido", nopedido: marketplaceOrderId },
      // A detail without its status block is a known hiccup of the service: retried.
      (b) => b.estatuspedido !== null && typeof b.estatuspedido === "object",
    );
    return mapOrderDetail(marketplaceOrderId, body, this.summaries.get(marketplaceOrderId));
  }

  async requestGuide(request: GuideRequest): Promise<GuideResult> {
    const manual = request.type === "MANUAL";
    const carrier = request.carrier?.trim() ?? "";
    const tracking = request.trackingNumber?.trim() ?? "";
    if (manual && (carrier === "" || tracking === "")) {
      throw new MarketplaceRejectedError("Para una guía manual indique la paquetería y el número de rastreo.");
    }
    const body: Record<string, unknown> = {
      nopedido: request.marketplaceOrderId,
      guia: manual ? "manual" : "automatica",
      mensajeria: carrier,
      idpedidorelacion: request.lineIds.join(","),
    };
    if (manual) body.rastreopedido = tracking;
    const answer = await this.client.postJson("embarque", body, { idempotencyKey: request.idempotencyKey });
    const answeredCarrier = text(answer.mensajeria);
    const result: GuideResult = {
      carrier: answeredCarrier || (manual ? carrier : DEFAULT_AUTOMATIC_CARRIER),
      trackingNumber: text(answer.guia) || (manual ? tracking : null),
    };
    if (result.trackingNumber === null) {
      result.trackingNumber = await this.awaitGuideNumber(request.marketplaceOrderId, request.lineIds);
    }
    return result;
  }

  async getLabel(marketplaceOrderId: string): Promise<ShippingLabel | null> {
    let body: Record<string, unknown>;
    try {
      body = await this.client.getJson("pedidos", { action: "guiasyanexos", nopedido: marketplaceOrderId });
    } catch (err) {
      if (err instanceof MarketplaceRejectedError && isNoLabelRefusal(err.message)) return null;
      throw err;
    }
    return decodeLabel(marketplaceOrderId, body.guia_embarque);
  }

  async sendEvidence(upload: EvidenceUpload): Promise<void> {
    if (!this.t1) throw new MarketplaceRejectedError("La cuenta no tiene configurada la API T1 de Claro Shop.");
    await this.t1.uploadEvidence({
      orderId: upload.marketplaceOrderId,
      shipmentId: upload.shipmentId,
      fileName: upload.fileName,
      contentType: upload.contentType,
      data: upload.data,
      idempotencyKey: upload.idempotencyKey,
    });
  }

  /**
   * The guide number of an automatic guide can show up seconds after `embarque`: re-read the
   * detail with doubling waits until productos[].guia is set, or give up (null) after maxWaitMs.
   */
  private async awaitGuideNumber(marketplaceOrderId: string, lineIds: readonly string[]): Promise<string | null> {
    const wanted = new Set(lineIds);
    let waited = 0;
    let delay = this.poll.initialDelayMs;
    while (waited < this.poll.maxWaitMs) {
      const wait = Math.min(delay, this.poll.maxWaitMs - waited);
      await this.poll.sleep(wait);
      waited += wait;
      delay = Math.min(delay * 2, this.poll.maxDelayMs);
      let detail: Record<string, unknown>;
      try {
        detail = await this.client.getJson(
          "pedidos",
          { action: "detallepedido", nopedido: marketplaceOrderId },
          (b) => b.estatuspedido !== null && typeof b.estatuspedido === "object",
        );
      } catch (err) {
        // The guide was asked for; an unreachable detail only means "not known yet".
        if (err instanceof MarketplaceUnavailableError) continue;
        throw err;
      }
      const products = Array.isArray(detail.productos) ? (detail.productos as unknown[]) : [];
      const withGuide = products
        .filter((p): p is Record<string, unknown> => p !== null && typeof p === "object")
        .filter((p) => text(p.guia) !== "");
      // One embarque covers the order; the lines it named are preferred when they differ.
      const found = withGuide.find((p) => wanted.has(text(p.idpedidorelacion))) ?? withGuide[0];
      if (found) return text(found.guia);
    }
    return null;
  }

  private remember(summary: ClaroshopOrderSummary): void {
    this.summaries.delete(summary.id);
    this.summaries.set(summary.id, summary);
    if (this.summaries.size > this.cacheSize) {
      const oldest = this.summaries.keys().next();
      if (!oldest.done) this.summaries.delete(oldest.value);
    }
  }
}
