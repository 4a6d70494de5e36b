import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../graphql/scalars";
import { ShippingType } from "../shipping/shipping-type";
import { LineIssueCode } from "./order-item.entity";
import { Order } from "./order.entity";
import { OrderStatus } from "./order-status";

@InputType({ description: "Narrows an order list; all given conditions must hold." })
export class OrderFilter {
  @Field(() => [OrderStatus], { nullable: true, description: "Any of these statuses." })
  statuses?: OrderStatus[] | null;

  @Field(() => String, { nullable: true, description: "Order number, customer name or SKU (partial)." })
  search?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Placed at or after this instant." })
  placedFrom?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Placed before this instant." })
  placedTo?: Date | null;

  @Field(() => ShippingType, { nullable: true, description: "Only orders shipped this way." })
  shippingType?: ShippingType | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "True: pending orders without a sales order, or whose evidence submission failed.",
  })
  needsAttention?: boolean | null;
}

@ObjectType({ description: "A line that blocks the automatic sales order, and why." })
export class LineIssue {
  @Field(() => ID, { description: "The order line (OrderItem.id)." })
  itemId: number;

  @Field({ description: "The line's marketplace SKU." })
  sku: string;

  @Field(() => LineIssueCode, { description: "What blocks it." })
  code: LineIssueCode;
}

@ObjectType({ description: "Something that can be done to an order now, or what blocks it." })
export class OrderAction {
  @Field({ description: 'The mutation\'s name, e.g. "generateGuide".' })
  action: string;

  @Field({ description: "True when it can be done now; otherwise `missing` says why not." })
  enabled: boolean;

  @Field(() => [String], { description: 'Requirement codes still missing, e.g. "INVOICE_PAID".' })
  missing: string[];
}

@ObjectType({ description: "One order of a page, with its cursor." })
export class OrderEdge {
  @Field({ description: "Opaque; pass as `after` to continue after this order." })
  cursor: string;

  @Field(() => Order, { description: "The order." })
  node: Order;
}

@ObjectType({ description: "Where a page stands in the whole list." })
export class PageInfo {
  @Field({ description: "True when more orders follow this page." })
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: "The last order's cursor: pass it as `after` for the next page; null on an empty page." })
  endCursor: string | null;
}

@ObjectType({ description: "A page of orders, newest first." })
export class OrderConnection {
  @Field(() => [OrderEdge], { description: "The orders of this page, each with its cursor." })
  edges: OrderEdge[];

  @Field(() => PageInfo, { description: "Whether more pages follow, and the cursor to ask for the next one." })
  pageInfo: PageInfo;

  /** Kept for the lazily counted `totalCount` field. */
  filter: OrderFilter | null;
}

@ObjectType({ description: "How many orders have one status." })
export class OrderStatusCount {
  @Field(() => OrderStatus, { description: "The status." })
  status: OrderStatus;

  @Field(() => Int, { description: "Orders in that status (matching the filter)." })
  count: number;
}

@ObjectType({ description: "An edge of the workflow diagram." })
export class WorkflowTransition {
  @Field(() => OrderStatus, { description: "Status before the change." })
  from: OrderStatus;

  @Field(() => OrderStatus, { description: "Status after the change." })
  to: OrderStatus;

  @Field({ description: 'The action that makes the change, e.g. "generateGuide".' })
  action: string;

  @Field(() => [String], { description: "Requirement codes checked before the change." })
  requirements: string[];

  @Field(() => [String], { description: 'Who may ask for it: "api", "sync", "outbox".' })
  sources: string[];
}

@ObjectType({ description: "The order workflow, drawn from the server's own state machine." })
export class Workflow {
  @Field(() => [OrderStatus], { description: "Every status, in workflow order." })
  statuses: OrderStatus[];

  @Field(() => [WorkflowTransition], { description: "Every allowed change of status." })
  transitions: WorkflowTransition[];
}

@ObjectType({ description: "A status change, as pushed to subscribers." })
export class OrderStatusChange {
  @Field(() => Order, { description: "The order, as it is after the change." })
  order: Order;

  @Field(() => OrderStatus, { nullable: true, description: "Status before the change." })
  from: OrderStatus | null;

  @Field(() => OrderStatus, { description: "Status after the change." })
  to: OrderStatus;

  @Field(() => DateTimeScalar, { description: "When the change was committed (UTC)." })
  at: Date;
}
