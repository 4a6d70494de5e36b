import type { SelectQueryBuilder } from "typeorm";
import type { Database } from "../db/data-source";
import { containsPattern } from "../db/like";
import { columnsOf, hydratorFor, type Statement } from "../db/loader-utils";
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


/** An edge whose cursor is encoded only when a client selects it. */
class LazyEdge {
  private encoded: string | undefined;

  constructor(readonly node: Order) {}

  get cursor(): string {
    return (this.encoded ??= encodeCursor(this.node));
  }
}

/** WHERE conditions (each on the alias `o` of the order table) and their named parameters. */
interface Conditions {
  where: string[];
  params: Record<string, unknown>;
}

/** Reads orders for lists and counts; writes go through OrderService. */
export class OrderQueries {
  constructor(private readonly db: Database) {}

  /** The filter as WHERE conditions on `o`; the same conditions for pages, counts and status counts. */
  private conditions(filter: OrderFilter | null | undefined): Conditions {
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    if (!filter) return { where, params };
    if (filter.statuses?.length) {
      where.push("o.status IN (:...statuses)");
      params.statuses = filter.statuses;
    }
    const search = filter.search?.trim();
    if (search) {
      if (search.length > 100) throw badInput("La búsqueda admite hasta 100 caracteres.", "search");
      where.push(
        `(o.marketplaceOrderId LIKE :q ESCAPE '!' OR o.customerName LIKE :q ESCAPE '!'
          OR EXISTS (SELECT 1 FROM order_item i WHERE i.orderId = o.id AND i.sku LIKE :q ESCAPE '!'))`,
      );
      params.q = containsPattern(search);
    }
    if (filter.placedFrom) {
      where.push("o.placedAt >= :placedFrom");
      params.placedFrom = filter.placedFrom;
    }
    if (filter.placedTo) {
      where.push("o.placedAt < :placedTo");
      params.placedTo = filter.placedTo;
    }
    if (filter.shippingType) {
      where.push("o.shippingType = :shippingType");
      params.shippingType = filter.shippingType;
    }
    if (filter.needsAttention != null) {
      const attention = `((o.status = :pending AND NOT EXISTS (SELECT 1 FROM sales_order s WHERE s.orderId = o.id))
        OR EXISTS (SELECT 1 FROM evidence_submission e WHERE e.orderId = o.id AND e.state = :failed))`;
      where.push(filter.needsAttention ? attention : `NOT ${attention}`);
      params.pending = OrderStatus.PENDING;
      params.failed = EvidenceSubmissionState.FAILED;
    }
    return { where, params };
  }

  private filtered(filter: OrderFilter | null | undefined): SelectQueryBuilder<Order> {
    const qb = this.db.dataSource.getRepository(Order).createQueryBuilder("o");
    const { where, params } = this.conditions(filter);
    for (const condition of where) qb.andWhere(condition);
    return qb.setParameters(params);
  }

  /**
   * `SELECT <select> FROM order o [WHERE ...] <rest>` with the filter's named parameters expanded
   * and converted by the driver exactly as the query builder does it (escapeQueryWithParameters),
   * without building a query builder for every request.
   */
  private statement(select: string, { where, params }: Conditions, rest = ""): Statement {
    const { driver } = this.db.dataSource;
    const sql =
      `SELECT ${select} FROM ${driver.escape(this.db.dataSource.getMetadata(Order).tableName)} o` +
      (where.length ? ` WHERE ${where.map((c) => `(${c})`).join(" AND ")}` : "") +
      rest;
    const [text, values] = driver.escapeQueryWithParameters(sql, params);
    return { sql: text, parameters: values };
  }

  private query(select: string, conditions: Conditions, rest = ""): Promise<Record<string, unknown>[]> {
    const { sql, parameters } = this.statement(select, conditions, rest);
    return this.db.dataSource.query(sql, parameters) as Promise<Record<string, unknown>[]>;
  }

