/** SAT "formas de pago" the store receives; labels live in the i18n files under order.paymentMethod. */
export const PAYMENT_METHODS = ["01", "02", "03", "04", "28", "99"] as const;

const cents = (amount: string) => Math.round(Number(amount) * 100);

/** What is still unpaid of an invoice, as a Decimal string ("0.00" when covered). */
export function remainingAmount(total: string, payments: readonly { amount: string }[]): string {
  const left = cents(total) - payments.reduce((sum, payment) => sum + cents(payment.amount), 0);
  return (Math.max(left, 0) / 100).toFixed(2);
}
