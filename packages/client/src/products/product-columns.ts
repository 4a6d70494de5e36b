import type { DataTableColumns } from "naive-ui";
import { formatMoney } from "../format/money";
import type { ProductFieldsFragment } from "../graphql/generated";

export function productColumns(t: (key: string) => string): DataTableColumns<ProductFieldsFragment> {
  return [
    { key: "sku", title: t("products.fields.sku"), width: 160 },
    { key: "name", title: t("products.fields.name"), ellipsis: { tooltip: true } },
    {
      key: "price",
      title: t("products.fields.price"),
      width: 130,
      align: "right",
      render: (product) => formatMoney(product.price),
    },
    { key: "stock", title: t("products.fields.stock"), width: 100, align: "right" },
  ];
}
