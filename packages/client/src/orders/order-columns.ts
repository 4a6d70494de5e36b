import { type DataTableColumns, NTag } from "naive-ui";
import { h, type VNodeChild } from "vue";
import { RouterLink } from "vue-router";
import { formatDateTime } from "../format/date-time";
import { formatMoney } from "../format/money";
import type { OrderStatus, OrderSummaryFragment } from "../graphql/generated";
import type { OrderListRow } from "./list/use-orders-window";

type TagType = "warning" | "info" | "success" | "error";

const STATUS_TAG: Record<OrderStatus, TagType> = {
  PENDING: "warning",
  SHIPPED: "info",
  DELIVERED: "success",
  CANCELLED: "error",
};

/** A cell of a loaded row; rows whose page has not arrived yet stay blank. */
const ofOrder =
  (render: (order: OrderSummaryFragment) => VNodeChild) =>
  (row: OrderListRow): VNodeChild =>
    row.order ? render(row.order) : null;

export function orderColumns(t: (key: string) => string, locale: string): DataTableColumns<OrderListRow> {
  return [
    // Checkbox column for bulk actions (CSV, guides); rows are keyed by order id.
    { type: "selection", width: 44, disabled: (row) => !row.order },
    {
      key: "marketplaceOrderId",
      title: t("orders.columns.order"),
      width: 140,
      render: ({ order }) =>
        order
          ? h(RouterLink, { to: { name: "order", params: { id: order.id } }, "data-test": "order-link" }, () => order.marketplaceOrderId)
          : h("span", { style: { color: "#86909c" }, "data-test": "row-placeholder" }, t("orders.loadingRow")),
    },
    {
      key: "placedAt",
      title: t("orders.columns.placedAt"),
      width: 210,
      render: ofOrder((order) => formatDateTime(order.placedAt, locale)),
    },
    {
      key: "customerName",
      title: t("orders.columns.customer"),
      ellipsis: true,
      render: ofOrder((order) => order.customerName),
    },
    {
      key: "total",
      title: t("orders.columns.total"),
      width: 130,
      align: "right",
      render: ofOrder((order) => formatMoney(order.total)),
    },
    {
      key: "status",
      title: t("orders.columns.status"),
      width: 130,
      render: ofOrder((order) =>
        h(NTag, { type: STATUS_TAG[order.status], size: "small", bordered: false }, () =>
          t(`orderStatus.${order.status}`),
        ),
      ),
    },
    {
      key: "shippingType",
      title: t("orders.columns.shipping"),
      width: 120,
      render: ofOrder((order) =>
        order.shippingType ? t(`shippingType.${order.shippingType}`) : t("orders.shippingNotChosen"),
      ),
    },
  ];
}
