/** MarketplaceGateway over the Claro Shop legacy API: the client fetches, the mapper normalizes. */
import type {
  MarketplaceGateway,
  MarketplaceListStatus,
  MarketplaceOrder,
  MarketplaceOrderPage,
} from "../marketplace.port";
import type { ClaroshopClient } from "./claroshop-client";
import { mapListPage, mapOrderDetail, type ClaroshopOrderSummary } from "./claroshop-mapper";

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
}

export class ClaroshopGateway implements MarketplaceGateway {
  private readonly pageSize: number;
  private readonly cacheSize: number;
  /**
   * The detail has no order total and no guide type: both come from the list rows, which a
   * sync reads before the details, so the last summary seen per order is kept here.
   */
  private readonly summaries = new Map<string, ClaroshopOrderSummary>();

  constructor(
    private readonly client: ClaroshopClient,
    options: ClaroshopGatewayOptions = {},
  ) {
    this.pageSize = options.pageSize ?? 50;
    this.cacheSize = options.summaryCacheSize ?? 10_000;
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
    return { ids: listed.orders.map((o) => o.id), hasMore, totalPages: listed.totalPages };
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

  private remember(summary: ClaroshopOrderSummary): void {
    this.summaries.delete(summary.id);
    this.summaries.set(summary.id, summary);
    if (this.summaries.size > this.cacheSize) {
      const oldest = this.summaries.keys().next();
      if (!oldest.done) this.summaries.delete(oldest.value);
    }
  }
}
