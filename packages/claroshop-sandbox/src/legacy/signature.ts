import { createHash, timingSafeEqual } from "node:crypto";
import { TIMESTAMP_TOLERANCE_MS } from "../marketplace-guesses";
import { MESSAGES } from "../messages.es-mx";
import { mexicoTimestamp, wallClockAsUtcMs } from "../time/mexico-time";

/** Lowercase hex SHA-256 of publicKey + timestamp + privateKey (a plain hash, not an HMAC). */
export function legacySignature(publicKey: string, timestamp: string, privateKey: string): string {
  return createHash("sha256").update(publicKey + timestamp + privateKey).digest("hex");
}

/** Builds the signed base for one request: `{base}/{publicKey}/{signature}/{timestamp}`. */
export function signedLegacyBase(base: string, publicKey: string, privateKey: string, atMs = Date.now()): string {
  const timestamp = mexicoTimestamp(atMs);
  return `${base}/${publicKey}/${legacySignature(publicKey, timestamp, privateKey)}/${timestamp}`;
}

export interface LegacyCredentials {
  publicKey: string;
  signature: string;
  timestamp: string;
}

/** Null when the request may go on; otherwise the message the real service would answer. */
export function verifyLegacyCredentials(
  given: LegacyCredentials,
  expected: { publicKey: string; privateKey: string },
  nowMs: number,
): string | null {
  if (given.publicKey !== expected.publicKey) return MESSAGES.legacy.unknownPublicKey;
  const requestWallMs = wallClockAsUtcMs(given.timestamp);
  if (requestWallMs === null) return MESSAGES.legacy.badTimestamp;
  const want = Buffer.from(legacySignature(expected.publicKey, given.timestamp, expected.privateKey));
  const got = Buffer.from(given.signature);
  if (got.length !== want.length || !timingSafeEqual(got, want)) return MESSAGES.legacy.badSignature;
  const nowWallMs = wallClockAsUtcMs(mexicoTimestamp(nowMs));
  if (nowWallMs === null || Math.abs(requestWallMs - nowWallMs) > TIMESTAMP_TOLERANCE_MS) {
    return MESSAGES.legacy.staleTimestamp;
  }
  return null;
}
