/** Which gateway serves which account. The only place that knows the Claro Shop adapter. */
import type { ClaroShopLegacyConfig } from "../config";
import { ClaroshopClient, type ClaroshopClientOptions } from "./claroshop/claroshop-client";
import { ClaroshopGateway } from "./claroshop/claroshop-gateway";
import { MarketplaceRejectedError, type MarketplaceGateway } from "./marketplace.port";

export type MarketplaceClientTuning = Partial<
  Pick<ClaroshopClientOptions, "timeoutMs" | "maxAttempts" | "baseDelayMs" | "maxDelayMs" | "maxConcurrent" | "breakerThreshold" | "breakerCooldownMs" | "maxRetryAfterMs">
>;

export class MarketplaceGateways {
  private readonly gateways = new Map<number, MarketplaceGateway>();

  constructor(private readonly tuning: MarketplaceClientTuning = {}) {}

  registerClaroShop(accountId: number, credentials: ClaroShopLegacyConfig): void {
    const client = new ClaroshopClient({
      ...credentials,
      ...this.tuning,
      // Retries under injected faults would flood test output; the client's tests check its log.
      log: process.env.NODE_ENV === "test" ? () => undefined : undefined,
    });
    this.gateways.set(accountId, new ClaroshopGateway(client, { pageSize: 100 }));
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
