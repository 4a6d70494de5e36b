export { startSandbox, DEFAULT_PRIVATE_KEY, DEFAULT_PUBLIC_KEY } from "./sandbox";
export type { RunningSandbox, SandboxOptions } from "./sandbox.types";
export {
  SANDBOX_PRODUCTS, SANDBOX_UNKNOWN_SKUS, SANDBOX_LISTINGS, SANDBOX_UNKNOWN_LISTINGS,
  type SandboxProduct, type SandboxListing,
} from "./orders/catalog";
export type { FaultConfig } from "./faults/fault-config";
export type { LoggedRequest, RequestFilter, MarketplaceApi, RequestOutcome, BodySummary } from "./log/request-log";
export type {
  SandboxOrder, OrderStatus, OrderLine, Shipment, ShippingAddress, Evidence, GuideType, Channel,
} from "./orders/order.types";
export type { OrderStore } from "./orders/order-store";
export type { SandboxAdmin, PublicSettings } from "./admin/sandbox-admin";
export { legacySignature, signedLegacyBase } from "./legacy/signature";
export { mexicoTimestamp } from "./time/mexico-time";
export { ORDER_TRANSITIONS } from "./orders/order-status";
