import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
  type SubscriptionHandlerData,
} from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { SalesOrder } from "../catalog/sales-order.entity";
import { EvidenceSubmission } from "../evidence/evidence-submission.entity";
import { Evidence } from "../evidence/evidence.entity";
import { changeBy, parseId } from "../graphql/actor";
import type { Context } from "../graphql/context";
import { Invoice } from "../invoicing/invoice.entity";
import { Shipment } from "../shipping/shipment.entity";
import { nextActions } from "./order-actions";
import { OrderEvent } from "./order-event.entity";
import { loadFacts } from "./order-facts";
import { OrderItem } from "./order-item.entity";
import { ORDER_STATUSES, OrderStatus, TRANSITIONS } from "./order-status";
import { notFound } from "../graphql/errors";
import type { OrderStatusChangedEvent } from "../graphql/pubsub";
import type { Loader, Statement } from "../db/loader-utils";
import type { Loaders } from "../graphql/loaders";
import { propertiesFor, selectedFields } from "../graphql/selection";
import { Order } from "./order.entity";
import {
  LineIssue,
  OrderAction,
  OrderConnection,
  OrderFilter,
  OrderStatusChange,
  OrderStatusCount,
  Workflow,
} from "./order.types";

/** The page's count when `orders` started it (see totalCount). */
const TOTAL_COUNT = Symbol("totalCount");

/** Order fields whose resolvers read a loader keyed by the order's id, and what it returns. */
const NODE_RELATIONS = {
  items: { loader: "itemsByOrder", type: OrderItem },
  shipment: { loader: "shipmentByOrder", type: Shipment },
  invoice: { loader: "invoiceByOrder", type: Invoice },
  evidence: { loader: "evidenceByOrder", type: Evidence },
  salesOrder: { loader: "salesOrderByOrder", type: SalesOrder },
  evidenceSubmission: { loader: "submissionByOrder", type: EvidenceSubmission },
  history: { loader: "historyByOrder", type: OrderEvent },
} as const satisfies Record<string, { loader: keyof Loaders; type: object }>;

/** What those field resolvers (and lineIssues) read of the order itself: its id. */
const ORDER_READS: Record<string, readonly string[]> = Object.fromEntries(
  [...Object.keys(NODE_RELATIONS), "lineIssues"].map((field) => [field, ["id"]]),
);

/**
 * Values a page read for its own orders, with only the columns its selection reads (see
 * preloadPage): kept on the page's order objects themselves, which the page created for this
 * request alone, under a symbol (invisible to GraphQL, JSON and TypeORM).
 */
const FROM_PAGE = Symbol("fromPage");
const NOT_LOADED = Symbol("not loaded");
type PageValues = Partial<Record<keyof typeof NODE_RELATIONS, unknown>>;

function fromPage(order: Order, field: keyof typeof NODE_RELATIONS): unknown {
  const values = (order as { [FROM_PAGE]?: PageValues })[FROM_PAGE];
  return values !== undefined && field in values ? values[field] : NOT_LOADED;
}

/** An order's relation: what its page preloaded, else the request loader's value (ready or to come). */
function related<T>(order: Order, ctx: Context, field: keyof typeof NODE_RELATIONS): T | Promise<T> {
  const loaded = fromPage(order, field);
  if (loaded !== NOT_LOADED) return loaded as T;
  return (ctx.loaders[NODE_RELATIONS[field].loader] as unknown as Loader<number, T>).get(order.id);
}

/**
 * The relations a page selects under `edges.node`, loaded for all its orders at once (one
 * statement per relation, as the field resolvers would have asked for them), so that the field
 * resolvers find the values ready and the page completes without a promise per field.
 *
 * When the selection reads only plain fields of the related rows, only their columns are read,
 * and at once: alongside the page's own statement, for the orders of the page's window
 * (OrderQueries.window), into values of the page's own that nothing else shares. An order the
 * window did not hold when it ran (the list changed between the two statements) is left to its
 * field resolvers. Otherwise the request's loaders are preloaded with whole rows once the page's
 * orders are known. Failures are left to the field resolvers, which load again and report them
 * at their own path.
 */
