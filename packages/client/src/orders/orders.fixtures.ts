import type { MockedResponse } from "@apollo/client/testing/core";
import {
  type OrderFilter,
  type OrderStatus,
  OrdersDocument,
  type OrdersQuery,
  type OrdersQueryVariables,
  OrderStatusCountsDocument,
  type OrderStatusCountsQuery,
  type OrderStatusCountsQueryVariables,
  type OrderSummaryFragment,
} from "../graphql/generated";

type OrderNode = OrderSummaryFragment & { __typename: "Order" };

export function order(id: string, overrides: Partial<OrderNode> = {}): OrderNode {
  return {
    __typename: "Order",
    id,
    marketplaceOrderId: `CS-${id}`,
    status: "PENDING",
    placedAt: "2025-03-10T18:30:00Z",
    customerName: `Cliente ${id}`,
    total: "1299.00",
    shippingType: null,
    version: 1,
    ...overrides,
  };
}

export function ordersMock(
  variables: OrdersQueryVariables,
  nodes: OrderNode[],
  page: { totalCount?: number; hasNextPage?: boolean } = {},
): MockedResponse<OrdersQuery, OrdersQueryVariables> {
  const data: OrdersQuery = {
    orders: {
      __typename: "OrderConnection",
      totalCount: page.totalCount ?? nodes.length,
      pageInfo: {
        __typename: "PageInfo",
        hasNextPage: page.hasNextPage ?? false,
        endCursor: nodes.length > 0 ? `cursor-${nodes[nodes.length - 1]?.id}` : null,
      },
      edges: nodes.map((node) => ({ __typename: "OrderEdge", cursor: `cursor-${node.id}`, node })),
    },
  };
  return { request: { query: OrdersDocument, variables }, result: { data } };
}

export function statusCountsMock(
  counts: Partial<Record<OrderStatus, number>>,
  filter?: OrderFilter,
): MockedResponse<OrderStatusCountsQuery, OrderStatusCountsQueryVariables> {
  const data: OrderStatusCountsQuery = {
    orderStatusCounts: Object.entries(counts).map(([status, count]) => ({
      __typename: "OrderStatusCount",
      status: status as OrderStatus,
      count,
    })),
  };
  return { request: { query: OrderStatusCountsDocument, variables: { filter } }, result: { data } };
}
