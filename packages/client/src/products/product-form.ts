import type { ProductFieldsFragment, ProductInput } from "../graphql/generated";

/** What the form holds: text as typed. */
export interface ProductDraft {
  sku: string;
  name: string;
  price: string;
  stock: string;
}

export type ProductField = keyof ProductDraft;
/** Message keys under `products.errors`. */
export type ProductErrors = Partial<Record<ProductField, string>>;

const SKU = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
// Pesos with up to two decimals, as the server's Decimal takes them; "1,299.00" is accepted too.
const PRICE = /^\d{1,9}(\.\d{1,2})?$/;
const STOCK = /^-?\d{1,7}$/;

export function emptyDraft(): ProductDraft {
  return { sku: "", name: "", price: "", stock: "0" };
}

export function draftOf(product: ProductFieldsFragment): ProductDraft {
  return { sku: product.sku, name: product.name, price: product.price, stock: String(product.stock) };
}

const plainPrice = (price: string) => price.trim().replace(/^\$/, "").replace(/,/g, "");

export function validateProduct(draft: ProductDraft): ProductErrors {
  const errors: ProductErrors = {};
  const sku = draft.sku.trim();
  if (!sku) errors.sku = "skuRequired";
  else if (!SKU.test(sku)) errors.sku = "skuInvalid";
  if (!draft.name.trim()) errors.name = "nameRequired";
  else if (draft.name.trim().length > 200) errors.name = "nameTooLong";
  const price = plainPrice(draft.price);
  if (!price) errors.price = "priceRequired";
  else if (!PRICE.test(price)) errors.price = "priceInvalid";
  else if (Number(price) <= 0) errors.price = "pricePositive";
  const stock = draft.stock.trim();
  if (!stock) errors.stock = "stockRequired";
  else if (!STOCK.test(stock)) errors.stock = "stockInvalid";
  else if (Number(stock) < 0) errors.stock = "stockNegative";
  return errors;
}

// On the digits, not through a float, so no amount is ever rounded.
function twoDecimals(price: string): string {
  const [whole = "0", cents = ""] = price.split(".");
  return `${String(Number(whole))}.${cents.padEnd(2, "0")}`;
}

/** The mutation's input from a valid draft: trimmed, price with two decimals. */
export function toProductInput(draft: ProductDraft): ProductInput {
  return {
    sku: draft.sku.trim(),
    name: draft.name.trim(),
    price: twoDecimals(plainPrice(draft.price)),
    stock: Number(draft.stock.trim()),
  };
}
