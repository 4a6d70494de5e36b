import { createHash } from "node:crypto";

const MEXICO_CITY_FORMAT = new Intl.DateTimeFormat("en-US", {
  timeZone: "America/Mexico_City",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/** The signed URL's timestamp: Mexico City wall-clock time, "YYYY-MM-DDTHH:mm:ss", no offset. */
export function mexicoCityTimestamp(date: Date): string {
  const parts: Record<string, string> = {};
  for (const part of MEXICO_CITY_FORMAT.formatToParts(date)) parts[part.type] = part.value;
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
}

/** Legacy API signature: a plain SHA-256 (not an HMAC) of publicKey + timestamp + privateKey. */
export function legacySignature(publicKey: string, timestamp: string, privateKey: string): string {
  return createHash("sha256").update(publicKey + timestamp + privateKey).digest("hex");
}
