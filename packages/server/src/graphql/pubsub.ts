import { createPubSub } from "@graphql-yoga/subscription";
import type { OrderStatus } from "../orders/order-status";

export interface OrderStatusChangedEvent {
  orderId: number;
  from: OrderStatus | null;
  to: OrderStatus;
  at: string;
}

/** Typed topics; REDIS_URL swaps the event target so several processes share events. */
export type PubSubTopics = {
  ORDER_STATUS_CHANGED: [OrderStatusChangedEvent];
};

export function createInProcessPubSub() {
  return createPubSub<PubSubTopics>();
}

export type AppPubSub = ReturnType<typeof createInProcessPubSub>;
