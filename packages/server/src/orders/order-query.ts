import type { SelectQueryBuilder } from "typeorm";
import type { Database } from "../db/data-source";
import { containsPattern } from "../db/like";
import { EvidenceSubmissionState } from "../evidence/evidence-kind";
import { badInput } from "../graphql/errors";
import { ORDER_STATUSES, OrderStatus } from "./order-status";
import { Order } from "./order.entity";
import type { OrderFilter } from "./order.types";

export const MAX_PAGE_SIZE = 200;

interface Cursor {
  placedAt: Date;
  id: number;
}

export function encodeCursor(order: Pick<Order, "placedAt" | "id">): string {
  return Buffer.from(JSON.stringify([order.placedAt.toISOString(), order.id])).toString("base64url");
}

export function decodeCursor(cursor: string): Cursor {
  try {
    const [placedAt, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [string, number];
    const date = new Date(placedAt);
    if (Number.isNaN(date.getTime()) || !Number.isInteger(id)) throw new Error("bad cursor");
    return { placedAt: date, id };
  } catch {
    throw badInput("El cursor `after` no es válido.", "after");
  }
}


/** Reads orders for lists and counts; writes go through OrderService. */
export class OrderQueries {
  constructor(private readonly db: Database) {}

  private filtered(filter: OrderFilter | null | undefined): SelectQueryBuilder<Order> {
    const qb = this.db.dataSource.getRepository(Order).createQueryBuilder("o");
    if (!filter) return qb;
    if (filter.statuses?.length) qb.andWhere("o.status IN (:...statuses)", { statuses: filter.statuses });
    const search = filter.search?.trim();
    if (search) {
      if (search.length > 100) throw badInput("La búsqueda admite hasta 100 caracteres.", "search");
      qb.andWhere(
        `(o.marketplaceOrderId LIKE :q ESCAPE '!' OR o.customerName LIKE :q ESCAPE '!'
          OR EXISTS (SELECT 1 FROM order_item i WHERE i.orderId = o.id AND i.sku LIKE :q ESCAPE '!'))`,
        { q: containsPattern(search) },
      );
    }
    if (filter.placedFrom) qb.andWhere("o.placedAt >= :placedFrom", { placedFrom: filter.placedFrom });
    if (filter.placedTo) qb.andWhere("o.placedAt < :placedTo", { placedTo: filter.placedTo });
    if (filter.shippingType) qb.andWhere("o.shippingType = :shippingType", { shippingType: filter.shippingType });
    if (filter.needsAttention != null) {
      const attention = `((o.status = :pending AND NOT EXISTS (SELECT 1 FROM sales_order s WHERE s.orderId = o.id))
        OR EXISTS (SELECT 1 FROM evidence_submission e WHERE e.orderId = o.id AND e.state = :failed))`;
      qb.andWhere(filter.needsAttention ? attention : `NOT ${attention}`, {
        pending: OrderStatus.PENDING,
        failed: EvidenceSubmissionState.FAILED,
      });
    }
    return qb;
  }

  /**
   * Newest first; fetches one extra row to know whether another page follows. `offset` skips that
   * many orders of the same ordered list (to jump to a position); `after` continues from a cursor.
   */
  async page(filter: OrderFilter | null | undefined, first: number, after?: string | null, offset?: number | null) {
    if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
      throw badInput(`first debe estar entre 0 y ${MAX_PAGE_SIZE}.`, "first");
    }
    if (offset != null && (!Number.isInteger(offset) || offset < 0)) {
      throw badInput("offset debe ser un entero mayor o igual a 0.", "offset");
    }
    if (offset != null && after) throw badInput("Usa `offset` o `after`, no ambos.", "offset");
    const qb = this.filtered(filter);
    if (after) {
      const cursor = decodeCursor(after);
      qb.andWhere("(o.placedAt < :cPlaced OR (o.placedAt = :cPlaced AND o.id < :cId))", {
        cPlaced: cursor.placedAt,
        cId: cursor.id,
      });
    }
    const rows = await qb
      .orderBy("o.placedAt", "DESC")
      .addOrderBy("o.id", "DESC")
      .limit(first + 1)
      .offset(offset ?? undefined)
      .getMany();
    const hasNextPage = rows.length > first;
    const nodes = rows.slice(0, first);
    return {
      edges: nodes.map((node) => ({ cursor: encodeCursor(node), node })),
      pageInfo: { hasNextPage, endCursor: nodes.length ? encodeCursor(nodes[nodes.length - 1]) : null },
    };
  }

  count(filter: OrderFilter | null | undefined): Promise<number> {
    return this.filtered(filter).getCount();
  }

  async statusCounts(filter: OrderFilter | null | undefined) {
    const rows = await this.filtered(filter)
      .select("o.status", "status")
      .addSelect("COUNT(*)", "count")
      .groupBy("o.status")
      .getRawMany<{ status: OrderStatus; count: string | number }>();
    const counts = new Map(rows.map((r) => [r.status, Number(r.count)]));
    const statuses = filter?.statuses?.length ? ORDER_STATUSES.filter((s) => filter.statuses?.includes(s)) : ORDER_STATUSES;
    return statuses.map((status) => ({ status, count: counts.get(status) ?? 0 }));
  }

  byMarketplaceId(marketplaceOrderId: string): Promise<Order | null> {
    return this.db.dataSource.getRepository(Order).findOne({ where: { marketplaceOrderId }, order: { id: "ASC" } });
  }
}
