import { type DataTableColumns, NTag } from "naive-ui";
import { h } from "vue";
import { RouterLink } from "vue-router";
import { formatDateTime } from "../format/date-time";
import { formatMoney } from "../format/money";
import type { OrderStatus, OrderSummaryFragment } from "../graphql/generated";

type TagType = "warning" | "info" | "success" | "error";

const STATUS_TAG: Record<OrderStatus, TagType> = {
  PENDING: "warning",
  SHIPPED: "info",
  DELIVERED: "success",
  CANCELLED: "error",
};

export function orderColumns(t: (key: string) => string, locale: string): DataTableColumns<OrderSummaryFragment> {
  return [
    // Checkbox column for bulk actions (CSV, guides); rows are keyed by order id.
    { type: "selection", width: 44 },
    {
      key: "marketplaceOrderId",
      title: t("orders.columns.order"),
      width: 140,
      render: (order) =>
        h(RouterLink, { to: { name: "order", params: { id: order.id } }, "data-test": "order-link" }, () => order.marketplaceOrderId),
    },
    {
      key: "placedAt",
      title: t("orders.columns.placedAt"),
      width: 210,
      render: (order) => formatDateTime(order.placedAt, locale),
    },
    { key: "customerName", title: t("orders.columns.customer"), ellipsis: true },
    {
      key: "total",
      title: t("orders.columns.total"),
      width: 130,
      align: "right",
      render: (order) => formatMoney(order.total),
    },
    {
      key: "status",
      title: t("orders.columns.status"),
      width: 130,
      render: (order) =>
        h(NTag, { type: STATUS_TAG[order.status], size: "small", bordered: false }, () =>
          t(`orderStatus.${order.status}`),
        ),
    },
    {
      key: "shippingType",
      title: t("orders.columns.shipping"),
      width: 120,
      render: (order) =>
        order.shippingType ? t(`shippingType.${order.shippingType}`) : t("orders.shippingNotChosen"),
    },
  ];
}
