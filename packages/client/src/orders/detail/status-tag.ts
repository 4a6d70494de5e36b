import type { OrderStatus } from "../../graphql/generated";

export type TagType = "warning" | "info" | "success" | "error" | "default";

export const STATUS_TAG: Record<OrderStatus, TagType> = {
  PENDING: "warning",
  SHIPPED: "info",
  DELIVERED: "success",
  CANCELLED: "error",
};