  /** A page's conditions and its ORDER BY … LIMIT, after checking its arguments. */
  private pageConditions(
    filter: OrderFilter | null | undefined,
    first: number,
    after: string | null | undefined,
    offset: number | null | undefined,
  ): { conditions: Conditions; rest: string } {
    if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
      throw badInput(`first debe estar entre 0 y ${MAX_PAGE_SIZE}.`, "first");
    }
    if (offset != null && (!Number.isInteger(offset) || offset < 0)) {
      throw badInput("offset debe ser un entero mayor o igual a 0.", "offset");
    }
    if (offset != null && after) throw badInput("Usa `offset` o `after`, no ambos.", "offset");
    const conditions = this.conditions(filter);
    if (after) {
      const cursor = decodeCursor(after);
      conditions.where.push("o.placedAt < :cPlaced OR (o.placedAt = :cPlaced AND o.id < :cId)");
      conditions.params.cPlaced = cursor.placedAt;
      conditions.params.cId = cursor.id;
    }
    const rest = " ORDER BY o.placedAt DESC, o.id DESC" + ` LIMIT ${first + 1}` + (offset ? ` OFFSET ${offset}` : "");
    return { conditions, rest };
  }

  /**
   * The ids of the orders `page` reads with the same arguments (and the one after them), as a
   * statement to nest: relations of the page can be read alongside the page itself
   * (Loader.loadWithin). Throws what `page` throws for bad arguments.
   */
  window(
    filter: OrderFilter | null | undefined,
    first: number,
    after?: string | null,
    offset?: number | null,
  ): Statement {
    const { conditions, rest } = this.pageConditions(filter, first, after, offset);
    return this.statement("o.id", conditions, rest);
  }

  /** The order table's columns as `o.<column>`: all of them, or those of some properties (see columnsOf). */
  private orderColumns(properties: ReadonlySet<string> | null): string {
    const key = properties ? [...properties].sort().join(",") : "";
    let sql = this.columnsSql.get(key);
    if (sql === undefined) {
      const { driver } = this.db.dataSource;
      const metadata = this.db.dataSource.getMetadata(Order);
      const columns =
        (properties && columnsOf(metadata, properties)) ?? metadata.columns.filter((c) => c.isSelect && !c.isVirtual);
      sql = columns.map((c) => `o.${driver.escape(c.databaseName)}`).join(", ");
      // Selections come from operations: keep a bounded number of them.
      if (this.columnsSql.size >= 200) this.columnsSql.clear();
      this.columnsSql.set(key, sql);
    }
    return sql;
  }

  private readonly columnsSql = new Map<string, string>();

  /**
   * Newest first; fetches one extra row to know whether another page follows. `offset` skips that
   * many orders of the same ordered list (to jump to a position); `after` continues from a cursor.
   * With `properties`, the orders carry only those (and what cursors need), for a caller that
   * knows which fields it will read.
   */
  async page(
    filter: OrderFilter | null | undefined,
    first: number,
    after?: string | null,
    offset?: number | null,
    properties?: ReadonlySet<string> | null,
  ) {
    const { conditions, rest } = this.pageConditions(filter, first, after, offset);
    const read = properties ? new Set([...properties, "id", "placedAt"]) : null;
    const raw = await this.query(this.orderColumns(read), conditions, rest);
    const hydrate = hydratorFor<Order>(this.db, this.db.dataSource.getMetadata(Order));
    const hasNextPage = raw.length > first;
    const count = Math.min(raw.length, first);
    const nodes = new Array<Order>(count);
    for (let i = 0; i < count; i++) nodes[i] = hydrate(raw[i]);
    return {
      edges: nodes.map((node) => new LazyEdge(node) as { cursor: string; node: Order }),
      pageInfo: { hasNextPage, endCursor: nodes.length ? encodeCursor(nodes[nodes.length - 1]) : null },
    };
  }

  async count(filter: OrderFilter | null | undefined): Promise<number> {
    const [row] = await this.query("COUNT(*) AS cnt", this.conditions(filter));
    return Number(row.cnt);
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
