/** Money is integer cents (MXN) everywhere inside the server. */

const MONEY = /^(-)?(\d{1,12})(?:\.(\d{1,2}))?$/;

/** "1299.5" -> 129950; null when the text is not an amount with at most two decimals. */
export function parseMoney(text: string): number | null {
  const match = MONEY.exec(text.trim());
  if (!match) return null;
  const [, sign, whole, fraction = ""] = match;
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
  return sign ? -cents : cents;
}

/** 129950 -> "1299.50" */
export function formatCents(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}
