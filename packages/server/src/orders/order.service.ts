import { In, type EntityManager } from "typeorm";
import { bulkInsert } from "../db/bulk-insert";
import type { Database } from "../db/data-source";
import { inTransaction, type Tx } from "../db/transaction";
import { AppError, conflict, notFound } from "../graphql/errors";
import type { AppPubSub } from "../graphql/pubsub";
import { OrderEvent } from "./order-event.entity";
import { readFacts } from "./order-facts";
import { checkTransition, findTransition, type ChangeSource, type OrderStatus } from "./order-status";
import { Order } from "./order.entity";

export interface ChangeBy {
  actor: string;
  source: ChangeSource;
}

export interface TransitionRequest extends ChangeBy {
  orderId: number;
  to: OrderStatus;
  action: string;
  note?: string | null;
  /** When given, the change applies only if the order is still at this version. */
  expectedVersion?: number | null;
  /** Other order columns that change with the status (e.g. the shipping type a guide brings). */
  set?: Partial<Pick<Order, "shippingType">>;
}

/** One change of a batch: the order as read (locked on MySQL) in the caller's transaction. */
export interface BatchTransition {
  order: Pick<Order, "id" | "status">;
  to: OrderStatus;
  action: string;
  note?: string | null;
  set?: Partial<Pick<Order, "shippingType">>;
}

/** The only writer of `Order.status`; every change leaves a history row and an event after commit. */
export class OrderService {
  constructor(
    private readonly db: Database,
    private readonly pubsub: AppPubSub,
  ) {}

  /** Runs a whole status change in its own transaction. */
  changeStatus(request: TransitionRequest): Promise<Order> {
    return inTransaction(this.db, (tx) => this.transition(tx, request));
  }

  /** A status change inside a caller's transaction (which may have written the facts it needs). */
  async transition(tx: Tx, request: TransitionRequest): Promise<Order> {
    const order = await this.lockedOrder(tx.manager, request.orderId);
    if (request.expectedVersion != null && request.expectedVersion !== order.version) throw conflict();
    const facts = await readFacts(tx.manager, Object.assign(new Order(), order, request.set));
    const check = checkTransition(facts, request.to, request.action, request.source);
    if (!check.ok) {
      if (check.reason === "ILLEGAL_TRANSITION") {
        throw new AppError("ILLEGAL_TRANSITION", `No se puede pasar de ${order.status} a ${request.to} con ${request.action}.`, {
          from: order.status,
          to: request.to,
          action: request.action,
        });
      }
      throw new AppError("REQUIREMENTS_MISSING", `Faltan requisitos: ${check.missing.join(", ")}.`, {
        missing: check.missing,
      });
    }
    const from = order.status;
    const now = new Date();
    await this.bumpVersion(tx.manager, order, { ...request.set, status: request.to, updatedAt: now });
    Object.assign(order, request.set, { status: request.to });
    await this.record(tx, order.id, { at: now, from, to: request.to, action: request.action, note: request.note ?? null }, request);
    tx.afterCommit(() =>
      this.pubsub.publish("ORDER_STATUS_CHANGED", { orderId: order.id, from, to: request.to, at: now.toISOString() }),
    );
    return order;
  }

