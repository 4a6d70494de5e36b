import { createPubSub } from "@graphql-yoga/subscription";
import type { OrderStatus } from "../orders/order-status";

export interface OrderStatusChangedEvent {
  orderId: number;
  from: OrderStatus | null;
  to: OrderStatus;
  at: string;
}

/** A sync run as an event: plain JSON, so it survives a trip through Redis. */
export interface SyncRunEvent {
  id: number;
  accountId: number;
  state: string;
  startedAt: string;
  finishedAt: string | null;
  trigger: string;
  ordersSeen: number;
  ordersCreated: number;
  ordersUpdated: number;
  progress: number;
  error: string | null;
}

export function toSyncRunEvent(run: Omit<SyncRunEvent, "startedAt" | "finishedAt"> & { startedAt: Date; finishedAt: Date | null }): SyncRunEvent {
  return {
    id: run.id,
    accountId: run.accountId,
    state: run.state,
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
    trigger: run.trigger,
    ordersSeen: run.ordersSeen,
    ordersCreated: run.ordersCreated,
    ordersUpdated: run.ordersUpdated,
    progress: run.progress,
    error: run.error,
  };
}

/** Typed topics; REDIS_URL swaps the event target so several processes share events. */
export type PubSubTopics = {
  ORDER_STATUS_CHANGED: [OrderStatusChangedEvent];
  SYNC_PROGRESS: [SyncRunEvent];
};

export function createInProcessPubSub() {
  return createPubSub<PubSubTopics>();
}

export type AppPubSub = ReturnType<typeof createInProcessPubSub>;
