import "./enums";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { AuthResolver } from "../auth/auth.resolver";
import { CatalogResolver, OrderItemResolver } from "../catalog/catalog.resolver";
import { SalesOrderResolver } from "../catalog/sales-order.resolver";
import { EvidenceResolver } from "../evidence/evidence.resolver";
import { InvoiceResolver } from "../invoicing/invoice.resolver";
import { OrderConnectionResolver, OrderResolver } from "../orders/order.resolver";
import { ShipmentResolver } from "../shipping/shipment.resolver";
import { SyncResolver } from "../sync/sync.resolver";
import { ShippingResolver } from "../shipping/shipping.resolver";
import { EvidenceSubmissionResolver } from "../evidence/evidence-submission.resolver";
import { authChecker, requireAuthentication } from "./auth-guard";
import type { AppPubSub } from "./pubsub";
import { DateTimeScalar } from "./scalars";

export const RESOLVERS = [
  AuthResolver,
  OrderResolver,
  OrderConnectionResolver,
  CatalogResolver,
  OrderItemResolver,
  SalesOrderResolver,
  InvoiceResolver,
  EvidenceResolver,
  ShipmentResolver,
  SyncResolver,
  ShippingResolver,
  EvidenceSubmissionResolver,
] as const;

export function createSchema(pubSub?: AppPubSub): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    globalMiddlewares: [requireAuthentication],
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: false,
    pubSub,
  });
}
