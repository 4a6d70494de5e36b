import type { FaultController } from "./faults/fault-controller";
import type { IdempotencyStore } from "./http/idempotency-store";
import type { RequestLog } from "./log/request-log";
import type { OrderStore } from "./orders/order-store";
import type { TokenStore } from "./t1/token-store";

export interface T1Credentials {
  username: string;
  password: string;
  sellerId: string;
}

export interface ResolvedSettings {
  host: string;
  port: number;
  publicKey: string;
  privateKey: string;
  t1: T1Credentials;
  seed: number;
  orderCount: number;
  guideDelayMs: number;
  automaticCarrier: string;
}

/** Everything the routers share; built once per running sandbox. */
export interface SandboxContext {
  settings: ResolvedSettings;
  nowMs: () => number;
  store: OrderStore;
  log: RequestLog;
  faults: FaultController;
  tokens: TokenStore;
  idempotency: IdempotencyStore;
  /** setTimeout that the sandbox cancels when it closes. */
  delay: (ms: number, run: () => void) => void;
}
