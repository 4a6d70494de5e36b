import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
  type SubscriptionHandlerData,
} from "type-graphql";
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
  ): Promise<OrderConnection> {
    const page = await ctx.services.orderQueries.page(filter, first ?? 50, after, offset);
    return { ...page, filter };
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
  items(@Root() order: Order, @Ctx() ctx: Context): Promise<OrderItem[]> {
    return ctx.loaders.itemsByOrder.load(order.id);
  }

  @FieldResolver(() => SalesOrder, { nullable: true, description: "The internal order; null until generated." })
  salesOrder(@Root() order: Order, @Ctx() ctx: Context): Promise<SalesOrder | null> {
    return ctx.loaders.salesOrderByOrder.load(order.id);
  }

  @FieldResolver(() => [LineIssue], { description: "Why automatic sales-order generation did not happen." })
  async lineIssues(@Root() order: Order, @Ctx() ctx: Context): Promise<LineIssue[]> {
    const items = await ctx.loaders.itemsByOrder.load(order.id);
    return items.flatMap((i) => (i.issue ? [{ itemId: i.id, sku: i.sku, code: i.issue }] : []));
  }

  @FieldResolver(() => Shipment, { nullable: true, description: "The guide, carrier and tracking number; null until the guide is generated." })
  shipment(@Root() order: Order, @Ctx() ctx: Context): Promise<Shipment | null> {
    return ctx.loaders.shipmentByOrder.load(order.id);
  }

  @FieldResolver(() => Invoice, { nullable: true, description: "The order's invoice; null until created." })
  invoice(@Root() order: Order, @Ctx() ctx: Context): Promise<Invoice | null> {
    return ctx.loaders.invoiceByOrder.load(order.id);
  }

  @FieldResolver(() => [Evidence], { description: "Files attached as proof (invoice, delivery photo), oldest first." })
  evidence(@Root() order: Order, @Ctx() ctx: Context): Promise<Evidence[]> {
    return ctx.loaders.evidenceByOrder.load(order.id);
  }

  @FieldResolver(() => EvidenceSubmission, { nullable: true, description: "The evidence upload to the marketplace; null until sendEvidence." })
  evidenceSubmission(@Root() order: Order, @Ctx() ctx: Context): Promise<EvidenceSubmission | null> {
    return ctx.loaders.submissionByOrder.load(order.id);
  }

  @FieldResolver(() => [OrderAction], { description: "What can be done now, and what blocks the rest." })
  async nextActions(@Root() order: Order, @Ctx() ctx: Context): Promise<OrderAction[]> {
    return nextActions(await loadFacts(ctx.loaders, order));
  }

  @FieldResolver(() => [OrderEvent], { description: "Every change, oldest first." })
  history(@Root() order: Order, @Ctx() ctx: Context): Promise<OrderEvent[]> {
    return ctx.loaders.historyByOrder.load(order.id);
  }
}

@Resolver(() => OrderConnection)
export class OrderConnectionResolver {
  @FieldResolver(() => Int, { description: "Orders matching the filter, across all pages." })
  totalCount(@Root() connection: OrderConnection, @Ctx() ctx: Context): Promise<number> {
    return ctx.services.orderQueries.count(connection.filter);
  }
}
