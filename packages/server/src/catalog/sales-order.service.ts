import type { Database } from "../db/data-source";
import { inTransaction } from "../db/transaction";
import { badInput } from "../graphql/errors";
import { OrderItem } from "../orders/order-item.entity";
import { OrderStatus } from "../orders/order-status";
import type { ChangeBy, OrderService } from "../orders/order.service";
import type { Order } from "../orders/order.entity";
import { Product } from "./product.entity";
import { SalesOrder } from "./sales-order.entity";

/** Internal sales orders and the stock they reserve. */
export class SalesOrderService {
  constructor(
    private readonly db: Database,
    private readonly orders: OrderService,
  ) {}

  /** Cancels a pending order and gives its reserved units back to stock. */
  cancelOrder(orderId: number, reason: string, by: ChangeBy, expectedVersion?: number | null): Promise<Order> {
    const note = reason.trim();
    if (!note) throw badInput("Indica el motivo de la cancelación.", "reason");
    if (note.length > 500) throw badInput("El motivo admite hasta 500 caracteres.", "reason");
    return inTransaction(this.db, async (tx) => {
      const order = await this.orders.transition(tx, {
        orderId,
        to: OrderStatus.CANCELLED,
        action: "cancelOrder",
        note,
        expectedVersion,
        ...by,
      });
      const salesOrder = await tx.manager.findOneBy(SalesOrder, { orderId });
      if (salesOrder && !salesOrder.backorder) {
        const items = await tx.manager.findBy(OrderItem, { orderId });
        for (const item of items) {
          if (item.productId !== null) await tx.manager.increment(Product, { id: item.productId }, "stock", item.quantity);
        }
      }
      return order;
    });
  }
}
