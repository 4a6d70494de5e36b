import type { OrderStatus, OrderWorkflowQuery } from "../graphql/generated";
import type { Workflow } from "./workflow-layout";

function transition(from: OrderStatus, to: OrderStatus, action: string, sources: string[], requirements: string[] = []) {
  return { __typename: "WorkflowTransition" as const, from, to, action, sources, requirements };
}

/** The server's workflow as `orderWorkflow` answers it. */
export const workflow: Workflow = {
  __typename: "Workflow",
  statuses: ["PENDING", "SHIPPED", "DELIVERED", "CANCELLED"],
  transitions: [
    transition("PENDING", "SHIPPED", "generateGuide", ["api", "outbox"], ["SALES_ORDER", "SHIPPING_TYPE", "TRACKING"]),
    transition("PENDING", "SHIPPED", "marketplaceShipped", ["sync"]),
    transition("SHIPPED", "DELIVERED", "sendEvidence", ["outbox"], ["INVOICE_PAID"]),
    transition("SHIPPED", "DELIVERED", "marketplaceDelivered", ["sync"]),
    transition("PENDING", "DELIVERED", "marketplaceDelivered", ["sync"]),
    transition("PENDING", "CANCELLED", "cancelOrder", ["api"]),
    transition("PENDING", "CANCELLED", "marketplaceCancelled", ["sync"]),
    transition("SHIPPED", "CANCELLED", "marketplaceCancelled", ["sync"]),
  ],
};

export const workflowData: OrderWorkflowQuery = { orderWorkflow: workflow };
