import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import { createPubSub, type PubSubEventTarget } from "@graphql-yoga/subscription";
import { Redis } from "ioredis";
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

type Target = PubSubEventTarget<PubSubTopics>;

/**
 * Channels carry the deployment's name, so several deployments (or test runs) can share one
 * Redis without hearing each other.
 */
function namespaced(inner: Target, namespace: string): Target {
  const name = (type: string) => `${namespace}:${type}`;
  return {
    addEventListener: (type, listener, options) => inner.addEventListener(name(type), listener, options),
    removeEventListener: (type, listener, options) => inner.removeEventListener(name(type), listener, options),
    dispatchEvent: (event) => inner.dispatchEvent(new CustomEvent(name(event.type), { detail: event.detail })),
  } as Target;
}

/** Events shared by every server process through Redis (REDIS_URL). */
export function createRedisPubSub(redisUrl: string, namespace: string): { pubsub: AppPubSub; close(): Promise<void> } {
  // Auto-pipelining: the events of one commit (a sync batch publishes thousands) leave in one write.
  const publishClient = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: null, enableAutoPipelining: true });
  const subscribeClient = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: null });
  for (const client of [publishClient, subscribeClient]) {
    // ioredis reconnects by itself; say so once per error kind without the URL (it may hold a password).
    client.on("error", (err: Error) => console.warn(`[redis] ${err.name}: ${(err as { code?: string }).code ?? "error"}`));
  }
  const eventTarget = namespaced(createRedisEventTarget<CustomEvent>({ publishClient, subscribeClient }) as Target, namespace);
  return {
    pubsub: createPubSub<PubSubTopics>({ eventTarget }),
    async close() {
      await Promise.allSettled([publishClient.quit(), subscribeClient.quit()]);
    },
  };
}
