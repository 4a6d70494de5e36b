import type { MockedResponse } from "@apollo/client/testing/core";
import {
  OrderDocument,
  type OrderDetailFragment,
  type OrderQuery,
  OrderStatusChangedDocument,
  type OrderStatusChangedSubscription,
  type OrderStatus,
} from "../../graphql/generated";

type Action = OrderDetailFragment["nextActions"][number];

export const action = (name: string, missing: string[] = []): Action => ({
  __typename: "OrderAction",
  action: name,
  enabled: missing.length === 0,
  missing,
});

/** A pending order as the server sends it: one line matched, one whose SKU is not registered. */
export function orderDetail(overrides: Partial<OrderDetailFragment> = {}): OrderDetailFragment {
  return {
    __typename: "Order",
    id: "1",
    marketplace: "CLAROSHOP",
    marketplaceOrderId: "CS-1001",
    status: "PENDING",
    placedAt: "2025-01-01T03:00:00Z",
    total: "1598.00",
    version: 3,
    customerName: "María López",
    shippingType: null,
    nextActions: [action("generateOrder"), action("generateGuide", ["SALES_ORDER"]), action("createInvoice"), action("cancelOrder")],
    shippingAddress: {
      __typename: "Address",
      recipient: "María López",
      street: "Av. Juárez 10",
      neighborhood: "Centro",
      municipality: "Cuauhtémoc",
      city: "Ciudad de México",
      state: "CDMX",
      postalCode: "06000",
      betweenStreets: null,
      notes: null,
      phone: "5512345678",
    },
    items: [
      {
        __typename: "OrderItem",
        id: "11",
        sku: "CS-AUD-01",
        title: "Audífonos inalámbricos",
        quantity: 1,
        unitPrice: "999.00",
        product: { __typename: "Product", id: "p1", sku: "AUD-01", name: "Audífonos BT", stock: 7 },
      },
      {
        __typename: "OrderItem",
        id: "12",
        sku: "CS-CAB-09",
        title: "Cable USB-C",
        quantity: 2,
        unitPrice: "299.50",
        product: null,
      },
    ],
    lineIssues: [{ __typename: "LineIssue", itemId: "12", sku: "CS-CAB-09", code: "SKU_NOT_REGISTERED" }],
    salesOrder: null,
    shipment: null,
    invoice: null,
    evidence: [],
    evidenceSubmission: null,
    history: [
      { __typename: "OrderEvent", at: "2025-01-01T03:05:00Z", from: null, to: "PENDING", action: "imported", actor: "sistema", source: "sync", note: null },
    ],
    ...overrides,
  };
}

/** A shipped order with its sales order and an automatic guide. */
export function shippedOrder(overrides: Partial<OrderDetailFragment> = {}): OrderDetailFragment {
  return orderDetail({
    status: "SHIPPED",
    shippingType: "AUTOMATIC",
    lineIssues: [],
    salesOrder: { __typename: "SalesOrder", id: "s1", folio: "PV-000123", generatedAt: "2025-01-02T16:00:00Z", generatedBy: "ana@tienda.mx" },
    shipment: {
      __typename: "Shipment",
      id: "sh1",
      type: "AUTOMATIC",
      carrier: "FedEx",
      trackingNumber: "794612345678",
      shippedAt: "2025-01-02T17:00:00Z",
      labelUrl: "/files/label-1.pdf",
    },
    nextActions: [action("attachEvidence"), action("sendEvidence")],
    ...overrides,
  });
}

export function orderMock(order: OrderDetailFragment): MockedResponse<OrderQuery> {
  return { request: { query: OrderDocument, variables: { id: order.id } }, result: { data: { order } } };
}

/** The page's live subscription: silent unless given a change to push. */
export function statusChangedMock(
  orderId: string,
  change?: { order: OrderDetailFragment; from: OrderStatus; delay: number },
): MockedResponse<OrderStatusChangedSubscription> {
  const request = { query: OrderStatusChangedDocument, variables: { orderId } };
  if (!change) return { request, delay: Infinity };
  const data: OrderStatusChangedSubscription = {
    orderStatusChanged: {
      __typename: "OrderStatusChange",
      from: change.from,
      to: change.order.status,
      at: "2025-01-02T17:00:00Z",
      order: change.order,
    },
  };
  return { request, result: { data }, delay: change.delay };
}
