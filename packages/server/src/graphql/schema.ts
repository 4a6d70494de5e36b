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
import { authChecker, denyAnonymousRootFields } from "./auth-guard";
import { directResolvers } from "./direct-resolvers";
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

export async function createSchema(pubSub?: AppPubSub): Promise<GraphQLSchema> {
  // No global middlewares: type-graphql would run them on every field of every object. The
  // default-deny check sits on the root fields only (see denyAnonymousRootFields).
  const schema = await buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: false,
    pubSub,
  });
  // Object types' fields without roles or middlewares: direct resolvers (see directResolvers). It
  // assumes this build has no global middlewares and no custom container, as above.
  return directResolvers(denyAnonymousRootFields(schema), RESOLVERS);
}