  /**
   * Many status changes in a few statements (one UPDATE per kind of change, one history insert),
   * for transitions that check no requirements: the marketplace's own. The caller read the orders
   * in this transaction; an order that changed since makes the whole batch fail with CONFLICT.
   */
  async transitionMany(tx: Tx, changes: BatchTransition[], by: ChangeBy): Promise<void> {
    if (changes.length === 0) return;
    for (const change of changes) {
      const transition = findTransition(change.order.status, change.to, change.action);
      if (!transition || !transition.sources.includes(by.source)) {
        throw new AppError("ILLEGAL_TRANSITION", `No se puede pasar de ${change.order.status} a ${change.to} con ${change.action}.`, {
          from: change.order.status,
          to: change.to,
          action: change.action,
        });
      }
      if (transition.requirements.length > 0) throw new Error(`${change.action} checks requirements: use transition()`);
    }
    const now = new Date();
    const groups = new Map<string, BatchTransition[]>();
    for (const change of changes) {
      const key = JSON.stringify([change.order.status, change.to, change.set ?? {}]);
      const group = groups.get(key);
      if (group) group.push(change);
      else groups.set(key, [change]);
    }
    for (const group of groups.values()) {
      const { order, to, set } = group[0];
      const ids = group.map((c) => c.order.id);
      const result = await tx.manager
        .createQueryBuilder()
        .update(Order)
        .set({ ...set, status: to, updatedAt: now, version: () => "version + 1" })
        .where({ id: In(ids), status: order.status })
        .execute();
      if (result.affected !== ids.length) throw conflict();
    }
    await bulkInsert(
      tx.manager,
      OrderEvent,
      changes.map((c) => ({ orderId: c.order.id, at: now, from: c.order.status, to: c.to, action: c.action, note: c.note ?? null, actor: by.actor, source: by.source })),
    );
    tx.afterCommit(() => {
      for (const c of changes) {
        this.pubsub.publish("ORDER_STATUS_CHANGED", { orderId: c.order.id, from: c.order.status, to: c.to, at: now.toISOString() });
      }
    });
  }

  /** `touch` for many orders at once (no expected versions: the caller holds them). */
  async touchMany(tx: Tx, orderIds: number[], entry: { action: string; note?: string | null } & ChangeBy): Promise<void> {
    if (orderIds.length === 0) return;
    const now = new Date();
    const result = await tx.manager
      .createQueryBuilder()
      .update(Order)
      .set({ updatedAt: now, version: () => "version + 1" })
      .where({ id: In(orderIds) })
      .execute();
    if (result.affected !== orderIds.length) throw notFound("El pedido");
    await bulkInsert(
      tx.manager,
      OrderEvent,
      orderIds.map((orderId) => ({ orderId, at: now, from: null, to: null, action: entry.action, note: entry.note ?? null, actor: entry.actor, source: entry.source })),
    );
  }

  /**
   * Records a change that is not a status change (sales order generated, invoice issued...),
   * bumping the version so concurrent writers notice.
   */
  async touch(
    tx: Tx,
    orderId: number,
    entry: { action: string; note?: string | null } & ChangeBy,
    changes: Partial<Pick<Order, "shippingType">> = {},
    expectedVersion?: number | null,
  ): Promise<Order> {
    const order = await this.lockedOrder(tx.manager, orderId);
    if (expectedVersion != null && expectedVersion !== order.version) throw conflict();
    const now = new Date();
    await this.bumpVersion(tx.manager, order, { ...changes, updatedAt: now });
    Object.assign(order, changes);
    await this.record(tx, orderId, { at: now, from: null, to: null, action: entry.action, note: entry.note ?? null }, entry);
    return order;
  }

  private async lockedOrder(manager: EntityManager, orderId: number): Promise<Order> {
    const order = await manager.findOneBy(Order, { id: orderId });
    if (!order) throw notFound("El pedido");
    return order;
  }

  /** Optimistic concurrency: the row changes only if nobody changed it since we read it. */
  private async bumpVersion(manager: EntityManager, order: Order, changes: Partial<Order>): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(Order)
      .set({ ...changes, version: order.version + 1 })
      .where("id = :id AND version = :version", { id: order.id, version: order.version })
      .execute();
    if (result.affected !== 1) throw conflict();
    order.version += 1;
  }

  private async record(
    tx: Tx,
    orderId: number,
    event: Pick<OrderEvent, "at" | "from" | "to" | "action" | "note">,
    by: ChangeBy,
  ): Promise<void> {
    await tx.manager.insert(OrderEvent, { orderId, ...event, actor: by.actor, source: by.source });
  }
}
