// Amounts are always pesos and always shown the Mexican way, whatever the UI language.
const mxn = new Intl.NumberFormat("es-MX", { style: "currency", currency: "MXN" });

/** Formats a GraphQL `Decimal` (a string such as "1299.00") as MXN. */
export function formatMoney(amount: string): string {
  const value = Number(amount);
  return Number.isFinite(value) ? mxn.format(value) : amount;
}
