import { STORE_TIME_ZONE } from "../../format/date-time";
import type { OrderStatus, OrderSummaryFragment, ShippingType } from "../../graphql/generated";

/** Excel reads a UTF-8 file as UTF-8 (accents, ñ) only when it starts with a byte order mark. */
export const UTF8_BOM = "\uFEFF";

export interface OrdersCsvLabels {
  /** Pedido, Fecha, Cliente, Total, Estado, Envío. */
  headers: readonly [string, string, string, string, string, string];
  status: (status: OrderStatus) => string;
  shipping: (shippingType: ShippingType | null) => string;
}

const storeDateParts = new Intl.DateTimeFormat("en-US", {
  timeZone: STORE_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** "2025-03-10 12:30" in Mexico City: sortable and parsed as a date by spreadsheets. */
export function csvDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    storeDateParts.formatToParts(date).find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")} ${part("hour")}:${part("minute")}`;
}

/** RFC 4180: quote a field holding the separator, a quote or a line break; double its quotes. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

// Text from the marketplace must not run as a formula when the file is opened in a spreadsheet.
function csvText(value: string): string {
  return csvField(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
}

/** The selected orders as a comma-separated file for Excel, with the BOM and CRLF line ends. */
export function buildOrdersCsv(orders: readonly OrderSummaryFragment[], labels: OrdersCsvLabels): string {
  const lines = [
    labels.headers.map(csvField).join(","),
    ...orders.map((order) =>
      [
        csvText(order.marketplaceOrderId),
        csvField(csvDateTime(order.placedAt)),
        csvText(order.customerName),
        csvField(order.total),
        csvField(labels.status(order.status)),
        csvField(labels.shipping(order.shippingType)),
      ].join(","),
    ),
  ];
  return `${UTF8_BOM}${lines.join("\r\n")}\r\n`;
}
