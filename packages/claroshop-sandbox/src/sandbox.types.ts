import type { SandboxAdmin } from "./admin/sandbox-admin";
import type { FaultConfig } from "./faults/fault-config";
import type { LoggedRequest, RequestFilter } from "./log/request-log";
import type { OrderStore } from "./orders/order-store";

export interface SandboxOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1; the admin API answers loopback callers only, whatever the host. */
  host?: string;
  publicKey?: string;
  privateKey?: string;
  t1?: { username?: string; password?: string; sellerId?: string };
  /** Same seed, same orders. Default 1. */
  seed?: number;
  /** Default 40. */
  orderCount?: number;
  /** The sandbox clock (signature window, order dates, guide delays, token expiry). */
  now?: () => Date;
  /** Automatic guides show their number only this long after `embarque`. Default 0. */
  guideDelayMs?: number;
  /** Carrier of automatic guides. Default "FedEx". */
  automaticCarrier?: string;
}

export interface RunningSandbox {
  /** Legacy base, e.g. http://127.0.0.1:4100/apicm/v1 */
  url: string;
  /** T1 base; paths start /kidal/v1/. */
  t1BaseUrl: string;
  t1TokenUrl: string;
  adminUrl: string;
  port: number;
  publicKey: string;
  sellerId: string;
  /** The orders, for in-process reads and changes. */
  state: OrderStore;
  /** The admin API's operations (create, ship, deliver with guide, reset). */
  admin: SandboxAdmin;
  requests(filter?: RequestFilter): LoggedRequest[];
  clearRequests(): void;
  faults(): FaultConfig;
  /** Replaces the fault settings: keys left out go back to their defaults. */
  setFaults(faults: Partial<FaultConfig>): FaultConfig;
  reset(changes?: { seed?: number; orderCount?: number }): void;
  /** A freshly signed legacy URL for `resource?query` on the sandbox clock. */
  signedUrl(resourceAndQuery: string): string;
  /** Stops listening and ends every open connection, hung requests included. */
  close(): Promise<void>;
}