function preloadPage(ctx: Context, info: GraphQLResolveInfo, fields: Set<string>, window: Statement): (nodes: Order[]) => Promise<void> {
  const whole: Loader<number, unknown>[] = [];
  const narrowed: [keyof PageValues, Promise<Map<number, unknown>>][] = [];
  // lineIssues reads whole lines from the request's loader; the items then come from it too.
  const wholeItems = fields.has("lineIssues");
  if (wholeItems) whole.push(ctx.loaders.itemsByOrder as unknown as Loader<number, unknown>);
  for (const [field, { loader, type }] of Object.entries(NODE_RELATIONS)) {
    if (!fields.has(field) || (field === "items" && wholeItems)) continue;
    const shared = ctx.loaders[loader] as unknown as Loader<number, unknown>;
    const properties = propertiesFor(type, selectedFields(info, ["edges", "node", field]));
    if (!properties) {
      whole.push(shared);
      continue;
    }
    const reading = shared.loadWithin(properties, window);
    reading.catch(() => undefined); // the field resolvers load (and report) it themselves
    narrowed.push([field as keyof PageValues, reading]);
  }
  return async (nodes) => {
    const ids = nodes.map((node) => node.id);
    await Promise.all([
      ...(ids.length ? whole.map((loader) => loader.preload(ids)) : []),
      ...narrowed.map(([field, reading]) =>
        reading.then(
          (values) => {
            for (const node of nodes as { id: number; [FROM_PAGE]?: PageValues }[]) {
              if (values.has(node.id)) (node[FROM_PAGE] ??= {})[field] = values.get(node.id);
            }
          },
          () => undefined,
        ),
      ),
    ]);
  };
}

function lineIssuesOf(items: OrderItem[]): LineIssue[] {
  return items.flatMap((i) => (i.issue ? [{ itemId: i.id, sku: i.sku, code: i.issue }] : []));
}

interface StatusChangeArgs {
  orderId?: string | null;
  statuses?: OrderStatus[] | null;
}

