/** Which gateway serves which account. The only place that knows the Claro Shop adapter. */
import type { ClaroShopLegacyConfig, ClaroShopT1Config } from "../config";
import { ClaroshopClient, type ClaroshopClientOptions } from "./claroshop/claroshop-client";
import { ClaroshopGateway } from "./claroshop/claroshop-gateway";
import { T1Client } from "./claroshop/t1-client";
import { MarketplaceRejectedError, type MarketplaceGateway } from "./marketplace.port";

/** Applies to both Claro Shop clients (legacy and T1). */
export type MarketplaceClientTuning = Partial<
  Pick<ClaroshopClientOptions, "timeoutMs" | "maxAttempts" | "baseDelayMs" | "maxDelayMs" | "maxConcurrent" | "breakerThreshold" | "breakerCooldownMs" | "maxRetryAfterMs">
>;

export class MarketplaceGateways {
  private readonly gateways = new Map<number, MarketplaceGateway>();

  constructor(private readonly tuning: MarketplaceClientTuning = {}) {}

  /** Legacy credentials serve orders, guides and labels; the T1 ones (optional) serve evidence. */
  registerClaroShop(accountId: number, credentials: ClaroShopLegacyConfig, t1?: ClaroShopT1Config): void {
    // Retries under injected faults would flood test output; the clients' tests check their logs.
    const log = process.env.NODE_ENV === "test" ? () => undefined : undefined;
    const client = new ClaroshopClient({ ...credentials, ...this.tuning, log });
    const t1Client = t1 ? new T1Client({ ...t1, ...this.tuning, log }) : undefined;
    this.gateways.set(accountId, new ClaroshopGateway(client, { pageSize: 100, t1: t1Client }));
  }

  /** Tests and tools may plug any implementation of the port. */
  register(accountId: number, gateway: MarketplaceGateway): void {
    this.gateways.set(accountId, gateway);
  }

  for(accountId: number): MarketplaceGateway {
    const gateway = this.gateways.get(accountId);
    if (!gateway) throw new MarketplaceRejectedError("La cuenta no tiene credenciales de marketplace configuradas.");
    return gateway;
  }
}
