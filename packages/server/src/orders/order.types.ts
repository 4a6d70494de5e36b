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

  @Field(() => ShippingType, { nullable: true })
  shippingType?: ShippingType | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "True: pending orders without a sales order, or whose evidence submission failed.",
  })
  needsAttention?: boolean | null;
}

@ObjectType({ description: "A line that blocks the automatic sales order, and why." })
export class LineIssue {
  @Field(() => ID)
  itemId: number;

  @Field()
  sku: string;

  @Field(() => LineIssueCode)
  code: LineIssueCode;
}

@ObjectType({ description: "Something that can be done to an order now, or what blocks it." })
export class OrderAction {
  @Field({ description: 'The mutation\'s name, e.g. "generateGuide".' })
  action: string;

  @Field()
  enabled: boolean;

  @Field(() => [String], { description: 'Requirement codes still missing, e.g. "INVOICE_PAID".' })
  missing: string[];
}

@ObjectType()
export class OrderEdge {
  @Field({ description: "Opaque; pass as `after` to continue after this order." })
  cursor: string;

  @Field(() => Order)
  node: Order;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ObjectType({ description: "A page of orders, newest first." })
export class OrderConnection {
  @Field(() => [OrderEdge])
  edges: OrderEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  /** Kept for the lazily counted `totalCount` field. */
  filter: OrderFilter | null;
}

@ObjectType()
export class OrderStatusCount {
  @Field(() => OrderStatus)
  status: OrderStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: "An edge of the workflow diagram." })
export class WorkflowTransition {
  @Field(() => OrderStatus)
  from: OrderStatus;

  @Field(() => OrderStatus)
  to: OrderStatus;

  @Field()
  action: string;

  @Field(() => [String], { description: "Requirement codes checked before the change." })
  requirements: string[];

  @Field(() => [String], { description: 'Who may ask for it: "api", "sync", "outbox".' })
  sources: string[];
}

@ObjectType({ description: "The order workflow, drawn from the server's own state machine." })
export class Workflow {
  @Field(() => [OrderStatus])
  statuses: OrderStatus[];

  @Field(() => [WorkflowTransition])
  transitions: WorkflowTransition[];
}

@ObjectType({ description: "A status change, as pushed to subscribers." })
export class OrderStatusChange {
  @Field(() => Order)
  order: Order;

  @Field(() => OrderStatus, { nullable: true })
  from: OrderStatus | null;

  @Field(() => OrderStatus)
  to: OrderStatus;

  @Field(() => DateTimeScalar)
  at: Date;
}