@Resolver(() => Order)
export class OrderResolver {
  @Authorized()
  @Query(() => OrderConnection, { description: "Orders, newest first, with cursor pagination." })
  async orders(
    @Ctx() ctx: Context,
    @Arg("filter", () => OrderFilter, { nullable: true, description: "Only orders matching this filter." }) filter: OrderFilter | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: 50, description: "Page size, at most 200." })
    first: number | null,
    @Arg("after", () => String, { nullable: true, description: "The endCursor of the previous page." })
    after: string | null,
    @Arg("offset", () => Int, {
      nullable: true,
      description: "Skip this many orders of the filtered, ordered list — to jump to a position; use `after` for sequential paging. At least 0; not together with `after`.",
    })
    offset: number | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<OrderConnection> {
    const nodeFields = selectedFields(info, ["edges", "node"]);
    // The orders carry what the selected fields read (all columns when unsure).
    const properties = propertiesFor(Order, nodeFields, ORDER_READS);
    // The page's relations are read alongside the page itself, for the same window of orders.
    const window = ctx.services.orderQueries.window(filter, first ?? 50, after, offset);
    const paging = ctx.services.orderQueries.page(filter, first ?? 50, after, offset, properties);
    const preloading = preloadPage(ctx, info, nodeFields, window);
    // The count does not depend on the page: it runs alongside it. Its failure is reported by
    // totalCount (as when it ran there), not here.
    const counted = selectedFields(info, []).has("totalCount") ? ctx.services.orderQueries.count(filter) : undefined;
    counted?.catch(() => undefined);
    const page = await paging;
    await preloading(page.edges.map((edge) => edge.node));
    return { ...page, filter, [TOTAL_COUNT]: counted } as OrderConnection;
  }

  @Authorized()
  @Query(() => Order, { nullable: true, description: "One order by its id." })
  order(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "The order's id." }) id: string): Promise<Order | null> {
    return ctx.loaders.order.load(parseId(id));
  }

  @Authorized()
  @Query(() => Order, { nullable: true, description: 'One order by the marketplace\'s order number ("nopedido").' })
  orderByMarketplaceId(
    @Ctx() ctx: Context,
    @Arg("marketplaceOrderId", () => String, { description: "The marketplace's order number, e.g. Claro Shop \"nopedido\"." }) marketplaceOrderId: string,
  ): Promise<Order | null> {
    return ctx.services.orderQueries.byMarketplaceId(marketplaceOrderId.slice(0, 40));
  }

  @Authorized()
  @Query(() => [OrderStatusCount], { description: "How many orders are in each status (for tabs)." })
  orderStatusCounts(
    @Ctx() ctx: Context,
    @Arg("filter", () => OrderFilter, { nullable: true, description: "Count only orders matching this filter; with statuses, only those statuses are listed." }) filter: OrderFilter | null,
  ): Promise<OrderStatusCount[]> {
    return ctx.services.orderQueries.statusCounts(filter);
  }

  @Authorized()
  @Query(() => Workflow, { description: "The workflow's statuses and transitions, from the state machine." })
  orderWorkflow(): Workflow {
    return {
      statuses: [...ORDER_STATUSES],
      transitions: TRANSITIONS.map((t) => ({
        from: t.from,
        to: t.to,
        action: t.action,
        requirements: t.requirements.map((r) => r.code),
        sources: [...t.sources],
      })),
    };
  }

  @Authorized()
  @Mutation(() => Order, { description: "Cancels a pending order and releases its reserved stock." })
  cancelOrder(
    @Ctx() ctx: Context,
    @Arg("orderId", () => ID, { description: "The pending order to cancel." }) orderId: string,
    @Arg("reason", () => String, { description: "Why; kept in the history." }) reason: string,
    @Arg("expectedVersion", () => Int, { nullable: true, description: "Fail with CONFLICT if the order changed." })
    expectedVersion: number | null,
  ): Promise<Order> {
    return ctx.services.salesOrders.cancelOrder(parseId(orderId), reason, changeBy(ctx), expectedVersion);
  }

  @Authorized()
  @Subscription(() => OrderStatusChange, {
    topics: "ORDER_STATUS_CHANGED",
    description: "Every status change after it is committed, optionally for one order or some target statuses.",
    filter: ({ payload, args }: SubscriptionHandlerData<OrderStatusChangedEvent, StatusChangeArgs>) =>
      (!args.orderId || String(payload.orderId) === String(args.orderId)) &&
      (!args.statuses?.length || args.statuses.includes(payload.to)),
  })
  async orderStatusChanged(
    @Root() event: OrderStatusChangedEvent,
    @Ctx() ctx: Context,
    @Arg("orderId", () => ID, { nullable: true, description: "Only this order." }) _orderId: string | null,
    @Arg("statuses", () => [OrderStatus], { nullable: true, description: "Only changes to these statuses." })
    _statuses: OrderStatus[] | null,
  ): Promise<OrderStatusChange> {
    // Fresh loaders for each event: SharedSubscriptions runs every event with a new context.
    const order = await ctx.loaders.order.load(event.orderId);
    if (!order) throw notFound("El pedido");
    return { order, from: event.from, to: event.to, at: new Date(event.at) };
  }

  @FieldResolver(() => [OrderItem], { description: "The order's lines." })
  items(@Root() order: Order, @Ctx() ctx: Context): OrderItem[] | Promise<OrderItem[]> {
    return related<OrderItem[]>(order, ctx, "items");
  }

  @FieldResolver(() => SalesOrder, { nullable: true, description: "The internal order; null until generated." })
  salesOrder(@Root() order: Order, @Ctx() ctx: Context): SalesOrder | null | Promise<SalesOrder | null> {
    return related<SalesOrder | null>(order, ctx, "salesOrder");
  }

  @FieldResolver(() => [LineIssue], { description: "Why automatic sales-order generation did not happen." })
  lineIssues(@Root() order: Order, @Ctx() ctx: Context): LineIssue[] | Promise<LineIssue[]> {
    const items = ctx.loaders.itemsByOrder.get(order.id);
    return items instanceof Promise ? items.then(lineIssuesOf) : lineIssuesOf(items);
  }

  @FieldResolver(() => Shipment, { nullable: true, description: "The guide, carrier and tracking number; null until the guide is generated." })
  shipment(@Root() order: Order, @Ctx() ctx: Context): Shipment | null | Promise<Shipment | null> {
    return related<Shipment | null>(order, ctx, "shipment");
  }

  @FieldResolver(() => Invoice, { nullable: true, description: "The order's invoice; null until created." })
  invoice(@Root() order: Order, @Ctx() ctx: Context): Invoice | null | Promise<Invoice | null> {
    return related<Invoice | null>(order, ctx, "invoice");
  }

  @FieldResolver(() => [Evidence], { description: "Files attached as proof (invoice, delivery photo), oldest first." })
  evidence(@Root() order: Order, @Ctx() ctx: Context): Evidence[] | Promise<Evidence[]> {
    return related<Evidence[]>(order, ctx, "evidence");
  }

  @FieldResolver(() => EvidenceSubmission, { nullable: true, description: "The evidence upload to the marketplace; null until sendEvidence." })
  evidenceSubmission(@Root() order: Order, @Ctx() ctx: Context): EvidenceSubmission | null | Promise<EvidenceSubmission | null> {
    return related<EvidenceSubmission | null>(order, ctx, "evidenceSubmission");
  }

  @FieldResolver(() => [OrderAction], { description: "What can be done now, and what blocks the rest." })
  async nextActions(@Root() order: Order, @Ctx() ctx: Context): Promise<OrderAction[]> {
    return nextActions(await loadFacts(ctx.loaders, order));
  }

  @FieldResolver(() => [OrderEvent], { description: "Every change, oldest first." })
  history(@Root() order: Order, @Ctx() ctx: Context): OrderEvent[] | Promise<OrderEvent[]> {
    return related<OrderEvent[]>(order, ctx, "history");
  }
}

@Resolver(() => OrderConnection)
export class OrderConnectionResolver {
  @FieldResolver(() => Int, { description: "Orders matching the filter, across all pages." })
  totalCount(@Root() connection: OrderConnection, @Ctx() ctx: Context): Promise<number> {
    return (connection as { [TOTAL_COUNT]?: Promise<number> })[TOTAL_COUNT] ?? ctx.services.orderQueries.count(connection.filter);
  }
}
