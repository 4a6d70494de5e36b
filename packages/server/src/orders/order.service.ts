import type { EntityManager } from "typeorm";
import type { Database } from "../db/data-source";
import { inTransaction, type Tx } from "../db/transaction";
import { AppError, conflict, notFound } from "../graphql/errors";
import type { AppPubSub } from "../graphql/pubsub";
import { OrderEvent } from "./order-event.entity";
import { readFacts } from "./order-facts";
import { checkTransition, type ChangeSource, type OrderStatus } from "./order-status";
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
